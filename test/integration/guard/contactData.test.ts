import { randomUUID } from 'crypto';
import { closeAllClients } from '../../../nodes/shared/clients/clientCache';
import {
	eraseContactData,
	exportContactData,
	personalDataSources,
	registerPersonalDataSource,
	type ContactExport,
	type ContactScope,
	type PersonalDataSource,
} from '../../../nodes/OptOutGuard/contactData';
import { rateKey } from '../../../nodes/OptOutGuard/keys';
import { checkRate } from '../../../nodes/OptOutGuard/rateLimit';
import { optOut, recordConsent } from '../../../nodes/OptOutGuard/store';
import { dropTenant, guardDeps, prepareSchema, uniquePhone, uniqueTenant } from './guardFixtures';

const deps = guardDeps();
const tag = randomUUID().replace(/-/g, '').slice(0, 10);
// Stands for a table of another feature (say conversation_log) that registers itself.
const featureTable = `guard_test_log_${tag}`;
const noPhoneTable = `guard_test_nophone_${tag}`;
const sources: PersonalDataSource[] = [
	...personalDataSources(),
	{ kind: 'postgres', id: 'test:log', table: featureTable },
	{ kind: 'postgres', id: 'test:nophone', table: noPhoneTable },
	{ kind: 'postgres', id: 'test:missing', table: `guard_test_missing_${tag}` },
];
const tenants: string[] = [];

function scopeOf(tenant: string, phone = uniquePhone()): ContactScope {
	if (!tenants.includes(tenant)) tenants.push(tenant);
	return { tenant, phone, prefix: deps.prefix };
}

/** Everything a contact can have: guard rows and keys, another feature's rows, and conversation keys. */
async function seed(scope: ContactScope): Promise<string[]> {
	const { tenant, phone, prefix } = scope;
	await optOut(deps.pool, deps.redis, prefix, { tenant, phone, category: 'marketing', source: 'keyword', reason: 'parar promoções' });
	await recordConsent(deps.pool, { tenant, phone, purpose: 'marketing', textVersion: 'v1', channel: 'whatsapp' });
	await recordConsent(deps.pool, { tenant, phone, purpose: 'health_data', textVersion: 'lgpd-1', channel: 'reception', granted: false });
	await deps.pool.query(`INSERT INTO ${featureTable} (tenant, phone, body) VALUES ($1, $2, 'Quero marcar'), ($1, $2, 'Às 10h')`, [
		tenant,
		phone,
	]);
	await checkRate(deps.redis, rateKey(prefix, scope, 'in'));
	const hist = `${prefix}hist:${tenant}:waha:default:${phone}`;
	const state = `${prefix}state:${tenant}:cloud:123456789:${phone}`;
	const pause = `${prefix}pause:${tenant}:waha:default:${phone}`;
	const last = `${prefix}last:${tenant}:evolution:clinica:${phone}`;
	const menu = `${prefix}menu:${tenant}:waha:default:${phone}`;
	await deps.redis
		.multi()
		.rpush(hist, JSON.stringify({ role: 'user', text: 'Oi' }), JSON.stringify({ role: 'model', text: 'Olá!' }))
		.pexpire(hist, 1_800_000)
		.hset(state, { step: 'ask_date', name: 'Ana' })
		.set(pause, '1', 'EX', 3_600)
		.set(last, '2025-05-01T10:00:00.000Z')
		.sadd(menu, 'a', 'b')
		.exec();
	return [hist, state, pause, last, menu];
}

async function rowsOf(scope: ContactScope): Promise<number> {
	let count = 0;
	for (const table of ['contact_optouts', 'contact_consents', featureTable]) {
		const { rows } = await deps.pool.query(`SELECT count(*)::int AS n FROM ${table} WHERE tenant = $1 AND phone = $2`, [
			scope.tenant,
			scope.phone,
		]);
		count += rows[0].n;
	}
	return count;
}

