// Signed inbound messages for each provider, built from the documented fixtures, plus how to
// find the echo reply in that provider's fake.
import { createHmac, randomUUID } from 'crypto';
import { freshFixture } from '../../unit/providers/fixtures';
import type { RecordedRequest } from '../../fakes/fakeServer';

export interface SignedMessage {
	raw: Buffer;
	headers: Record<string, string>;
	messageId: string;
}

export interface ProviderSecrets {
	wahaHmacKey: string;
	cloudAppSecret: string;
	evolutionApiKey: string;
}

/** The number each provider's fixtures write from. */
const FIXTURE_PHONES: Record<string, string> = { waha: '5511999990000', cloud: '16505551234', evolution: '5511999990000' };

/** A fixture re-dated to `sentAt` and, when `phone` is given, sent from that number instead. */
function fixtureFrom(provider: 'waha' | 'cloud' | 'evolution', name: string, sentAt: number, phone?: string): any {
	const body = freshFixture(provider, name, sentAt);
	return phone ? JSON.parse(JSON.stringify(body).split(FIXTURE_PHONES[provider]).join(phone)) : body;
}

/**
 * A signed text message from the contact, dated `sentAt` (now, unless a test replays an old
 * one), from the fixture's number or `phone`.
 */
export function inbound(
	provider: string,
	text: string,
	secrets: ProviderSecrets,
	instance = 'clinic',
	sentAt = Date.now(),
	phone?: string,
): SignedMessage {
	const unique = randomUUID().replace(/-/g, '').slice(0, 20).toUpperCase();
	if (provider === 'waha') {
		const body = fixtureFrom('waha', 'text', sentAt, phone);
		body.payload.id = `false_${phone ?? FIXTURE_PHONES.waha}@c.us_${unique}`;
		body.payload.body = text;
		const raw = Buffer.from(JSON.stringify(body));
		const signature = createHmac('sha512', secrets.wahaHmacKey).update(raw).digest('hex');
		return { raw, messageId: body.payload.id, headers: { 'x-webhook-hmac': signature, 'x-webhook-hmac-algorithm': 'sha512' } };
	}
	if (provider === 'cloud') {
		const body = fixtureFrom('cloud', 'text', sentAt, phone);
		const message = body.entry[0].changes[0].value.messages[0];
		message.id = `wamid.${unique}`;
		message.text.body = text;
		const raw = Buffer.from(JSON.stringify(body));
		const signature = `sha256=${createHmac('sha256', secrets.cloudAppSecret).update(raw).digest('hex')}`;
		return { raw, messageId: message.id, headers: { 'x-hub-signature-256': signature } };
	}
	const body = fixtureFrom('evolution', 'text', sentAt, phone);
	body.instance = instance;
	body.data.key.id = `3EB0${unique}`;
	body.data.message.conversation = text;
	body.apikey = secrets.evolutionApiKey;
	const raw = Buffer.from(JSON.stringify(body));
	return { raw, messageId: body.data.key.id, headers: {} };
}

/** Whether a request to a provider fake is the echo reply carrying `text`. */
export function isReplyWith(provider: string, text: string): (request: RecordedRequest) => boolean {
	return (request) => {
		if (request.method !== 'POST' || (request.status !== undefined && request.status >= 300)) return false;
		const body = request.body as Record<string, any> | undefined;
		if (!body) return false;
		if (provider === 'waha') return request.path === '/api/sendText' && String(body.text).includes(text);
		if (provider === 'cloud') return request.path.endsWith('/messages') && String(body.text?.body).includes(text);
		return request.path.startsWith('/message/sendText/') && String(body.text).includes(text);
	};
}
