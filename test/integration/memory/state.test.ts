import { closeAllClients } from '../../../nodes/shared/clients/clientCache';
import { stateKey } from '../../../nodes/ConversationMemory/keys';
import { clearState, DEFAULT_STATE_TTL_SECONDS, getState, setState } from '../../../nodes/ConversationMemory/state';
import { closeConnections, conversationKey, freshPrefixPerTest, sharedRedis, workerConnections } from './support';

const redis = sharedRedis();
const workers = workerConnections(4);
const key = conversationKey();
let prefix: string;
freshPrefixPerTest(redis, (fresh) => (prefix = fresh));
afterAll(async () => {
	await closeConnections(workers);
	await closeAllClients();
});

describe('conversation state (real Redis)', () => {
	it('is null until set, then holds step, variables and updatedAt with a 24-hour TTL', async () => {
		expect(await getState(redis, prefix, key)).toBeNull();
		const written = await setState(redis, prefix, key, { step: 'ask_name', variables: { specialty: 'cardio', attempts: 1 } });
		expect(written).toEqual({ step: 'ask_name', variables: { specialty: 'cardio', attempts: 1 }, updatedAt: expect.any(String) });
		expect(await getState(redis, prefix, key)).toEqual(written);
		const ttl = await redis.ttl(stateKey(prefix, key));
		expect(ttl).toBeGreaterThan(DEFAULT_STATE_TTL_SECONDS - 10);
		expect(ttl).toBeLessThanOrEqual(DEFAULT_STATE_TTL_SECONDS);
	});

	it('merges: keeps what is not given, changes what is, removes what is unset', async () => {
		await setState(redis, prefix, key, { step: 'ask_name', variables: { a: 1, b: 'dois', c: [] } });
		const merged = await setState(redis, prefix, key, { variables: { b: 'three', d: { nested: [1, 2.5, null] } }, unset: ['a'] });
		expect(merged.step).toBe('ask_name');
		expect(merged.variables).toEqual({ b: 'three', c: [], d: { nested: [1, 2.5, null] } });
		const stepOnly = await setState(redis, prefix, key, { step: 'ask_date' });
		expect(stepOnly.step).toBe('ask_date');
		expect(stepOnly.variables).toEqual(merged.variables);
		expect((await setState(redis, prefix, key, { step: null })).step).toBeUndefined();
	});

	it('keeps every variable when 50 executions on 4 workers merge different variables at once', async () => {
		await Promise.all(
			Array.from({ length: 50 }, (_, i) =>
				setState(workers[i % workers.length], prefix, key, { step: `s${i}`, variables: { [`v${i}`]: i } }),
			),
		);
		const state = await getState(redis, prefix, key);
		expect(state!.variables).toEqual(Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`v${i}`, i])));
		expect(state!.step).toMatch(/^s\d+$/);
	});

	it('replaces: the update becomes the whole state', async () => {
		await setState(redis, prefix, key, { step: 'ask_name', variables: { a: 1, b: 2 } });
		const replaced = await setState(redis, prefix, key, { variables: { c: 3 } }, { mode: 'replace' });
		expect(replaced).toEqual({ variables: { c: 3 }, updatedAt: expect.any(String) });
		expect(await getState(redis, prefix, key)).toEqual(replaced);
	});

	it('refreshes the TTL on each write; 0 keeps the state without expiry', async () => {
		await setState(redis, prefix, key, { variables: { a: 1 } }, { ttlSeconds: 30 });
		expect(await redis.ttl(stateKey(prefix, key))).toBeLessThanOrEqual(30);
		await setState(redis, prefix, key, { variables: { b: 2 } }, { ttlSeconds: 600 });
		expect(await redis.ttl(stateKey(prefix, key))).toBeGreaterThan(590);
		await setState(redis, prefix, key, { variables: { c: 3 } }, { ttlSeconds: 0 });
		expect(await redis.ttl(stateKey(prefix, key))).toBe(-1);
	});

	it('expires with its TTL', async () => {
		await setState(redis, prefix, key, { step: 'ask_name' }, { ttlSeconds: 1 });
		await new Promise((resolve) => setTimeout(resolve, 1_200));
		expect(await getState(redis, prefix, key)).toBeNull();
	});

	it('keeps a variable named __proto__ as a plain variable', async () => {
		const state = await setState(redis, prefix, key, { variables: JSON.parse('{"__proto__":{"polluted":true}}') });
		expect(Object.keys(state.variables)).toEqual(['__proto__']);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('clears', async () => {
		await setState(redis, prefix, key, { step: 'x' });
		expect(await clearState(redis, prefix, key)).toBe(true);
		expect(await getState(redis, prefix, key)).toBeNull();
		expect(await clearState(redis, prefix, key)).toBe(false);
	});
});
