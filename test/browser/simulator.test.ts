// The simulator page in a real browser (Debian's Chromium through playwright-core), against a
// tiny stand-in for n8n: an HTTP server that answers each webhook by calling the simulator's
// provider endpoints, as a workflow's Send node would. The page must show what the patient
// would see: replies, ticks, typing, media, menus that can be tapped, templates.
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';
import { startSimulator, type SimulatorHandle } from '../../simulator';

const SCREENSHOT = join(__dirname, '..', '..', 'docs', 'screenshots', 'simulator.png');
const KEYS = { waha: 'browser-waha-key', cloud: 'browser-cloud-token', evolution: 'browser-evolution-key' };
const PHONE_NUMBER_ID = '106540352242922';

/** A small PNG (a soft gradient), so images render for real in the page and the screenshot. */
function png(width: number, height: number): Buffer {
	const crcTable = Array.from({ length: 256 }, (_, n) => {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		return c >>> 0;
	});
	const crc32 = (data: Buffer) => {
		let c = 0xffffffff;
		for (const byte of data) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
		return (c ^ 0xffffffff) >>> 0;
	};
	const chunk = (type: string, data: Buffer) => {
		const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
		const length = Buffer.alloc(4);
		length.writeUInt32BE(data.length);
		const crc = Buffer.alloc(4);
		crc.writeUInt32BE(crc32(body));
		return Buffer.concat([length, body, crc]);
	};
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header.set([8, 2, 0, 0, 0], 8);
	const rows: Buffer[] = [];
	for (let y = 0; y < height; y++) {
		const row = Buffer.alloc(1 + width * 3);
		for (let x = 0; x < width; x++) row.set([40 + Math.round((x / width) * 120), 150 + Math.round((y / height) * 80), 200], 1 + x * 3);
		rows.push(row);
	}
	return Buffer.concat([
		Buffer.from('89504e470d0a1a0a', 'hex'),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(Buffer.concat(rows))),
		chunk('IEND', Buffer.alloc(0)),
	]);
}

const IMAGE = png(200, 120);

/**
 * The stand-in n8n: every webhook is answered 200 at once (responseMode onReceived), then the
 * "workflow" replies through the simulator's provider API.
 */
class StandInN8n {
	readonly webhooks: Array<{ provider: string; body: any }> = [];
	private server?: Server;
	simulator?: SimulatorHandle;

	get url(): string {
		return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
	}

	async start(): Promise<void> {
		this.server = createServer((request, response) => {
			const chunks: Buffer[] = [];
			request.on('data', (chunk: Buffer) => chunks.push(chunk));
			request.on('end', () => {
				response.writeHead(200, { 'content-type': 'application/json' });
				response.end('{"message":"Workflow was started"}');
				const provider = (request.url ?? '').split('/').pop() ?? '';
				const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
				this.webhooks.push({ provider, body });
				void this.workflow(provider, body).catch((error) => console.error('stand-in workflow failed', error));
			});
		});
		await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
	}

	async stop(): Promise<void> {
		await new Promise<void>((resolve) => this.server?.close(() => resolve()));
	}

	private async call(provider: 'waha' | 'cloud' | 'evolution', path: string, body: unknown): Promise<void> {
		const auth: Record<string, Record<string, string>> = {
			waha: { 'X-Api-Key': KEYS.waha },
			cloud: { Authorization: `Bearer ${KEYS.cloud}` },
			evolution: { apikey: KEYS.evolution },
		};
		const response = await fetch(`${this.simulator!.providerUrls[provider]}${path}`, {
			method: path === '/api/reaction' ? 'PUT' : 'POST',
			headers: { ...auth[provider], 'content-type': 'application/json' },
			body: JSON.stringify(body),
		});
		if (!response.ok) throw new Error(`${provider} ${path} → ${response.status} ${await response.text()}`);
	}

