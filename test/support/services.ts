// Where the integration and e2e tiers find the real services. Every tier checks them up front
// and fails with the service's name and how to start it; nothing is skipped.
import { Client } from 'pg';
import { poolConfig } from '../../nodes/shared/clients/postgres';
import Redis from 'ioredis';
import type { PostgresCredentials } from '../../nodes/shared/clients/postgres';
import type { RedisCredentials } from '../../nodes/shared/clients/redis';

export const TEST_DATABASE = process.env.WA_AI_TEST_DATABASE ?? 'wa_ai_test';

export function postgresCredentials(database = TEST_DATABASE): PostgresCredentials {
	return {
		host: process.env.PGHOST ?? '127.0.0.1',
		port: Number(process.env.PGPORT ?? 5432),
		user: process.env.PGUSER ?? 'postgres',
		password: process.env.PGPASSWORD ?? '',
		database,
		ssl: 'disable',
		maxConnections: 20,
	};
}

export function redisCredentials(prefix = 'wa-test:'): RedisCredentials {
	return {
		host: process.env.REDIS_HOST ?? '127.0.0.1',
		port: Number(process.env.REDIS_PORT ?? 6379),
		password: process.env.REDIS_PASSWORD ?? '',
		database: Number(process.env.REDIS_DB ?? 0),
		ssl: false,
		prefix,
	};
}

export class ServiceUnavailableError extends Error {}

/** Fails loudly unless Postgres answers, then makes sure the test database exists. */
export async function ensurePostgres(): Promise<void> {
	await ensureDatabase(TEST_DATABASE);
}

/** Fails loudly unless Postgres answers, then makes sure `database` exists. */
export async function ensureDatabase(database: string): Promise<void> {
	const admin = postgresCredentials('postgres');
	const client = new Client({ ...poolConfig(admin), connectionTimeoutMillis: 5_000 });
	try {
		await client.connect();
	} catch (error) {
		throw new ServiceUnavailableError(
			`PostgreSQL is not reachable at ${admin.host}:${admin.port} as ${admin.user} (${(error as Error).message}). ` +
				'Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start',
		);
	}
	try {
		const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
		if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
	} catch (error) {
		// Two tiers starting at once may race on CREATE DATABASE; the loser sees it exists.
		if (!/already exists/.test((error as Error).message)) throw error;
	} finally {
		await client.end();
	}
}

/** Fails loudly unless Redis answers PING. */
export async function ensureRedis(): Promise<void> {
	const creds = redisCredentials();
	const client = new Redis({
		host: creds.host,
		port: creds.port,
		password: creds.password || undefined,
		lazyConnect: true,
		maxRetriesPerRequest: 0,
		retryStrategy: () => null,
		connectTimeout: 5_000,
	});
	client.on('error', () => undefined);
	try {
		await client.connect();
		await client.ping();
	} catch (error) {
		throw new ServiceUnavailableError(
			`Redis is not reachable at ${creds.host}:${creds.port} (${(error as Error).message}). ` +
				'Start it with: redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no',
		);
	} finally {
		client.disconnect();
	}
}
