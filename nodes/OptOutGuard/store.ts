// Opt-outs and consent per contact. Postgres is the source of truth; Redis holds a marker of
// the contact's opt-out categories so that blocked contacts are answered without a query.
//
// The cache rule: the marker can only ever say "blocked". No marker, or a marker without the
// category in question, sends the lookup to Postgres, so a lost or late Redis write can never
// make an opted-out contact look allowed. Any Redis error also falls back to Postgres.
// The other direction (a stale marker after an opt-in) is kept out with a token: every write
// replaces it, and a reader repairs a missing marker only if the token it saw is still there.
// An erased contact's opt-outs live on in the suppression list (suppression.ts) and count here
// like opt-outs, until the person opts in again.
import { randomBytes } from 'crypto';
import type Redis from 'ioredis';
import type { Pool } from 'pg';
import { optOutCacheKey } from './keys';
import { LuaScript } from '../shared/luaScript';
import { ensureGuardSchema } from './migrations';
import { phoneHashOf } from './suppression';
import {
	assertContact,
	blockingCategories,
	GuardInputError,
	OPT_OUT_CATEGORIES,
	type Contact,
	type MessageCategory,
	type OptOutCategory,
} from './types';

/** How long a marker lives without being refreshed; bounds any stale marker a failed write leaves. */
export const OPT_OUT_CACHE_TTL_MS = 60 * 60 * 1000;

export interface OptOutInput extends Contact {
	category: OptOutCategory;
	/** Who or what recorded it: 'keyword', 'model', 'operator', 'api'... */
	source: string;
	/** Short note, e.g. the keyword that matched; not the whole message. */
	reason?: string;
}

export interface OptOutResult {
	/** False when the contact had already opted out of this category (the first record is kept). */
	created: boolean;
	category: OptOutCategory;
	optedOutAt: string;
	/** False when Redis could not be updated; Postgres has the record regardless. */
	cacheUpdated: boolean;
}

export interface OptInInput extends Contact {
	/** 'all' (default) lifts every opt-out; 'marketing' lifts the marketing one only. */
	category?: OptOutCategory;
}

export interface OptInResult {
	/** The opt-outs (or suppression entries of an erased contact) that were lifted; empty when there was none. */
	removed: OptOutCategory[];
	cacheUpdated: boolean;
}

export interface ConsentInput extends Contact {
	/** What the consent is for, e.g. 'marketing', 'health_data', 'reminders'. */
	purpose: string;
	/** Version of the text the person agreed to, e.g. 'privacy-2025-03'. */
	textVersion: string;
	/** Where it was given: 'whatsapp', 'web', 'reception'... */
	channel: string;
	/** False records a withdrawal. Default true. */
	granted?: boolean;
	/** When it was given; default now. */
	recordedAt?: Date | string;
}

export interface ConsentRecord {
	id: string;
	purpose: string;
	textVersion: string;
	channel: string;
	granted: boolean;
	recordedAt: string;
}

export interface OptOutRecord {
	category: OptOutCategory;
	optedOutAt: string;
	source: string;
	reason: string | null;
}

export interface ContactStatus extends Contact {
	optOuts: OptOutRecord[];
	/** Categories still refused after an erasure (the suppression list); they block like opt-outs. */
	suppressed: OptOutCategory[];
	/** Whether a message of each category would be blocked by an opt-out or a suppression. */
	blocked: Record<MessageCategory, boolean>;
	/** The latest decision per purpose. */
	consents: ConsentRecord[];
}

export interface BlockCheck {
	blocked: boolean;
	/** The opt-out that blocks, 'all' before 'marketing'. */
	by?: OptOutCategory;
	/** Where the answer came from. */
	from: 'cache' | 'database';
}

// KEYS[1] marker; ARGV token seen, ttl, categories... Writes only if no one wrote since.
const REPAIR_MARKER = new LuaScript(`
local current = redis.call('HGET', KEYS[1], 'token') or ''
if current ~= ARGV[1] then return 0 end
for i = 3, #ARGV do redis.call('HSET', KEYS[1], ARGV[i], '1') end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1
`);

const newToken = (): string => randomBytes(8).toString('hex');

