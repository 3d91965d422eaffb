import { evolutionOutbound } from '../../../nodes/WhatsAppAiSend/providers/evolution';
import { EvolutionFake } from '../../fakes/evolutionFake';
import { contextFor, fetchHttpCall, longReply, visible } from './support';

const fake = new EvolutionFake({ apiKey: 'evo-key', instance: 'clinic' });
const http = fetchHttpCall({ apikey: 'evo-key' });
const context = () => contextFor(http, fake.url, 'clinic');
const NUMBER = '5511988887777';
const JID = `${NUMBER}@s.whatsapp.net`;

beforeAll(async () => await fake.start());
afterAll(async () => await fake.stop());
beforeEach(() => fake.reset());

const seen = () => fake.requests.map(({ method, path, body }) => ({ method, path, body }));
const keyOf = (raw: unknown) => (raw as { key: { id: string } }).key.id;

describe('Evolution API text', () => {
	it('sends the exact body with the apikey header and returns key.id', async () => {
		const result = await evolutionOutbound.sendText({ to: `${NUMBER}@c.us`, text: 'Olá, Maria!', replyTo: '3EB0QUOTED' }, context());
		expect(seen()).toEqual([
			{
				method: 'POST',
				path: '/message/sendText/clinic',
				body: { number: NUMBER, text: 'Olá, Maria!', quoted: { key: { id: '3EB0QUOTED' } } },
			},
		]);
		expect(fake.requests[0].headers.apikey).toBe('evo-key');
		expect(result).toMatchObject({ ok: true, provider: 'evolution', operation: 'sendText', chunks: 1, messageIds: [fake.sent()[0].id] });
		expect(keyOf(result.raw[0])).toBe(fake.sent()[0].id);
	});

	it('splits a 10,000-character reply into 3 messages sent in order', async () => {
		const text = longReply(10_000);
		const result = await evolutionOutbound.sendText({ to: NUMBER, text }, context());
		const texts = fake.sentTexts(NUMBER);
		expect(texts).toHaveLength(3);
		expect(visible(texts.join(''))).toBe(visible(text));
		expect(result.messageIds).toEqual(fake.sent().map((s) => s.id));
	});
});

describe('Evolution API media', () => {
	it('sends image, document (binary), audio and video through /message/sendMedia', async () => {
		const pdf = Buffer.from('%PDF-1.4 receita');
		await evolutionOutbound.sendMedia(
			{ to: NUMBER, kind: 'image', source: { url: 'https://cdn.example/raio-x.jpg' }, caption: 'Seu exame' },
			context(),
		);
		await evolutionOutbound.sendMedia(
			{ to: NUMBER, kind: 'document', source: { data: pdf }, filename: 'receita.pdf', caption: 'Receita', replyTo: '3EB0Q' },
			context(),
		);
		await evolutionOutbound.sendMedia({ to: NUMBER, kind: 'audio', source: { url: 'https://cdn.example/orientacao.mp3' } }, context());
		const video = await evolutionOutbound.sendMedia({ to: NUMBER, kind: 'video', source: { url: 'https://cdn.example/v.mp4' } }, context());
		expect(seen()).toEqual([
			{
				method: 'POST',
				path: '/message/sendMedia/clinic',
				body: {
					number: NUMBER,
					mediatype: 'image',
					mimetype: 'image/jpeg',
					caption: 'Seu exame',
					media: 'https://cdn.example/raio-x.jpg',
					fileName: 'raio-x.jpg',
				},
			},
			{
				method: 'POST',
				path: '/message/sendMedia/clinic',
				body: {
					number: NUMBER,
					mediatype: 'document',
					mimetype: 'application/pdf',
					caption: 'Receita',
					media: pdf.toString('base64'),
					fileName: 'receita.pdf',
					quoted: { key: { id: '3EB0Q' } },
				},
			},
			{
				method: 'POST',
				path: '/message/sendMedia/clinic',
				body: {
					number: NUMBER,
					mediatype: 'audio',
					mimetype: 'audio/mpeg',
					media: 'https://cdn.example/orientacao.mp3',
					fileName: 'orientacao.mp3',
				},
			},
			{
				method: 'POST',
				path: '/message/sendMedia/clinic',
				body: { number: NUMBER, mediatype: 'video', mimetype: 'video/mp4', media: 'https://cdn.example/v.mp4', fileName: 'v.mp4' },
			},
		]);
		expect(fake.requests.every((r) => r.status === 201)).toBe(true);
		expect(video.messageIds).toEqual([fake.sent()[3].id]);
	});

	it('sends a voice note through /message/sendWhatsAppAudio', async () => {
		const result = await evolutionOutbound.sendMedia(
			{ to: NUMBER, kind: 'voice', source: { url: 'https://cdn.example/nota.ogg' }, caption: 'x' },
			context(),
		);
		expect(seen()).toEqual([
			{ method: 'POST', path: '/message/sendWhatsAppAudio/clinic', body: { number: NUMBER, audio: 'https://cdn.example/nota.ogg' } },
		]);
		expect(result.messageIds).toEqual([fake.sent()[0].id]);
	});
});

