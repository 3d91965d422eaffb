// LGPD access and erasure (art. 18): everything this package stores about one contact, as one
// JSON document, or deleted. What "everything" means is a registry of personal data sources:
// Postgres tables with tenant and phone columns, and Redis keys. Each feature registers its
// own (registerPersonalDataSource); tables of features not installed yet are skipped.
// Erasure keeps one thing on purpose: the opt-outs, as salted hashes (suppression.ts).
import type Redis from 'ioredis';
import type { Pool, PoolClient } from 'pg';
import { memberTurns, removeMemberTurns } from '../ConversationMemory/history';
import { historyKey } from '../ConversationMemory/keys';
import { PROVIDERS } from '../shared/message';
import { dedupKeyNamesPhone } from '../WhatsAppAiTrigger/dedup';
import { escapeGlob, optOutCacheKey, rateKey } from './keys';
import { ensureGuardSchema } from './migrations';
import { suppressAndDeleteOptOuts } from './suppression';
import { assertContact, type Contact } from './types';

export interface ContactScope extends Contact {
	/** The Redis key prefix (credential setting, default 'wa:'). */
	prefix: string;
}

export interface PostgresDataSource {
	kind: 'postgres';
	/** Unique in the registry; registering the same id again replaces the entry. */
	id: string;
	/** Plain or schema-qualified lower-case name, e.g. 'appointments'. */
	table: string;
	tenantColumn?: string;
	phoneColumn?: string;
	/** Replaces the plain DELETE inside the erase transaction, e.g. to keep what must outlive erasure. */
	erase?: (client: PoolClient, scope: ContactScope) => Promise<{ deleted: number; kept?: Omit<KeptRecord, 'source'> }>;
}

export interface RedisDataSource {
	kind: 'redis';
	id: string;
	/** Exact keys of the contact, looked up directly. */
	keys?: (scope: ContactScope) => string[];
	/** SCAN MATCH patterns (escape tenant with escapeGlob); never KEYS. */
	patterns?: (scope: ContactScope) => string[];
	/** Confirms a scanned key, since a glob may match more than meant. */
	owns?: (key: string, scope: ContactScope) => boolean;
	/**
	 * For keys shared with other people (a group's history): only the contact's entries are
	 * theirs, so export reads and erase removes those alone, never the whole key.
	 */
	shared?: {
		read(redis: Redis, key: string, scope: ContactScope): Promise<string[]>;
		/** Returns how many entries went. */
		remove(redis: Redis, key: string, scope: ContactScope): Promise<number>;
	};
}

export type PersonalDataSource = PostgresDataSource | RedisDataSource;

export interface RedisEntry {
	key: string;
	type: string;
	/** Remaining time to live, null when the key does not expire. */
	ttlMs: number | null;
	value: unknown;
	/** The key is shared with others (a group's history) and `value` holds the contact's entries only. */
	shared?: true;
}

export interface ContactExport {
	format: 'n8n-nodes-whatsapp-ai/contact-export';
	version: 1;
	exportedAt: string;
	tenant: string;
	phone: string;
	/** Rows per table, as Postgres renders them in JSON. */
	postgres: Record<string, Record<string, unknown>[]>;
	redis: RedisEntry[];
	/** Sources not read, and why (e.g. a table another feature has not created yet). */
	skipped: { source: string; reason: string }[];
}

/** Something erasure keeps on purpose, and why. */
export interface KeptRecord {
	source: string;
	table: string;
	/** E.g. the opt-out categories still refused. */
	categories: string[];
	reason: string;
}

