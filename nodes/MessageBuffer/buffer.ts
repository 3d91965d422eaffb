// Message Buffer: a contact's burst ("oi" / "tudo bem?" / "queria marcar consulta") becomes one
// item. Every inbound message runs its own execution, possibly on another queue-mode worker;
// each calls joinBurst, which adds the message to the contact's buffer in Redis and waits:
//
// - the execution whose message is the newest when the contact has been quiet for
//   quietPeriodMs claims the whole burst and gets it back as one flush;
// - every other execution learns that a newer message holds its burst and gets 'superseded'
//   (the node shell emits nothing for it);
// - a burst is also flushed at once when it reaches maxMessages, when its first message has
//   waited maxWaitMs, or when a message matches a flush word or the flushWhen predicate
//   (emergencies and opt-outs never wait); the flush includes what was buffered before it.
//
// Exactly once: a claim is one Lua step that takes every pending message and removes it, so a
// message is in exactly one flush. A message that joins while a claim runs lands either before
// it (then the claim fails, as the holder is no longer the newest, and the new message's
// execution flushes the lot after its own quiet period) or after it (then it starts a new burst
// and its own execution answers it). A redelivered message id is not added again, neither while
// its burst waits nor, for ttlSeconds, after the flush.
//
// Crash safety: if the holder's execution dies during its wait (worker killed, process
// restarted), its burst stays in Redis. The contact's next message joins the same burst and its
// execution flushes everything, at once if the burst is already older than maxWaitMs. Without a
// next message the burst expires ttlSeconds after its last join (default 5 minutes): the TTL
// bounds how long such messages linger. A redelivery of a message whose holder died also
// picks the burst up. A claim whose reply is lost on the way (connection dropped) is not lost
// either: the store keeps each claim for ttlSeconds under the caller's token, and the step is
// retried (or resent by ioredis) with that token and reads it back. A crash after the flush
// (while the workflow answers) is outside the buffer, as for any execution.
import { randomUUID } from 'crypto';
import type Redis from 'ioredis';
import { MESSAGE_TYPES } from '../shared/message';
import { BufferInputError } from './errors';
import { resolveBufferOptions, type BufferOptions, type BufferSettings } from './options';
import { redisBurstStore } from './store';
import type { BufferedMessage, BufferInput, BurstFlush, BurstOutcome, BurstStore, ClaimRecord, FlushReason, StoreReply } from './types';

/**
 * Add `message` to the conversation's burst and wait until this execution either holds the
 * whole burst (flush) or knows another execution does (superseded). See the top of this file.
 */
export async function joinBurst(
	redis: Redis,
	prefix: string,
	conversationKey: string,
	message: BufferInput,
	options: BufferOptions = {},
): Promise<BurstOutcome> {
	return await joinBurstIn(redisBurstStore(redis, prefix), conversationKey, message, options);
}

/** joinBurst on any store; the unit tests run it on an in-memory model of the Redis scripts. */
export async function joinBurstIn(
	store: BurstStore,
	conversationKey: string,
	message: BufferInput,
	options: BufferOptions = {},
): Promise<BurstOutcome> {
	const settings = resolveBufferOptions(options);
	if (typeof conversationKey !== 'string' || conversationKey.trim() === '') {
		throw new BufferInputError('conversationKey must be a non-empty string');
	}
	const { clock, signal } = settings;
	const started = clock.now();
	const entry = toBufferedMessage(message, started);
	signal?.throwIfAborted();

	const rule = await flushRuleFor(entry, settings);
	const token = randomUUID();
	const timing = { token, ttlSeconds: settings.ttlSeconds, quietPeriodMs: settings.quietPeriodMs, maxWaitMs: settings.maxWaitMs };
	const joined = await retrying(clock, () =>
		store.join(conversationKey, entry, { ...timing, maxMessages: settings.maxMessages, flushReason: rule?.reason }),
	);
	let reply: StoreReply = joined.reply;
	// After a failed attempt that may have reached Redis, "already joined" may be this call's own doing.
	const duplicate = reply.duplicate && !joined.retried;

	for (;;) {
		const waitedMs = Math.max(0, clock.now() - started);
		if (reply.state === 'flushed') {
			if (reply.token === token) return flushOf(requireClaim(reply.claim), waitedMs, rule);
			return { kind: 'superseded', by: reply.claim?.by ?? '', waitedMs, duplicate };
		}
		if (reply.state === 'gone') return { kind: 'superseded', by: '', waitedMs, duplicate };
		if (reply.newest !== entry.messageId) return { kind: 'superseded', by: reply.newest, waitedMs, duplicate };

		// This message holds the burst. The store flushes on the first poll at or after the
		// deadline; until then, poll now and then to hand over early if a newer message joins.
		const untilDue = Math.min(settings.quietPeriodMs - reply.lastAgeMs, settings.maxWaitMs - reply.firstAgeMs);
		await clock.sleep(Math.max(1, Math.min(settings.pollIntervalMs, untilDue)));
		signal?.throwIfAborted();
		reply = (await retrying(clock, () => store.poll(conversationKey, entry.messageId, timing))).reply;
	}
}

/** Waits before the retries of a store step that failed on the way (connection lost, timeout). */
export const STORE_RETRY_DELAYS_MS: readonly number[] = [100, 400, 1_000];

/**
 * Runs a store step again when it failed in transit. Both steps can be repeated safely with the
 * same token: a message joins once, and a claim that ran but whose reply was lost is read back
 * rather than lost. Errors Redis itself answered (ReplyError: a wrong key type, a script error)
 * are not retried.
 */
