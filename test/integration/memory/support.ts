import { randomUUID } from 'crypto';
import Redis from 'ioredis';
import { getRedis, redisOptions } from '../../../nodes/shared/clients/redis';
import { redisCredentials } from '../../support/services';

// Every test writes under its own prefix and removes its keys afterwards, so tests can run in
// parallel with each other and with the rest of the suite on one Redis.

export function freshPrefix(): string {
	return `wa-test-mem-${randomUUID()}:`;
}

export function sharedRedis(): Redis {
	return getRedis(redisCredentials());
}

export function conversationKey(phone = '5511999990000', tenant = 'clinic'): string {
	return `${tenant}:waha:default:${phone}`;
}

export async function deleteKeysUnder(redis: Redis, prefix: string): Promise<void> {
	const keys: string[] = [];
	let cursor = '0';
	do {
		const [next, batch] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
		keys.push(...batch);
		cursor = next;
	} while (cursor !== '0');
	if (keys.length > 0) await redis.del(...keys);
}

/** Separate connections, standing for n8n workers that write the same contact at once. */
export function workerConnections(count: number): Redis[] {
	return Array.from({ length: count }, () => new Redis(redisOptions(redisCredentials())));
}

export async function closeConnections(connections: Redis[]): Promise<void> {
	await Promise.all(connections.map(async (connection) => await connection.quit()));
}

/** A new key prefix before each test (handed to `use`) and its keys deleted after it. */
export function freshPrefixPerTest(redis: Redis, use: (prefix: string) => void): void {
	let prefix = '';
	beforeEach(() => {
		prefix = freshPrefix();
		use(prefix);
	});
	afterEach(async () => await deleteKeysUnder(redis, prefix));
}