export interface EraseReport {
	tenant: string;
	phone: string;
	/** Rows deleted per table. */
	postgres: Record<string, number>;
	/** Keys deleted per Redis source; entries removed for sources of shared keys (group histories). */
	redis: Record<string, number>;
	total: number;
	skipped: { source: string; reason: string }[];
	kept: KeptRecord[];
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$/;
const SCAN_COUNT = 1_000;
const DELETE_BATCH = 500;

/** `${prefix}<kind>:${tenant}:${provider}:${session}:${subject}` → kind and subject (a phone, or a group id). */
function conversationKeyParts(key: string, { prefix, tenant }: ContactScope): { kind: string; subject: string } | undefined {
	if (!key.startsWith(prefix)) return undefined;
	const rest = key.slice(prefix.length);
	const kind = rest.slice(0, rest.indexOf(':'));
	const conversation = rest.slice(kind.length + 1);
	if (!kind || !conversation.startsWith(`${tenant}:`)) return undefined;
	const [provider, session, subject, ...more] = conversation.slice(tenant.length + 1).split(':');
	if (!(PROVIDERS as readonly string[]).includes(provider) || session === undefined || !subject || more.length > 0) return undefined;
	return { kind, subject };
}

/** Conversation-keyed data of other features: `${prefix}<kind>:${tenant}:${provider}:${session}:${phone}`. */
const conversationKeys: RedisDataSource = {
	kind: 'redis',
	id: 'redis:conversation',
	patterns: ({ prefix, tenant, phone }) => [`${escapeGlob(prefix)}*:${escapeGlob(tenant)}:*:*:${phone}`],
	owns: (key, scope) => conversationKeyParts(key, scope)?.subject === scope.phone,
};

/** The contact's turns in group histories, which are keyed by the group and shared by its members. */
const groupTurns: RedisDataSource = {
	kind: 'redis',
	id: 'memory:group_turns',
	patterns: ({ prefix, tenant }) => [`${escapeGlob(historyKey(prefix, tenant))}:*`],
	// Any history but the contact's own direct chat, which redis:conversation deletes whole.
	owns: (key, scope) => {
		const parts = conversationKeyParts(key, scope);
		return parts?.kind === 'hist' && parts.subject !== scope.phone;
	},
	shared: {
		read: async (redis, key, { phone }) => await memberTurns(redis, key, phone),
		remove: async (redis, key, { phone }) => await removeMemberTurns(redis, key, phone),
	},
};

const BUILT_IN_SOURCES: PersonalDataSource[] = [
	{
		kind: 'postgres',
		id: 'guard:contact_optouts',
		table: 'contact_optouts',
		erase: async (client, scope) => {
			const { deleted, suppressed } = await suppressAndDeleteOptOuts(client, scope);
			if (suppressed.length === 0) return { deleted };
			return {
				deleted,
				kept: {
					table: 'contact_suppressions',
					categories: suppressed,
					reason: 'a salted hash of the number, so that the opt-out stays binding after erasure; removed when the person opts in again',
				},
			};
		},
	},
	{ kind: 'postgres', id: 'guard:contact_consents', table: 'contact_consents' },
	{ kind: 'postgres', id: 'memory:conversation_log', table: 'conversation_log' },
	{ kind: 'postgres', id: 'booking:appointments', table: 'appointments' },
	{ kind: 'redis', id: 'guard:optout_cache', keys: (scope) => [optOutCacheKey(scope.prefix, scope)] },
	{ kind: 'redis', id: 'guard:rate', keys: (scope) => [rateKey(scope.prefix, scope, 'in'), rateKey(scope.prefix, scope, 'out')] },
	conversationKeys,
	groupTurns,
	{
		kind: 'redis',
		id: 'trigger:dedup',
		patterns: ({ prefix, tenant, phone }) => [`${escapeGlob(prefix)}dedup:${escapeGlob(tenant)}:*${phone}*`],
		owns: (key, { prefix, tenant, phone }) => dedupKeyNamesPhone(key, prefix, tenant, phone),
	},
];

const registry = new Map<string, PersonalDataSource>(BUILT_IN_SOURCES.map((source) => [source.id, source]));

/** Adds (or replaces, by id) a place where personal data lives, so export and erase cover it. */
export function registerPersonalDataSource(source: PersonalDataSource): void {
	if (source.kind === 'postgres') {
		for (const name of [source.table, source.tenantColumn ?? 'tenant', source.phoneColumn ?? 'phone']) {
			if (!IDENTIFIER.test(name)) throw new Error(`Not a plain lower-case SQL name: ${name}`);
		}
	} else if (!source.keys && !source.patterns) {
		throw new Error(`Redis source ${source.id} has neither keys nor patterns`);
	}
	registry.set(source.id, source);
}

export function personalDataSources(): PersonalDataSource[] {
	return [...registry.values()];
}

export async function exportContactData(
	pool: Pool,
	redis: Redis,
	scope: ContactScope,
	sources: PersonalDataSource[] = personalDataSources(),
): Promise<ContactExport> {
	assertContact(scope);
	const { tables, skipped } = await resolveTables(pool, sources);
	const postgres: ContactExport['postgres'] = {};
	for (const table of tables) {
		const { rows } = await pool.query<{ row: Record<string, unknown> }>(
			`SELECT to_jsonb(t) AS row FROM ${table.sql} t WHERE ${table.where} ORDER BY to_jsonb(t)::text`,
			[scope.tenant, scope.phone],
		);
		postgres[table.name] = rows.map((row) => row.row);
	}
	const owners = await findKeys(redis, scope, sources);
	return {
		format: 'n8n-nodes-whatsapp-ai/contact-export',
		version: 1,
		exportedAt: new Date().toISOString(),
		tenant: scope.tenant,
		phone: scope.phone,
		postgres,
		redis: await readKeys(redis, scope, owners),
		skipped,
	};
}

/** Deletes the contact's rows (one transaction) and keys from every registered source. */
export async function eraseContactData(
	pool: Pool,
	redis: Redis,
	scope: ContactScope,
	sources: PersonalDataSource[] = personalDataSources(),
): Promise<EraseReport> {
	assertContact(scope);
	// The suppression list must exist before opt-out rows may go.
	await ensureGuardSchema(pool);
	const { tables, skipped } = await resolveTables(pool, sources);
	const postgres: EraseReport['postgres'] = {};
	const kept: KeptRecord[] = [];
	const client = await pool.connect();
	try {
		await client.query('BEGIN');
		for (const table of tables) {
			if (table.erase) {
				const result = await table.erase(client, scope);
				postgres[table.name] = result.deleted;
				if (result.kept) kept.push({ source: table.source, ...result.kept });
				continue;
			}
			const result = await client.query(`DELETE FROM ${table.sql} WHERE ${table.where}`, [scope.tenant, scope.phone]);
			postgres[table.name] = result.rowCount ?? 0;
		}
		await client.query('COMMIT');
	} catch (error) {
		await client.query('ROLLBACK').catch(() => undefined);
		throw error;
	} finally {
		client.release();
	}
	// Keys after rows: an opt-out marker rebuilt from a row mid-erase is deleted here too.
	const owners = await findKeys(redis, scope, sources);
	const redisCounts: EraseReport['redis'] = {};
	for (const source of sources) if (source.kind === 'redis') redisCounts[source.id] = 0;
	const keys = [...owners.keys()];
	for (let start = 0; start < keys.length; start += DELETE_BATCH) {
		const batch = keys.slice(start, start + DELETE_BATCH).map((key) => ({ key, source: owners.get(key)! }));
		const whole = batch.filter(({ source }) => !source.shared);
		const pipeline = redis.pipeline();
		for (const { key } of whole) pipeline.unlink(key);
		const replies = (await pipeline.exec()) ?? [];
		for (const [index, [error, deleted]] of replies.entries()) {
			if (error) throw error;
			redisCounts[whole[index].source.id] += Number(deleted);
		}
		// Shared keys lose only the contact's entries, each key in one atomic step.
		const shared = batch.filter(({ source }) => source.shared);
		const removed = await Promise.all(shared.map(async ({ key, source }) => await source.shared!.remove(redis, key, scope)));
		for (const [index, count] of removed.entries()) redisCounts[shared[index].source.id] += count;
	}
	const total = [...Object.values(postgres), ...Object.values(redisCounts)].reduce((sum, count) => sum + count, 0);
	return { tenant: scope.tenant, phone: scope.phone, postgres, redis: redisCounts, total, skipped, kept };
}

interface ResolvedTable {
	source: string;
	name: string;
	sql: string;
	where: string;
	erase?: PostgresDataSource['erase'];
}

/** The registered tables that exist and have the tenant and phone columns; the rest is reported as skipped. */
async function resolveTables(
	pool: Pool,
	sources: PersonalDataSource[],
): Promise<{ tables: ResolvedTable[]; skipped: { source: string; reason: string }[] }> {
	const tables: ResolvedTable[] = [];
	const skipped: { source: string; reason: string }[] = [];
	for (const source of sources) {
		if (source.kind !== 'postgres') continue;
		const tenantColumn = source.tenantColumn ?? 'tenant';
		const phoneColumn = source.phoneColumn ?? 'phone';
		const { rows } = await pool.query<{ attname: string }>(
			`SELECT attname FROM pg_attribute
			WHERE attrelid = to_regclass($1) AND attnum > 0 AND NOT attisdropped AND attname = ANY($2)`,
			[source.table, [tenantColumn, phoneColumn]],
		);
		const columns = rows.map((row) => row.attname);
		if (!columns.includes(tenantColumn) || !columns.includes(phoneColumn)) {
			const exists = (await pool.query('SELECT to_regclass($1) IS NOT NULL AS exists', [source.table])).rows[0].exists;
			skipped.push({ source: source.id, reason: exists ? `no ${tenantColumn}/${phoneColumn} columns` : 'table does not exist' });
			continue;
		}
		tables.push({
			source: source.id,
			name: source.table,
			sql: quoteName(source.table),
			where: `${quoteName(tenantColumn)} = $1 AND ${quoteName(phoneColumn)} = $2`,
			erase: source.erase,
		});
	}
	return { tables, skipped };
}

/** The contact's keys, each with the source that owns it. */
async function findKeys(redis: Redis, scope: ContactScope, sources: PersonalDataSource[]): Promise<Map<string, RedisDataSource>> {
	const owners = new Map<string, RedisDataSource>();
	for (const source of sources) {
		if (source.kind !== 'redis') continue;
		const exact = source.keys?.(scope) ?? [];
		if (exact.length > 0) {
			for (const key of await existing(redis, exact)) if (!owners.has(key)) owners.set(key, source);
		}
		for (const pattern of source.patterns?.(scope) ?? []) {
			let cursor = '0';
			do {
				const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', SCAN_COUNT);
				cursor = next;
				for (const key of keys) {
					if (owners.has(key) || (source.owns && !source.owns(key, scope))) continue;
					owners.set(key, source);
				}
			} while (cursor !== '0');
		}
	}
	return owners;
}

async function existing(redis: Redis, keys: string[]): Promise<string[]> {
	const pipeline = redis.pipeline();
	for (const key of keys) pipeline.exists(key);
	const replies = (await pipeline.exec()) ?? [];
	return keys.filter((_, index) => replies[index]?.[1] === 1);
}

/** Type, time to live and value of each key, for the export; of a shared key, the contact's entries only. */
async function readKeys(redis: Redis, scope: ContactScope, owners: Map<string, RedisDataSource>): Promise<RedisEntry[]> {
	const entries: RedisEntry[] = [];
	for (const key of [...owners.keys()].sort()) {
		const [type, ttl] = await Promise.all([redis.type(key), redis.pttl(key)]);
		if (type === 'none') continue; // expired between scan and read
		const ttlMs = ttl >= 0 ? ttl : null;
		const shared = owners.get(key)!.shared;
		if (!shared) {
			entries.push({ key, type, ttlMs, value: await readValue(redis, key, type) });
			continue;
		}
		const value = await shared.read(redis, key, scope);
		if (value.length > 0) entries.push({ key, type, ttlMs, value, shared: true });
	}
	return entries;
}

async function readValue(redis: Redis, key: string, type: string): Promise<unknown> {
	switch (type) {
		case 'string':
			return await redis.get(key);
		case 'hash':
			return await redis.hgetall(key);
		case 'list':
			return await redis.lrange(key, 0, -1);
		case 'set':
			return (await redis.smembers(key)).sort();
		case 'zset': {
			const flat = await redis.zrange(key, 0, -1, 'WITHSCORES');
			const members: { member: string; score: number }[] = [];
			for (let index = 0; index < flat.length; index += 2) members.push({ member: flat[index], score: Number(flat[index + 1]) });
			return members;
		}
		case 'stream':
			return (await redis.xrange(key, '-', '+')).map(([id, fields]) => ({ id, fields }));
		default:
			return null;
	}
}

function quoteName(name: string): string {
	return name
		.split('.')
		.map((part) => `"${part}"`)
		.join('.');
}
