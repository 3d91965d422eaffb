import { EvolutionFake } from '../../fakes';
import { http } from './http';

const KEY = 'evo-secret';
const NUMBER = '5511988887777';
const JID = `${NUMBER}@s.whatsapp.net`;
const MESSAGE_ID = /^3EB0[0-9A-F]{18}$/;

describe('EvolutionFake', () => {
	const evo = new EvolutionFake({ apiKey: KEY });
	const post = (path: string, json: unknown, key = KEY) => http(`${evo.url}${path}`, { method: 'POST', json, headers: { apikey: key } });
	const get = (path: string, key = KEY) => http(`${evo.url}${path}`, { headers: { apikey: key } });
	const sendText = (json: unknown, key = KEY) => post('/message/sendText/clinic', json, key);

	beforeAll(() => evo.start());
	afterAll(() => evo.stop());
	beforeEach(() => evo.reset());

	it('rejects a missing or wrong apikey with the Evolution 401 body', async () => {
		const missing = await http(`${evo.url}/instance/connectionState/clinic`);
		const wrong = await sendText({ number: NUMBER, text: 'hi' }, 'nope');
		const list = await get('/instance/fetchInstances', 'nope');
		for (const res of [missing, wrong, list]) {
			expect(res.status).toBe(401);
			expect(res.body).toEqual({ status: 401, error: 'Unauthorized', response: { message: 'Unauthorized' } });
		}
		expect(evo.sent()).toEqual([]);
		expect(evo.requests).toHaveLength(3);
	});

	it('answers 404 for an unknown instance, before checking the key', async () => {
		const notFound = {
			status: 404,
			error: 'Not Found',
			response: { message: ['The "other" instance does not exist'] },
		};
		const state = await get('/instance/connectionState/other');
		expect(state.status).toBe(404);
		expect(state.body).toEqual(notFound);
		const send = await post('/message/sendText/other', { number: NUMBER, text: 'x' }, 'wrong-key');
		expect(send.status).toBe(404);
		expect(send.body).toEqual(notFound);
	});

	it('answers unknown routes with Evolution 404', async () => {
		const res = await get('/message/sendText/clinic');
		expect(res.status).toBe(404);
		expect(res.body).toEqual({ status: 404, error: 'Not Found', response: { message: ['Cannot GET /message/sendText/clinic'] } });
	});

	it('reports the connection state used as credential test', async () => {
		const res = await get('/instance/connectionState/clinic');
		expect(res.status).toBe(200);
		expect(res.body).toEqual({ instance: { instanceName: 'clinic', state: 'open' } });

		evo.setState('connecting');
		expect((await get('/instance/connectionState/clinic')).body).toEqual({ instance: { instanceName: 'clinic', state: 'connecting' } });
		evo.reset();
		expect(evo.state).toBe('open');
	});

	it('takes instance name and state from the options', async () => {
		const fake = new EvolutionFake({ apiKey: KEY, instance: 'loja', state: 'close' });
		await fake.start();
		try {
			const res = await http(`${fake.url}/instance/connectionState/loja`, { headers: { apikey: KEY } });
			expect(res.body).toEqual({ instance: { instanceName: 'loja', state: 'close' } });
		} finally {
			await fake.stop();
		}
	});

	it('lists instances', async () => {
		const res = await get('/instance/fetchInstances');
		expect(res.status).toBe(200);
		expect(res.body).toEqual([
			expect.objectContaining({
				id: evo.instanceId,
				name: 'clinic',
				connectionStatus: 'open',
				ownerJid: '5511999990000@s.whatsapp.net',
				profileName: 'Clinic',
				integration: 'WHATSAPP-BAILEYS',
				token: KEY,
			}),
		]);
		expect((await get('/instance/fetchInstances?instanceName=clinic')).body).toHaveLength(1);
		expect((await get('/instance/fetchInstances?instanceName=other')).body).toEqual([]);
	});

	it('sends text with a v2 message response and records it', async () => {
		const before = Math.floor(Date.now() / 1000);
		const a = await sendText({ number: NUMBER, text: 'Olá!', delay: 1200 });
		const b = await sendText({ number: JID, text: 'Tudo bem?' });
		await sendText({ number: '5511000000000', text: 'other' });

		expect(a.status).toBe(201);
		expect(a.body).toEqual({
			key: { remoteJid: JID, fromMe: true, id: expect.stringMatching(MESSAGE_ID) },
			pushName: '',
			status: 'PENDING',
			message: { conversation: 'Olá!' },
			contextInfo: null,
			messageType: 'conversation',
			messageTimestamp: expect.any(Number),
			instanceId: evo.instanceId,
			source: 'unknown',
		});
		const first = a.body as { key: { id: string }; messageTimestamp: number };
		expect(first.messageTimestamp).toBeGreaterThanOrEqual(before);
		expect((b.body as { key: { remoteJid: string; id: string } }).key).toMatchObject({ remoteJid: JID });
		expect((b.body as { key: { id: string } }).key.id).not.toBe(first.key.id);

		expect(evo.sentTexts(NUMBER)).toEqual(['Olá!', 'Tudo bem?']);
		expect(evo.sentTexts(JID)).toEqual(['Olá!', 'Tudo bem?']);
		expect(evo.sentTexts()).toHaveLength(3);
		expect(evo.sent(NUMBER)[0]).toEqual({
			endpoint: 'sendText',
			instance: 'clinic',
			number: NUMBER,
			remoteJid: JID,
			id: first.key.id,
			messageType: 'conversation',
			request: { number: NUMBER, text: 'Olá!', delay: 1200 },
		});
		expect(evo.requestsTo('/message/sendText/clinic')[0].headers.apikey).toBe(KEY);
	});

	it('sends a quoted reply as an extendedTextMessage', async () => {
		const res = await sendText({ number: NUMBER, text: 'Respondendo', quoted: { key: { id: '3EB0AAAA' } } });
		expect(res.status).toBe(201);
		expect(res.body).toMatchObject({
			messageType: 'extendedTextMessage',
			message: { extendedTextMessage: { text: 'Respondendo', contextInfo: { stanzaId: '3EB0AAAA' } } },
			contextInfo: { stanzaId: '3EB0AAAA' },
		});
		expect(evo.sentTexts()).toEqual(['Respondendo']);
	});

	it('answers schema failures with the double-wrapped 400 message', async () => {
		const noText = await sendText({ number: NUMBER });
		expect(noText.status).toBe(400);
		expect(noText.body).toEqual({
			status: 400,
			error: 'Bad Request',
			response: { message: [['instance requires property "text"']] },
		});

		const nothing = await sendText({});
		expect((nothing.body as { response: unknown }).response).toEqual({
			message: [['instance requires property "number"', 'instance requires property "text"']],
		});
		const empty = await sendText({ number: NUMBER, text: '' });
		expect((empty.body as { response: unknown }).response).toEqual({ message: [['The "text" cannot be empty']] });
		const badType = await sendText({ number: NUMBER, text: 'x', delay: 'soon' });
		expect((badType.body as { response: unknown }).response).toEqual({ message: [['delay is not of a type(s) integer']] });
		const badQuote = await sendText({ number: NUMBER, text: 'x', quoted: { key: {} } });
		expect((badQuote.body as { response: unknown }).response).toEqual({ message: [['quoted.key requires property "id"']] });
		expect(evo.sent()).toEqual([]);
	});

	it('sends media by URL or base64 and rejects data URIs', async () => {
		const image = await post('/message/sendMedia/clinic', {
			number: NUMBER,
			mediatype: 'image',
			mimetype: 'image/png',
			caption: 'Seu exame',
			media: 'https://example.com/exame.png',
		});
		expect(image.status).toBe(201);
		expect(image.body).toMatchObject({
			key: { remoteJid: JID, fromMe: true, id: expect.stringMatching(MESSAGE_ID) },
			messageType: 'imageMessage',
			message: { imageMessage: { mimetype: 'image/png', caption: 'Seu exame', url: expect.stringMatching(/^https:\/\//) } },
			status: 'PENDING',
		});

		const doc = await post('/message/sendMedia/clinic', {
			number: NUMBER,
			mediatype: 'document',
			media: Buffer.from('%PDF-1.4 fake').toString('base64'),
			fileName: 'guia.pdf',
		});
		expect(doc.status).toBe(201);
		expect(doc.body).toMatchObject({
			messageType: 'documentMessage',
			message: { documentMessage: { mimetype: 'application/pdf', fileName: 'guia.pdf' } },
		});

		const dataUri = await post('/message/sendMedia/clinic', {
			number: NUMBER,
			mediatype: 'image',
			media: 'data:image/png;base64,iVBORw0KGgo=',
		});
		expect(dataUri.status).toBe(400);
		expect(dataUri.body).toEqual({ status: 400, error: 'Bad Request', response: { message: ['Owned media must be a url or base64'] } });

		const badType = await post('/message/sendMedia/clinic', { number: NUMBER, mediatype: 'sticker', media: 'https://x.y/a.webp' });
		expect((badType.body as { response: unknown }).response).toEqual({
			message: [['mediatype is not one of enum values: image,document,video,audio']],
		});

		expect(evo.sent(NUMBER).map((s) => s.messageType)).toEqual(['imageMessage', 'documentMessage']);
		expect(evo.sentTexts()).toEqual([]);
	});

	it('sends WhatsApp audio as a voice note', async () => {
		const res = await post('/message/sendWhatsAppAudio/clinic', { number: NUMBER, audio: 'T2dnUwACAAAAAAAA' });
		expect(res.status).toBe(201);
		expect(res.body).toMatchObject({
			messageType: 'audioMessage',
			message: { audioMessage: { mimetype: 'audio/ogg; codecs=opus', ptt: true } },
		});
		expect(evo.sent(JID).map((s) => s.endpoint)).toEqual(['sendWhatsAppAudio']);

		const missing = await post('/message/sendWhatsAppAudio/clinic', { number: NUMBER });
		expect((missing.body as { response: unknown }).response).toEqual({ message: [['instance requires property "audio"']] });
	});

	it('sends reactions against a message key', async () => {
		const key = { remoteJid: JID, fromMe: false, id: '3EB0C0FFEE' };
		const res = await post('/message/sendReaction/clinic', { key, reaction: '👍' });
		expect(res.status).toBe(201);
		expect(res.body).toMatchObject({
			key: { remoteJid: JID, fromMe: true, id: expect.stringMatching(MESSAGE_ID) },
			messageType: 'reactionMessage',
			message: { reactionMessage: { key, text: '👍' } },
		});
		expect(evo.sent(NUMBER)).toMatchObject([{ endpoint: 'sendReaction', messageType: 'reactionMessage' }]);

		const bad = await post('/message/sendReaction/clinic', { key: { remoteJid: JID }, reaction: '👍' });
		expect((bad.body as { response: unknown }).response).toEqual({
			message: [['key requires property "fromMe"', 'key requires property "id"']],
		});
	});

	it('marks messages as read and records the keys', async () => {
		const keys = [
			{ remoteJid: JID, fromMe: false, id: '3EB0AAA1' },
			{ remoteJid: JID, fromMe: false, id: '3EB0AAA2' },
		];
		const res = await post('/chat/markMessageAsRead/clinic', { readMessages: keys });
		expect(res.status).toBe(201);
		expect(res.body).toEqual({ message: 'Read messages', read: 'success' });
		expect(evo.readReceipts()).toEqual(keys);
		expect(evo.sent()).toEqual([]);

		const bad = await post('/chat/markMessageAsRead/clinic', { readMessages: [{ remoteJid: JID, fromMe: false }] });
		expect(bad.status).toBe(400);
		expect((bad.body as { response: unknown }).response).toEqual({ message: [['readMessages[0] requires property "id"']] });
		expect(evo.readReceipts()).toHaveLength(2);
	});

	it('answers presence at once and records it', async () => {
		const started = Date.now();
		const res = await post('/chat/sendPresence/clinic', { number: JID, presence: 'composing', delay: 30_000 });
		expect(Date.now() - started).toBeLessThan(1000);
		expect(res.status).toBe(201);
		expect(res.body).toEqual({ presence: 'composing' });
		await post('/chat/sendPresence/clinic', { number: NUMBER, presence: 'paused', delay: 0 });
		await post('/chat/sendPresence/clinic', { number: '5511000000000', presence: 'recording', delay: 500 });

		expect(evo.presences()).toEqual([
			{ instance: 'clinic', number: NUMBER, presence: 'composing', delay: 30_000 },
			{ instance: 'clinic', number: NUMBER, presence: 'paused', delay: 0 },
			{ instance: 'clinic', number: '5511000000000', presence: 'recording', delay: 500 },
		]);
		expect(evo.presences(JID).map((p) => p.presence)).toEqual(['composing', 'paused']);
		expect(evo.sent()).toEqual([]);

		const bad = await post('/chat/sendPresence/clinic', { number: NUMBER, presence: 'typing' });
		expect((bad.body as { response: unknown }).response).toEqual({
			message: [
				['presence is not one of enum values: unavailable,available,composing,recording,paused', 'instance requires property "delay"'],
			],
		});
		expect(evo.presences()).toHaveLength(3);
	});

	it('fails sends with "Connection Closed" while the instance is not open', async () => {
		evo.setState('close');
		const res = await sendText({ number: NUMBER, text: 'x' });
		expect(res.status).toBe(500);
		expect(res.body).toEqual({ status: 500, error: 'Internal Server Error', response: { message: 'Connection Closed' } });
		expect(evo.sent()).toEqual([]);
		evo.setState('open');
		expect((await sendText({ number: NUMBER, text: 'x' })).status).toBe(201);
	});

	it('rejects numbers that are not on WhatsApp with exists:false', async () => {
		evo.notOnWhatsApp(JID);
		const res = await sendText({ number: NUMBER, text: 'x' });
		expect(res.status).toBe(400);
		expect(res.body).toEqual({
			status: 400,
			error: 'Bad Request',
			response: { message: [{ jid: JID, exists: false, number: NUMBER }] },
		});
		evo.onWhatsApp(NUMBER);
		expect((await sendText({ number: NUMBER, text: 'x' })).status).toBe(201);
	});

	it('scripts a 500 with Retry-After, then succeeds', async () => {
		evo.fail({ status: 500, retryAfter: 3, match: '/message/sendText' });
		const first = await sendText({ number: NUMBER, text: 'x' });
		expect(first.status).toBe(500);
		expect(first.headers.get('retry-after')).toBe('3');
		expect(first.body).toEqual({ status: 500, error: 'Internal Server Error', response: { message: 'Connection Closed' } });

		const second = await sendText({ number: NUMBER, text: 'x' });
		expect(second.status).toBe(201);
		expect(evo.sentTexts(NUMBER)).toEqual(['x']);
		expect(evo.pendingFaults).toBe(0);
	});

	it('scripts a 429 in the Evolution error format', async () => {
		evo.fail({ status: 429, retryAfter: 1 });
		const res = await post('/chat/sendPresence/clinic', { number: NUMBER, presence: 'composing', delay: 0 });
		expect(res.status).toBe(429);
		expect(res.headers.get('retry-after')).toBe('1');
		expect(res.body).toEqual({ status: 429, error: 'Too Many Requests', response: { message: 'Too Many Requests' } });
		expect(evo.presences()).toEqual([]);
	});

	it('hangs until the client times out', async () => {
		evo.hang({ match: '/message/' });
		const request = fetch(`${evo.url}/message/sendText/clinic`, {
			method: 'POST',
			headers: { apikey: KEY, 'content-type': 'application/json' },
			body: JSON.stringify({ number: NUMBER, text: 'x' }),
			signal: AbortSignal.timeout(150),
		});
		await expect(request).rejects.toMatchObject({ name: 'TimeoutError' });
		expect(evo.requestsTo('/message/sendText/clinic')[0].status).toBeUndefined();
		expect(evo.sent()).toEqual([]);
	});

	it('checks the instance and key before scripted faults', async () => {
		evo.fail({ status: 500 });
		expect((await sendText({ number: NUMBER, text: 'x' }, 'wrong')).status).toBe(401);
		expect((await post('/message/sendText/other', { number: NUMBER, text: 'x' })).status).toBe(404);
		expect(evo.pendingFaults).toBe(1);
	});
});
