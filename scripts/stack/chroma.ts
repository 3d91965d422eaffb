// Starts a real Chroma server (`chroma run` from the chromadb npm package, installed into a cache
// by test/integration/install-chroma.sh) on a loopback port: a fresh data folder for the tests, a
// kept one for `npm start`.
import { execFileSync, spawn, type ChildProcess } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { GiveUp, freePort, waitFor } from './net';

export interface RunningChroma {
	url: string;
	pid: number;
	dataDir: string;
	stop(): Promise<void>;
}

export interface ChromaOptions {
	/** Keep the data here across runs (npm start); default a fresh folder, deleted on stop. */
	dataDir?: string;
	/** Default a free port. */
	port?: number;
}

export async function startChroma(options: ChromaOptions = {}): Promise<RunningChroma> {
	const installer = path.resolve(__dirname, '../../test/integration/install-chroma.sh');
	let dir: string;
	try {
		dir = execFileSync('bash', [installer], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
			.trim()
			.split('\n')
			.pop()!;
	} catch (error) {
		throw new Error(`Could not install the Chroma server: ${(error as Error).message}`);
	}
	const port = options.port || (await freePort());
	const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'wa-ai-chroma-'));
	const output: string[] = [];
	const child: ChildProcess = spawn(
		path.join(dir, 'node_modules/.bin/chroma'),
		['run', '--path', dataDir, '--host', '127.0.0.1', '--port', String(port)],
		{ stdio: ['ignore', 'pipe', 'pipe'], detached: false },
	);
	child.stdout?.on('data', (chunk) => output.push(String(chunk)));
	child.stderr?.on('data', (chunk) => output.push(String(chunk)));
	const url = `http://127.0.0.1:${port}`;
	try {
		await waitFor(`Chroma heartbeat at ${url}`, 60_000, async () => {
			if (child.exitCode !== null) throw new GiveUp(`chroma exited with ${child.exitCode}: ${output.join('').slice(-2000)}`);
			const response = await fetch(`${url}/api/v2/heartbeat`);
			return response.ok;
		});
	} catch (error) {
		child.kill('SIGKILL');
		throw error;
	}
	return {
		url,
		pid: child.pid!,
		dataDir,
		stop: async () => {
			if (child.exitCode === null) {
				const exited = new Promise((resolve) => child.once('exit', resolve));
				child.kill('SIGTERM');
				await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
				if (child.exitCode === null) child.kill('SIGKILL');
			}
			if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
		},
	};
}
