import type { MenuOption } from '../../../nodes/shared/menuStore';
import { wahaOutbound } from '../../../nodes/WhatsAppAiSend/providers/waha';
import { WahaFake } from '../../fakes/wahaFake';
import { contextFor, fetchHttpCall, longReply, visible } from './support';

const fake = new WahaFake({ apiKey: 'waha-key', sessions: ['default'] });
const http = fetchHttpCall({ 'X-Api-Key': 'waha-key' });
const context = () => contextFor(http, fake.url, 'default');
const CHAT = '5511988887777@c.us';

beforeAll(async () => await fake.start());
afterAll(async () => await fake.stop());
beforeEach(() => fake.reset());

/** Path and body of every request the fake saw, in order. */
const seen = () => fake.requests.map(({ method, path, body }) => ({ method, path, body }));

describe('WAHA send text', () => {
	it('sends the exact body with the API key and returns the message id', async () => {
		const result = await wahaOutbound.sendText(
			{ to: '+55 11 98888-7777', text: 'Olá, Maria!', replyTo: 'false_5511988887777@c.us_ABC' },
			context(),
		);
		expect(seen()).toEqual([
			{
				method: 'POST',
				path: '/api/sendText',
				body: { session: 'default', chatId: CHAT, text: 'Olá, Maria!', reply_to: 'false_5511988887777@c.us_ABC' },
			},
		]);
		expect(fake.requests[0].headers['x-api-key']).toBe('waha-key');
		expect(result).toEqual({
			ok: true,
			provider: 'waha',
			operation: 'sendText',
			messageIds: [fake.sent()[0].id],
			chunks: 1,
			raw: [expect.objectContaining({ id: fake.sent()[0].id, body: 'Olá, Maria!' })],
		});
	});

	it('splits a 10,000-character reply into 3 messages sent in order, quoting only the first', async () => {
		const text = longReply(10_000);
		const result = await wahaOutbound.sendText({ to: CHAT, text, replyTo: 'false_x' }, context());
		const texts = fake.sentTexts(CHAT);
		expect(texts).toHaveLength(3);
		expect(visible(texts.join(''))).toBe(visible(text));
		for (const part of texts) expect(part.length).toBeLessThanOrEqual(4096);
		expect(result.chunks).toBe(3);
		expect(result.messageIds).toEqual(fake.sent().map((s) => s.id));
		expect(fake.requests.map((r) => (r.body as { reply_to?: string }).reply_to)).toEqual(['false_x', undefined, undefined]);
	});
});

