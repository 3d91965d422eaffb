// The simulator's webhooks, judged by the trigger itself: each body is signed as the simulator
// signs it, then verified, parsed and age-checked by the trigger's own intake, exactly as n8n
// would on receipt.
import type { InboundMessage } from '../../../nodes/shared/message';
import { intakeWebhook, type IntakeSettings } from '../../../nodes/WhatsAppAiTrigger/webhookIntake';
import type { WebhookSecrets } from '../../../nodes/WhatsAppAiTrigger/providers/types';
import { messageIdFor } from '../../../simulator/ids';
import {
	cloudMessageEvent,
	evolutionMessageEvent,
	extensionOf,
	wahaFileName,
	wahaMessageEvent,
	type PatientContent,
	type PatientEnvelope,
} from '../../../simulator/inbound/payloads';
import { metaJson, signCloud, signEvolution, signWaha, type SignedWebhook } from '../../../simulator/inbound/sign';
import type { Provider } from '../../../simulator/types';

const NOW = new Date();
const BUSINESS = { phone: '5511933334444', name: 'Clínica Vida' };
const CLOUD_ACCOUNT = { phoneNumberId: '106540352242922', businessAccountId: '102290129340398' };
const EVOLUTION_ACCOUNT = {
	instance: 'clinic',
	instanceId: 'f0e1d2c3-0000-4000-8000-000000000001',
	apiKey: 'evo-key',
	serverUrl: 'http://127.0.0.1:3030/evolution',
};
const SECRETS = { waha: 'waha-hmac', cloud: 'app-secret', evolution: 'evo-key' };

const settings = (provider: Provider): IntakeSettings => ({
	provider,
	tenant: 'clinic-a',
	emitMessages: true,
	emitStatuses: false,
	emitSessionEvents: false,
	ignoreOwnMessages: true,
	ignoreGroups: true,
	allowUnsigned: false,
	maxEventAgeMs: 10 * 60_000,
});

function envelope(provider: Provider, overrides: Partial<PatientEnvelope> = {}): PatientEnvelope {
	const phone = '5511988887777';
	return { phone, name: 'José Antônio', messageId: messageIdFor(provider, phone, false), now: NOW, ...overrides };
}

function signed(provider: Provider, patient: PatientEnvelope, content: PatientContent, secret = SECRETS[provider]): SignedWebhook {
	if (provider === 'waha') return signWaha(wahaMessageEvent('default', BUSINESS, patient, content), secret);
	if (provider === 'cloud') return signCloud(cloudMessageEvent(CLOUD_ACCOUNT, BUSINESS, patient, content), secret);
	const body = evolutionMessageEvent({ ...EVOLUTION_ACCOUNT, apiKey: secret }, BUSINESS, patient, content, 'http://n8n/webhook');
	return signEvolution(body);
}

function secretsFor(provider: Provider): WebhookSecrets {
	if (provider === 'waha') return { webhookHmacKey: SECRETS.waha };
	if (provider === 'cloud') return { appSecret: SECRETS.cloud };
	return { apiKey: SECRETS.evolution };
}

/** The trigger's verdict on a webhook; fails the test unless it accepted exactly one message. */
function accepted(provider: Provider, webhook: SignedWebhook): InboundMessage {
	const body: unknown = JSON.parse(webhook.raw.toString('utf8'));
	const decision = intakeWebhook({ rawBody: webhook.raw, headers: webhook.headers, body }, secretsFor(provider), settings(provider));
	if (decision.kind !== 'accept') throw new Error(`rejected: ${decision.reason}`);
	expect(decision.dropped).toEqual([]);
	expect(decision.messages).toHaveLength(1);
	return decision.messages[0];
}

const PROVIDERS: Provider[] = ['waha', 'cloud', 'evolution'];
const JPEG = Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex');
const OPUS = Buffer.concat([Buffer.from('OggS'), Buffer.alloc(60, 1)]);

function media(
	provider: Provider,
	patient: PatientEnvelope,
	type: 'image' | 'voice' | 'document',
	data: Buffer,
	mimeType: string,
	extra: Partial<PatientContent> = {},
): PatientContent {
	const ref =
		provider === 'waha'
			? `http://127.0.0.1:3030/waha/api/files/default/${wahaFileName(patient.messageId, mimeType)}`
			: provider === 'cloud'
				? '1234567890123456'
				: patient.messageId;
	return { kind: 'media', type, mimeType, data, ref, ...extra } as PatientContent;
}

