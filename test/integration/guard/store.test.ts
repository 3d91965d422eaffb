import { closeAllClients } from '../../../nodes/shared/clients/clientCache';
import { optOutCacheKey } from '../../../nodes/OptOutGuard/keys';
import { GUARD_MIGRATIONS } from '../../../nodes/OptOutGuard/migrations';
import { isBlocked, optIn, optOut, recordConsent, status } from '../../../nodes/OptOutGuard/store';
import { GuardInputError } from '../../../nodes/OptOutGuard/types';
import { runMigrations } from '../../../nodes/shared/migrations/runner';
import { deadRedis, dropTenant, guardDeps, prepareSchema, uniquePhone, uniqueTenant } from './guardFixtures';

const deps = guardDeps();
const tenant = uniqueTenant('store');
const contact = () => ({ tenant, phone: uniquePhone() });
const offline = deadRedis();

beforeAll(async () => await prepareSchema(deps));
afterAll(async () => {
	await dropTenant(deps, tenant);
	offline.disconnect();
	await closeAllClients();
});

describe('guard migrations', () => {
	it('are recorded and idempotent', async () => {
		const report = await runMigrations(deps.pool, GUARD_MIGRATIONS);
		expect(report.applied).toEqual([]);
		expect(report.alreadyApplied).toEqual(['guard/0001_contact_optouts', 'guard/0002_contact_consents', 'guard/0003_contact_suppressions']);
	});

	it('let the database refuse what the code must never store', async () => {
		const { phone } = contact();
		const insert = (values: unknown[]) =>
			deps.pool.query('INSERT INTO contact_optouts (tenant, phone, category, source) VALUES ($1, $2, $3, $4)', values);
		await expect(insert([tenant, phone, 'care', 'test'])).rejects.toThrow(/check constraint/);
		await expect(insert([tenant, '+5511999990000', 'all', 'test'])).rejects.toThrow(/check constraint/);
		await insert([tenant, phone, 'all', 'test']);
		await expect(insert([tenant, phone, 'all', 'test'])).rejects.toThrow(/duplicate key/);
		// The suppression list holds hashes, never numbers, and only of tenants with a salt.
		const suppress = (values: unknown[]) =>
			deps.pool.query('INSERT INTO contact_suppressions (tenant, phone_hash, category) VALUES ($1, $2, $3)', values);
		await expect(suppress([`${tenant}-no-salt`, 'a'.repeat(64), 'all'])).rejects.toThrow(/foreign key/);
		await deps.pool.query(
			"INSERT INTO guard_tenant_salts (tenant, salt) VALUES ($1, decode(repeat('ab', 32), 'hex')) ON CONFLICT DO NOTHING",
			[tenant],
		);
		await expect(suppress([tenant, phone, 'all'])).rejects.toThrow(/check constraint/);
		await expect(
			deps.pool.query("INSERT INTO guard_tenant_salts (tenant, salt) VALUES ($1, '\\x00')", [`${tenant}-short`]),
		).rejects.toThrow(/check constraint/);
	});
});

