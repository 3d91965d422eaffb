// Per-contact sliding-window rate limit: a sorted set of message times per key, trimmed,
// counted and extended in one Lua script, so concurrent workers can never let a sixth message
// through a five-per-minute limit. Refused messages are not logged: a contact who keeps
// writing is let through again as soon as the oldest counted message leaves the window.
import { randomBytes } from 'crypto';
import type Redis from 'ioredis';
import { LuaScript } from '../shared/luaScript';

export interface RateOptions {
	/** Messages allowed per window; default 5. */
	limit?: number;
	/** Window length in milliseconds; default 60 000. */
	windowMs?: number;
	/** Current time in ms since the epoch; default Date.now(). All workers should share a clock. */
	now?: number;
}

export interface RateResult {
	allowed: boolean;
	/** Messages in the window, this one included when allowed. */
	count: number;
	/** 0 when allowed; otherwise how long until the oldest counted message leaves the window. */
	retryAfterMs: number;
}

export const DEFAULT_RATE_LIMIT = 5;
export const DEFAULT_RATE_WINDOW_MS = 60_000;

// KEYS[1] log; ARGV now, window, limit, member. A message exactly `window` old is outside it.
const SLIDING_WINDOW = new LuaScript(`
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local limit = tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local count = redis.call('ZCARD', KEYS[1])
if count < limit then
	redis.call('ZADD', KEYS[1], now, ARGV[4])
	redis.call('PEXPIRE', KEYS[1], window)
	return {1, count + 1, 0}
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return {0, count, tonumber(oldest[2]) + window - now}
`);

// Unique members, so two messages in the same millisecond are two entries.
const memberPrefix = randomBytes(4).toString('hex');
let memberCounter = 0;

export async function checkRate(redis: Redis, key: string, options: RateOptions = {}): Promise<RateResult> {
	const limit = options.limit ?? DEFAULT_RATE_LIMIT;
	const windowMs = options.windowMs ?? DEFAULT_RATE_WINDOW_MS;
	const now = Math.floor(options.now ?? Date.now());
	if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`rate limit must be a whole number ≥ 1, got ${limit}`);
	if (!Number.isInteger(windowMs) || windowMs < 1) throw new RangeError(`rate window must be whole milliseconds ≥ 1, got ${windowMs}`);
	memberCounter = (memberCounter + 1) % Number.MAX_SAFE_INTEGER;
	const member = `${now}:${memberPrefix}:${memberCounter}`;
	const [allowed, count, retryAfterMs] = (await SLIDING_WINDOW.run(redis, [key], [now, windowMs, limit, member])) as number[];
	return { allowed: allowed === 1, count, retryAfterMs: Math.max(0, retryAfterMs) };
}
