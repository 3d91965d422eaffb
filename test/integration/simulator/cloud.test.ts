// The Cloud API as n8n meets it in the simulator: the Send node's provider module against the
// Graph endpoints, native buttons and lists the patient taps, templates, the 24-hour window, the
// trigger's media download by media id, and Meta's subscription check.
import { downloadMedia } from '../../../nodes/WhatsAppAiTrigger/media';
import { cloudOutbound } from '../../../nodes/WhatsAppAiSend/providers/cloud';
import type { SendError } from '../../../nodes/WhatsAppAiSend/providers/errors';
import { fetchHttpCall, GRAPH_VERSION, PHONE_NUMBER_ID, SECRETS, startRig, stopRig, type Rig } from './support';

const PHONE = '5521977776666';
let rig: Rig;

beforeAll(async () => {
	rig = await startRig({ templates: { lembrete_consulta: 'Olá {{1}}, lembramos da sua consulta {{2}}. Responda SIM para confirmar.' } });
});
afterAll(async () => await stopRig(rig));
beforeEach(() => {
	rig.simulator.reset();
	rig.n8n.received.length = 0;
});

const business = () => rig.simulator.messages('cloud', PHONE).filter((message) => message.author === 'business');
const graph = (path: string, init: RequestInit = {}) =>
	fetch(`${rig.simulator.providerUrls.cloud}/${GRAPH_VERSION}${path}`, {
		...init,
		headers: { Authorization: `Bearer ${SECRETS.cloudToken}`, ...init.headers },
	});

describe('Cloud API: the patient writes', () => {
	it('posts a whatsapp_business_account webhook, signed with the app secret, that the trigger accepts', async () => {
		const sent = await rig.simulator.say('cloud', PHONE, 'Meu cachorro está mancando', { name: 'Sérgio' });
		expect(sent.status).toBe('delivered');
		expect(rig.n8n.received[0].headers['x-hub-signature-256']).toMatch(/^sha256=[0-9a-f]{64}$/);
		expect(rig.n8n.messages('cloud')).toEqual([
			expect.objectContaining({
				provider: 'cloud',
				session: PHONE_NUMBER_ID,
				type: 'text',
				phone: PHONE,
				chatId: PHONE,
				contactName: 'Sérgio',
				messageId: sent.id,
			}),
		]);
	});

	it('sends a voice note the trigger downloads by media id with the bearer token', async () => {
		const bytes = Buffer.concat([Buffer.from('OggS'), Buffer.alloc(100, 7)]);
		await rig.simulator.sendMedia('cloud', PHONE, { bytes, mimeType: 'audio/ogg; codecs=opus' });
		const [message] = rig.n8n.messages('cloud');
		expect(message).toMatchObject({ type: 'voice', media: { id: expect.stringMatching(/^\d{16}$/), mimetype: 'audio/ogg; codecs=opus' } });
		const downloaded = await downloadMedia(message, rig.credentials('cloud'), { maxBytes: 1_000_000, timeoutMs: 5_000 });
		expect(downloaded?.data).toEqual(bytes);
	});

	it("answers Meta's subscription check like n8n: the verify token matches", async () => {
		expect(await rig.simulator.verifyCloudWebhook()).toEqual({ ok: true, status: 200 });
		rig.n8n.secrets.cloudVerifyToken = 'another';
		try {
			expect(await rig.simulator.verifyCloudWebhook()).toMatchObject({ ok: false, status: 401 });
		} finally {
			rig.n8n.secrets.cloudVerifyToken = SECRETS.cloudVerifyToken;
		}
	});
});