	private async workflow(provider: string, body: any): Promise<void> {
		if (provider === 'waha') {
			const { from: chatId, body: text, hasMedia, id } = body.payload;
			await this.call('waha', '/api/sendSeen', { session: 'default', chatId });
			await this.call('waha', '/api/startTyping', { session: 'default', chatId });
			await new Promise((resolve) => setTimeout(resolve, 400));
			if (hasMedia) {
				await this.call('waha', '/api/reaction', { session: 'default', messageId: id, reaction: '❤' });
				await this.call('waha', '/api/sendImage', {
					session: 'default',
					chatId,
					file: { mimetype: 'image/png', data: IMAGE.toString('base64'), filename: 'orientacoes.png' },
					caption: 'Recebemos a foto. Aqui estão as orientações.',
				});
				return;
			}
			await this.call('waha', '/api/sendText', { session: 'default', chatId, text: `Recebido: ${text}. Como posso ajudar?` });
			return;
		}
		if (provider === 'cloud') {
			const message = body.entry[0].changes[0].value.messages[0];
			const base = { messaging_product: 'whatsapp', recipient_type: 'individual', to: message.from };
			await this.call('cloud', `/v23.0/${PHONE_NUMBER_ID}/messages`, {
				messaging_product: 'whatsapp',
				status: 'read',
				message_id: message.id,
				typing_indicator: { type: 'text' },
			});
			if (message.type === 'interactive') {
				const chosen = message.interactive.button_reply;
				await this.call('cloud', `/v23.0/${PHONE_NUMBER_ID}/messages`, {
					...base,
					type: 'text',
					text: { body: `Você escolheu: ${chosen.title}` },
				});
				await this.call('cloud', `/v23.0/${PHONE_NUMBER_ID}/messages`, {
					...base,
					type: 'template',
					template: {
						name: 'lembrete_consulta',
						language: { code: 'pt_BR' },
						components: [
							{
								type: 'body',
								parameters: [
									{ type: 'text', text: 'Rex' },
									{ type: 'text', text: 'amanhã às 9h' },
								],
							},
						],
					},
				});
				return;
			}
			await this.call('cloud', `/v23.0/${PHONE_NUMBER_ID}/messages`, {
				...base,
				type: 'interactive',
				interactive: {
					type: 'button',
					header: { type: 'text', text: 'Clínica Veterinária' },
					body: { text: 'Confirma a consulta do Rex amanhã às 9h?' },
					footer: { text: 'Responda tocando num botão' },
					action: {
						buttons: [
							{ type: 'reply', reply: { id: 'confirm', title: 'Confirmar' } },
							{ type: 'reply', reply: { id: 'reschedule', title: 'Remarcar' } },
						],
					},
				},
			});
			return;
		}
		const number = body.data.key.remoteJid;
		const text = body.data.message.conversation ?? '';
		const reply =
			text.trim() === '1'
				? 'Ótimo! Temos horário amanhã às 10h com a Dra. Ana.'
				: 'Olá! Escolha uma opção:\n\n1. Marcar consulta\n2. Remarcar\n3. Falar com a recepção\n\nResponda com o número da opção.';
		await this.call('evolution', '/chat/sendPresence/clinic', { number, presence: 'composing', delay: 300 });
		await this.call('evolution', '/message/sendText/clinic', { number, text: reply });
	}
}

let n8n: StandInN8n;
let simulator: SimulatorHandle;
let context: BrowserContext;
let page: Page;
let profile: string;

beforeAll(async () => {
	n8n = new StandInN8n();
	await n8n.start();
	simulator = await startSimulator({
		port: 0,
		businessName: 'Clínica Vida',
		waha: { webhookUrl: `${n8n.url}/webhook/waha`, apiKey: KEYS.waha },
		cloud: { webhookUrl: `${n8n.url}/webhook/cloud`, accessToken: KEYS.cloud, phoneNumberId: PHONE_NUMBER_ID },
		evolution: { webhookUrl: `${n8n.url}/webhook/evolution`, apiKey: KEYS.evolution, instance: 'clinic' },
		templates: { lembrete_consulta: 'Olá! Lembramos da consulta de {{1}} {{2}}. Até lá!' },
	});
	n8n.simulator = simulator;
	profile = mkdtempSync(join(tmpdir(), 'simulator-chromium-'));
	context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM_PATH,
		headless: true,
		args: CHROMIUM_ARGS,
		viewport: { width: 1440, height: 900 },
	});
	page = context.pages()[0] ?? (await context.newPage());
	page.on('pageerror', (error) => console.error('page error:', error));
	await page.goto(simulator.url);
	await page.locator('#connection', { hasText: 'live' }).waitFor();
});

afterAll(async () => {
	await context?.close();
	await simulator?.stop();
	await n8n?.stop();
	if (profile) rmSync(profile, { recursive: true, force: true });
});

async function openChat(provider: string, phone: string, name: string) {
	await page.selectOption('#new-chat-provider', provider);
	await page.fill('#new-chat-phone', phone);
	await page.fill('#new-chat-name', name);
	await page.click('#new-chat button[type=submit]');
	const column = page.locator(`section.chat[data-chat-id="${provider}:${phone}"]`);
	await column.waitFor();
	return column;
}