describe('WAHA send media', () => {
	it('sends an image by URL to /api/sendImage with its caption', async () => {
		const result = await wahaOutbound.sendMedia(
			{ to: CHAT, kind: 'image', source: { url: 'https://cdn.example/exames/raio-x.jpg' }, caption: 'Seu exame' },
			context(),
		);
		expect(seen()).toEqual([
			{
				method: 'POST',
				path: '/api/sendImage',
				body: {
					session: 'default',
					chatId: CHAT,
					file: { mimetype: 'image/jpeg', url: 'https://cdn.example/exames/raio-x.jpg', filename: 'raio-x.jpg' },
					caption: 'Seu exame',
				},
			},
		]);
		expect(result.messageIds).toEqual([fake.sent()[0].id]);
	});

	it('sends n8n binary data as base64 in file.data (document through /api/sendFile)', async () => {
		const bytes = Buffer.from('%PDF-1.4 receita');
		await wahaOutbound.sendMedia(
			{ to: CHAT, kind: 'document', source: { data: bytes }, filename: 'receita.pdf', mimetype: 'application/pdf', caption: 'Receita' },
			context(),
		);
		expect(seen()[0]).toEqual({
			method: 'POST',
			path: '/api/sendFile',
			body: {
				session: 'default',
				chatId: CHAT,
				file: { mimetype: 'application/pdf', data: bytes.toString('base64'), filename: 'receita.pdf' },
				caption: 'Receita',
			},
		});
	});

	it('sends voice through /api/sendVoice, converting only what is not Opus already', async () => {
		await wahaOutbound.sendMedia({ to: CHAT, kind: 'voice', source: { url: 'https://cdn.example/a/nota.mp3' }, caption: 'x' }, context());
		await wahaOutbound.sendMedia(
			{ to: CHAT, kind: 'voice', source: { url: 'https://cdn.example/a/nota.ogg' }, mimetype: 'audio/ogg; codecs=opus' },
			context(),
		);
		expect(seen().map((r) => r.body)).toEqual([
			{
				session: 'default',
				chatId: CHAT,
				file: { mimetype: 'audio/mpeg', url: 'https://cdn.example/a/nota.mp3', filename: 'nota.mp3' },
				convert: true,
			},
			{
				session: 'default',
				chatId: CHAT,
				file: { mimetype: 'audio/ogg; codecs=opus', url: 'https://cdn.example/a/nota.ogg', filename: 'nota.ogg' },
				convert: false,
			},
		]);
		expect(seen().map((r) => r.path)).toEqual(['/api/sendVoice', '/api/sendVoice']);
	});

	it('sends video through /api/sendVideo and audio files through /api/sendFile', async () => {
		await wahaOutbound.sendMedia({ to: CHAT, kind: 'video', source: { url: 'https://cdn.example/v.mp4' }, caption: 'Vídeo' }, context());
		await wahaOutbound.sendMedia({ to: CHAT, kind: 'audio', source: { url: 'https://cdn.example/musica.m4a' } }, context());
		expect(seen()).toEqual([
			{
				method: 'POST',
				path: '/api/sendVideo',
				body: {
					session: 'default',
					chatId: CHAT,
					file: { mimetype: 'video/mp4', url: 'https://cdn.example/v.mp4', filename: 'v.mp4' },
					caption: 'Vídeo',
				},
			},
			{
				method: 'POST',
				path: '/api/sendFile',
				body: {
					session: 'default',
					chatId: CHAT,
					file: { mimetype: 'audio/mp4', url: 'https://cdn.example/musica.m4a', filename: 'musica.m4a' },
				},
			},
		]);
	});
});

describe('WAHA buttons and lists as a numbered menu', () => {
	it('sends buttons as text and hands the options to rememberMenu first', async () => {
		const remembered: MenuOption[][] = [];
		const result = await wahaOutbound.sendButtons(
			{
				to: CHAT,
				header: 'Clínica Vida',
				body: 'Confirma a consulta de amanhã às 10h?',
				footer: 'Equipe Clínica Vida',
				buttons: [
					{ id: 'confirm', title: 'Confirmar' },
					{ id: 'reschedule', title: 'Remarcar' },
				],
			},
			{
				...context(),
				rememberMenu: async (options) => {
					expect(fake.requests).toHaveLength(0); // remembered before the menu goes out
					remembered.push(options);
				},
			},
		);
		expect(seen()).toEqual([
			{
				method: 'POST',
				path: '/api/sendText',
				body: {
					session: 'default',
					chatId: CHAT,
					text: 'Clínica Vida\n\nConfirma a consulta de amanhã às 10h?\n\n1. Confirmar\n2. Remarcar\n\nResponda com o número da opção.\n\nEquipe Clínica Vida',
				},
			},
		]);
		const options = [
			{ id: 'confirm', title: 'Confirmar' },
			{ id: 'reschedule', title: 'Remarcar' },
		];
		expect(remembered).toEqual([options]);
		expect(result).toMatchObject({
			ok: true,
			operation: 'sendButtons',
			fallback: 'numbered_menu',
			menu: options,
			messageIds: [fake.sent()[0].id],
		});
	});

	it('sends a list as text with rows numbered across sections', async () => {
		const result = await wahaOutbound.sendList(
			{
				to: CHAT,
				body: 'Escolha um horário:',
				buttonLabel: 'Horários',
				menuInstruction: 'Responda 1, 2 ou 3.',
				sections: [
					{
						title: 'Manhã',
						rows: [
							{ id: 'h08', title: '08:00' },
							{ id: 'h09', title: '09:00', description: 'Dr. Paulo' },
						],
					},
					{ title: 'Tarde', rows: [{ id: 'h14', title: '14:00' }] },
				],
			},
			context(),
		);
		expect(fake.sentTexts(CHAT)).toEqual([
			'Escolha um horário:\n\nManhã\n1. 08:00\n2. 09:00 — Dr. Paulo\n\nTarde\n3. 14:00\n\nResponda 1, 2 ou 3.',
		]);
		expect(result.menu?.map((o) => o.id)).toEqual(['h08', 'h09', 'h14']);
		expect(result.fallback).toBe('numbered_menu');
	});

	it('validates before sending anything', async () => {
		await expect(
			wahaOutbound.sendButtons({ to: CHAT, body: 'x', buttons: [{ id: 'a', title: 'Um título longo demais aqui' }] }, context()),
		).rejects.toMatchObject({ kind: 'validation', field: 'buttons[0].title' });
		expect(fake.requests).toHaveLength(0);
	});
});

