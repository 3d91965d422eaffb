import { Pool, type PoolConfig } from 'pg';
import { ClientCache } from './clientCache';

export interface PostgresCredentials {
	host: string;
	port?: number;
	database: string;
	user: string;
	password?: string;
	ssl?: 'disable' | 'require' | 'verify-full';
	maxConnections?: number;
}

export function poolConfig(creds: PostgresCredentials): PoolConfig {
	const ssl =
		creds.ssl === 'require' ? { rejectUnauthorized: false } : creds.ssl === 'verify-full' ? { rejectUnauthorized: true } : undefined;
	return {
		host: creds.host || 'localhost',
		port: Number(creds.port) || 5432,
		database: creds.database,
		user: creds.user,
		password: creds.password || undefined,
		ssl,
		max: Number(creds.maxConnections) || 10,
		connectionTimeoutMillis: 5_000,
		idleTimeoutMillis: 30_000,
		// An idle pool must not keep a finished CLI or test process alive.
		allowExitOnIdle: true,
		application_name: 'n8n-nodes-whatsapp-ai',
	};
}

const pools = new ClientCache<Pool>(
	(creds: PostgresCredentials) => {
		const pool = new Pool(poolConfig(creds));
		// A dropped idle connection emits 'error' on the pool; without a listener it would crash n8n.
		pool.on('error', () => undefined);
		return pool;
	},
	async (pool) => {
		await pool.end();
	},
);

/** The shared pg Pool for these credentials. */
export function getPgPool(creds: PostgresCredentials): Pool {
	return pools.get(creds);
}

export { pools as pgPools };
