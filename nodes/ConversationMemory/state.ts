import type Redis from 'ioredis';
import { assertInteger, MemoryInputError } from './errors';
import { stateKey } from './keys';

// Per-contact state for question-and-answer flows. Stored as a Redis hash with one field per
// variable, so a merge is a single HSET: two executions merging different variables at the
// same moment both keep theirs, without Lua or retries, and values keep their exact JSON.

export const DEFAULT_STATE_TTL_SECONDS = 24 * 60 * 60;

export interface ConversationState {
	step?: string;
	variables: Record<string, unknown>;
	/** ISO 8601 of the last write. */
	updatedAt: string;
}

export interface StateUpdate {
	/** New step; null removes it; undefined keeps it (merge). */
	step?: string | null;
	variables?: Record<string, unknown>;
	/** Variables to remove (merge). */
	unset?: string[];
}

export interface SetStateOptions {
	/** merge: change only what is given. replace: the update becomes the whole state. */
	mode?: 'merge' | 'replace';
	/** Refreshed on every write; 0 keeps the state without expiry. */
	ttlSeconds?: number;
}

const STEP_FIELD = 'step';
const UPDATED_FIELD = 'updatedAt';
const VARIABLE_PREFIX = 'var:';

/** The state, or null when there is none (never set, cleared or expired). */
export async function getState(redis: Redis, prefix: string, conversationKey: string): Promise<ConversationState | null> {
	return stateFromHash(await redis.hgetall(stateKey(prefix, conversationKey)));
}

/** Write the state in one MULTI and return it as it stands right after the write. */
export async function setState(
	redis: Redis,
	prefix: string,
	conversationKey: string,
	update: StateUpdate,
	{ mode = 'merge', ttlSeconds = DEFAULT_STATE_TTL_SECONDS }: SetStateOptions = {},
): Promise<ConversationState> {
	if (mode !== 'merge' && mode !== 'replace') throw new MemoryInputError(`mode must be merge or replace, got ${String(mode)}`);
	assertInteger('ttlSeconds', ttlSeconds, 0);
	const key = stateKey(prefix, conversationKey);
	const fields = fieldsOf(update);
	const removed = (update.unset ?? []).map((name) => VARIABLE_PREFIX + name);
	if (update.step === null) removed.push(STEP_FIELD);

	const transaction = redis.multi();
	if (mode === 'replace') transaction.del(key);
	else if (removed.length > 0) transaction.hdel(key, ...removed);
	transaction.hset(key, fields);
	if (ttlSeconds > 0) transaction.expire(key, ttlSeconds);
	else transaction.persist(key);
	transaction.hgetall(key);
	const replies = (await transaction.exec()) ?? [];
	for (const [error] of replies) if (error) throw error;
	const state = stateFromHash(replies[replies.length - 1][1] as Record<string, string>);
	if (!state) throw new Error('state vanished inside its own transaction');
	return state;
}

/** Forget the state. Returns whether there was one. */
export async function clearState(redis: Redis, prefix: string, conversationKey: string): Promise<boolean> {
	return (await redis.del(stateKey(prefix, conversationKey))) > 0;
}

function fieldsOf(update: StateUpdate): Record<string, string> {
	if (update.step !== undefined && update.step !== null && typeof update.step !== 'string') {
		throw new MemoryInputError('step must be a string');
	}
	const fields: Record<string, string> = { [UPDATED_FIELD]: new Date().toISOString() };
	if (typeof update.step === 'string') fields[STEP_FIELD] = update.step;
	for (const [name, value] of Object.entries(update.variables ?? {})) {
		// undefined has no JSON form; treating it as "leave alone" matches a merge.
		if (value === undefined) continue;
		fields[VARIABLE_PREFIX + name] = JSON.stringify(value);
	}
	return fields;
}

function stateFromHash(hash: Record<string, string>): ConversationState | null {
	if (Object.keys(hash).length === 0) return null;
	// fromEntries, not assignment: a variable named __proto__ stays a plain variable.
	const variables = Object.fromEntries(
		Object.entries(hash)
			.filter(([field]) => field.startsWith(VARIABLE_PREFIX))
			.map(([field, raw]) => [field.slice(VARIABLE_PREFIX.length), parseValue(raw)]),
	);
	const state: ConversationState = { variables, updatedAt: hash[UPDATED_FIELD] ?? '' };
	if (hash[STEP_FIELD] !== undefined) state.step = hash[STEP_FIELD];
	return state;
}

function parseValue(raw: string): unknown {
	try {
		return JSON.parse(raw);
	} catch {
		return raw; // written by hand or by another tool: keep the text rather than lose it
	}
}
