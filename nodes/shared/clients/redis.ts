import Redis, { type RedisOptions } from 'ioredis';
import { ClientCache } from './clientCache';

export interface RedisCredentials {
	host: string;
	port?: number;
	user?: string;
	password?: string;
	database?: number;
	ssl?: boolean;
	prefix?: string;
}

export const DEFAULT_KEY_PREFIX = 'wa:';

export function redisOptions(creds: RedisCredentials): RedisOptions {
	return {
		host: creds.host || 'localhost',
		port: Number(creds.port) || 6379,
		username: creds.user || undefined,
		password: creds.password || undefined,
		db: Number(creds.database) || 0,
		tls: creds.ssl ? {} : undefined,
		// Fail a command fast when Redis is down instead of queueing it for ever.
		maxRetriesPerRequest: 2,
		enableOfflineQueue: true,
		connectTimeout: 5_000,
		lazyConnect: false,
		retryStrategy: (times) => Math.min(times * 200, 2_000),
	};
}

const redisClients = new ClientCache<Redis>(
	(creds: RedisCredentials) => new Redis(redisOptions(creds)),
	async (client) => {
		await client.quit().catch(() => client.disconnect());
	},
);

/** The shared ioredis client for these credentials. */
export function getRedis(creds: RedisCredentials): Redis {
	return redisClients.get(creds);
}

/** The key prefix set on the credential, `wa:` when empty. */
export function keyPrefixOf(creds: RedisCredentials): string {
	return creds.prefix === undefined || creds.prefix === '' ? DEFAULT_KEY_PREFIX : creds.prefix;
}

export { redisClients };