describe('Evolution API buttons and lists as a numbered menu', () => {
	it('sends buttons as numbered text', async () => {
		const result = await evolutionOutbound.sendButtons(
			{
				to: NUMBER,
				body: 'Confirma?',
				buttons: [
					{ id: 'yes', title: 'Sim' },
					{ id: 'no', title: 'Não' },
				],
			},
			context(),
		);
		expect(fake.sentTexts(NUMBER)).toEqual(['Confirma?\n\n1. Sim\n2. Não\n\nResponda com o número da opção.']);
		expect(result).toMatchObject({ operation: 'sendButtons', fallback: 'numbered_menu', messageIds: [fake.sent()[0].id] });
	});

	it('sends a list as numbered text', async () => {
		const result = await evolutionOutbound.sendList(
			{
				to: NUMBER,
				body: 'Especialidade:',
				buttonLabel: 'Ver',
				sections: [
					{
						rows: [
							{ id: 'cardio', title: 'Cardiologia' },
							{ id: 'derma', title: 'Dermatologia' },
						],
					},
				],
			},
			context(),
		);
		expect(fake.sentTexts(NUMBER)).toEqual(['Especialidade:\n\n1. Cardiologia\n2. Dermatologia\n\nResponda com o número da opção.']);
		expect(result.menu).toEqual([
			{ id: 'cardio', title: 'Cardiologia' },
			{ id: 'derma', title: 'Dermatologia' },
		]);
	});
});

describe('Evolution API reactions, receipts and presence', () => {
	it('reacts with the full message key', async () => {
		const result = await evolutionOutbound.react({ to: NUMBER, messageId: '3EB0TARGET', emoji: '🙏' }, context());
		expect(seen()).toEqual([
			{
				method: 'POST',
				path: '/message/sendReaction/clinic',
				body: { key: { remoteJid: JID, fromMe: false, id: '3EB0TARGET' }, reaction: '🙏' },
			},
		]);
		expect(result).toMatchObject({ ok: true, operation: 'react', messageIds: [fake.sent()[0].id] });
	});

	it('marks messages as read', async () => {
		const result = await evolutionOutbound.markRead({ to: NUMBER, messageIds: ['3EB0A', '3EB0B'] }, context());
		expect(seen()).toEqual([
			{
				method: 'POST',
				path: '/chat/markMessageAsRead/clinic',
				body: {
					readMessages: [
						{ remoteJid: JID, fromMe: false, id: '3EB0A' },
						{ remoteJid: JID, fromMe: false, id: '3EB0B' },
					],
				},
			},
		]);
		expect(fake.readReceipts()).toHaveLength(2);
		expect(result).toEqual({
			ok: true,
			provider: 'evolution',
			operation: 'markRead',
			messageIds: [],
			raw: [{ message: 'Read messages', read: 'success' }],
		});
	});

	it('sends composing for the duration, then paused', async () => {
		await evolutionOutbound.typing({ to: NUMBER, on: true, durationMs: 1500 }, context());
		await evolutionOutbound.typing({ to: NUMBER, on: true }, context());
		const off = await evolutionOutbound.typing({ to: NUMBER, on: false }, context());
		expect(seen().map((r) => [r.path, r.body])).toEqual([
			['/chat/sendPresence/clinic', { number: NUMBER, presence: 'composing', delay: 1500 }],
			['/chat/sendPresence/clinic', { number: NUMBER, presence: 'composing', delay: 3000 }],
			['/chat/sendPresence/clinic', { number: NUMBER, presence: 'paused', delay: 0 }],
		]);
		expect(off).toMatchObject({ ok: true, operation: 'typing', raw: [{ presence: 'paused' }] });
	});

	it('refuses templates without calling Evolution', async () => {
		await expect(evolutionOutbound.sendTemplate({ to: NUMBER, name: 'lembrete', language: 'pt_BR' }, context())).rejects.toMatchObject({
			kind: 'unsupported_operation',
			provider: 'evolution',
		});
		expect(fake.requests).toHaveLength(0);
	});

	it("reports a number that is not on WhatsApp with Evolution's message", async () => {
		fake.notOnWhatsApp(NUMBER);
		const error = await evolutionOutbound.sendText({ to: NUMBER, text: 'oi' }, context()).catch((e: unknown) => e);
		expect(error).toMatchObject({ kind: 'provider', provider: 'evolution', httpStatus: 400, retryable: false });
		expect((error as { providerMessage: string }).providerMessage).toBe(`{"jid":"${JID}","exists":false,"number":"${NUMBER}"}`);
		expect(fake.requests).toHaveLength(1);
	});
});
