import type Redis from 'ioredis';
import { assertInteger, MemoryInputError, toIso } from './errors';
import { toGeminiContents, type GeminiHistory } from './geminiContents';
import { historyKey, lastInboundKey } from './keys';
import { LuaScript } from '../shared/luaScript';
import { isStoredPhone } from '../shared/phone';
import { isTurnRole, parseTurn, type Turn, type TurnRole } from './turns';

export { toGeminiContents, type GeminiHistory } from './geminiContents';

export const DEFAULT_HISTORY_TTL_SECONDS = 30 * 60;
export const DEFAULT_MAX_TURNS = 50;
export const DEFAULT_HISTORY_LIMIT = 20;
/** The 24-hour window plus a margin, so the timestamp outlives the window it answers for. */
export const LAST_INBOUND_TTL_SECONDS = 48 * 60 * 60;
export const CUSTOMER_WINDOW_MS = 24 * 60 * 60 * 1000;

export interface AppendTurnInput {
	role: TurnRole;
	text: string;
	messageId?: string;
	/** Group chats: the member's number (see Turn.phone); leave it out for direct chats. */
	phone?: string;
	metadata?: Record<string, unknown>;
	/** When the message was sent; defaults to now. User turns set the last-inbound time from it. */
	at?: string | Date;
}

export interface AppendTurnOptions {
	/** Inactivity TTL refreshed on every append; 0 keeps the history without expiry. */
	ttlSeconds?: number;
	/** Oldest turns are dropped beyond this many. */
	maxTurns?: number;
}

// Push, trim, refresh the TTL and move the last-inbound time in one step: concurrent appends for
// one contact all land, and the list never exceeds maxTurns even for a moment.
// KEYS: history, last inbound. ARGV: turn JSON ('' = nothing to store), maxTurns, ttlSeconds,
// last-inbound ISO ('' = not a user turn), last-inbound TTL.
const APPEND_TURN = new LuaScript(`
local length
if ARGV[1] ~= '' then
	length = redis.call('RPUSH', KEYS[1], ARGV[1])
	local maxTurns = tonumber(ARGV[2])
	if length > maxTurns then
		redis.call('LTRIM', KEYS[1], -maxTurns, -1)
		length = maxTurns
	end
else
	length = redis.call('LLEN', KEYS[1])
end
if length > 0 then
	local ttl = tonumber(ARGV[3])
	if ttl > 0 then redis.call('EXPIRE', KEYS[1], ttl) else redis.call('PERSIST', KEYS[1]) end
end
if ARGV[4] ~= '' then
	-- ISO 8601 in UTC sorts as text; a late redelivery must not move the window back.
	local previous = redis.call('GET', KEYS[2])
	if not previous or previous < ARGV[4] then
		redis.call('SET', KEYS[2], ARGV[4], 'EX', tonumber(ARGV[5]))
	end
end
return length
`);

/**
 * Append one turn atomically and return the history length after it. A turn with empty text is
 * not stored (Gemini rejects empty parts, and blocked or empty answers are not history), but a
 * user turn still counts as inbound for the 24-hour window, e.g. a photo without a caption.
 */
export async function appendTurn(
	redis: Redis,
	prefix: string,
	conversationKey: string,
	input: AppendTurnInput,
	{ ttlSeconds = DEFAULT_HISTORY_TTL_SECONDS, maxTurns = DEFAULT_MAX_TURNS }: AppendTurnOptions = {},
): Promise<number> {
	if (!isTurnRole(input.role)) throw new MemoryInputError(`role must be user, assistant or system, got ${String(input.role)}`);
	if (typeof input.text !== 'string') throw new MemoryInputError('text must be a string');
	assertInteger('ttlSeconds', ttlSeconds, 0);
	assertInteger('maxTurns', maxTurns, 1);
	if (input.phone !== undefined && !isStoredPhone(input.phone)) throw new MemoryInputError('phone must be E.164 digits without "+"');
	const turn: Turn = { role: input.role, text: input.text, at: toIso('at', input.at ?? new Date()) };
	if (input.messageId) turn.messageId = input.messageId;
	if (input.phone) turn.phone = input.phone;
	if (input.metadata && Object.keys(input.metadata).length > 0) turn.metadata = input.metadata;
	const stored = turn.text.trim() === '' ? '' : JSON.stringify(turn);
	const lastInbound = turn.role === 'user' ? inboundTime(turn.at) : '';
	const length = await APPEND_TURN.run(
		redis,
		[historyKey(prefix, conversationKey), lastInboundKey(prefix, conversationKey)],
		[stored, maxTurns, ttlSeconds, lastInbound, LAST_INBOUND_TTL_SECONDS],
	);
	return Number(length);
}

