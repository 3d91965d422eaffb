import { randomUUID } from 'crypto';
import { closeAllClients } from '../../../nodes/shared/clients/clientCache';
import { rateKey } from '../../../nodes/OptOutGuard/keys';
import { LuaScript } from '../../../nodes/shared/luaScript';
import { checkRate } from '../../../nodes/OptOutGuard/rateLimit';
import { dropTenant, guardDeps, uniquePhone, uniqueTenant } from './guardFixtures';

const deps = guardDeps();
const tenant = uniqueTenant('rate');
const freshKey = () => rateKey(deps.prefix, { tenant, phone: uniquePhone() }, 'in');
const T0 = 1_750_000_000_000;

afterAll(async () => {
	await dropTenant(deps, tenant);
	await closeAllClients();
});

describe('checkRate (sliding window in real Redis)', () => {
	it('allows exactly 5 in a minute by default and refuses the 6th', async () => {
		const key = freshKey();
		for (let index = 0; index < 5; index++) {
			expect(await checkRate(deps.redis, key, { now: T0 + index * 1_000 })).toEqual({ allowed: true, count: index + 1, retryAfterMs: 0 });
		}
		expect(await checkRate(deps.redis, key, { now: T0 + 5_000 })).toEqual({ allowed: false, count: 5, retryAfterMs: 55_000 });
	});

	it('slides: a message exactly one window old no longer counts, one a millisecond younger still does', async () => {
		const key = freshKey();
		for (let index = 0; index < 5; index++) await checkRate(deps.redis, key, { now: T0 + index });
		expect(await checkRate(deps.redis, key, { now: T0 + 59_999 })).toEqual({ allowed: false, count: 5, retryAfterMs: 1 });
		expect(await checkRate(deps.redis, key, { now: T0 + 60_000 })).toEqual({ allowed: true, count: 5, retryAfterMs: 0 });
		// T0+1 … T0+4 and the one just allowed: full again until T0+60_001.
		expect(await checkRate(deps.redis, key, { now: T0 + 60_000 })).toEqual({ allowed: false, count: 5, retryAfterMs: 1 });
		expect(await checkRate(deps.redis, key, { now: T0 + 60_001 })).toMatchObject({ allowed: true });
	});

	it('does not count refused messages, so a contact who keeps writing gets through when the window frees', async () => {
		const key = freshKey();
		for (let index = 0; index < 5; index++) await checkRate(deps.redis, key, { now: T0 });
		for (let index = 1; index <= 20; index++) expect((await checkRate(deps.redis, key, { now: T0 + index * 2_000 })).allowed).toBe(false);
		expect(await checkRate(deps.redis, key, { now: T0 + 60_000 })).toMatchObject({ allowed: true, count: 1 });
	});

	it('honours a custom limit and window, and counts messages of the same millisecond separately', async () => {
		const key = freshKey();
		const options = { limit: 2, windowMs: 10_000, now: T0 };
		expect((await checkRate(deps.redis, key, options)).allowed).toBe(true);
		expect((await checkRate(deps.redis, key, options)).allowed).toBe(true);
		expect(await checkRate(deps.redis, key, options)).toEqual({ allowed: false, count: 2, retryAfterMs: 10_000 });
		expect((await checkRate(deps.redis, key, { ...options, now: T0 + 10_000 })).allowed).toBe(true);
	});

	it('lets exactly `limit` through when many workers race', async () => {
		const key = freshKey();
		const results = await Promise.all(Array.from({ length: 40 }, () => checkRate(deps.redis, key, { now: T0 })));
		expect(results.filter((result) => result.allowed)).toHaveLength(5);
		expect(await deps.redis.zcard(key)).toBe(5);
	});

	it('expires the log with the window', async () => {
		const key = freshKey();
		await checkRate(deps.redis, key, { windowMs: 30_000 });
		const ttl = await deps.redis.pttl(key);
		expect(ttl).toBeGreaterThan(25_000);
		expect(ttl).toBeLessThanOrEqual(30_000);
	});

	it('rejects a limit or window that is not a positive whole number', async () => {
		await expect(checkRate(deps.redis, freshKey(), { limit: 0 })).rejects.toThrow(RangeError);
		await expect(checkRate(deps.redis, freshKey(), { windowMs: 1.5 })).rejects.toThrow(RangeError);
	});
});

describe('LuaScript', () => {
	it('sends the source when the server does not know the SHA yet, then runs by SHA', async () => {
		// A source no server has seen (SCRIPT FLUSH would disturb other clients of this Redis).
		const script = new LuaScript(`-- ${randomUUID()}\nreturn ARGV[1] .. KEYS[1]`);
		expect(await deps.redis.script('EXISTS', script.sha)).toEqual([0]);
		expect(await script.run(deps.redis, ['k'], ['v'])).toBe('vk');
		expect(await deps.redis.script('EXISTS', script.sha)).toEqual([1]);
		expect(await script.run(deps.redis, ['k2'], ['v'])).toBe('vk2');
	});
});