export async function optOut(pool: Pool, redis: Redis, prefix: string, input: OptOutInput): Promise<OptOutResult> {
	assertContact(input);
	assertCategory(input.category);
	if (!input.source?.trim()) throw new GuardInputError('source must be a non-empty string');
	await ensureGuardSchema(pool);
	// ON CONFLICT DO NOTHING: two concurrent opt-outs leave one row, and only one reports `created`.
	const inserted = await pool.query<{ opted_out_at: Date }>(
		`INSERT INTO contact_optouts (tenant, phone, category, source, reason) VALUES ($1, $2, $3, $4, $5)
		ON CONFLICT (tenant, phone, category) DO NOTHING RETURNING opted_out_at`,
		[input.tenant, input.phone, input.category, input.source.trim(), input.reason ?? null],
	);
	const created = inserted.rows.length === 1;
	// A separate statement, so that it sees a row a concurrent opt-out committed meanwhile.
	const existing = created
		? inserted
		: await pool.query<{ opted_out_at: Date }>(
				'SELECT opted_out_at FROM contact_optouts WHERE tenant = $1 AND phone = $2 AND category = $3',
				[input.tenant, input.phone, input.category],
			);
	const key = optOutCacheKey(prefix, input);
	const cacheUpdated = await quietly(
		async () => await execAll(redis.multi().hset(key, input.category, '1', 'token', newToken()).pexpire(key, OPT_OUT_CACHE_TTL_MS)),
	);
	return { created, category: input.category, optedOutAt: isoOf(existing.rows[0]?.opted_out_at), cacheUpdated };
}

export async function optIn(pool: Pool, redis: Redis, prefix: string, input: OptInInput): Promise<OptInResult> {
	assertContact(input);
	const category = input.category ?? 'all';
	assertCategory(category);
	await ensureGuardSchema(pool);
	const lifted: OptOutCategory[] = category === 'all' ? ['marketing', 'all'] : ['marketing'];
	// One statement: the opt-outs and the suppression entries go together.
	const { rows } = await pool.query<{ category: OptOutCategory }>(
		`WITH optouts AS (
			DELETE FROM contact_optouts WHERE tenant = $1 AND phone = $2 AND category = ANY($3) RETURNING category
		), suppressions AS (
			DELETE FROM contact_suppressions WHERE tenant = $1 AND phone_hash = $4 AND category = ANY($3) RETURNING category
		)
		SELECT category FROM optouts UNION SELECT category FROM suppressions`,
		[input.tenant, input.phone, lifted, await phoneHashOf(pool, input)],
	);
	// After the commit: a reader that read the old rows holds the old token, so its repair is refused.
	const key = optOutCacheKey(prefix, input);
	const cacheUpdated = await quietly(
		async () =>
			await execAll(
				redis
					.multi()
					.hdel(key, ...lifted)
					.hset(key, 'token', newToken())
					.pexpire(key, OPT_OUT_CACHE_TTL_MS),
			),
	);
	return { removed: rows.map((row) => row.category).sort(), cacheUpdated };
}

/** Whether an opt-out blocks a message of this category ('all' blocks both, 'marketing' blocks marketing). */
export async function isBlocked(
	pool: Pool,
	redis: Redis,
	prefix: string,
	contact: Contact,
	category: MessageCategory,
): Promise<BlockCheck> {
	assertContact(contact);
	const blocking = blockingCategories(category);
	const key = optOutCacheKey(prefix, contact);
	let tokenSeen: string | undefined;
	let cached: OptOutCategory[] = [];
	try {
		const fields = await redis.hmget(key, ...OPT_OUT_CATEGORIES, 'token');
		cached = OPT_OUT_CATEGORIES.filter((_, index) => fields[index] !== null);
		const by = blocking.find((candidate) => cached.includes(candidate));
		if (by) return { blocked: true, by, from: 'cache' };
		tokenSeen = fields[OPT_OUT_CATEGORIES.length] ?? '';
	} catch {
		// Redis is down or slow: Postgres answers alone.
	}
	const stored = await optedOutCategories(pool, contact);
	if (tokenSeen !== undefined && stored.some((stale) => !cached.includes(stale))) {
		const seen = tokenSeen;
		await quietly(async () => {
			await REPAIR_MARKER.run(redis, [key], [seen, OPT_OUT_CACHE_TTL_MS, ...stored]);
		});
	}
	const by = blocking.find((candidate) => stored.includes(candidate));
	return by ? { blocked: true, by, from: 'database' } : { blocked: false, from: 'database' };
}