describe.each(PROVIDERS)('%s webhooks the trigger accepts', (provider) => {
	it('a text: signed, dated now, from the patient, with its id and profile name', () => {
		const patient = envelope(provider);
		const message = accepted(provider, signed(provider, patient, { kind: 'text', text: 'Olá, quero marcar uma consulta 🙂' }));
		expect(message).toMatchObject({
			event: 'message',
			provider,
			type: 'text',
			text: 'Olá, quero marcar uma consulta 🙂',
			phone: '5511988887777',
			messageId: patient.messageId,
			contactName: 'José Antônio',
			isGroup: false,
		});
		expect(Math.abs(Date.parse(message.timestamp) - NOW.getTime())).toBeLessThan(1000);
	});

	it('a text quoting an earlier message carries replyToId', () => {
		const message = accepted(provider, signed(provider, envelope(provider, { replyTo: 'QUOTED-ID' }), { kind: 'text', text: 'sim' }));
		expect(message.replyToId).toBe('QUOTED-ID');
	});

	it('an image with a caption, with what the provider needs to download it', () => {
		const patient = envelope(provider);
		const content = media(provider, patient, 'image', JPEG, 'image/jpeg', { caption: 'Foto do exame' });
		const message = accepted(provider, signed(provider, patient, content));
		expect(message).toMatchObject({ type: 'image', text: 'Foto do exame', media: { mimetype: 'image/jpeg' } });
		if (provider === 'waha') expect(message.media?.url).toMatch(/\/api\/files\/default\/.+\.jpeg$/);
		if (provider === 'cloud') expect(message.media?.id).toBe('1234567890123456');
		if (provider === 'evolution') expect(message.media?.id).toBe(patient.messageId);
	});

	it('a voice note', () => {
		const patient = envelope(provider);
		const message = accepted(provider, signed(provider, patient, media(provider, patient, 'voice', OPUS, 'audio/ogg; codecs=opus')));
		expect(message).toMatchObject({ type: 'voice', text: '', media: { mimetype: 'audio/ogg; codecs=opus' } });
	});

	it('a document with its file name', () => {
		const patient = envelope(provider);
		const content = media(provider, patient, 'document', Buffer.from('%PDF-1.4'), 'application/pdf', { filename: 'exame.pdf' });
		const message = accepted(provider, signed(provider, patient, content));
		expect(message).toMatchObject({ type: 'document', media: { filename: 'exame.pdf', mimetype: 'application/pdf' } });
	});

	it('is refused with 401 when signed with another secret', () => {
		const webhook = signed(provider, envelope(provider), { kind: 'text', text: 'oi' }, 'not-the-secret');
		const body: unknown = JSON.parse(webhook.raw.toString('utf8'));
		const decision = intakeWebhook({ rawBody: webhook.raw, headers: webhook.headers, body }, secretsFor(provider), settings(provider));
		expect(decision).toMatchObject({ kind: 'reject', httpStatus: 401 });
	});
});

describe('Cloud API menu replies', () => {
	it('a tapped reply button arrives as an interactive button_reply naming its menu', () => {
		const patient = envelope('cloud');
		const webhook = signed('cloud', patient, { kind: 'button', id: 'confirm_123', title: 'Confirmar', contextId: 'wamid.MENU' });
		const raw = JSON.parse(webhook.raw.toString('utf8'));
		expect(raw.entry[0].changes[0].value.messages[0]).toMatchObject({
			type: 'interactive',
			interactive: { type: 'button_reply', button_reply: { id: 'confirm_123', title: 'Confirmar' } },
			context: { from: BUSINESS.phone, id: 'wamid.MENU' },
		});
		expect(accepted('cloud', webhook)).toMatchObject({
			type: 'button',
			text: 'Confirmar',
			button: { id: 'confirm_123', title: 'Confirmar' },
			replyToId: 'wamid.MENU',
		});
	});

	it('a chosen list row arrives as a list_reply with its description', () => {
		const content: PatientContent = {
			kind: 'list',
			id: 'slot_14h',
			title: 'Terça 14:00',
			description: 'Dra. Carla',
			contextId: 'wamid.LIST',
		};
		const webhook = signed('cloud', envelope('cloud'), content);
		const raw = JSON.parse(webhook.raw.toString('utf8'));
		expect(raw.entry[0].changes[0].value.messages[0].interactive.list_reply).toEqual({
			id: 'slot_14h',
			title: 'Terça 14:00',
			description: 'Dra. Carla',
		});
		expect(accepted('cloud', webhook)).toMatchObject({ type: 'list', button: { id: 'slot_14h', title: 'Terça 14:00' } });
	});
});

