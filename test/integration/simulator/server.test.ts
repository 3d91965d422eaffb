// The page's side of the simulator over HTTP: its API, live updates, its safety rules, and the
// programmatic API the e2e suite drives (waitForReply against a stand-in n8n that answers).
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { wahaOutbound } from '../../../nodes/WhatsAppAiSend/providers/waha';
import { startSimulator } from '../../../simulator';
import { startRig, stopRig, type Rig } from './support';

const PHONE = '5511955554444';
let rig: Rig;

beforeAll(async () => {
	rig = await startRig({ maxUploadBytes: 2048 });
});
afterAll(async () => await stopRig(rig));
beforeEach(() => {
	rig.simulator.reset();
	rig.n8n.received.length = 0;
	rig.n8n.onMessage = undefined;
});

const page = (path: string, init: RequestInit = {}) =>
	fetch(`${rig.simulator.url}${path}`, { ...init, headers: { 'X-Simulator': '1', 'content-type': 'application/json', ...init.headers } });

/** A GET with any Host header (fetch will not send a foreign one). */
function getWithHost(path: string, host: string): Promise<number> {
	const url = new URL(path, rig.simulator.url);
	return new Promise((resolve, reject) => {
		const outgoing = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, headers: { host } }, (response) => {
			response.resume();
			resolve(response.statusCode ?? 0);
		});
		outgoing.on('error', reject);
		outgoing.end();
	});
}

describe('the page', () => {
	it('is served with a strict content security policy', async () => {
		const response = await fetch(rig.simulator.url);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
		expect(await response.text()).toContain('<script src="/app.js" defer></script>');
		expect((await fetch(`${rig.simulator.url}/app.js`)).headers.get('content-type')).toMatch(/javascript/);
		expect((await fetch(`${rig.simulator.url}/style.css`)).status).toBe(200);
	});

	it('answers only to loopback host names, so a rebinding DNS name cannot drive it', async () => {
		expect(await getWithHost('/', 'evil.example:3030')).toBe(403);
		expect(await getWithHost('/sim/api/state', 'evil.example')).toBe(403);
		expect(await getWithHost('/', 'localhost:3030')).toBe(200);
		// n8n may reach the provider APIs by any name (host.docker.internal).
		expect(await getWithHost('/waha/api/sessions', 'host.docker.internal')).toBe(401);
	});

	it('refuses changes without its X-Simulator header (no cross-site form posts)', async () => {
		const response = await fetch(`${rig.simulator.url}/sim/api/chats`, {
			method: 'POST',
			body: JSON.stringify({ provider: 'waha', phone: PHONE }),
		});
		expect(response.status).toBe(403);
	});
});

