import { spawn, spawnSync, type ChildProcess } from 'child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { freePort } from '../../scripts/stack/net';

// npm start with its data in a temporary folder and free ports (another n8n may run here), the
// clinic assistant reached through the simulator page in Chromium, then Ctrl-C.
const root = path.resolve(__dirname, '../..');
const localDir = mkdtempSync(path.join(tmpdir(), 'wa-ai-start-'));
const screenshots = path.join(root, 'docs/screenshots');
let stack: ChildProcess;
let output = '';
let ready: { editor: string; simulator: string; pids: number[] };
let browser: Browser | undefined;

/** Every process below `pid`: everything npm start started, however deep. */
function descendantsOf(pid: number): number[] {
	const rows = spawnSync('ps', ['-eo', 'pid=,ppid='], { encoding: 'utf8' })
		.stdout.trim()
		.split('\n')
		.map((line) => line.trim().split(/\s+/).map(Number));
	const found: number[] = [];
	const queue = [pid];
	while (queue.length) {
		const parent = queue.shift()!;
		for (const [child, ppid] of rows) {
			if (ppid !== parent) continue;
			found.push(child);
			queue.push(child);
		}
	}
	return found;
}

const alive = (pid: number) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
};

beforeAll(async () => {
	const env: NodeJS.ProcessEnv = {
		...process.env,
		WA_AI_LOCAL_DIR: localDir,
		N8N_PORT: String(await freePort()),
		SIMULATOR_PORT: String(await freePort()),
		CHROMA_PORT: String(await freePort()),
		LOCAL_POSTGRES_PORT: String(await freePort()),
		LOCAL_REDIS_PORT: String(await freePort()),
	};
	delete env.NODE_ENV;
	stack = spawn(process.execPath, [path.join(root, 'scripts/start.mjs')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
	stack.stdout?.on('data', (chunk) => (output += String(chunk)));
	stack.stderr?.on('data', (chunk) => (output += String(chunk)));
	ready = await new Promise((resolve, reject) => {
		const timer = setInterval(() => {
			const match = /STACK_READY (\{.*\})/.exec(output);
			if (match) {
				clearInterval(timer);
				resolve(JSON.parse(match[1]));
			} else if (stack.exitCode !== null) {
				clearInterval(timer);
				reject(new Error(`npm start exited with ${stack.exitCode}:\n${output.slice(-4000)}`));
			}
		}, 500);
	});
}, 900_000);

afterAll(async () => {
	await browser?.close();
	if (stack.exitCode === null) stack.kill('SIGKILL');
	rmSync(localDir, { recursive: true, force: true });
});

describe('npm start', () => {
	it('prints the editor, the simulator and the login', () => {
		expect(output).toMatch(/n8n editor\s+http:\/\/127\.0\.0\.1:\d+/);
		expect(output).toMatch(/WhatsApp sim\.\s+http:\/\/127\.0\.0\.1:\d+/);
		expect(output).toMatch(/login\s+owner@clinic\.local \/ Wa-[0-9a-f]+/);
		expect((ready.pids ?? []).length).toBeGreaterThanOrEqual(1);
	});

	it('answers a message typed into the simulator page, from the clinic assistant', async () => {
		browser = await launchChromium();
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(ready.simulator);
		await page.locator('#connection', { hasText: 'live' }).waitFor();
		await page.selectOption('#new-chat-provider', 'waha');
		await page.fill('#new-chat-phone', '5511987650001');
		await page.fill('#new-chat-name', 'Ana Paula');
		await page.click('#new-chat button[type=submit]');
		const chat = page.locator('section.chat[data-chat-id="waha:5511987650001"]');
		await chat.locator('.composer__input').fill('Bom dia! Qual o horário de funcionamento aos sábados?');
		await chat.locator('.composer__input').press('Enter');
		// Whatever the model (the demo one without GEMINI_API_KEY), the assistant answers once.
		await chat.locator('.msg--business').first().waitFor({ timeout: 60_000 });
		await expect(chat.locator('.msg--patient .delivery').first().textContent()).resolves.toBe('n8n 200');
		// The README's picture is refreshed on request only, so test runs leave the tree clean.
		if (process.env.WA_AI_SCREENSHOTS === '1') {
			mkdirSync(screenshots, { recursive: true });
			await page.screenshot({ path: path.join(screenshots, 'simulator-clinic.png') });
		}
	});

	it('stops everything it started on Ctrl-C', async () => {
		const started = descendantsOf(stack.pid!);
		// The runner, n8n and its task runner, Chroma, and the demo model's and simulator's host process at least.
		expect(started.length).toBeGreaterThanOrEqual(3);
		expect(started).toEqual(expect.arrayContaining(ready.pids));
		const exited = new Promise<number | null>((resolve) => stack.once('exit', (code) => resolve(code)));
		stack.kill('SIGINT');
		await expect(exited).resolves.toBe(0);
		expect(output).toContain('Stopped.');
		// Children may take a moment to be reaped.
		for (let i = 0; i < 40 && started.some(alive); i++) await new Promise((resolve) => setTimeout(resolve, 500));
		expect(started.filter(alive)).toEqual([]);
	});
});