async function retrying(clock: BufferSettings['clock'], step: () => Promise<StoreReply>): Promise<{ reply: StoreReply; retried: boolean }> {
	for (let attempt = 0; ; attempt++) {
		try {
			return { reply: await step(), retried: attempt > 0 };
		} catch (error) {
			const answeredByRedis = error instanceof Error && error.name === 'ReplyError';
			if (answeredByRedis || attempt >= STORE_RETRY_DELAYS_MS.length) throw error;
			// No abort check here: the failed step may have claimed a burst that only a retry returns.
			await clock.sleep(STORE_RETRY_DELAYS_MS[attempt]);
		}
	}
}

/** The message as the buffer keeps it; throws a BufferInputError for what cannot be buffered. */
export function toBufferedMessage(input: BufferInput, now: number = Date.now()): BufferedMessage {
	if (input === null || typeof input !== 'object') throw new BufferInputError('message must be an object');
	const { messageId, text = '', media, location } = input;
	if (typeof messageId !== 'string' || messageId.trim() === '') throw new BufferInputError('messageId must be a non-empty string');
	if (typeof text !== 'string') throw new BufferInputError('text must be a string');
	const type = input.type ?? (text.trim() === '' ? 'unknown' : 'text');
	if (!(MESSAGE_TYPES as readonly string[]).includes(type)) throw new BufferInputError(`type ${String(type)} is not a message type`);
	const timestamp = isoDate('timestamp', input.timestamp, now);
	const receivedAt = isoDate('receivedAt', input.receivedAt, now);
	const message: BufferedMessage = { messageId, text, type, timestamp, receivedAt };
	if (media && typeof media === 'object') {
		const kept = pickStrings(media, ['id', 'url', 'mimetype', 'filename']);
		if (Object.keys(kept).length > 0) message.media = kept;
	}
	if (location && typeof location === 'object' && Number.isFinite(location.latitude) && Number.isFinite(location.longitude)) {
		const { name, address } = pickStrings(location, ['name', 'address']);
		message.location = { latitude: location.latitude, longitude: location.longitude };
		if (name !== undefined) message.location.name = name;
		if (address !== undefined) message.location.address = address;
	}
	return message;
}

/** `value` as ISO 8601, `now` when it is absent; throws a BufferInputError for a non-date. */
function isoDate(field: string, value: unknown, now: number): string {
	if (value === undefined) return new Date(now).toISOString();
	const at = typeof value === 'string' ? Date.parse(value) : Number.NaN;
	if (Number.isNaN(at)) throw new BufferInputError(`${field} is not a valid date: ${String(value)}`);
	return new Date(at).toISOString();
}

/**
 * A burst in the order it was sent. Messages join in the order their executions reach the
 * buffer, which in queue mode is the order workers picked them up, not the order they were
 * written. The provider's timestamp comes first (it survives a late redelivery), but WAHA and
 * the Cloud API date to the second, so within a second the trigger's millisecond arrival time
 * decides; join order breaks what is left (Array.prototype.sort is stable).
 */
export function inSentOrder(messages: readonly BufferedMessage[]): BufferedMessage[] {
	return [...messages].sort((a, b) => compareDates(a.timestamp, b.timestamp) || compareDates(a.receivedAt, b.receivedAt));
}

/** Earlier first; a missing date (a message buffered by an older version) sorts last. */
function compareDates(a: string | undefined, b: string | undefined): number {
	const x = a === undefined ? Number.NaN : Date.parse(a);
	const y = b === undefined ? Number.NaN : Date.parse(b);
	if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) === Number.isNaN(y) ? 0 : Number.isNaN(x) ? 1 : -1;
	return x - y;
}

/** One item from a claimed burst. */
export function flushOf(claim: ClaimRecord, waitedMs: number, rule?: FlushRuleHit): BurstFlush {
	const { reason } = claim;
	const messages = inSentOrder(claim.messages);
	const times = messages.map((m) => Date.parse(m.timestamp)).filter((t) => !Number.isNaN(t));
	const flush: BurstFlush = {
		kind: 'flush',
		reason,
		messages,
		messageIds: messages.map((m) => m.messageId),
		text: messages
			.map((m) => m.text)
			.filter((text) => text.trim() !== '')
			.join('\n'),
		count: messages.length,
		firstAt: times.length > 0 ? new Date(Math.min(...times)).toISOString() : '',
		lastAt: times.length > 0 ? new Date(Math.max(...times)).toISOString() : '',
		waitedMs,
	};
	if (rule && rule.reason === reason) {
		if (rule.matched !== undefined) flush.matched = rule.matched;
		if (rule.error !== undefined) flush.ruleError = rule.error;
	}
	return flush;
}

interface FlushRuleHit {
	reason: Extract<FlushReason, 'flush_word' | 'flush_rule'>;
	matched?: string;
	error?: string;
}

async function flushRuleFor(message: BufferedMessage, settings: BufferSettings): Promise<FlushRuleHit | undefined> {
	const matched = settings.flushRules.match(message.text);
	if (matched !== undefined) return { reason: 'flush_word', matched };
	if (!settings.flushWhen) return undefined;
	try {
		return (await settings.flushWhen(message)) ? { reason: 'flush_rule' } : undefined;
	} catch (error) {
		return { reason: 'flush_rule', error: error instanceof Error ? error.message : String(error) };
	}
}

function requireClaim(claim: ClaimRecord | undefined): ClaimRecord {
	// The record lives for ttlSeconds, far longer than any wait; missing means the keys were erased.
	if (!claim) throw new Error('message buffer: this execution claimed a burst whose record is gone');
	return claim;
}

function pickStrings<K extends string>(value: object, names: K[]): Partial<Record<K, string>> {
	const picked: Partial<Record<K, string>> = {};
	for (const name of names) {
		const field = (value as Record<string, unknown>)[name];
		if (typeof field === 'string' && field !== '') picked[name] = field;
	}
	return picked;
}
