// The buffer's atomic steps in Redis: two Lua scripts on two keys per conversation.
//
// Buffer hash (bufferKey):
//   n, newest, first, last   the pending burst: message count, newest message id, and when its
//                            first and newest messages joined (ms, Redis server clock)
//   m:<seq>, i:<seq>         pending message <seq> (1..n) as JSON, and its id
//   p:<id>                   "message <id> is pending" (dedup while the burst waits)
//   f:<id>                   token of the claim that flushed message <id> (dedup after the flush)
//   c:<token>                that claim: {by, reason, messages}, so a claim whose reply was lost
//                            (ioredis resends a command after a reconnect) is read back, not lost
// Log sorted set (bufferLogKey): the f: and c: fields by the time they were written; both scripts
// drop the ones older than the TTL, so the hash of a busy conversation does not grow.
//
// Times come from Redis (TIME), not from the workers, so queue-mode workers with skewed clocks
// agree on the quiet period. Both keys get the TTL on every join and claim: a burst whose holder
// died stays for a later message to pick up, but at most ttlSeconds after its last join.
import type Redis from 'ioredis';
import { LuaScript } from '../shared/luaScript';
import { bufferKey, bufferLogKey } from './keys';
import type { BufferedMessage, BurstStore, ClaimRecord, FlushReason, JoinRequest, PollRequest, StoreReply } from './types';

const PRELUDE = `
local buffer, log = KEYS[1], KEYS[2]

local function clockMs()
	local t = redis.call('TIME')
	return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end

local function prune(now, ttlMs)
	local old = redis.call('ZRANGEBYSCORE', log, '-inf', now - ttlMs)
	for i = 1, #old, 500 do
		redis.call('HDEL', buffer, unpack(old, i, math.min(i + 499, #old)))
	end
	if #old > 0 then redis.call('ZREMRANGEBYSCORE', log, '-inf', now - ttlMs) end
end

-- Takes every pending message, records who took them, and empties the burst.
local function claim(now, ttlMs, token, by, reason)
	local n = tonumber(redis.call('HGET', buffer, 'n')) or 0
	local fields = {}
	for i = 1, n do
		fields[#fields + 1] = 'm:' .. i
		fields[#fields + 1] = 'i:' .. i
	end
	local messages = {}
	if n > 0 then
		local values = redis.call('HMGET', buffer, unpack(fields))
		for i = 1, n do
			local json, id = values[2 * i - 1], values[2 * i]
			if json then messages[#messages + 1] = json end
			if id then
				redis.call('HDEL', buffer, 'p:' .. id)
				redis.call('HSET', buffer, 'f:' .. id, token)
				redis.call('ZADD', log, now, 'f:' .. id)
			end
		end
		redis.call('HDEL', buffer, unpack(fields))
	end
	redis.call('HDEL', buffer, 'n', 'newest', 'first', 'last')
	local record = cjson.encode({by = by, reason = reason, messages = messages})
	redis.call('HSET', buffer, 'c:' .. token, record)
	redis.call('ZADD', log, now, 'c:' .. token)
	redis.call('PEXPIRE', buffer, ttlMs)
	redis.call('PEXPIRE', log, ttlMs)
	return record
end

-- The quiet period counts from the newest message; the maximum wait from the first.
local function dueReason(now, first, last, quietMs, maxWaitMs)
	if now - last >= quietMs then return 'quiet' end
	if now - first >= maxWaitMs then return 'max_wait' end
	return nil
end

local function pendingMeta(now)
	local meta = redis.call('HMGET', buffer, 'newest', 'first', 'last', 'n')
	return meta[1] or '', tonumber(meta[2]) or now, tonumber(meta[3]) or now, tonumber(meta[4]) or 0
end
`;