describe('the simulator page', () => {
	it('starts a WAHA chat; the patient types, n8n reads, types and answers, and the reply appears', async () => {
		const chat = await openChat('waha', '5511988887777', 'Ana Paula');
		await chat.locator('.composer__input').fill('Olá, quero marcar uma limpeza');
		await chat.locator('.composer__input').press('Enter');
		await chat.locator('.msg--business', { hasText: 'Recebido: Olá, quero marcar uma limpeza. Como posso ajudar?' }).waitFor();
		// sendSeen turned the patient's ticks blue.
		await chat.locator('.msg--patient .tick--read').waitFor();
		await expect(chat.locator('.msg--patient .delivery').first().textContent()).resolves.toBe('n8n 200');
		expect(n8n.webhooks[0]).toMatchObject({
			provider: 'waha',
			body: { event: 'message', payload: { body: 'Olá, quero marcar uma limpeza' } },
		});
	});

	it('sends an image from a file; the reply image shows inline and the photo gets a reaction', async () => {
		const chat = page.locator('section.chat[data-chat-id="waha:5511988887777"]');
		await chat.locator('.composer__input').fill('Foto do dente');
		await chat.locator('input[type=file]').setInputFiles({ name: 'dente.png', mimeType: 'image/png', buffer: IMAGE });
		await chat.locator('.msg--patient img.image').waitFor();
		await chat.locator('.msg--business img.image').waitFor();
		await chat.locator('.msg--patient .bubble__reaction', { hasText: '❤' }).waitFor();
		const naturalWidth = await chat
			.locator('.msg--business img.image')
			.evaluate((image) => (image as unknown as { naturalWidth: number }).naturalWidth);
		expect(naturalWidth).toBe(200);
		expect(
			simulator.messages('waha', '5511988887777').find((message) => message.kind === 'image' && message.author === 'patient'),
		).toMatchObject({ text: 'Foto do dente' });
	});

	it('shows Cloud API reply buttons that the patient can tap, then the template n8n sends', async () => {
		const chat = await openChat('cloud', '5521977776666', 'Sérgio (tutor do Rex)');
		await chat.locator('.composer__input').fill('Oi, recebi o lembrete');
		await chat.locator('.composer__send').click();
		const confirm = chat.locator('.choices .choice', { hasText: 'Confirmar' });
		await confirm.waitFor();
		await confirm.click();
		await chat.locator('.msg--business', { hasText: 'Você escolheu: Confirmar' }).waitFor();
		await chat.locator('.template', { hasText: 'Olá! Lembramos da consulta de Rex amanhã às 9h.' }).waitFor();
		const reply = n8n.webhooks.filter((webhook) => webhook.provider === 'cloud').at(-1)?.body.entry[0].changes[0].value.messages[0];
		expect(reply).toMatchObject({
			type: 'interactive',
			interactive: { type: 'button_reply', button_reply: { id: 'confirm', title: 'Confirmar' } },
		});
	});

	it('shows an Evolution numbered menu whose options send their number', async () => {
		const chat = await openChat('evolution', '5531966665555', 'Carla');
		await chat.locator('.composer__input').fill('Bom dia');
		await chat.locator('.composer__input').press('Enter');
		const option = chat.locator('.choices--numbered .choice', { hasText: '1. Marcar consulta' });
		await option.waitFor();
		await option.click();
		await chat.locator('.msg--business', { hasText: 'Temos horário amanhã às 10h' }).waitFor();
		expect(n8n.webhooks.filter((webhook) => webhook.provider === 'evolution').at(-1)?.body.data.message).toEqual({ conversation: '1' });
	});

	it('keeps the chats across a reload, and shows the screen in docs/screenshots/simulator.png', async () => {
		await page.reload();
		await page.locator('#connection', { hasText: 'live' }).waitFor();
		await expect(page.locator('section.chat').count()).resolves.toBe(3);
		await page.locator('section.chat[data-chat-id="cloud:5521977776666"] .template').waitFor();
		// The inline images must have loaded before the picture is taken.
		await page.waitForFunction(() =>
			Array.from((globalThis as unknown as { document: { images: ArrayLike<{ complete: boolean }> } }).document.images).every(
				(image) => image.complete,
			),
		);
		// The README's picture is refreshed on request only, so test runs leave the tree clean.
		if (process.env.WA_AI_SCREENSHOTS === '1') {
			mkdirSync(join(SCREENSHOT, '..'), { recursive: true });
			await page.screenshot({ path: SCREENSHOT });
		}
	});

	it('escapes message text: markup arrives as text, never as HTML', async () => {
		const chat = page.locator('section.chat[data-chat-id="evolution:5531966665555"]');
		await simulator.say('evolution', '5531966665555', '<img src=x onerror="document.body.dataset.pwned=1"><b>negrito?</b>');
		await chat.locator('.msg--patient .bubble__text', { hasText: '<b>negrito?</b>' }).waitFor();
		expect(
			await page.evaluate(
				() => (globalThis as unknown as { document: { body: { dataset: Record<string, string> } } }).document.body.dataset.pwned,
			),
		).toBeUndefined();
		expect(await chat.locator('.msg--patient b').count()).toBe(0);
	});
});