beforeAll(async () => {
	await prepareSchema(deps);
	await deps.pool.query(
		`CREATE TABLE ${featureTable} (id serial PRIMARY KEY, tenant text NOT NULL, phone text NOT NULL, body text, at timestamptz DEFAULT now())`,
	);
	await deps.pool.query(`CREATE TABLE ${noPhoneTable} (tenant text, contact text)`);
});
afterAll(async () => {
	await deps.pool.query(`DROP TABLE IF EXISTS ${featureTable}, ${noPhoneTable}`);
	for (const tenant of tenants) await dropTenant(deps, tenant);
	await closeAllClients();
});

describe('eraseContactData', () => {
	it('leaves zero rows and keys for the contact and touches no one else', async () => {
		const tenant = uniqueTenant('erase');
		const target = scopeOf(tenant);
		const neighbour = scopeOf(tenant);
		const samePhoneElsewhere = scopeOf(uniqueTenant('erase-other'), target.phone);
		await seed(target);
		await seed(neighbour);
		await seed(samePhoneElsewhere);
		// Keys that look alike but are not the contact's (a longer number holding the same digits).
		const lookAlikes = [
			`${deps.prefix}hist:${tenant}:waha:default:${target.phone}9`,
			`${deps.prefix}dedup:${tenant}:waha:default:false_${target.phone}9@c.us_3EB0:message`,
		];
		for (const key of lookAlikes) await deps.redis.set(key, 'x', 'EX', 600);
		const neighbourBefore = await exportContactData(deps.pool, deps.redis, neighbour, sources);
		const elsewhereBefore = await exportContactData(deps.pool, deps.redis, samePhoneElsewhere, sources);

		const report = await eraseContactData(deps.pool, deps.redis, target, sources);
		expect(report.postgres).toMatchObject({ contact_optouts: 1, contact_consents: 2, [featureTable]: 2 });
		expect(report.redis).toMatchObject({ 'guard:optout_cache': 1, 'guard:rate': 1, 'redis:conversation': 5 });
		expect(report.total).toBe(12);
		expect(report.skipped).toEqual(
			expect.arrayContaining([
				{ source: 'test:missing', reason: 'table does not exist' },
				{ source: 'test:nophone', reason: 'no tenant/phone columns' },
			]),
		);

		expect(await rowsOf(target)).toBe(0);
		const after = await exportContactData(deps.pool, deps.redis, target, sources);
		expect(after.redis).toEqual([]);
		expect(Object.values(after.postgres).flat()).toEqual([]);

		expect(withoutTime(await exportContactData(deps.pool, deps.redis, neighbour, sources))).toEqual(withoutTime(neighbourBefore));
		expect(withoutTime(await exportContactData(deps.pool, deps.redis, samePhoneElsewhere, sources))).toEqual(withoutTime(elsewhereBefore));
		expect(await deps.redis.exists(...lookAlikes)).toBe(lookAlikes.length);
		await deps.redis.unlink(...lookAlikes);
	});

	it('treats glob characters in a tenant name literally', async () => {
		const base = uniqueTenant('glob');
		const wild = scopeOf(`${base}*`);
		const tame = scopeOf(`${base}x`, wild.phone);
		await seed(wild);
		await seed(tame);
		await eraseContactData(deps.pool, deps.redis, wild, sources);
		expect(await rowsOf(wild)).toBe(0);
		expect(await rowsOf(tame)).toBe(5);
		expect((await exportContactData(deps.pool, deps.redis, tame, sources)).redis).toHaveLength(7);
	});

	it('counts nothing for a contact with no data', async () => {
		const report = await eraseContactData(deps.pool, deps.redis, scopeOf(uniqueTenant('empty')), sources);
		expect(report.total).toBe(0);
	});
});

