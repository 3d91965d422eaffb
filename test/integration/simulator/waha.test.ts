// WAHA as n8n meets it in the simulator: the Send node's provider module sends, the trigger's
// intake judges the patient's webhooks, the trigger's media download and webhook registration
// use the simulator's /api/files and /api/sessions.
import { downloadMedia } from '../../../nodes/WhatsAppAiTrigger/media';
import { wahaRegistration } from '../../../nodes/WhatsAppAiTrigger/providers/waha/registration';
import { SendError } from '../../../nodes/WhatsAppAiSend/providers/errors';
import { wahaOutbound } from '../../../nodes/WhatsAppAiSend/providers/waha';
import { eventually, fetchHttpCall, SECRETS, startRig, stopRig, type Rig } from './support';

const PHONE = '5511988887777';
const CHAT = `${PHONE}@c.us`;
let rig: Rig;

beforeAll(async () => {
	rig = await startRig();
});
afterAll(async () => await stopRig(rig));
beforeEach(() => {
	rig.simulator.reset();
	rig.n8n.received.length = 0;
	rig.n8n.onMessage = undefined;
});

const business = () => rig.simulator.messages('waha', PHONE).filter((message) => message.author === 'business');

describe('WAHA: the patient writes', () => {
	it('posts a signed message event that the trigger accepts, and shows ✓✓ once n8n answered 200', async () => {
		const sent = await rig.simulator.say('waha', PHONE, 'Olá, quero marcar consulta', { name: 'Ana Paula' });
		expect(sent).toMatchObject({ author: 'patient', status: 'delivered', deliveries: [{ status: 200, ok: true }] });
		const [message] = rig.n8n.messages('waha');
		expect(message).toMatchObject({
			provider: 'waha',
			session: 'default',
			type: 'text',
			text: 'Olá, quero marcar consulta',
			phone: PHONE,
			chatId: CHAT,
			contactName: 'Ana Paula',
			messageId: sent.id,
		});
		expect(rig.n8n.received[0].headers['x-webhook-hmac-algorithm']).toBe('sha512');
	});

	it('sends an image the trigger downloads from /api/files with the API key', async () => {
		const bytes = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
		await rig.simulator.sendMedia('waha', PHONE, { bytes, mimeType: 'image/png', caption: 'exame' });
		const [message] = rig.n8n.messages('waha');
		expect(message).toMatchObject({
			type: 'image',
			text: 'exame',
			media: { mimetype: 'image/png', url: expect.stringContaining('/waha/api/files/default/') },
		});
		const downloaded = await downloadMedia(message, rig.credentials('waha'), { maxBytes: 1_000_000, timeoutMs: 5_000 });
		expect(downloaded?.data).toEqual(bytes);
	});

	it('refuses file downloads without the API key, and paths that are not files', async () => {
		await rig.simulator.sendMedia('waha', PHONE, { bytes: Buffer.from('x'), mimeType: 'application/pdf', filename: 'a.pdf' });
		const url = rig.n8n.messages('waha')[0].media!.url!;
		expect((await fetch(url)).status).toBe(401);
		expect((await fetch(`${url}?x-api-key=${SECRETS.wahaApiKey}`)).status).toBe(200);
		const traversal = `${rig.simulator.providerUrls.waha}/api/files/default/..%2F..%2Fpackage.json`;
		expect((await fetch(traversal, { headers: { 'X-Api-Key': SECRETS.wahaApiKey } })).status).toBe(404);
	});

	it('shows n8n refusing a badly signed webhook: 401 and a red tick', async () => {
		rig.n8n.secrets.wahaHmacKey = 'what-n8n-expects';
		try {
			const sent = await rig.simulator.say('waha', PHONE, 'oi');
			expect(sent.status).toBe('failed');
			expect(sent.deliveries).toEqual([expect.objectContaining({ ok: false, status: 401, error: expect.stringMatching(/mismatch/) })]);
		} finally {
			rig.n8n.secrets.wahaHmacKey = SECRETS.wahaHmacKey;
		}
	});
});

