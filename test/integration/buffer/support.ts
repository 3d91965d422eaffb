import { randomUUID } from 'crypto';
import type Redis from 'ioredis';
import { deleteKeysUnder } from '../memory/support';

export { closeConnections, conversationKey, deleteKeysUnder, sharedRedis, workerConnections } from '../memory/support';

/** A new key prefix before each test (handed to `use`) and its keys deleted after it. */
export function freshBufferPrefixPerTest(redis: Redis, use: (prefix: string) => void): void {
	let prefix = '';
	beforeEach(() => {
		prefix = `wa-test-buf-${randomUUID()}:`;
		use(prefix);
	});
	afterEach(async () => await deleteKeysUnder(redis, prefix));
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A small deterministic generator, so a failing random run can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export function percentile(sorted: number[], p: number): number {
	if (sorted.length === 0) return Number.NaN;
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
