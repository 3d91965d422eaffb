import type Redis from 'ioredis';
import { MemoryInputError, toIso } from './errors';
import { pauseKey } from './keys';

// Human handoff: while the pause key exists the bot stays quiet for this contact. The key
// expires at the pause's end (PXAT), so the bot resumes by itself even if nobody clicks resume.

export const DEFAULT_PAUSE_MINUTES = 60;

export interface PauseInput {
	/** Who took over, e.g. the attendant's name or 'agent:handoff'. */
	by: string;
	reason?: string;
	/** When the bot resumes by itself. Wins over `minutes`. */
	untilIso?: string;
	/** How long the pause lasts when untilIso is not given; fractions allowed. */
	minutes?: number;
}

export type PauseStatus = { paused: false } | { paused: true; by: string; reason?: string; since: string; until: string };

interface StoredPause {
	by: string;
	reason?: string;
	since: string;
	until: string;
}

/** The moment a pause ends, validated: a pause must end in the future. */
export function pauseEnd(input: Pick<PauseInput, 'untilIso' | 'minutes'>, now: Date = new Date()): Date {
	let until: Date;
	if (input.untilIso !== undefined && input.untilIso !== '') {
		until = new Date(toIso('untilIso', input.untilIso));
	} else {
		const minutes = input.minutes ?? DEFAULT_PAUSE_MINUTES;
		if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes <= 0) {
			throw new MemoryInputError(`minutes must be a positive number, got ${String(minutes)}`);
		}
		until = new Date(now.getTime() + Math.round(minutes * 60_000));
	}
	if (until.getTime() <= now.getTime()) {
		throw new MemoryInputError(`the pause must end in the future, got ${until.toISOString()}`);
	}
	return until;
}

/** Pause the bot for this contact; a second pause replaces the first (new owner, new end). */
export async function pauseBot(
	redis: Redis,
	prefix: string,
	conversationKey: string,
	input: PauseInput,
): Promise<PauseStatus & { paused: true }> {
	if (typeof input.by !== 'string' || input.by.trim() === '') throw new MemoryInputError('by must name who takes over');
	const now = new Date();
	const until = pauseEnd(input, now);
	const stored: StoredPause = { by: input.by.trim(), since: now.toISOString(), until: until.toISOString() };
	if (input.reason) stored.reason = input.reason;
	await redis.set(pauseKey(prefix, conversationKey), JSON.stringify(stored), 'PXAT', until.getTime());
	return { paused: true, ...stored };
}

/** Hand the conversation back to the bot now. Returns whether it was paused. */
export async function resumeBot(redis: Redis, prefix: string, conversationKey: string): Promise<boolean> {
	return (await redis.del(pauseKey(prefix, conversationKey))) > 0;
}

/** Whether a human has the conversation; an expired pause is already gone. */
export async function checkPause(redis: Redis, prefix: string, conversationKey: string): Promise<PauseStatus> {
	const stored = await redis.get(pauseKey(prefix, conversationKey));
	if (stored === null) return { paused: false };
	return { paused: true, ...parsePause(stored) };
}

function parsePause(stored: string): StoredPause {
	try {
		const value = JSON.parse(stored) as Partial<StoredPause>;
		const pause: StoredPause = {
			by: typeof value.by === 'string' ? value.by : 'unknown',
			since: typeof value.since === 'string' ? value.since : '',
			until: typeof value.until === 'string' ? value.until : '',
		};
		if (typeof value.reason === 'string') pause.reason = value.reason;
		return pause;
	} catch {
		// Someone set the key by hand: it still means "paused", the safe reading for a handoff.
		return { by: 'unknown', since: '', until: '' };
	}
}
