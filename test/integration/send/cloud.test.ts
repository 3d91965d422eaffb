import { cloudOutbound } from '../../../nodes/WhatsAppAiSend/providers/cloud';
import { SendError } from '../../../nodes/WhatsAppAiSend/providers/errors';
import { GraphFake } from '../../fakes/graphFake';
import { contextFor, fetchHttpCall, longReply, visible } from './support';

const fake = new GraphFake({ accessToken: 'graph-token', phoneNumberId: '1234567890', apiVersion: 'v21.0' });
const http = fetchHttpCall({ Authorization: 'Bearer graph-token' });
const context = () => contextFor(http, fake.url, fake.phoneNumberId, { apiVersion: fake.apiVersion });
const TO = '5511988887777';
const MESSAGES = '/v21.0/1234567890/messages';
const envelope = { messaging_product: 'whatsapp', recipient_type: 'individual', to: TO };

beforeAll(async () => await fake.start());
afterAll(async () => await fake.stop());
beforeEach(() => fake.reset());

const seen = () => fake.requests.map(({ method, path, body }) => ({ method, path, body }));
const bodies = () => fake.requests.map((r) => r.body);

describe('Cloud API text', () => {
	it('sends the exact body with the Bearer token and returns the wamid', async () => {
		const result = await cloudOutbound.sendText(
			{ to: '+55 (11) 98888-7777', text: 'Olá, Maria!', replyTo: 'wamid.IN', linkPreview: false },
			context(),
		);
		expect(seen()).toEqual([
			{
				method: 'POST',
				path: MESSAGES,
				body: { ...envelope, type: 'text', text: { body: 'Olá, Maria!', preview_url: false }, context: { message_id: 'wamid.IN' } },
			},
		]);
		expect(fake.requests[0].headers.authorization).toBe('Bearer graph-token');
		expect(result).toEqual({
			ok: true,
			provider: 'cloud',
			operation: 'sendText',
			messageIds: [fake.sent()[0].id],
			chunks: 1,
			raw: [{ messaging_product: 'whatsapp', contacts: [{ input: TO, wa_id: TO }], messages: [{ id: fake.sent()[0].id }] }],
		});
	});

	it('splits a 10,000-character reply into 3 messages sent in order', async () => {
		const text = longReply(10_000);
		const result = await cloudOutbound.sendText({ to: TO, text }, context());
		const texts = fake.sentTexts(TO);
		expect(texts).toHaveLength(3);
		expect(visible(texts.join(''))).toBe(visible(text));
		expect(result).toMatchObject({ chunks: 3, messageIds: fake.sent().map((s) => s.id) });
		expect(new Set(result.messageIds).size).toBe(3);
	});
});

describe('Cloud API media by URL', () => {
	it('sends image, document, audio, voice and video with {link}', async () => {
		const base = 'https://cdn.example/files';
		await cloudOutbound.sendMedia({ to: TO, kind: 'image', source: { url: `${base}/raio-x.jpg` }, caption: 'Seu exame' }, context());
		await cloudOutbound.sendMedia({ to: TO, kind: 'document', source: { url: `${base}/receita.pdf` }, caption: 'Receita' }, context());
		await cloudOutbound.sendMedia({ to: TO, kind: 'audio', source: { url: `${base}/orientacao.mp3` }, caption: 'dropped' }, context());
		await cloudOutbound.sendMedia({ to: TO, kind: 'voice', source: { url: `${base}/nota.ogg` }, replyTo: 'wamid.IN' }, context());
		const result = await cloudOutbound.sendMedia({ to: TO, kind: 'video', source: { url: `${base}/alongamento.mp4` } }, context());
		expect(bodies()).toEqual([
			{ ...envelope, type: 'image', image: { link: `${base}/raio-x.jpg`, caption: 'Seu exame' } },
			{ ...envelope, type: 'document', document: { link: `${base}/receita.pdf`, caption: 'Receita', filename: 'receita.pdf' } },
			{ ...envelope, type: 'audio', audio: { link: `${base}/orientacao.mp3` } },
			{ ...envelope, type: 'audio', audio: { link: `${base}/nota.ogg` }, context: { message_id: 'wamid.IN' } },
			{ ...envelope, type: 'video', video: { link: `${base}/alongamento.mp4` } },
		]);
		expect(fake.requests.every((r) => r.status === 200)).toBe(true);
		expect(result.messageIds).toEqual([fake.sent()[4].id]);
	});
});