describe('Cloud API: n8n answers through the Send node', () => {
	beforeEach(async () => {
		await rig.simulator.say('cloud', PHONE, 'oi');
	});

	it('sendText answers with a wamid, shown in the chat', async () => {
		const result = await cloudOutbound.sendText({ to: `+${PHONE}`, text: 'Olá! Em que posso ajudar?' }, rig.context('cloud'));
		expect(result.messageIds).toEqual([expect.stringMatching(/^wamid\./)]);
		expect(business()).toEqual([expect.objectContaining({ id: result.messageIds[0], text: 'Olá! Em que posso ajudar?' })]);
	});

	it('reply buttons the patient taps arrive as button replies naming the menu', async () => {
		const sent = await cloudOutbound.sendButtons(
			{
				to: PHONE,
				header: 'Consulta',
				body: 'Confirma amanhã às 9h?',
				footer: 'Clínica',
				buttons: [
					{ id: 'yes', title: 'Confirmar' },
					{ id: 'no', title: 'Remarcar' },
				],
			},
			rig.context('cloud'),
		);
		expect(business()[0]).toMatchObject({
			kind: 'buttons',
			header: 'Consulta',
			footer: 'Clínica',
			buttons: [
				{ id: 'yes', title: 'Confirmar' },
				{ id: 'no', title: 'Remarcar' },
			],
		});
		const tapped = await rig.simulator.clickButton('cloud', PHONE, 'no');
		expect(tapped).toMatchObject({ text: 'Remarcar', choice: { kind: 'button', id: 'no' }, replyTo: sent.messageIds[0] });
		expect(rig.n8n.messages('cloud').at(-1)).toMatchObject({
			type: 'button',
			text: 'Remarcar',
			button: { id: 'no', title: 'Remarcar' },
			replyToId: sent.messageIds[0],
		});
	});

	it('a list row the patient picks arrives as a list reply', async () => {
		await cloudOutbound.sendList(
			{
				to: PHONE,
				body: 'Escolha um horário',
				buttonLabel: 'Horários',
				sections: [
					{
						title: 'Terça',
						rows: [
							{ id: 'slot_9', title: '09:00', description: 'Dra. Ana' },
							{ id: 'slot_14', title: '14:00' },
						],
					},
				],
			},
			rig.context('cloud'),
		);
		expect(business()[0].list).toEqual({
			button: 'Horários',
			sections: [
				{
					title: 'Terça',
					rows: [
						{ id: 'slot_9', title: '09:00', description: 'Dra. Ana' },
						{ id: 'slot_14', title: '14:00' },
					],
				},
			],
		});
		await rig.simulator.clickButton('cloud', PHONE, '09:00');
		expect(rig.n8n.messages('cloud').at(-1)).toMatchObject({ type: 'list', button: { id: 'slot_9', title: '09:00' } });
	});

	it('templates show their name, language and filled-in body', async () => {
		const result = await cloudOutbound.sendTemplate(
			{ to: PHONE, name: 'lembrete_consulta', language: 'pt_BR', parameters: ['Rex', 'amanhã às 9h'] },
			rig.context('cloud'),
		);
		expect(result.raw[0]).toMatchObject({ messages: [{ message_status: 'accepted' }] });
		expect(business()[0]).toMatchObject({
			kind: 'template',
			template: { name: 'lembrete_consulta', language: 'pt_BR', parameters: ['Rex', 'amanhã às 9h'] },
			text: 'Olá Rex, lembramos da sua consulta amanhã às 9h. Responda SIM para confirmar.',
		});
	});

	it('uploads bytes to /media and sends them by id; links stay links', async () => {
		await cloudOutbound.sendMedia(
			{ to: PHONE, kind: 'document', source: { data: Buffer.from('%PDF-1.4 laudo') }, filename: 'laudo.pdf', caption: 'Seu laudo' },
			rig.context('cloud'),
		);
		await cloudOutbound.sendMedia({ to: PHONE, kind: 'image', source: { url: 'https://cdn.example/mapa.png' } }, rig.context('cloud'));
		const [document, image] = business();
		expect(document).toMatchObject({
			kind: 'document',
			text: 'Seu laudo',
			media: { fileId: expect.any(String), mimeType: 'application/pdf', filename: 'laudo.pdf' },
		});
		expect(image).toMatchObject({ kind: 'image', media: { url: 'https://cdn.example/mapa.png', mimeType: 'image/png' } });
	});

	it('a read receipt with the typing indicator turns ticks blue and shows typing until the reply', async () => {
		const [patientMessage] = rig.simulator.messages('cloud', PHONE);
		await cloudOutbound.typing({ to: PHONE, on: true, messageId: patientMessage.id }, rig.context('cloud'));
		expect(rig.simulator.messages('cloud', PHONE)[0].status).toBe('read');
		expect(rig.simulator.chat('cloud', PHONE)?.typing).toBe(true);
		await cloudOutbound.sendText({ to: PHONE, text: 'Pronto!' }, rig.context('cloud'));
		expect(rig.simulator.chat('cloud', PHONE)?.typing).toBe(false);
		await cloudOutbound.react({ to: PHONE, messageId: patientMessage.id, emoji: '❤️' }, rig.context('cloud'));
		expect(rig.simulator.messages('cloud', PHONE)[0].reactions).toEqual({ business: '❤️' });
	});

	it('refuses free-form messages once the 24-hour window lapsed (131047), templates still pass', async () => {
		rig.simulator.expireWindow(PHONE);
		const error: SendError = await cloudOutbound
			.sendText({ to: PHONE, text: 'Oi de novo' }, rig.context('cloud'))
			.catch((caught) => caught);
		expect(error).toMatchObject({ httpStatus: 400, providerCode: 131047, outside24hWindow: true });
		expect(rig.simulator.messages('cloud', PHONE).at(-1)).toMatchObject({ author: 'system', text: expect.stringContaining('131047') });
		await cloudOutbound.sendTemplate(
			{ to: PHONE, name: 'lembrete_consulta', language: 'pt_BR', parameters: ['Ana', 'hoje'] },
			rig.context('cloud'),
		);
		expect(business().at(-1)?.kind).toBe('template');
	});

	it('checks the limits the Graph API checks, in its error format', async () => {
		const response = await graph(`/${PHONE_NUMBER_ID}/messages`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({
				messaging_product: 'whatsapp',
				to: PHONE,
				type: 'interactive',
				interactive: { type: 'button', body: { text: 'x' }, action: { buttons: [] } },
			}),
		});
		expect(response.status).toBe(400);
		expect(await response.json()).toMatchObject({ error: { code: 100, error_data: { details: expect.stringContaining('at most 3') } } });
	});
});

describe('Cloud API: tokens and the credential test', () => {
	it('GET /{version}/{phone-number-id} describes the number', async () => {
		const response = await graph(`/${PHONE_NUMBER_ID}?fields=display_phone_number,verified_name`);
		expect(await response.json()).toEqual({
			display_phone_number: expect.stringMatching(/^\+\d+$/),
			verified_name: expect.any(String),
			id: PHONE_NUMBER_ID,
		});
	});

	it('a wrong token is a 401 with Graph error 190', async () => {
		const context = { ...rig.context('cloud'), http: fetchHttpCall({ Authorization: 'Bearer wrong' }) };
		await expect(cloudOutbound.sendText({ to: PHONE, text: 'x' }, context)).rejects.toMatchObject({ httpStatus: 401, providerCode: 190 });
	});

	it('another phone number id is not this account', async () => {
		const response = await graph('/999/messages', { method: 'POST', body: '{}' });
		expect(await response.json()).toMatchObject({ error: { code: 100, error_subcode: 33 } });
	});
});
