// The numbered-menu round trip the acceptance asks for: the Send node's fallback remembers the
// options in real Redis, and the trigger's resolveMenuReply turns "2" back into the option.
import { randomUUID } from 'crypto';
import { closeAllClients } from '../../../nodes/shared/clients/clientCache';
import { getRedis } from '../../../nodes/shared/clients/redis';
import { conversationKeyOf } from '../../../nodes/shared/message';
import { resolveMenuReply, saveMenu } from '../../../nodes/shared/menuStore';
import { evolutionOutbound } from '../../../nodes/WhatsAppAiSend/providers/evolution';
import { conversationKeyForRecipient } from '../../../nodes/WhatsAppAiSend/providers/menu';
import type { OutboundProvider, SendContext } from '../../../nodes/WhatsAppAiSend/providers/types';
import { wahaOutbound } from '../../../nodes/WhatsAppAiSend/providers/waha';
import { EvolutionFake } from '../../fakes/evolutionFake';
import type { FakeServer } from '../../fakes/fakeServer';
import { WahaFake } from '../../fakes/wahaFake';
import { redisCredentials } from '../../support/services';
import { contextFor, fetchHttpCall } from './support';

const redis = getRedis(redisCredentials());
const PHONE = '5511988887777';
let prefix: string;

const waha = new WahaFake({ apiKey: 'waha-key' });
const evolution = new EvolutionFake({ apiKey: 'evo-key', instance: 'clinic' });
const CASES: Array<[string, OutboundProvider, FakeServer, Record<string, string>, string]> = [
	['waha', wahaOutbound, waha, { 'X-Api-Key': 'waha-key' }, 'default'],
	['evolution', evolutionOutbound, evolution, { apikey: 'evo-key' }, 'clinic'],
];

beforeAll(async () => await Promise.all([waha.start(), evolution.start()]));
afterAll(async () => {
	await Promise.all([waha.stop(), evolution.stop()]);
	await closeAllClients();
});
beforeEach(() => {
	prefix = `wa-test:${randomUUID()}:`;
	waha.reset();
	evolution.reset();
});
afterEach(async () => {
	const keys = await redis.keys(`${prefix}*`);
	if (keys.length > 0) await redis.del(...keys);
});

describe.each(CASES)('%s numbered menu in Redis', (_name, provider, fake, headers, session) => {
	// The key the trigger gives the customer's reply.
	const conversationKey = conversationKeyOf('clinic-a', provider.name, session, PHONE);
	// What the node shell does: bind rememberMenu to the conversation the reply will come from.
	const context = (): SendContext =>
		contextFor(fetchHttpCall(headers), fake.url, session, {
			rememberMenu: (options) =>
				saveMenu(redis, prefix, conversationKeyForRecipient('clinic-a', provider.name, session, '+55 (11) 98888-7777'), options),
		});

	it('remembers the buttons so the trigger can resolve "2" and the title', async () => {
		await provider.sendButtons(
			{
				to: PHONE,
				body: 'Confirma a consulta?',
				buttons: [
					{ id: 'confirm', title: 'Confirmar' },
					{ id: 'reschedule', title: 'Remarcar' },
				],
			},
			context(),
		);
		expect(await resolveMenuReply(redis, prefix, conversationKey, '2')).toEqual({ id: 'reschedule', title: 'Remarcar' });
		expect(await resolveMenuReply(redis, prefix, conversationKey, 'opção 1')).toEqual({ id: 'confirm', title: 'Confirmar' });
		expect(await resolveMenuReply(redis, prefix, conversationKey, 'remarcar')).toEqual({ id: 'reschedule', title: 'Remarcar' });
		expect(await redis.ttl(`${prefix}menu:${conversationKey}`)).toBeGreaterThan(0);
	});

	it('remembers list rows numbered across sections', async () => {
		await provider.sendList(
			{
				to: PHONE,
				body: 'Horários:',
				buttonLabel: 'Ver',
				sections: [
					{ title: 'Manhã', rows: [{ id: 'h08', title: '08:00' }] },
					{
						title: 'Tarde',
						rows: [
							{ id: 'h14', title: '14:00' },
							{ id: 'h15', title: '15:00' },
						],
					},
				],
			},
			context(),
		);
		expect(await resolveMenuReply(redis, prefix, conversationKey, '3')).toEqual({ id: 'h15', title: '15:00' });
	});

	it('sends nothing when the menu cannot be remembered', async () => {
		const failing: SendContext = {
			...context(),
			rememberMenu: async () => {
				throw new Error('connect ECONNREFUSED 127.0.0.1:6390');
			},
		};
		await expect(
			provider.sendButtons({ to: PHONE, body: 'Confirma?', buttons: [{ id: 'y', title: 'Sim' }] }, failing),
		).rejects.toMatchObject({
			kind: 'network',
			provider: provider.name,
			message: expect.stringContaining('could not be remembered'),
		});
		expect(fake.requests).toHaveLength(0);
	});
});