describe('Cloud API interactive messages', () => {
	it('sends native reply buttons', async () => {
		const result = await cloudOutbound.sendButtons(
			{
				to: TO,
				header: 'Clínica Vida',
				body: 'Confirma a consulta de amanhã às 10h?',
				footer: 'Equipe Clínica Vida',
				buttons: [
					{ id: 'confirm', title: 'Confirmar' },
					{ id: 'reschedule', title: 'Remarcar' },
					{ id: 'cancel', title: 'Cancelar' },
				],
			},
			context(),
		);
		expect(bodies()).toEqual([
			{
				...envelope,
				type: 'interactive',
				interactive: {
					type: 'button',
					header: { type: 'text', text: 'Clínica Vida' },
					body: { text: 'Confirma a consulta de amanhã às 10h?' },
					footer: { text: 'Equipe Clínica Vida' },
					action: {
						buttons: [
							{ type: 'reply', reply: { id: 'confirm', title: 'Confirmar' } },
							{ type: 'reply', reply: { id: 'reschedule', title: 'Remarcar' } },
							{ type: 'reply', reply: { id: 'cancel', title: 'Cancelar' } },
						],
					},
				},
			},
		]);
		expect(result).toEqual(expect.objectContaining({ operation: 'sendButtons', messageIds: [fake.sent()[0].id] }));
		expect(result.fallback).toBeUndefined();
	});

	it('sends a native list', async () => {
		await cloudOutbound.sendList(
			{
				to: TO,
				body: 'Escolha um horário:',
				buttonLabel: 'Ver horários',
				sections: [
					{
						title: 'Manhã',
						rows: [
							{ id: 'h08', title: '08:00', description: 'Dra. Ana' },
							{ id: 'h09', title: '09:00' },
						],
					},
					{ title: 'Tarde', rows: [{ id: 'h14', title: '14:00' }] },
				],
			},
			context(),
		);
		expect(bodies()).toEqual([
			{
				...envelope,
				type: 'interactive',
				interactive: {
					type: 'list',
					body: { text: 'Escolha um horário:' },
					action: {
						button: 'Ver horários',
						sections: [
							{
								title: 'Manhã',
								rows: [
									{ id: 'h08', title: '08:00', description: 'Dra. Ana' },
									{ id: 'h09', title: '09:00' },
								],
							},
							{ title: 'Tarde', rows: [{ id: 'h14', title: '14:00' }] },
						],
					},
				},
			},
		]);
		expect(fake.requests[0].status).toBe(200);
	});

	it('sends a template with body parameters, and one without', async () => {
		const result = await cloudOutbound.sendTemplate(
			{ to: TO, name: 'lembrete_consulta', language: 'pt_BR', parameters: ['Maria', 'terça, 10h'] },
			context(),
		);
		await cloudOutbound.sendTemplate({ to: TO, name: 'hello_world', language: 'en_US' }, context());
		expect(bodies()).toEqual([
			{
				...envelope,
				type: 'template',
				template: {
					name: 'lembrete_consulta',
					language: { code: 'pt_BR' },
					components: [
						{
							type: 'body',
							parameters: [
								{ type: 'text', text: 'Maria' },
								{ type: 'text', text: 'terça, 10h' },
							],
						},
					],
				},
			},
			{ ...envelope, type: 'template', template: { name: 'hello_world', language: { code: 'en_US' } } },
		]);
		expect(result.messageIds).toEqual([fake.sent()[0].id]);
	});

	it('rejects an invalid template name before calling Graph', async () => {
		await expect(cloudOutbound.sendTemplate({ to: TO, name: 'Lembrete-Consulta', language: 'pt_BR' }, context())).rejects.toMatchObject({
			kind: 'validation',
			field: 'name',
		});
		expect(fake.requests).toHaveLength(0);
	});
});

