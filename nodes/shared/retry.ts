// Exponential backoff with full jitter, shared by every client that talks to a flaky API
// (Gemini, WAHA, Graph). A server's own hint (Retry-After, RetryInfo) wins over the schedule.

export interface RetryPolicy {
	/** Retries after the first attempt; 0 disables retrying. */
	retries: number;
	/** First backoff step in milliseconds. */
	baseDelayMs: number;
	/** Upper bound of any single wait, including a server hint. */
	maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { retries: 3, baseDelayMs: 500, maxDelayMs: 30_000 };

/** What a failed attempt tells the retry loop. */
export interface AttemptFailure {
	retryable: boolean;
	/** Server-requested wait in milliseconds, when it sent one. */
	retryAfterMs?: number;
}

/** Milliseconds to wait before retry number `attempt` (1-based). */
export function backoffDelay(attempt: number, policy: RetryPolicy, retryAfterMs?: number, random: () => number = Math.random): number {
	if (retryAfterMs !== undefined && retryAfterMs >= 0) return Math.min(retryAfterMs, policy.maxDelayMs);
	const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
	// Half fixed, half random: spreads clients apart but never retries instantly.
	return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * Parse an HTTP Retry-After value (delta seconds or an HTTP date) or a Google RetryInfo
 * `retryDelay` ("1.5s") into milliseconds.
 */
export function parseRetryAfter(value: unknown, now: number = Date.now()): number | undefined {
	if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value * 1000;
	if (typeof value !== 'string' || value.trim() === '') return undefined;
	const trimmed = value.trim();
	const seconds = /^(\d+(?:\.\d+)?)s?$/.exec(trimmed);
	if (seconds) return Math.round(Number(seconds[1]) * 1000);
	const date = Date.parse(trimmed);
	if (!Number.isNaN(date)) return Math.max(0, date - now);
	return undefined;
}

export const sleep = (ms: number): Promise<void> =>
	new Promise((resolve) => {
		// unref: a pending backoff must not keep a shutting-down process alive.
		setTimeout(resolve, ms).unref?.();
	});

/**
 * Run `attempt` until it succeeds, the error is not retryable, or retries run out; the last
 * error is rethrown as it was.
 */
export async function withRetry<T>(
	attempt: (attemptNumber: number) => Promise<T>,
	classify: (error: unknown) => AttemptFailure,
	policy: RetryPolicy = DEFAULT_RETRY_POLICY,
	onRetry?: (info: { attempt: number; delayMs: number; error: unknown }) => void,
): Promise<T> {
	for (let attemptNumber = 1; ; attemptNumber++) {
		try {
			return await attempt(attemptNumber);
		} catch (error) {
			const failure = classify(error);
			if (!failure.retryable || attemptNumber > policy.retries) throw error;
			const delayMs = backoffDelay(attemptNumber, policy, failure.retryAfterMs);
			onRetry?.({ attempt: attemptNumber, delayMs, error });
			await sleep(delayMs);
		}
	}
}