describe('optOut / optIn / status', () => {
	it('records an opt-out once and keeps the first record', async () => {
		const who = contact();
		const first = await optOut(deps.pool, deps.redis, deps.prefix, { ...who, category: 'marketing', source: 'keyword', reason: 'parar' });
		const again = await optOut(deps.pool, deps.redis, deps.prefix, { ...who, category: 'marketing', source: 'operator' });
		expect(first).toMatchObject({ created: true, category: 'marketing', cacheUpdated: true });
		expect(again).toMatchObject({ created: false, optedOutAt: first.optedOutAt });
		const now = await status(deps.pool, who);
		expect(now.optOuts).toEqual([{ category: 'marketing', optedOutAt: first.optedOutAt, source: 'keyword', reason: 'parar' }]);
		expect(now.blocked).toEqual({ care: false, marketing: true });
	});

	it('leaves one row when two workers opt the same contact out at once', async () => {
		const who = contact();
		const results = await Promise.all(
			Array.from({ length: 8 }, () => optOut(deps.pool, deps.redis, deps.prefix, { ...who, category: 'all', source: 'keyword' })),
		);
		expect(results.filter((result) => result.created)).toHaveLength(1);
		expect(new Set(results.map((result) => result.optedOutAt)).size).toBe(1);
		const { rows } = await deps.pool.query('SELECT count(*)::int AS n FROM contact_optouts WHERE tenant = $1 AND phone = $2', [
			tenant,
			who.phone,
		]);
		expect(rows[0].n).toBe(1);
	});

	it('opts in by category: marketing lifts marketing only, all lifts both', async () => {
		const who = contact();
		await optOut(deps.pool, deps.redis, deps.prefix, { ...who, category: 'marketing', source: 'api' });
		await optOut(deps.pool, deps.redis, deps.prefix, { ...who, category: 'all', source: 'api' });
		expect(await optIn(deps.pool, deps.redis, deps.prefix, { ...who, category: 'marketing' })).toEqual({
			removed: ['marketing'],
			cacheUpdated: true,
		});
		expect((await status(deps.pool, who)).blocked).toEqual({ care: true, marketing: true });
		expect(await optIn(deps.pool, deps.redis, deps.prefix, who)).toEqual({ removed: ['all'], cacheUpdated: true });
		expect((await status(deps.pool, who)).blocked).toEqual({ care: false, marketing: false });
		expect(await optIn(deps.pool, deps.redis, deps.prefix, who)).toEqual({ removed: [], cacheUpdated: true });
	});

	it('rejects a malformed contact or category before touching the database', async () => {
		await expect(
			optOut(deps.pool, deps.redis, deps.prefix, { tenant, phone: '+55 11 9999', category: 'all', source: 'x' }),
		).rejects.toThrow(GuardInputError);
		await expect(
			optOut(deps.pool, deps.redis, deps.prefix, { tenant: ' ', phone: uniquePhone(), category: 'all', source: 'x' }),
		).rejects.toThrow(GuardInputError);
		await expect(optOut(deps.pool, deps.redis, deps.prefix, { ...contact(), category: 'care' as never, source: 'x' })).rejects.toThrow(
			/category must be one of marketing, all/,
		);
	});
});

describe('recordConsent', () => {
	it('keeps every decision and reports the latest per purpose', async () => {
		const who = contact();
		await recordConsent(deps.pool, {
			...who,
			purpose: 'marketing',
			textVersion: 'v1',
			channel: 'whatsapp',
			recordedAt: '2025-01-01T10:00:00Z',
		});
		const withdrawn = await recordConsent(deps.pool, {
			...who,
			purpose: 'marketing',
			textVersion: 'v2',
			channel: 'web',
			granted: false,
			recordedAt: new Date('2025-02-01T10:00:00Z'),
		});
		const health = await recordConsent(deps.pool, { ...who, purpose: 'health_data', textVersion: 'lgpd-2025', channel: 'reception' });
		expect(withdrawn).toMatchObject({
			purpose: 'marketing',
			textVersion: 'v2',
			channel: 'web',
			granted: false,
			recordedAt: '2025-02-01T10:00:00.000Z',
		});
		const now = await status(deps.pool, who);
		expect(now.consents).toEqual([health, withdrawn]);
		const { rows } = await deps.pool.query('SELECT count(*)::int AS n FROM contact_consents WHERE tenant = $1 AND phone = $2', [
			tenant,
			who.phone,
		]);
		expect(rows[0].n).toBe(3);
	});

	it('refuses consent without purpose, text version or channel', async () => {
		await expect(recordConsent(deps.pool, { ...contact(), purpose: 'marketing', textVersion: '', channel: 'whatsapp' })).rejects.toThrow(
			/textVersion must be a non-empty string/,
		);
		await expect(
			recordConsent(deps.pool, { ...contact(), purpose: 'x', textVersion: 'v1', channel: 'w', recordedAt: 'yesterday' }),
		).rejects.toThrow(/recordedAt must be a date/);
	});
});

