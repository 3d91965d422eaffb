// Evolution API as n8n meets it in the simulator: the Send node's provider module, the trigger's
// media download through getBase64FromMediaMessage, and its webhook registration.
import { downloadMedia } from '../../../nodes/WhatsAppAiTrigger/media';
import { evolutionRegistration } from '../../../nodes/WhatsAppAiTrigger/providers/evolution/registration';
import { evolutionOutbound } from '../../../nodes/WhatsAppAiSend/providers/evolution';
import { eventually, fetchHttpCall, SECRETS, startRig, stopRig, type Rig } from './support';

const PHONE = '5531966665555';
let rig: Rig;

beforeAll(async () => {
	rig = await startRig();
});
afterAll(async () => await stopRig(rig));
beforeEach(() => {
	rig.simulator.reset();
	rig.n8n.received.length = 0;
});

const business = () => rig.simulator.messages('evolution', PHONE).filter((message) => message.author === 'business');
const evolution = (path: string, init: RequestInit = {}) =>
	fetch(`${rig.simulator.providerUrls.evolution}${path}`, {
		...init,
		headers: { apikey: SECRETS.evolutionApiKey, 'content-type': 'application/json', ...init.headers },
	});

describe('Evolution API: the patient writes', () => {
	it('posts messages.upsert with the API key in the body, which the trigger accepts', async () => {
		const sent = await rig.simulator.say('evolution', PHONE, 'Bom dia', { name: 'Carla' });
		expect(sent.status).toBe('delivered');
		expect(JSON.parse(rig.n8n.received[0].raw.toString())).toMatchObject({
			event: 'messages.upsert',
			instance: 'clinic',
			apikey: SECRETS.evolutionApiKey,
		});
		expect(rig.n8n.messages('evolution')).toEqual([
			expect.objectContaining({
				provider: 'evolution',
				session: 'clinic',
				type: 'text',
				text: 'Bom dia',
				phone: PHONE,
				contactName: 'Carla',
				messageId: sent.id,
			}),
		]);
	});

	it('sends an image the trigger downloads as base64 by message id', async () => {
		const bytes = Buffer.from('ffd8ffe0000000ffd9', 'hex');
		await rig.simulator.sendMedia('evolution', PHONE, { bytes, mimeType: 'image/jpeg', caption: 'a receita' });
		const [message] = rig.n8n.messages('evolution');
		expect(message).toMatchObject({ type: 'image', text: 'a receita' });
		const downloaded = await downloadMedia(message, rig.credentials('evolution'), { maxBytes: 1_000_000, timeoutMs: 5_000 });
		expect(downloaded?.data).toEqual(bytes);
	});
});

