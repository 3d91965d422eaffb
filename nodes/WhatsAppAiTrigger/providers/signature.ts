// Webhook authentication primitives shared by the providers. Every comparison of secret material
// is constant-time, so response timing tells an attacker nothing about how close a guess was.

import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { VerifyResult, WebhookHeaders } from './types';

export type HmacAlgorithm = 'sha256' | 'sha512';

const DIGEST_BYTES: Record<HmacAlgorithm, number> = { sha256: 32, sha512: 64 };
const HEX = /^[0-9a-f]+$/i;

export const VERIFIED: VerifyResult = { ok: true };

export function rejected(reason: string): VerifyResult {
	return { ok: false, reason };
}

/** No secret to check with: refused, and marked so the node can tell the user how to fix it. */
export function unsignedRefused(reason: string): VerifyResult {
	return { ok: false, reason, missingSecret: true };
}

/** Bytes of a hex string (either case), or undefined for empty, odd-length or non-hex text. */
export function parseHex(value: string): Buffer | undefined {
	if (value.length === 0 || value.length % 2 !== 0 || !HEX.test(value)) return undefined;
	return Buffer.from(value, 'hex');
}

export function hmacDigest(algorithm: HmacAlgorithm, key: string, body: Buffer): Buffer {
	return createHmac(algorithm, key).update(body).digest();
}

/** Constant-time equality; the length check comes first because timingSafeEqual throws on a mismatch. */
export function equalBytes(a: Buffer, b: Buffer): boolean {
	return a.length === b.length && timingSafeEqual(a, b);
}

/** Constant-time equality of two secrets; hashing first hides the secret's length as well. */
export function equalSecrets(a: string, b: string): boolean {
	const digestA = createHash('sha256').update(a, 'utf8').digest();
	const digestB = createHash('sha256').update(b, 'utf8').digest();
	return timingSafeEqual(digestA, digestB);
}

/** Check a hex-encoded HMAC of the raw body. */
export function verifyHexHmac(algorithm: HmacAlgorithm, key: string, body: Buffer, signatureHex: string): VerifyResult {
	const given = parseHex(signatureHex);
	if (!given) return rejected('signature is not hex');
	if (given.length !== DIGEST_BYTES[algorithm]) return rejected('signature has wrong length');
	return equalBytes(given, hmacDigest(algorithm, key, body)) ? VERIFIED : rejected('signature mismatch');
}

/** A header's value(s), whatever the case of its name. */
export function headerValue(headers: WebhookHeaders, name: string): string | string[] | undefined {
	const wanted = name.toLowerCase();
	if (headers[wanted] !== undefined) return headers[wanted];
	const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === wanted);
	return key === undefined ? undefined : headers[key];
}

export type SingleHeader = { ok: true; value: string } | { ok: false; reason: string };

/** Exactly one non-empty value of a header, or the reason why not (named as the sender spells it). */
export function singleHeader(headers: WebhookHeaders, name: string): SingleHeader {
	const raw = headerValue(headers, name);
	if (raw === undefined) return { ok: false, reason: `missing ${name} header` };
	if (Array.isArray(raw) && raw.length > 1) return { ok: false, reason: `multiple ${name} headers` };
	const value = (Array.isArray(raw) ? (raw[0] ?? '') : raw).trim();
	if (value === '') return { ok: false, reason: `empty ${name} header` };
	return { ok: true, value };
}

/** Attacker-chosen text made safe to echo in a reason: short, no control or markup characters. */
export function printable(value: string): string {
	return value.replace(/[^\w.+-]/g, '?').slice(0, 32);
}
