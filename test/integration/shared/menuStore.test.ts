import { randomUUID } from 'crypto';
import { closeAllClients } from '../../../nodes/shared/clients/clientCache';
import { getRedis } from '../../../nodes/shared/clients/redis';
import { conversationKeyOf } from '../../../nodes/shared/message';
import { MENU_TTL_SECONDS, menuKey, resolveMenuReply, saveMenu } from '../../../nodes/shared/menuStore';
import { redisCredentials } from '../../support/services';

const redis = getRedis(redisCredentials());
let prefix: string;

beforeEach(() => {
	prefix = `wa-test:${randomUUID()}:`; // unique per test, so runs never see each other's menus
});

afterEach(async () => {
	const keys = await redis.keys(`${prefix}*`);
	if (keys.length > 0) await redis.del(...keys);
});

afterAll(async () => await closeAllClients());

const conversation = conversationKeyOf('clinic-a', 'waha', 'default', '5511988887777');
const options = [
	{ id: 'confirm', title: 'Confirmar' },
	{ id: 'reschedule', title: 'Remarcar' },
	{ id: 'cancel', title: 'Cancelar consulta' },
];

describe('menuStore (real Redis)', () => {
	it('stores the menu under <prefix>menu:<conversationKey> with a one-day TTL', async () => {
		await saveMenu(redis, prefix, conversation, options);
		const key = `${prefix}menu:clinic-a:waha:default:5511988887777`;
		expect(menuKey(prefix, conversation)).toBe(key);
		expect(JSON.parse((await redis.get(key))!)).toEqual({ options, savedAt: expect.any(String) });
		const ttl = await redis.ttl(key);
		expect(ttl).toBeGreaterThan(MENU_TTL_SECONDS - 5);
		expect(ttl).toBeLessThanOrEqual(MENU_TTL_SECONDS);
	});

	it('honours a custom TTL', async () => {
		await saveMenu(redis, prefix, conversation, options, 60);
		expect(await redis.ttl(menuKey(prefix, conversation))).toBeLessThanOrEqual(60);
	});

	it('resolves numbers, "opção N" and titles, and keeps the menu for a change of mind', async () => {
		await saveMenu(redis, prefix, conversation, options);
		expect(await resolveMenuReply(redis, prefix, conversation, '2')).toEqual(options[1]);
		expect(await resolveMenuReply(redis, prefix, conversation, ' 2. ')).toEqual(options[1]);
		expect(await resolveMenuReply(redis, prefix, conversation, 'opção 3')).toEqual(options[2]);
		expect(await resolveMenuReply(redis, prefix, conversation, 'CANCELAR CONSULTA')).toEqual(options[2]);
		expect(await resolveMenuReply(redis, prefix, conversation, 'confirmar')).toEqual(options[0]);
		expect(await resolveMenuReply(redis, prefix, conversation, '7')).toBeUndefined();
		expect(await resolveMenuReply(redis, prefix, conversation, 'quero falar com alguém')).toBeUndefined();
	});

	it('answers undefined without a menu, for another conversation, or for a foreign value', async () => {
		expect(await resolveMenuReply(redis, prefix, conversation, '1')).toBeUndefined();
		await saveMenu(redis, prefix, conversation, options);
		const other = conversationKeyOf('clinic-a', 'waha', 'default', '5511977776666');
		expect(await resolveMenuReply(redis, prefix, other, '1')).toBeUndefined();
		await redis.set(menuKey(prefix, other), 'not json', 'EX', 60);
		expect(await resolveMenuReply(redis, prefix, other, '1')).toBeUndefined();
	});

	it('replaces an older menu with the newer one', async () => {
		await saveMenu(redis, prefix, conversation, options);
		await saveMenu(redis, prefix, conversation, [{ id: 'h14', title: '14:00' }]);
		expect(await resolveMenuReply(redis, prefix, conversation, '1')).toEqual({ id: 'h14', title: '14:00' });
		expect(await resolveMenuReply(redis, prefix, conversation, '2')).toBeUndefined();
	});
});