describe('exportContactData', () => {
	it('holds every row and key of the contact as one JSON document that round-trips', async () => {
		const scope = scopeOf(uniqueTenant('export'));
		const keys = await seed(scope);
		await seed(scopeOf(scope.tenant));
		const document = await exportContactData(deps.pool, deps.redis, scope, sources);

		expect(JSON.parse(JSON.stringify(document))).toEqual(document);
		expect(document).toMatchObject({
			format: 'n8n-nodes-whatsapp-ai/contact-export',
			version: 1,
			tenant: scope.tenant,
			phone: scope.phone,
		});
		expect(document.postgres.contact_optouts).toEqual([
			expect.objectContaining({ tenant: scope.tenant, phone: scope.phone, category: 'marketing', reason: 'parar promoções' }),
		]);
		expect(document.postgres.contact_consents.map((row) => [row.purpose, row.text_version, row.granted])).toEqual(
			expect.arrayContaining([
				['marketing', 'v1', true],
				['health_data', 'lgpd-1', false],
			]),
		);
		expect(document.postgres[featureTable].map((row) => row.body).sort()).toEqual(['Quero marcar', 'Às 10h']);
		const byKey = new Map(document.redis.map((entry) => [entry.key, entry]));
		expect([...byKey.keys()].sort()).toEqual(
			[...keys, `${deps.prefix}optout:${scope.tenant}:${scope.phone}`, rateKey(deps.prefix, scope, 'in')].sort(),
		);
		expect(byKey.get(keys[0])).toMatchObject({ type: 'list', value: ['{"role":"user","text":"Oi"}', '{"role":"model","text":"Olá!"}'] });
		expect(byKey.get(keys[1])).toMatchObject({ type: 'hash', value: { step: 'ask_date', name: 'Ana' }, ttlMs: null });
		expect(byKey.get(keys[2])!.ttlMs).toBeGreaterThan(3_500_000);
		expect(byKey.get(keys[4])).toMatchObject({ type: 'set', value: ['a', 'b'] });
		expect(byKey.get(rateKey(deps.prefix, scope, 'in'))).toMatchObject({
			type: 'zset',
			value: [{ member: expect.any(String), score: expect.any(Number) }],
		});

		// Faithful: erase, write the document back, export again: the same document.
		await eraseContactData(deps.pool, deps.redis, scope, sources);
		await restore(document);
		expect(withoutTime(await exportContactData(deps.pool, deps.redis, scope, sources))).toEqual(withoutTime(document));
	});

	it('skips tables that do not exist yet instead of failing', async () => {
		const document = await exportContactData(deps.pool, deps.redis, scopeOf(uniqueTenant('skip')), sources);
		expect(document.skipped).toContainEqual({ source: 'test:missing', reason: 'table does not exist' });
		expect(document.postgres).not.toHaveProperty(`guard_test_missing_${tag}`);
	});
});

describe('registerPersonalDataSource', () => {
	it('adds a source for export and erase, and refuses names that are not plain SQL names', () => {
		registerPersonalDataSource({ kind: 'postgres', id: 'test:registered', table: 'appointments_v2', phoneColumn: 'patient_phone' });
		expect(personalDataSources()).toContainEqual(expect.objectContaining({ id: 'test:registered', table: 'appointments_v2' }));
		expect(() => registerPersonalDataSource({ kind: 'postgres', id: 'bad', table: 'x; DROP TABLE y' })).toThrow(
			/Not a plain lower-case SQL name/,
		);
		expect(() => registerPersonalDataSource({ kind: 'redis', id: 'bad' })).toThrow(/neither keys nor patterns/);
	});
});

/** Export minus the moment and the ticking TTLs, for comparing two exports. */
function withoutTime(document: ContactExport): unknown {
	return {
		...document,
		exportedAt: undefined,
		redis: document.redis.map((entry) => ({ ...entry, ttlMs: entry.ttlMs === null ? null : 'expires' })),
	};
}

/** Writes an export back; proves the document carries all that is needed to rebuild the data. */
async function restore(document: ContactExport): Promise<void> {
	for (const [table, rows] of Object.entries(document.postgres)) {
		for (const row of rows) await deps.pool.query(`INSERT INTO ${table} SELECT * FROM jsonb_populate_record(NULL::${table}, $1)`, [row]);
	}
	for (const { key, type, ttlMs, value } of document.redis) {
		if (type === 'list') await deps.redis.rpush(key, ...(value as string[]));
		else if (type === 'hash') await deps.redis.hset(key, value as Record<string, string>);
		else if (type === 'set') await deps.redis.sadd(key, ...(value as string[]));
		else if (type === 'zset')
			for (const { member, score } of value as { member: string; score: number }[]) await deps.redis.zadd(key, score, member);
		else await deps.redis.set(key, value as string);
		if (ttlMs !== null) await deps.redis.pexpire(key, ttlMs);
	}
}
