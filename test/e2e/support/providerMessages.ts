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

/** A signed text message from the contact, dated `sentAt` (now, unless a test replays an old one). */
export function inbound(provider: string, text: string, secrets: ProviderSecrets, instance = 'clinic', sentAt = Date.now()): SignedMessage {
	const unique = randomUUID().replace(/-/g, '').slice(0, 20).toUpperCase();
	if (provider === 'waha') {
		const body = freshFixture('waha', 'text', sentAt);
		body.payload.id = `false_5511999990000@c.us_${unique}`;
		body.payload.body = text;
		const raw = Buffer.from(JSON.stringify(body));
		const signature = createHmac('sha512', secrets.wahaHmacKey).update(raw).digest('hex');
		return { raw, messageId: body.payload.id, headers: { 'x-webhook-hmac': signature, 'x-webhook-hmac-algorithm': 'sha512' } };
	}
	if (provider === 'cloud') {
		const body = freshFixture('cloud', 'text', sentAt);
		const message = body.entry[0].changes[0].value.messages[0];
		message.id = `wamid.${unique}`;
		message.text.body = text;
		const raw = Buffer.from(JSON.stringify(body));
		const signature = `sha256=${createHmac('sha256', secrets.cloudAppSecret).update(raw).digest('hex')}`;
		return { raw, messageId: message.id, headers: { 'x-hub-signature-256': signature } };
	}
	const body = freshFixture('evolution', 'text', sentAt);
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