// A sender's clock ahead of ours must not stretch the window past 24 hours from now.
function inboundTime(at: string): string {
	return Date.parse(at) > Date.now() ? new Date().toISOString() : at;
}

/** The last `limit` turns, oldest first. Entries that are not turns are skipped. */
export async function loadHistory(
	redis: Redis,
	prefix: string,
	conversationKey: string,
	{ limit = DEFAULT_HISTORY_LIMIT }: { limit?: number } = {},
): Promise<Turn[]> {
	assertInteger('limit', limit, 1);
	const stored = await redis.lrange(historyKey(prefix, conversationKey), -limit, -1);
	return stored.map(parseTurn).filter((turn): turn is Turn => turn !== undefined);
}

/** loadHistory plus the Gemini form, for the agent to pass straight to generateContent. */
export async function loadGeminiHistory(
	redis: Redis,
	prefix: string,
	conversationKey: string,
	options: { limit?: number } = {},
): Promise<GeminiHistory & { turns: Turn[] }> {
	const turns = await loadHistory(redis, prefix, conversationKey, options);
	return { turns, ...toGeminiContents(turns) };
}

/** Forget the history; state, pause and the last-inbound time stay. Returns whether there was one. */
export async function clearHistory(redis: Redis, prefix: string, conversationKey: string): Promise<boolean> {
	return (await redis.del(historyKey(prefix, conversationKey))) > 0;
}

// KEYS[1] a history; ARGV[1] a member's number. Removes the member's turns in one step, so an
// append racing with an erase neither brings a removed turn back nor loses another member's.
// The plain-text find skips decoding turns that cannot match.
const REMOVE_MEMBER_TURNS = new LuaScript(`
if redis.call('TYPE', KEYS[1]).ok ~= 'list' then return 0 end
local removed = 0
for _, entry in ipairs(redis.call('LRANGE', KEYS[1], 0, -1)) do
	if string.find(entry, ARGV[1], 1, true) then
		local ok, turn = pcall(cjson.decode, entry)
		if ok and type(turn) == 'table' and turn.phone == ARGV[1] then
			removed = removed + redis.call('LREM', KEYS[1], 0, entry)
		end
	end
end
return removed
`);

/** One member's turns of a shared (group) history, as stored, oldest first. `key` is the full history key. */
export async function memberTurns(redis: Redis, key: string, phone: string): Promise<string[]> {
	if ((await redis.type(key)) !== 'list') return []; // not a history, whatever its name
	return (await redis.lrange(key, 0, -1)).filter((entry) => parseTurn(entry)?.phone === phone);
}

/** Removes one member's turns from a shared (group) history, leaving the others' and the TTL; returns how many went. */
export async function removeMemberTurns(redis: Redis, key: string, phone: string): Promise<number> {
	return Number(await REMOVE_MEMBER_TURNS.run(redis, [key], [phone]));
}

/** When the contact last wrote (ISO 8601), or null if not within the last 48 hours. */
export async function getLastInbound(redis: Redis, prefix: string, conversationKey: string): Promise<string | null> {
	return await redis.get(lastInboundKey(prefix, conversationKey));
}

/**
 * Whether free-form messages may still be sent: WhatsApp allows them for 24 hours after the
 * contact's last message; after that only approved templates.
 */
export function withinCustomerWindow(lastInbound: string | Date | null | undefined, now: Date = new Date()): boolean {
	if (!lastInbound) return false;
	const at = lastInbound instanceof Date ? lastInbound.getTime() : Date.parse(lastInbound);
	if (Number.isNaN(at)) return false;
	return now.getTime() - at < CUSTOMER_WINDOW_MS;
}
