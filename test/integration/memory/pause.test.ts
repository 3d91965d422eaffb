import { closeAllClients } from '../../../nodes/shared/clients/clientCache';
import { pauseKey } from '../../../nodes/ConversationMemory/keys';
import { checkPause, pauseBot, resumeBot } from '../../../nodes/ConversationMemory/pause';
import { conversationKey, freshPrefixPerTest, sharedRedis } from './support';

const redis = sharedRedis();
const key = conversationKey();
let prefix: string;
freshPrefixPerTest(redis, (fresh) => (prefix = fresh));
afterAll(async () => await closeAllClients());

describe('human handoff pause (real Redis)', () => {
	it('is not paused by default', async () => {
		expect(await checkPause(redis, prefix, key)).toEqual({ paused: false });
	});

	it('pauses with who, why and until when, and expires at that moment', async () => {
		const until = new Date(Date.now() + 30 * 60_000);
		const paused = await pauseBot(redis, prefix, key, { by: 'Ana', reason: 'asked for a human', untilIso: until.toISOString() });
		expect(paused).toEqual({ paused: true, by: 'Ana', reason: 'asked for a human', since: expect.any(String), until: until.toISOString() });
		expect(await checkPause(redis, prefix, key)).toEqual(paused);
		const expiresAt = Number(await redis.call('PEXPIRETIME', pauseKey(prefix, key)));
		expect(expiresAt).toBe(until.getTime());
	});

	it('pauses for a number of minutes', async () => {
		const before = Date.now();
		const paused = await pauseBot(redis, prefix, key, { by: 'Ana', minutes: 15 });
		expect(Date.parse(paused.until) - before).toBeGreaterThanOrEqual(15 * 60_000 - 1_000);
		const ttl = await redis.pttl(pauseKey(prefix, key));
		expect(ttl).toBeGreaterThan(15 * 60_000 - 2_000);
		expect(ttl).toBeLessThanOrEqual(15 * 60_000);
	});

	it('resumes by itself when the pause expires', async () => {
		await pauseBot(redis, prefix, key, { by: 'Ana', untilIso: new Date(Date.now() + 1_000).toISOString() });
		expect((await checkPause(redis, prefix, key)).paused).toBe(true);
		await new Promise((resolve) => setTimeout(resolve, 1_300));
		expect(await checkPause(redis, prefix, key)).toEqual({ paused: false });
	});

	it('resumes on request and says whether it was paused', async () => {
		await pauseBot(redis, prefix, key, { by: 'Ana' });
		expect(await resumeBot(redis, prefix, key)).toBe(true);
		expect((await checkPause(redis, prefix, key)).paused).toBe(false);
		expect(await resumeBot(redis, prefix, key)).toBe(false);
	});

	it('lets a second pause take over with its own end', async () => {
		await pauseBot(redis, prefix, key, { by: 'Ana', minutes: 60 });
		await pauseBot(redis, prefix, key, { by: 'Bruno', minutes: 5 });
		const status = await checkPause(redis, prefix, key);
		expect(status).toMatchObject({ paused: true, by: 'Bruno' });
		expect(await redis.pttl(pauseKey(prefix, key))).toBeLessThanOrEqual(5 * 60_000);
	});

	it('refuses a pause without an owner or ending in the past, writing nothing', async () => {
		await expect(pauseBot(redis, prefix, key, { by: ' ' })).rejects.toThrow('by must name');
		await expect(pauseBot(redis, prefix, key, { by: 'Ana', untilIso: new Date(Date.now() - 1_000).toISOString() })).rejects.toThrow(
			'must end in the future',
		);
		expect(await redis.exists(pauseKey(prefix, key))).toBe(0);
	});

	it('reads a key set by hand as paused', async () => {
		await redis.set(pauseKey(prefix, key), 'yes', 'EX', 60);
		expect(await checkPause(redis, prefix, key)).toEqual({ paused: true, by: 'unknown', since: '', until: '' });
	});
});