describe('the page API', () => {
	it('opens a chat, sends a text through it and closes it', async () => {
		const opened = await page('/sim/api/chats', {
			method: 'POST',
			body: JSON.stringify({ provider: 'waha', phone: '+55 11 95555-4444', name: 'Maria' }),
		});
		expect(opened.status).toBe(201);
		expect(await opened.json()).toMatchObject({ chat: { id: `waha:${PHONE}`, name: 'Maria', typing: false } });
		const sent = await page(`/sim/api/chats/waha:${PHONE}/text`, { method: 'POST', body: JSON.stringify({ text: 'Olá' }) });
		expect(await sent.json()).toMatchObject({ message: { author: 'patient', text: 'Olá', status: 'delivered' } });
		expect(rig.n8n.messages('waha')).toHaveLength(1);
		expect((await page(`/sim/api/chats/waha:${PHONE}`, { method: 'DELETE' })).status).toBe(204);
		expect(rig.simulator.chats()).toEqual([]);
	});

	it('explains what it cannot do', async () => {
		const badPhone = await page('/sim/api/chats', { method: 'POST', body: JSON.stringify({ provider: 'waha', phone: '123' }) });
		expect(badPhone.status).toBe(400);
		expect(await badPhone.json()).toEqual({ error: expect.stringContaining('not a phone number') });
		const badProvider = await page('/sim/api/chats', { method: 'POST', body: JSON.stringify({ provider: 'telegram', phone: PHONE }) });
		expect(await badProvider.json()).toEqual({ error: expect.stringContaining('unknown provider') });
		const noChat = await page(`/sim/api/chats/cloud:${PHONE}/text`, { method: 'POST', body: JSON.stringify({ text: 'x' }) });
		expect(noChat.status).toBe(404);
	});

	it('takes a file as the raw body, up to the size limit', async () => {
		rig.simulator.openChat('evolution', PHONE);
		const small = await page(`/sim/api/chats/evolution:${PHONE}/media?filename=foto.png&caption=olha`, {
			method: 'POST',
			headers: { 'content-type': 'image/png' },
			body: Buffer.alloc(1000, 1),
		});
		expect(await small.json()).toMatchObject({
			message: { kind: 'image', text: 'olha', media: { filename: 'foto.png', mimeType: 'image/png', size: 1000 } },
		});
		const large = await page(`/sim/api/chats/evolution:${PHONE}/media`, {
			method: 'POST',
			headers: { 'content-type': 'image/png' },
			body: Buffer.alloc(4096, 1),
		});
		expect(large.status).toBe(413);
		expect(rig.simulator.messages('evolution', PHONE)).toHaveLength(1);
	});

	it('streams the state, then every change, as Server-Sent Events', async () => {
		rig.simulator.openChat('cloud', PHONE, 'Joana');
		const controller = new AbortController();
		const response = await fetch(`${rig.simulator.url}/sim/events`, { signal: controller.signal });
		expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
		const reader = response.body!.getReader();
		let text = '';
		const readUntil = async (pattern: RegExp) => {
			while (!pattern.test(text)) text += new TextDecoder().decode((await reader.read()).value);
		};
		await readUntil(/event: state\ndata: .*"name":"Joana"/);
		await rig.simulator.say('cloud', PHONE, 'mensagem ao vivo');
		await readUntil(/event: message\ndata: .*"status":"delivered"/);
		expect(text).toContain('mensagem ao vivo');
		controller.abort();
	});
});

describe('the programmatic API', () => {
	it('waitForReply resolves with n8n’s answer to the last message, sent or still to come', async () => {
		rig.n8n.onMessage = async (message) => {
			await wahaOutbound.sendText({ to: message.chatId, text: `Você disse: ${message.text}` }, rig.context('waha'));
		};
		await rig.simulator.say('waha', PHONE, 'primeira');
		expect((await rig.simulator.waitForReply('waha', PHONE)).text).toBe('Você disse: primeira');
		const pending = rig.simulator.waitForReply('waha', PHONE, (message) => message.text.includes('segunda'));
		await rig.simulator.say('waha', PHONE, 'segunda');
		expect((await pending).text).toBe('Você disse: segunda');
		// A reply to an earlier message does not count for the latest one.
		rig.n8n.onMessage = undefined;
		await rig.simulator.say('waha', PHONE, 'terceira');
		await expect(rig.simulator.waitForReply('waha', PHONE, undefined, 200)).rejects.toThrow(
			/no matching reply .* patient: "terceira" \(n8n: 200\)/,
		);
	});

	it('logs the calls n8n made to the provider endpoints', async () => {
		await wahaOutbound.sendText({ to: PHONE, text: 'registrado' }, rig.context('waha'));
		expect(rig.simulator.requests('waha')).toEqual([
			expect.objectContaining({
				method: 'POST',
				path: '/api/sendText',
				status: 201,
				body: expect.objectContaining({ text: 'registrado' }),
			}),
		]);
	});

	it('reports a message that had nowhere to go', async () => {
		const lonely = await startSimulator({ port: 0, waha: { webhookUrl: '' } });
		try {
			const sent = await lonely.say('waha', PHONE, 'alô?');
			expect(sent).toMatchObject({ status: 'failed', deliveries: [{ ok: false, error: 'no n8n webhook URL is configured for waha' }] });
		} finally {
			await lonely.stop();
		}
	});

	it('reports n8n being down', async () => {
		const closed = createServer();
		await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
		const { port } = closed.address() as AddressInfo;
		await new Promise((resolve) => closed.close(resolve));
		const unreachable = await startSimulator({ port: 0, cloud: { webhookUrl: `http://127.0.0.1:${port}/webhook/cloud` } });
		try {
			const sent = await unreachable.say('cloud', PHONE, 'alô?');
			expect(sent).toMatchObject({ status: 'failed', deliveries: [{ ok: false, error: expect.stringMatching(/ECONNREFUSED/) }] });
		} finally {
			await unreachable.stop();
		}
	});
});