describe('WAHA reactions, receipts and typing (empty answers)', () => {
	it('reacts with PUT /api/reaction and still returns a non-empty result', async () => {
		const result = await wahaOutbound.react({ to: CHAT, messageId: 'false_5511988887777@c.us_AAA', emoji: '👍' }, context());
		expect(seen()).toEqual([
			{ method: 'PUT', path: '/api/reaction', body: { session: 'default', messageId: 'false_5511988887777@c.us_AAA', reaction: '👍' } },
		]);
		expect(result).toEqual({ ok: true, provider: 'waha', operation: 'react', messageIds: [], raw: [null] });
	});

	it('removes a reaction with an empty emoji', async () => {
		await wahaOutbound.react({ to: CHAT, messageId: 'false_x', emoji: '' }, context());
		expect((fake.requests[0].body as { reaction: string }).reaction).toBe('');
	});

	it('marks messages as seen with /api/sendSeen', async () => {
		const result = await wahaOutbound.markRead({ to: CHAT, messageIds: ['false_a', 'false_b'] }, context());
		await wahaOutbound.markRead({ to: CHAT, messageIds: [] }, context());
		expect(seen()).toEqual([
			{ method: 'POST', path: '/api/sendSeen', body: { session: 'default', chatId: CHAT, messageIds: ['false_a', 'false_b'] } },
			{ method: 'POST', path: '/api/sendSeen', body: { session: 'default', chatId: CHAT } },
		]);
		expect(result).toEqual({ ok: true, provider: 'waha', operation: 'markRead', messageIds: [], raw: [null] });
	});

	it('starts and stops typing', async () => {
		const on = await wahaOutbound.typing({ to: CHAT, on: true }, context());
		const off = await wahaOutbound.typing({ to: CHAT, on: false }, context());
		expect(seen()).toEqual([
			{ method: 'POST', path: '/api/startTyping', body: { session: 'default', chatId: CHAT } },
			{ method: 'POST', path: '/api/stopTyping', body: { session: 'default', chatId: CHAT } },
		]);
		expect(on).toMatchObject({ ok: true, operation: 'typing', raw: [null] });
		expect(off).toMatchObject({ ok: true, operation: 'typing', raw: [null] });
	});

	it('refuses templates without calling WAHA', async () => {
		await expect(wahaOutbound.sendTemplate({ to: CHAT, name: 'lembrete', language: 'pt_BR' }, context())).rejects.toMatchObject({
			kind: 'unsupported_operation',
		});
		expect(fake.requests).toHaveLength(0);
	});

	it('reports WAHA errors with their status and message', async () => {
		const error = await wahaOutbound.sendText({ to: CHAT, text: 'oi' }, contextFor(http, fake.url, 'other')).catch((e: unknown) => e);
		expect(error).toMatchObject({ kind: 'provider', provider: 'waha', httpStatus: 404, retryable: false });
		expect((error as { providerMessage: string }).providerMessage).toContain("We didn't find a session with name 'other'");
	});
});
