// The commerce webhook's authentication: HMAC-SHA256 of the raw request body with the shared
// secret, sent in a header as lowercase or uppercase hex, optionally prefixed "sha256=" (the
// GitHub/Meta style). Checked on the raw bytes before anything is parsed, in constant time, and
// refused when the secret is empty: with no secret nothing can be verified, so nothing is let in.
import { equalBytes, hmacDigest, parseHex, printable, singleHeader } from '../WhatsAppAiTrigger/providers/signature';
import type { WebhookHeaders } from '../WhatsAppAiTrigger/providers/types';

export const DEFAULT_SIGNATURE_HEADER = 'X-Signature-256';
const DIGEST_BYTES = 32;

export type SignatureCheck = { ok: true } | { ok: false; reason: string; missingSecret?: true };

export interface SignatureSettings {
	secret: string;
	/** Where the sender puts the signature; any case. */
	header?: string;
}

export function verifyCommerceSignature(rawBody: Buffer, headers: WebhookHeaders, settings: SignatureSettings): SignatureCheck {
	const header = settings.header?.trim() || DEFAULT_SIGNATURE_HEADER;
	if (!settings.secret) {
		return { ok: false, reason: 'the credential has no webhook secret, so no webhook can be verified; set one', missingSecret: true };
	}
	const value = singleHeader(headers, header);
	if (!value.ok) return { ok: false, reason: value.reason };
	const hex = value.value.toLowerCase().startsWith('sha256=') ? value.value.slice('sha256='.length) : value.value;
	if (/^[a-z][a-z0-9_-]{0,15}=./i.test(hex))
		return { ok: false, reason: `unsupported signature scheme "${printable(hex.split('=')[0])}"; expected hex or sha256=hex` };
	const given = parseHex(hex.trim());
	if (!given) return { ok: false, reason: 'signature is not hex' };
	if (given.length !== DIGEST_BYTES) return { ok: false, reason: 'signature has wrong length' };
	return equalBytes(given, hmacDigest('sha256', settings.secret, rawBody)) ? { ok: true } : { ok: false, reason: 'signature mismatch' };
}

/** What a sender puts in the header for this body: `sha256=<hex>`. For tests and for shop integrations. */
export function signCommerceBody(rawBody: Buffer | string, secret: string): string {
	return `sha256=${hmacDigest('sha256', secret, Buffer.isBuffer(rawBody) ? rawBody : Buffer.from(rawBody)).toString('hex')}`;
}