describe('Cloud API reactions, receipts and typing', () => {
	it('reacts and returns the reaction message id', async () => {
		const result = await cloudOutbound.react({ to: TO, messageId: 'wamid.IN', emoji: '❤️' }, context());
		expect(bodies()).toEqual([{ ...envelope, type: 'reaction', reaction: { message_id: 'wamid.IN', emoji: '❤️' } }]);
		expect(result).toMatchObject({ ok: true, operation: 'react', messageIds: [fake.sent()[0].id] });
	});

	it('marks the last message as read, which covers the earlier ones', async () => {
		const result = await cloudOutbound.markRead({ to: TO, messageIds: ['wamid.A', 'wamid.B'] }, context());
		expect(bodies()).toEqual([{ messaging_product: 'whatsapp', status: 'read', message_id: 'wamid.B' }]);
		expect(fake.readReceipts()).toEqual([{ messageId: 'wamid.B', typing: false }]);
		expect(result).toEqual({ ok: true, provider: 'cloud', operation: 'markRead', messageIds: [], raw: [{ success: true }] });
	});

	it('shows typing on a received message; typing off is a successful no-op with a note', async () => {
		const on = await cloudOutbound.typing({ to: TO, on: true, messageId: 'wamid.IN' }, context());
		const off = await cloudOutbound.typing({ to: TO, on: false, messageId: 'wamid.IN' }, context());
		expect(bodies()).toEqual([
			{ messaging_product: 'whatsapp', status: 'read', message_id: 'wamid.IN', typing_indicator: { type: 'text' } },
		]);
		expect(fake.readReceipts()).toEqual([{ messageId: 'wamid.IN', typing: true }]);
		expect(on).toMatchObject({ ok: true, raw: [{ success: true }] });
		expect(off).toMatchObject({ ok: true, operation: 'typing', messageIds: [], raw: [], note: expect.stringContaining('no typing-off') });
	});

	it('needs the received message id to show typing', async () => {
		await expect(cloudOutbound.typing({ to: TO, on: true }, context())).rejects.toMatchObject({ kind: 'validation', field: 'messageId' });
	});
});

describe('Cloud API 24-hour window', () => {
	it('reports 131047 as outside24hWindow without retrying, while templates still go out', async () => {
		fake.outsideWindow(TO);
		const ctx = context();
		const error = await cloudOutbound.sendText({ to: TO, text: 'Olá de novo!' }, ctx).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(SendError);
		expect((error as SendError).details()).toEqual({
			message: expect.stringContaining('24-hour customer service window is closed'),
			kind: 'provider',
			provider: 'cloud',
			httpStatus: 400,
			providerCode: 131047,
			providerMessage:
				'(#131047) Re-engagement message: Message failed to send because more than 24 hours have passed since the customer last replied to this number.',
			retryable: false,
			outside24hWindow: true,
		});
		expect(fake.requests).toHaveLength(1);
		expect(ctx.retries).toEqual([]);

		const template = await cloudOutbound.sendTemplate({ to: TO, name: 'retomar_conversa', language: 'pt_BR' }, ctx);
		expect(template.messageIds).toHaveLength(1);
	});
});

describe('Cloud API media from n8n binary data', () => {
	it('uploads the bytes as multipart first, then sends the returned media id', async () => {
		const bytes = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0xfe, 0x80]);
		const result = await cloudOutbound.sendMedia(
			{ to: TO, kind: 'document', source: { data: bytes }, filename: 'receita.pdf', mimetype: 'application/pdf', caption: 'Sua receita' },
			context(),
		);
		const [upload, send] = fake.requests;
		expect(upload).toMatchObject({ method: 'POST', path: '/v21.0/1234567890/media' });
		expect(upload.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
		expect(upload.status).toBe(200);
		const mediaId = (send.body as { document: { id: string } }).document.id;
		expect(mediaId).toMatch(/^\d+$/);
		expect(send.body).toMatchObject({
			...envelope,
			type: 'document',
			document: { id: mediaId, filename: 'receita.pdf', caption: 'Sua receita' },
		});
		// The fake stored exactly the bytes that were sent, binary-safe.
		const info = await (await fetch(`${fake.url}/v21.0/${mediaId}`, { headers: { Authorization: 'Bearer graph-token' } })).json();
		expect(info).toMatchObject({ id: mediaId, mime_type: 'application/pdf', file_size: bytes.length });
		expect(result.messageIds).toEqual([fake.sent()[0].id]);
	});
});
