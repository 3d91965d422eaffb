import { backoffDelay, parseRetryAfter, withRetry, type RetryPolicy } from '../../../nodes/shared/retry';

const policy: RetryPolicy = { retries: 3, baseDelayMs: 100, maxDelayMs: 1_000 };

describe('backoffDelay', () => {
	it('grows exponentially between half and all of the step', () => {
		expect(backoffDelay(1, policy, undefined, () => 0)).toBe(50);
		expect(backoffDelay(1, policy, undefined, () => 1)).toBe(100);
		expect(backoffDelay(3, policy, undefined, () => 0)).toBe(200);
		expect(backoffDelay(3, policy, undefined, () => 1)).toBe(400);
	});

	it('never exceeds the maximum', () => {
		expect(backoffDelay(20, policy, undefined, () => 1)).toBe(1_000);
	});

	it('prefers the server hint, capped at the maximum', () => {
		expect(backoffDelay(1, policy, 700)).toBe(700);
		expect(backoffDelay(1, policy, 60_000)).toBe(1_000);
		expect(backoffDelay(1, policy, 0)).toBe(0);
	});
});

describe('parseRetryAfter', () => {
	it('reads delta seconds, RetryInfo durations and HTTP dates', () => {
		expect(parseRetryAfter('2')).toBe(2_000);
		expect(parseRetryAfter('1.5s')).toBe(1_500);
		expect(parseRetryAfter(3)).toBe(3_000);
		const now = Date.parse('2026-11-21T10:00:00Z');
		expect(parseRetryAfter('Sat, 21 Nov 2026 10:00:05 GMT', now)).toBe(5_000);
	});

	it('ignores what it cannot read', () => {
		expect(parseRetryAfter(undefined)).toBeUndefined();
		expect(parseRetryAfter('')).toBeUndefined();
		expect(parseRetryAfter('soon')).toBeUndefined();
		expect(parseRetryAfter(-1)).toBeUndefined();
	});
});

describe('withRetry', () => {
	const fast: RetryPolicy = { retries: 2, baseDelayMs: 1, maxDelayMs: 5 };

	it('retries retryable failures and returns the first success', async () => {
		let calls = 0;
		const result = await withRetry(
			async () => {
				calls++;
				if (calls < 3) throw new Error('busy');
				return 'ok';
			},
			() => ({ retryable: true }),
			fast,
		);
		expect(result).toBe('ok');
		expect(calls).toBe(3);
	});

	it('stops after the configured retries and rethrows the last error', async () => {
		let calls = 0;
		await expect(
			withRetry(
				async () => {
					calls++;
					throw new Error(`fail ${calls}`);
				},
				() => ({ retryable: true }),
				fast,
			),
		).rejects.toThrow('fail 3');
		expect(calls).toBe(3);
	});

	it('does not retry an error classified as permanent', async () => {
		let calls = 0;
		await expect(
			withRetry(
				async () => {
					calls++;
					throw new Error('bad request');
				},
				() => ({ retryable: false }),
				fast,
			),
		).rejects.toThrow('bad request');
		expect(calls).toBe(1);
	});

	it('waits the server-requested time', async () => {
		const waits: number[] = [];
		let calls = 0;
		await withRetry(
			async () => {
				if (++calls === 1) throw new Error('429');
				return calls;
			},
			() => ({ retryable: true, retryAfterMs: 30 }),
			{ retries: 1, baseDelayMs: 1, maxDelayMs: 1_000 },
			({ delayMs }) => waits.push(delayMs),
		);
		expect(waits).toEqual([30]);
	});
});