describe('isBlocked and its Redis cache', () => {
	it('blocks by category: all blocks care and marketing, marketing blocks marketing only', async () => {
		const all = contact();
		const marketing = contact();
		await optOut(deps.pool, deps.redis, deps.prefix, { ...all, category: 'all', source: 'test' });
		await optOut(deps.pool, deps.redis, deps.prefix, { ...marketing, category: 'marketing', source: 'test' });
		const check = (who: typeof all, category: 'care' | 'marketing') => isBlocked(deps.pool, deps.redis, deps.prefix, who, category);
		expect(await check(all, 'care')).toMatchObject({ blocked: true, by: 'all' });
		expect(await check(all, 'marketing')).toMatchObject({ blocked: true, by: 'all' });
		expect(await check(marketing, 'care')).toEqual({ blocked: false, from: 'database' });
		expect(await check(marketing, 'marketing')).toMatchObject({ blocked: true, by: 'marketing' });
		expect(await check(contact(), 'marketing')).toEqual({ blocked: false, from: 'database' });
	});

	it('answers blocked contacts from the cache, and never answers "allowed" from it', async () => {
		const who = contact();
		await optOut(deps.pool, deps.redis, deps.prefix, { ...who, category: 'all', source: 'test' });
		expect(await isBlocked(deps.pool, deps.redis, deps.prefix, who, 'care')).toEqual({ blocked: true, by: 'all', from: 'cache' });
		// A lost marker (eviction, flush, failed write) sends the lookup to Postgres, which still says blocked...
		await deps.redis.del(optOutCacheKey(deps.prefix, who));
		expect(await isBlocked(deps.pool, deps.redis, deps.prefix, who, 'care')).toEqual({ blocked: true, by: 'all', from: 'database' });
		// ...and the marker is rebuilt from it.
		expect(await deps.redis.hget(optOutCacheKey(deps.prefix, who), 'all')).toBe('1');
		expect(await isBlocked(deps.pool, deps.redis, deps.prefix, who, 'care')).toMatchObject({ from: 'cache' });
	});

	it('falls back to Postgres when Redis is down, for writes and reads alike', async () => {
		const who = contact();
		const recorded = await optOut(deps.pool, offline, deps.prefix, { ...who, category: 'all', source: 'test' });
		expect(recorded).toMatchObject({ created: true, cacheUpdated: false });
		expect(await isBlocked(deps.pool, offline, deps.prefix, who, 'care')).toEqual({ blocked: true, by: 'all', from: 'database' });
		// The healthy Redis never got the marker, and still says blocked (from Postgres).
		expect(await isBlocked(deps.pool, deps.redis, deps.prefix, who, 'care')).toEqual({ blocked: true, by: 'all', from: 'database' });
		expect(await optIn(deps.pool, offline, deps.prefix, who)).toEqual({ removed: ['all'], cacheUpdated: false });
		expect(await isBlocked(deps.pool, offline, deps.prefix, who, 'care')).toEqual({ blocked: false, from: 'database' });
	});

	it('does not let a reader that saw the old rows rebuild a marker after an opt-in', async () => {
		const who = contact();
		const key = optOutCacheKey(deps.prefix, who);
		await optOut(deps.pool, deps.redis, deps.prefix, { ...who, category: 'all', source: 'test' });
		await deps.redis.del(key);
		// A reader reads the opt-out row, then stalls before rebuilding the marker; the contact opts in meanwhile.
		const realQuery = deps.pool.query.bind(deps.pool) as (...args: any[]) => Promise<unknown>;
		let rowsRead!: () => void;
		let resume!: () => void;
		const read = new Promise<void>((resolve) => (rowsRead = resolve));
		const stalled = new Promise<void>((resolve) => (resume = resolve));
		const spy = jest.spyOn(deps.pool, 'query').mockImplementationOnce((async (...args: any[]) => {
			const result = await realQuery(...args);
			rowsRead();
			await stalled;
			return result;
		}) as any);
		const reader = isBlocked(deps.pool, deps.redis, deps.prefix, who, 'care');
		await read;
		spy.mockRestore();
		expect(await optIn(deps.pool, deps.redis, deps.prefix, who)).toEqual({ removed: ['all'], cacheUpdated: true });
		resume();
		expect(await reader).toEqual({ blocked: true, by: 'all', from: 'database' });
		// Its repair was refused: the opted-in contact is not left behind a stale marker.
		expect(await deps.redis.hget(key, 'all')).toBeNull();
		expect(await isBlocked(deps.pool, deps.redis, deps.prefix, who, 'care')).toEqual({ blocked: false, from: 'database' });
	});
});