export async function recordConsent(pool: Pool, input: ConsentInput): Promise<ConsentRecord> {
	assertContact(input);
	for (const field of ['purpose', 'textVersion', 'channel'] as const) {
		if (typeof input[field] !== 'string' || !input[field].trim()) throw new GuardInputError(`${field} must be a non-empty string`);
	}
	const recordedAt = input.recordedAt === undefined ? new Date() : new Date(input.recordedAt);
	if (Number.isNaN(recordedAt.getTime())) throw new GuardInputError('recordedAt must be a date');
	await ensureGuardSchema(pool);
	const { rows } = await pool.query<ConsentRow>(
		`INSERT INTO contact_consents (tenant, phone, purpose, text_version, channel, granted, recorded_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7)
		RETURNING id, purpose, text_version, channel, granted, recorded_at`,
		[input.tenant, input.phone, input.purpose.trim(), input.textVersion.trim(), input.channel.trim(), input.granted ?? true, recordedAt],
	);
	return consentOf(rows[0]);
}

/** What Postgres holds for the contact: opt-outs, what they block, and the latest consent per purpose. */
export async function status(pool: Pool, contact: Contact): Promise<ContactStatus> {
	assertContact(contact);
	await ensureGuardSchema(pool);
	const [optOuts, consents, suppressed] = await Promise.all([
		pool.query<{ category: OptOutCategory; opted_out_at: Date; source: string; reason: string | null }>(
			`SELECT category, opted_out_at, source, reason FROM contact_optouts
			WHERE tenant = $1 AND phone = $2 ORDER BY category`,
			[contact.tenant, contact.phone],
		),
		pool.query<ConsentRow>(
			`SELECT DISTINCT ON (purpose) id, purpose, text_version, channel, granted, recorded_at FROM contact_consents
			WHERE tenant = $1 AND phone = $2 ORDER BY purpose, recorded_at DESC, id DESC`,
			[contact.tenant, contact.phone],
		),
		suppressedCategories(pool, contact),
	]);
	const categories = [...optOuts.rows.map((row) => row.category), ...suppressed];
	const blocks = (category: MessageCategory): boolean => blockingCategories(category).some((c) => categories.includes(c));
	return {
		tenant: contact.tenant,
		phone: contact.phone,
		optOuts: optOuts.rows.map((row) => ({
			category: row.category,
			optedOutAt: isoOf(row.opted_out_at),
			source: row.source,
			reason: row.reason,
		})),
		suppressed,
		blocked: { care: blocks('care'), marketing: blocks('marketing') },
		consents: consents.rows.map(consentOf),
	};
}

/** Opt-outs and suppression entries: both block. */
async function optedOutCategories(pool: Pool, contact: Contact): Promise<OptOutCategory[]> {
	await ensureGuardSchema(pool);
	const { rows } = await pool.query<{ category: OptOutCategory }>(
		`SELECT category FROM contact_optouts WHERE tenant = $1 AND phone = $2
		UNION SELECT category FROM contact_suppressions WHERE tenant = $1 AND phone_hash = $3`,
		[contact.tenant, contact.phone, await phoneHashOf(pool, contact)],
	);
	return rows.map((row) => row.category);
}

async function suppressedCategories(pool: Pool, contact: Contact): Promise<OptOutCategory[]> {
	const { rows } = await pool.query<{ category: OptOutCategory }>(
		'SELECT category FROM contact_suppressions WHERE tenant = $1 AND phone_hash = $2 ORDER BY category',
		[contact.tenant, await phoneHashOf(pool, contact)],
	);
	return rows.map((row) => row.category);
}

interface ConsentRow {
	id: string;
	purpose: string;
	text_version: string;
	channel: string;
	granted: boolean;
	recorded_at: Date;
}

function consentOf(row: ConsentRow): ConsentRecord {
	return {
		id: String(row.id),
		purpose: row.purpose,
		textVersion: row.text_version,
		channel: row.channel,
		granted: row.granted,
		recordedAt: isoOf(row.recorded_at),
	};
}

function assertCategory(category: unknown): asserts category is OptOutCategory {
	if (!OPT_OUT_CATEGORIES.includes(category as OptOutCategory)) {
		throw new GuardInputError(`category must be one of ${OPT_OUT_CATEGORIES.join(', ')}, got ${String(category)}`);
	}
}

function isoOf(value: Date | undefined): string {
	return value instanceof Date ? value.toISOString() : '';
}

/** A MULTI that fails when any of its commands failed (exec() reports those per command). */
async function execAll(multi: ReturnType<Redis['multi']>): Promise<void> {
	const replies = await multi.exec();
	if (!replies) throw new Error('Redis transaction was discarded');
	const failure = replies.find(([error]) => error);
	if (failure) throw failure[0];
}

/** Runs a best-effort cache write; false when Redis refused it. */
async function quietly(write: () => Promise<void>): Promise<boolean> {
	try {
		await write();
		return true;
	} catch {
		return false;
	}
}