describe('Evolution API: n8n answers through the Send node', () => {
	beforeEach(async () => {
		await rig.simulator.say('evolution', PHONE, 'oi');
	});

	it('sendText answers with the Baileys key, shown in the chat; a quote is kept', async () => {
		const [patientMessage] = rig.simulator.messages('evolution', PHONE);
		const result = await evolutionOutbound.sendText(
			{ to: `${PHONE}@s.whatsapp.net`, text: 'Olá!', replyTo: patientMessage.id },
			rig.context('evolution'),
		);
		expect(result.messageIds).toEqual([expect.stringMatching(/^3EB0[0-9A-F]{18}$/)]);
		expect(business()).toEqual([expect.objectContaining({ id: result.messageIds[0], text: 'Olá!', replyTo: patientMessage.id })]);
	});

	it('a list becomes a numbered menu; the patient answers with the number', async () => {
		await evolutionOutbound.sendList(
			{
				to: PHONE,
				body: 'Horários',
				buttonLabel: 'Ver',
				sections: [
					{
						rows: [
							{ id: 'a', title: '09:00' },
							{ id: 'b', title: '10:00', description: 'Dr. Bruno' },
						],
					},
				],
			},
			rig.context('evolution'),
		);
		expect(business()[0].menu).toEqual([
			{ id: '1', title: '09:00' },
			{ id: '2', title: '10:00', description: 'Dr. Bruno' },
		]);
		await rig.simulator.clickButton('evolution', PHONE, '2');
		expect(rig.n8n.messages('evolution').at(-1)).toMatchObject({ type: 'text', text: '2' });
	});

	it('media, voice notes and reactions', async () => {
		const [patientMessage] = rig.simulator.messages('evolution', PHONE);
		await evolutionOutbound.sendMedia(
			{ to: PHONE, kind: 'document', source: { data: Buffer.from('%PDF') }, filename: 'guia.pdf', caption: 'Guia' },
			rig.context('evolution'),
		);
		await evolutionOutbound.sendMedia({ to: PHONE, kind: 'voice', source: { data: Buffer.from('OggS....') } }, rig.context('evolution'));
		await evolutionOutbound.react({ to: PHONE, messageId: patientMessage.id, emoji: '🙏' }, rig.context('evolution'));
		const [document, voice] = business();
		expect(document).toMatchObject({ kind: 'document', text: 'Guia', media: { filename: 'guia.pdf', mimeType: 'application/pdf' } });
		expect(voice).toMatchObject({ kind: 'voice', media: { mimeType: 'audio/ogg; codecs=opus' } });
		expect(rig.simulator.messages('evolution', PHONE)[0].reactions).toEqual({ business: '🙏' });
	});

	it('read receipts turn ticks blue; presence shows typing for its delay and then clears', async () => {
		const [patientMessage] = rig.simulator.messages('evolution', PHONE);
		await evolutionOutbound.markRead({ to: PHONE, messageIds: [patientMessage.id] }, rig.context('evolution'));
		expect(rig.simulator.messages('evolution', PHONE)[0].status).toBe('read');
		const typing = evolutionOutbound.typing({ to: PHONE, on: true, durationMs: 300 }, rig.context('evolution'));
		await eventually(() => rig.simulator.chat('evolution', PHONE)?.typing === true);
		const started = Date.now();
		await typing;
		// Evolution holds the request while "typing…" shows.
		expect(Date.now() - started).toBeGreaterThanOrEqual(150);
		expect(rig.simulator.chat('evolution', PHONE)?.typing).toBe(false);
	});

	it('answers with Evolution error bodies: unknown instance 404 before a wrong key 401', async () => {
		await expect(
			evolutionOutbound.sendText({ to: PHONE, text: 'x' }, { ...rig.context('evolution'), session: 'other' }),
		).rejects.toMatchObject({
			httpStatus: 404,
			providerMessage: 'The "other" instance does not exist',
		});
		const wrongKey = { ...rig.context('evolution'), http: fetchHttpCall({ apikey: 'wrong' }) };
		await expect(evolutionOutbound.sendText({ to: PHONE, text: 'x' }, wrongKey)).rejects.toMatchObject({ httpStatus: 401 });
		const response = await evolution('/message/sendText/clinic', { method: 'POST', body: JSON.stringify({ number: PHONE }) });
		expect(await response.json()).toEqual({
			status: 400,
			error: 'Bad Request',
			response: { message: [['instance requires property "text"']] },
		});
	});
});

describe('Evolution API: the credential test and webhook registration', () => {
	it('GET /instance/connectionState/{instance} is open', async () => {
		expect(await (await evolution('/instance/connectionState/clinic')).json()).toEqual({
			instance: { instanceName: 'clinic', state: 'open' },
		});
	});

	it('a webhook the trigger registers receives the messages with its headers', async () => {
		const http = {
			json: async (method: 'GET' | 'POST' | 'PUT', url: string, body?: Record<string, unknown>) =>
				await (
					await fetch(url, {
						method,
						headers: { apikey: SECRETS.evolutionApiKey, 'content-type': 'application/json' },
						body: body ? JSON.stringify(body) : undefined,
					})
				).json(),
		};
		const registered = `${rig.n8n.url}/registered/evolution`;
		const target = {
			baseUrl: rig.simulator.providerUrls.evolution,
			session: 'clinic',
			webhookUrl: registered,
			secret: SECRETS.evolutionApiKey,
			statuses: true,
			sessions: false,
		};
		await evolutionRegistration.register(target, http);
		expect(await evolutionRegistration.isRegistered(target, http)).toBe(true);
		await rig.simulator.say('evolution', PHONE, 'oi');
		await eventually(() => rig.n8n.received.length === 2);
		const viaRegistration = rig.n8n.received.find((entry) => entry.raw.includes(registered));
		expect(viaRegistration).toMatchObject({ status: 200, headers: expect.objectContaining({ apikey: SECRETS.evolutionApiKey }) });
		await evolutionRegistration.unregister(target, http);
		expect(await evolutionRegistration.isRegistered(target, http)).toBe(false);
	});
});