describe('signing', () => {
	it('WAHA sends the hex HMAC-SHA512, its algorithm, a request id and a timestamp', () => {
		const webhook = signWaha({ event: 'message', session: 'default', engine: 'WEBJS' }, 'my-secret-key', 1_750_000_000_000);
		// WAHA's documented test vector.
		expect(webhook.raw.toString()).toBe('{"event":"message","session":"default","engine":"WEBJS"}');
		expect(webhook.headers['X-Webhook-Hmac']).toMatch(/^208f8a55[0-9a-f]+153fa89$/);
		expect(webhook.headers).toMatchObject({ 'X-Webhook-Hmac-Algorithm': 'sha512', 'X-Webhook-Timestamp': '1750000000000' });
		expect(webhook.headers['X-Webhook-Request-Id']).toMatch(/^[0-9a-f-]{36}$/);
	});

	it('WAHA without a key sends no signature headers', () => {
		expect(signWaha({}, '').headers).not.toHaveProperty('X-Webhook-Hmac');
	});

	it("Cloud bodies escape slashes and non-ASCII as Meta's do, and the signature covers those bytes", () => {
		expect(metaJson({ name: 'José', url: 'https://x/y', emoji: '🙂' })).toBe(
			'{"name":"Jos\\u00e9","url":"https:\\/\\/x\\/y","emoji":"\\ud83d\\ude42"}',
		);
		const webhook = signCloud(cloudMessageEvent(CLOUD_ACCOUNT, BUSINESS, envelope('cloud'), { kind: 'text', text: 'ação/retorno' }), 's');
		expect(webhook.raw.toString()).not.toMatch(/[^\x00-\x7f]/);
		expect(webhook.raw.toString()).toContain('a\\u00e7\\u00e3o\\/retorno');
		expect(webhook.headers['X-Hub-Signature-256']).toMatch(/^sha256=[0-9a-f]{64}$/);
	});

	it('Evolution puts the API key in the body and keeps headers set with the webhook', () => {
		const body = evolutionMessageEvent(
			EVOLUTION_ACCOUNT,
			BUSINESS,
			envelope('evolution'),
			{ kind: 'text', text: 'oi' },
			'http://n8n/webhook',
		);
		const webhook = signEvolution(body, { apikey: 'evo-key' });
		expect(JSON.parse(webhook.raw.toString())).toMatchObject({
			event: 'messages.upsert',
			instance: 'clinic',
			apikey: 'evo-key',
			destination: 'http://n8n/webhook',
		});
		expect(webhook.headers).toEqual({ apikey: 'evo-key', 'content-type': 'application/json' });
	});
});

describe('ids and file names', () => {
	it('use each provider spelling', () => {
		expect(messageIdFor('waha', '5511988887777', false)).toMatch(/^false_5511988887777@c\.us_3EB0[0-9A-F]{18}$/);
		expect(messageIdFor('waha', '5511988887777', true)).toMatch(/^true_5511988887777@c\.us_/);
		expect(messageIdFor('cloud', '5511988887777', false)).toMatch(/^wamid\.[A-Za-z0-9+/=]+$/);
		expect(messageIdFor('evolution', '5511988887777', false)).toMatch(/^3EB0[0-9A-F]{18}$/);
	});

	it('name WAHA files by message id with a voice note as .oga', () => {
		expect(wahaFileName('false_1@c.us_X', 'audio/ogg; codecs=opus')).toBe('false_1@c.us_X.oga');
		expect(extensionOf('image/jpeg')).toBe('jpeg');
		expect(extensionOf('application/vnd.ms-excel')).toBe('vndmsexcel');
		expect(extensionOf('weird')).toBe('bin');
	});
});