// ARGV: id, message JSON, token, ttlMs, maxMessages, quietMs, maxWaitMs, flush reason ('' = none).
// Reply: {'flushed', token, claim JSON, duplicate} or {'pending', newest, firstAge, lastAge, n, duplicate}.
const JOIN = new LuaScript(`${PRELUDE}
local id, token = ARGV[1], ARGV[3]
local ttlMs, maxMessages = tonumber(ARGV[4]), tonumber(ARGV[5])
local quietMs, maxWaitMs, flushReason = tonumber(ARGV[6]), tonumber(ARGV[7]), ARGV[8]
local now = clockMs()
prune(now, ttlMs)

local flushedBy = redis.call('HGET', buffer, 'f:' .. id)
if flushedBy then
	return {'flushed', flushedBy, redis.call('HGET', buffer, 'c:' .. flushedBy) or '', 1}
end

local duplicate = redis.call('HEXISTS', buffer, 'p:' .. id)
if duplicate == 0 then
	local n = redis.call('HINCRBY', buffer, 'n', 1)
	redis.call('HSET', buffer, 'm:' .. n, ARGV[2], 'i:' .. n, id, 'p:' .. id, n, 'newest', id, 'last', now)
	if n == 1 then redis.call('HSET', buffer, 'first', now) end
end

local newest, first, last, n = pendingMeta(now)
local reason = flushReason
if reason == '' and n >= maxMessages then reason = 'max_messages' end
if reason == '' and newest == id then reason = dueReason(now, first, last, quietMs, maxWaitMs) or '' end
if reason ~= '' then
	return {'flushed', token, claim(now, ttlMs, token, id, reason), duplicate}
end
redis.call('PEXPIRE', buffer, ttlMs)
redis.call('PEXPIRE', log, ttlMs)
return {'pending', newest, now - first, now - last, n, duplicate}
`);

// ARGV: id, token, ttlMs, quietMs, maxWaitMs.
// Reply: {'flushed', token, claim JSON} or {'pending', newest, firstAge, lastAge, n} or {'gone'}.
const POLL = new LuaScript(`${PRELUDE}
local id, token = ARGV[1], ARGV[2]
local ttlMs, quietMs, maxWaitMs = tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
local now = clockMs()

local flushedBy = redis.call('HGET', buffer, 'f:' .. id)
if flushedBy then
	return {'flushed', flushedBy, redis.call('HGET', buffer, 'c:' .. flushedBy) or ''}
end
if redis.call('HEXISTS', buffer, 'p:' .. id) == 0 then return {'gone'} end

local newest, first, last, n = pendingMeta(now)
if newest == id then
	local reason = dueReason(now, first, last, quietMs, maxWaitMs)
	if reason then
		prune(now, ttlMs)
		return {'flushed', token, claim(now, ttlMs, token, id, reason)}
	end
end
return {'pending', newest, now - first, now - last, n}
`);

/** The buffer's store on a Redis connection (any worker's; the scripts make the steps atomic). */
export function redisBurstStore(redis: Redis, prefix: string): BurstStore {
	const keys = (conversationKey: string) => [bufferKey(prefix, conversationKey), bufferLogKey(prefix, conversationKey)];
	return {
		async join(conversationKey: string, message: BufferedMessage, request: JoinRequest): Promise<StoreReply> {
			const reply = await JOIN.run(redis, keys(conversationKey), [
				message.messageId,
				JSON.stringify(message),
				request.token,
				request.ttlSeconds * 1000,
				request.maxMessages,
				request.quietPeriodMs,
				request.maxWaitMs,
				request.flushReason ?? '',
			]);
			return parseReply(reply, 'join');
		},
		async poll(conversationKey: string, messageId: string, request: PollRequest): Promise<StoreReply> {
			const reply = await POLL.run(redis, keys(conversationKey), [
				messageId,
				request.token,
				request.ttlSeconds * 1000,
				request.quietPeriodMs,
				request.maxWaitMs,
			]);
			return parseReply(reply, 'poll');
		},
	};
}

function parseReply(reply: unknown, step: 'join' | 'poll'): StoreReply {
	if (!Array.isArray(reply)) throw new Error(`message buffer ${step}: unexpected reply from Redis`);
	const duplicate = step === 'join' && Number(reply[reply.length - 1]) === 1;
	switch (reply[0]) {
		case 'flushed':
			return { state: 'flushed', token: String(reply[1]), claim: parseClaim(String(reply[2])), duplicate };
		case 'pending':
			return {
				state: 'pending',
				newest: String(reply[1]),
				firstAgeMs: Number(reply[2]),
				lastAgeMs: Number(reply[3]),
				count: Number(reply[4]),
				duplicate,
			};
		case 'gone':
			return { state: 'gone', duplicate };
		default:
			throw new Error(`message buffer ${step}: unexpected reply from Redis`);
	}
}

/** A claim record as the scripts write it; the messages inside are JSON strings themselves. */
export function parseClaim(stored: string): ClaimRecord | undefined {
	if (stored === '') return undefined;
	const value = JSON.parse(stored) as { by?: unknown; reason?: unknown; messages?: unknown };
	// cjson writes an empty list as {}; a claim always holds its caller's message, but stay safe.
	const messages = Array.isArray(value.messages) ? value.messages : [];
	return {
		by: String(value.by ?? ''),
		reason: String(value.reason) as FlushReason,
		messages: messages.map((message) => JSON.parse(String(message)) as BufferedMessage),
	};
}