describe('WAHA: n8n answers through the Send node', () => {
	it('sendText appears in the chat with the id WAHA returned', async () => {
		const result = await wahaOutbound.sendText({ to: PHONE, text: 'Olá! Como posso ajudar?' }, rig.context('waha'));
		expect(result.messageIds).toEqual([expect.stringMatching(/^true_5511988887777@c\.us_/)]);
		expect(business()).toEqual([expect.objectContaining({ id: result.messageIds[0], kind: 'text', text: 'Olá! Como posso ajudar?' })]);
	});

	it('splits a long text into parts, each a message', async () => {
		const text = 'Uma frase curta sobre o preparo do exame. '.repeat(200).trim();
		const result = await wahaOutbound.sendText({ to: CHAT, text }, rig.context('waha'));
		expect(result.chunks).toBeGreaterThan(1);
		expect(business().map((message) => message.id)).toEqual(result.messageIds);
	});

	it('buttons become a numbered menu; tapping an option sends its number, which the trigger reads as text', async () => {
		await rig.simulator.say('waha', PHONE, 'oi');
		await wahaOutbound.sendButtons(
			{
				to: PHONE,
				body: 'O que deseja?',
				buttons: [
					{ id: 'book', title: 'Marcar' },
					{ id: 'cancel', title: 'Cancelar' },
				],
			},
			rig.context('waha'),
		);
		expect(business()[0].menu).toEqual([
			{ id: '1', title: 'Marcar' },
			{ id: '2', title: 'Cancelar' },
		]);
		const tapped = await rig.simulator.clickButton('waha', PHONE, 'Cancelar');
		expect(tapped).toMatchObject({ text: '2', choice: { kind: 'number', id: '2', title: 'Cancelar' } });
		expect(rig.n8n.messages('waha').at(-1)).toMatchObject({ type: 'text', text: '2' });
	});

	it('media by URL and by bytes', async () => {
		await wahaOutbound.sendMedia(
			{ to: PHONE, kind: 'image', source: { url: 'https://cdn.example/raio-x.jpg' }, caption: 'Seu exame' },
			rig.context('waha'),
		);
		await wahaOutbound.sendMedia(
			{ to: PHONE, kind: 'voice', source: { data: Buffer.from('OggS-voice') }, mimetype: 'audio/ogg; codecs=opus' },
			rig.context('waha'),
		);
		await wahaOutbound.sendMedia(
			{ to: PHONE, kind: 'audio', source: { data: Buffer.from('ID3-audio') }, filename: 'orientacoes.mp3' },
			rig.context('waha'),
		);
		const [image, voice, audio] = business();
		expect(image).toMatchObject({
			kind: 'image',
			text: 'Seu exame',
			media: { url: 'https://cdn.example/raio-x.jpg', mimeType: 'image/jpeg' },
		});
		expect(voice).toMatchObject({ kind: 'voice', media: { fileId: expect.any(String), mimeType: 'audio/ogg; codecs=opus' } });
		expect(audio).toMatchObject({ kind: 'audio', media: { filename: 'orientacoes.mp3', mimeType: 'audio/mpeg' } });
		const page = await fetch(`${rig.simulator.url}/sim/media/${voice.media!.fileId}`);
		expect(Buffer.from(await page.arrayBuffer()).toString()).toBe('OggS-voice');
	});

	it('read receipts turn the ticks blue; typing shows until the reply; reactions land on the message', async () => {
		const first = await rig.simulator.say('waha', PHONE, 'oi');
		const second = await rig.simulator.say('waha', PHONE, 'tudo bem?');
		await wahaOutbound.markRead({ to: PHONE, messageIds: [] }, rig.context('waha'));
		expect(rig.simulator.messages('waha', PHONE).map((message) => message.status)).toEqual(['read', 'read']);
		await wahaOutbound.typing({ to: PHONE, on: true }, rig.context('waha'));
		expect(rig.simulator.chat('waha', PHONE)?.typing).toBe(true);
		await wahaOutbound.typing({ to: PHONE, on: false }, rig.context('waha'));
		expect(rig.simulator.chat('waha', PHONE)?.typing).toBe(false);
		await wahaOutbound.react({ to: PHONE, messageId: first.id, emoji: '👍' }, rig.context('waha'));
		expect(rig.simulator.messages('waha', PHONE)[0].reactions).toEqual({ business: '👍' });
		expect(second.id).not.toBe(first.id);
	});

	it('answers a wrong API key with 401 and an unknown session with 404, in NestJS bodies', async () => {
		const wrongKey = { ...rig.context('waha'), http: fetchHttpCall({ 'X-Api-Key': 'nope' }) };
		await expect(wahaOutbound.sendText({ to: PHONE, text: 'x' }, wrongKey)).rejects.toMatchObject({ httpStatus: 401 });
		const error: SendError = await wahaOutbound
			.sendText({ to: PHONE, text: 'x' }, { ...rig.context('waha'), session: 'other' })
			.catch((caught) => caught);
		expect(error).toMatchObject({ httpStatus: 404, providerMessage: expect.stringContaining("session with name 'other'") });
	});

	it('refuses group chats, showing why where it can', async () => {
		await expect(wahaOutbound.sendText({ to: '120363000000000000@g.us', text: 'x' }, rig.context('waha'))).rejects.toMatchObject({
			httpStatus: 400,
		});
	});
});

describe('WAHA: the credential test and webhook registration', () => {
	it('GET /api/sessions answers with the session, WORKING', async () => {
		const response = await fetch(`${rig.simulator.providerUrls.waha}/api/sessions`, { headers: { 'X-Api-Key': SECRETS.wahaApiKey } });
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual([expect.objectContaining({ name: 'default', status: 'WORKING' })]);
	});

	it('a webhook the trigger registers receives the messages, signed with its own key', async () => {
		const http = {
			json: async (method: 'GET' | 'POST' | 'PUT', url: string, body?: Record<string, unknown>) => {
				const response = await fetch(url, {
					method,
					headers: { 'X-Api-Key': SECRETS.wahaApiKey, 'content-type': 'application/json' },
					body: body ? JSON.stringify(body) : undefined,
				});
				return await response.json();
			},
		};
		const registered = `${rig.n8n.url}/registered/waha`;
		const target = {
			baseUrl: rig.simulator.providerUrls.waha,
			session: 'default',
			webhookUrl: registered,
			secret: SECRETS.wahaHmacKey,
			statuses: false,
			sessions: false,
		};
		await wahaRegistration.register(target, http);
		expect(await wahaRegistration.isRegistered(target, http)).toBe(true);
		await rig.simulator.say('waha', PHONE, 'oi');
		await eventually(() => rig.n8n.received.length === 2);
		expect(rig.n8n.received.map((entry) => entry.status)).toEqual([200, 200]);
		await wahaRegistration.unregister(target, http);
		expect(await wahaRegistration.isRegistered(target, http)).toBe(false);
	});
});
