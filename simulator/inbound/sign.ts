// The bytes and headers of a webhook as each provider sends it. Signatures cover the exact bytes
// posted, so the body is serialized once here and never again.

import { createHmac, randomUUID } from 'node:crypto';

export interface SignedWebhook {
	raw: Buffer;
	headers: Record<string, string>;
}

const JSON_TYPE = { 'content-type': 'application/json' };

/** WAHA: X-Webhook-Hmac = hex HMAC-SHA512 of the body, when the webhook has an HMAC key. */
export function signWaha(body: unknown, hmacKey: string | undefined, now = Date.now()): SignedWebhook {
	const raw = Buffer.from(JSON.stringify(body));
	const headers: Record<string, string> = {
		...JSON_TYPE,
		'X-Webhook-Request-Id': randomUUID(),
		'X-Webhook-Timestamp': String(now),
	};
	if (hmacKey) {
		headers['X-Webhook-Hmac'] = createHmac('sha512', hmacKey).update(raw).digest('hex');
		headers['X-Webhook-Hmac-Algorithm'] = 'sha512';
	}
	return { raw, headers };
}

/**
 * Meta escapes slashes and non-ASCII characters (`\/`, `\u00e9`) and signs those bytes, so a
 * receiver that re-serializes the parsed JSON computes a different signature: verifying the
 * raw body is the only way that works, and the simulator makes that visible.
 */
export function metaJson(body: unknown): string {
	return JSON.stringify(body)
		.replace(/\//g, '\\/')
		.replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Cloud API: X-Hub-Signature-256 = sha256=<hex HMAC-SHA256 with the app secret> (and the legacy SHA-1 one). */
export function signCloud(body: unknown, appSecret: string | undefined): SignedWebhook {
	const raw = Buffer.from(metaJson(body));
	const headers: Record<string, string> = { ...JSON_TYPE };
	if (appSecret) {
		headers['X-Hub-Signature-256'] = `sha256=${createHmac('sha256', appSecret).update(raw).digest('hex')}`;
		headers['X-Hub-Signature'] = `sha1=${createHmac('sha1', appSecret).update(raw).digest('hex')}`;
	}
	return { raw, headers };
}

/** Evolution signs nothing: the API key rides in the body, plus any headers set with the webhook. */
export function signEvolution(body: unknown, headers: Record<string, string> = {}): SignedWebhook {
	return { raw: Buffer.from(JSON.stringify(body)), headers: { ...headers, ...JSON_TYPE } };
}
