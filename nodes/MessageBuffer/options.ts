import { BufferInputError } from './errors';
import { compileFlushRules, DEFAULT_FLUSH_COMMANDS, DEFAULT_FLUSH_WORDS, type FlushMatcher } from './flushRules';
import type { BufferedMessage } from './types';

export const DEFAULT_QUIET_PERIOD_MS = 4_000;
export const DEFAULT_MAX_WAIT_MS = 15_000;
export const DEFAULT_MAX_MESSAGES = 10;
export const DEFAULT_BUFFER_TTL_SECONDS = 5 * 60;
export const DEFAULT_POLL_INTERVAL_MS = 500;

export const MAX_QUIET_PERIOD_MS = 5 * 60_000;
export const MAX_MAX_WAIT_MS = 15 * 60_000;
export const MAX_MAX_MESSAGES = 100;
export const MAX_BUFFER_TTL_SECONDS = 24 * 60 * 60;
/** The TTL must outlast the longest wait by this much, so a live holder never sees its burst expire. */
export const TTL_MARGIN_SECONDS = 60;

/** Time for the waits; tests pass a fake one. */
export interface BufferClock {
	now(): number;
	sleep(ms: number): Promise<void>;
}

export interface BufferOptions {
	/** Flush when no newer message has joined for this long. Default 4000; 0 flushes every message at once. */
	quietPeriodMs?: number;
	/** Flush when the burst's first message has waited this long, however the contact keeps typing. Default 15000. */
	maxWaitMs?: number;
	/** Flush when the burst holds this many messages. Default 10; 1 turns buffering off. */
	maxMessages?: number;
	/** Words and phrases that flush at once wherever they appear. Default DEFAULT_FLUSH_WORDS; [] for none. */
	flushWords?: readonly string[];
	/** Words and phrases that flush at once when they are the whole message. Default DEFAULT_FLUSH_COMMANDS. */
	flushCommands?: readonly string[];
	/**
	 * Flush at once when this says so, e.g. Symptom Triage found an emergency or the opt-out
	 * detector an opt-out. Runs before the message joins; keep it fast. If it throws, the burst is
	 * flushed (an emergency must not wait on a broken detector) and the error is reported.
	 */
	flushWhen?: (message: BufferedMessage) => boolean | Promise<boolean>;
	/**
	 * Lifetime of the buffer keys, refreshed on every join and flush: bounds how long the messages
	 * of a holder that died linger, and how long a flushed message id is remembered against
	 * redelivery. Default 300, and at least the maximum wait plus 60 seconds.
	 */
	ttlSeconds?: number;
	/** How often a waiting execution checks whether a newer message took over. Default 500. */
	pollIntervalMs?: number;
	/** Stops the wait at the next poll (the call rejects); the message stays buffered for a later message. */
	signal?: AbortSignal;
	clock?: BufferClock;
}

export interface BufferSettings {
	quietPeriodMs: number;
	maxWaitMs: number;
	maxMessages: number;
	ttlSeconds: number;
	pollIntervalMs: number;
	flushRules: FlushMatcher;
	flushWhen?: (message: BufferedMessage) => boolean | Promise<boolean>;
	signal?: AbortSignal;
	clock: BufferClock;
}

export const systemClock: BufferClock = {
	now: () => Date.now(),
	sleep: (ms) =>
		new Promise((resolve) => {
			// unref: a waiting burst must not keep a shutting-down worker alive; its messages stay
			// buffered and the contact's next message picks them up.
			setTimeout(resolve, ms).unref?.();
		}),
};

/** Options with defaults filled in, validated; throws a BufferInputError that says what is wrong. */
export function resolveBufferOptions(options: BufferOptions = {}): BufferSettings {
	const quietPeriodMs = wholeNumber('quietPeriodMs', options.quietPeriodMs, DEFAULT_QUIET_PERIOD_MS, 0, MAX_QUIET_PERIOD_MS);
	const maxWaitMs = wholeNumber('maxWaitMs', options.maxWaitMs, DEFAULT_MAX_WAIT_MS, 0, MAX_MAX_WAIT_MS);
	if (maxWaitMs < quietPeriodMs) {
		throw new BufferInputError(`maxWaitMs (${maxWaitMs}) must be at least quietPeriodMs (${quietPeriodMs})`);
	}
	const maxMessages = wholeNumber('maxMessages', options.maxMessages, DEFAULT_MAX_MESSAGES, 1, MAX_MAX_MESSAGES);
	const minTtl = Math.ceil(maxWaitMs / 1000) + TTL_MARGIN_SECONDS;
	const ttlSeconds = wholeNumber(
		'ttlSeconds',
		options.ttlSeconds,
		Math.max(DEFAULT_BUFFER_TTL_SECONDS, minTtl),
		minTtl,
		MAX_BUFFER_TTL_SECONDS,
	);
	const pollIntervalMs = wholeNumber('pollIntervalMs', options.pollIntervalMs, DEFAULT_POLL_INTERVAL_MS, 10, 60_000);
	const flushRules = compileFlushRules(options.flushWords ?? DEFAULT_FLUSH_WORDS, options.flushCommands ?? DEFAULT_FLUSH_COMMANDS);
	if (options.flushWhen !== undefined && typeof options.flushWhen !== 'function') {
		throw new BufferInputError('flushWhen must be a function');
	}
	const clock = options.clock ?? systemClock;
	if (typeof clock.now !== 'function' || typeof clock.sleep !== 'function') {
		throw new BufferInputError('clock must have now() and sleep(ms)');
	}
	return {
		quietPeriodMs,
		maxWaitMs,
		maxMessages,
		ttlSeconds,
		pollIntervalMs,
		flushRules,
		flushWhen: options.flushWhen,
		signal: options.signal,
		clock,
	};
}

function wholeNumber(name: string, value: number | undefined, fallback: number, min: number, max: number): number {
	if (value === undefined) return fallback;
	if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
		throw new BufferInputError(`${name} must be a whole number from ${min} to ${max}, got ${String(value)}`);
	}
	return value;
}
