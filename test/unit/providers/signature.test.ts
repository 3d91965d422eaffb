import { createHmac } from 'node:crypto';
import { cloudProvider } from '../../../nodes/WhatsAppAiTrigger/providers/cloud';
import { evolutionProvider } from '../../../nodes/WhatsAppAiTrigger/providers/evolution';
import {
	equalBytes,
	equalSecrets,
	headerValue,
	parseHex,
	singleHeader,
	verifyHexHmac,
} from '../../../nodes/WhatsAppAiTrigger/providers/signature';
import type { WebhookHeaders } from '../../../nodes/WhatsAppAiTrigger/providers/types';
import { wahaProvider } from '../../../nodes/WhatsAppAiTrigger/providers/waha';
import { fixtureBytes } from './fixtures';

function hmacHex(algorithm: 'sha256' | 'sha512', key: string, body: Buffer): string {
	return createHmac(algorithm, key).update(body).digest('hex');
}

/** The body with one byte changed, as a tampering proxy would. */
function tampered(body: Buffer): Buffer {
	const copy = Buffer.from(body);
	copy[Math.floor(copy.length / 2)] ^= 0x01;
	return copy;
}

describe('signature primitives', () => {
	it('parseHex accepts either case and rejects empty, odd-length and non-hex text', () => {
		expect(parseHex('0aFf')).toStrictEqual(Buffer.from([0x0a, 0xff]));
		expect(parseHex('')).toBeUndefined();
		expect(parseHex('abc')).toBeUndefined();
		expect(parseHex('zz')).toBeUndefined();
		expect(parseHex('0a 1b')).toBeUndefined();
		// Buffer.from would silently stop at the first bad pair; we must not.
		expect(parseHex('0a0g')).toBeUndefined();
	});

	it('equalBytes is false for different lengths instead of throwing', () => {
		expect(equalBytes(Buffer.from('ab'), Buffer.from('ab'))).toBe(true);
		expect(equalBytes(Buffer.from('ab'), Buffer.from('ac'))).toBe(false);
		expect(equalBytes(Buffer.from('ab'), Buffer.from('abc'))).toBe(false);
	});

	it('equalSecrets compares secrets of any length', () => {
		expect(equalSecrets('key-1', 'key-1')).toBe(true);
		expect(equalSecrets('key-1', 'key-2')).toBe(false);
		expect(equalSecrets('key-1', 'key-1 and more')).toBe(false);
		expect(equalSecrets('', '')).toBe(true);
	});

	it('verifyHexHmac checks the digest length before comparing', () => {
		const body = Buffer.from('{}');
		const valid = hmacHex('sha256', 'k', body);
		expect(verifyHexHmac('sha256', 'k', body, valid)).toStrictEqual({ ok: true });
		expect(verifyHexHmac('sha256', 'k', body, valid.slice(0, 62))).toStrictEqual({
			ok: false,
			reason: 'signature has wrong length',
		});
		expect(verifyHexHmac('sha512', 'k', body, valid)).toStrictEqual({
			ok: false,
			reason: 'signature has wrong length',
		});
	});

	it('headers are found whatever their case; repeated or blank ones are refused', () => {
		const headers: WebhookHeaders = { 'X-Hub-Signature-256': 'sha256=ab', apikey: ['a', 'b'], blank: '  ' };
		expect(headerValue(headers, 'x-hub-signature-256')).toBe('sha256=ab');
		expect(singleHeader(headers, 'APIKEY')).toStrictEqual({ ok: false, reason: 'multiple APIKEY headers' });
		expect(singleHeader(headers, 'blank')).toStrictEqual({ ok: false, reason: 'empty blank header' });
		expect(singleHeader({ one: ['x'] }, 'one')).toStrictEqual({ ok: true, value: 'x' });
	});
});

describe('Cloud API X-Hub-Signature-256', () => {
	const appSecret = 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6';
	const body = fixtureBytes('cloud', 'text');
	const signature = `sha256=${hmacHex('sha256', appSecret, body)}`;
	const verify = (rawBody: Buffer, headers: WebhookHeaders, secret = appSecret) =>
		cloudProvider.verify({ rawBody, headers }, { appSecret: secret });

	it('accepts a valid signature over the raw bytes', () => {
		expect(verify(body, { 'x-hub-signature-256': signature })).toStrictEqual({ ok: true });
	});

	it('accepts upper-case hex and prefix', () => {
		expect(verify(body, { 'x-hub-signature-256': signature.toUpperCase() })).toStrictEqual({ ok: true });
	});

	it.each([
		['one changed byte of the body', tampered(body), { 'x-hub-signature-256': signature }, 'signature mismatch'],
		[
			'a signature made with another key',
			body,
			{ 'x-hub-signature-256': `sha256=${hmacHex('sha256', 'other-secret', body)}` },
			'signature mismatch',
		],
		['a missing header', body, {}, 'missing X-Hub-Signature-256 header'],
		['an empty header', body, { 'x-hub-signature-256': '' }, 'empty X-Hub-Signature-256 header'],
		[
			'a header without the sha256= prefix',
			body,
			{ 'x-hub-signature-256': signature.slice(7) },
			'X-Hub-Signature-256 does not start with sha256=',
		],
		[
			'another algorithm prefix',
			body,
			{ 'x-hub-signature-256': `sha1=${hmacHex('sha256', appSecret, body)}` },
			'X-Hub-Signature-256 does not start with sha256=',
		],
		['non-hex garbage', body, { 'x-hub-signature-256': 'sha256=not-a-signature!' }, 'signature is not hex'],
		['a truncated signature', body, { 'x-hub-signature-256': signature.slice(0, -2) }, 'signature has wrong length'],
		['two signature headers', body, { 'x-hub-signature-256': [signature, signature] }, 'multiple X-Hub-Signature-256 headers'],
	])('rejects %s', (_case, rawBody, headers, reason) => {
		expect(verify(rawBody, headers)).toStrictEqual({ ok: false, reason });
	});

	it('a signature over re-serialized JSON does not verify (raw bytes matter)', () => {
		const reserialized = Buffer.from(JSON.stringify(JSON.parse(body.toString('utf8'))));
		const header = { 'x-hub-signature-256': `sha256=${hmacHex('sha256', appSecret, reserialized)}` };
		expect(verify(body, header)).toStrictEqual({ ok: false, reason: 'signature mismatch' });
	});

	it('refuses when no app secret is configured, marked so the node can say what to set', () => {
		const refusal = { ok: false, missingSecret: true, reason: 'the Cloud API credential has no App Secret' };
		expect(cloudProvider.verify({ rawBody: body, headers: {} }, {})).toStrictEqual(refusal);
		expect(verify(body, {}, '')).toStrictEqual(refusal);
	});
});

describe('WAHA X-Webhook-Hmac', () => {
	const key = 'my-secret-key';

	it('matches the documented test vector', () => {
		const rawBody = Buffer.from('{"event":"message","session":"default","engine":"WEBJS"}');
		// X-Webhook-Hmac exactly as WAHA's documentation prints it (events page, HMAC authentication).
		const documented =
			'208f8a55dde9e05519e898b10b89bf0d0b3b0fdf11fdbf09b6b90476301b98d8' +
			'097c462b2b17a6ce93b6b47a136cf2e78a33a63f6752c2c1631777076153fa89';
		expect(documented.startsWith('208f8a55') && documented.endsWith('153fa89')).toBe(true);
		const headers = { 'x-webhook-hmac': documented, 'x-webhook-hmac-algorithm': 'sha512' };
		expect(wahaProvider.verify({ rawBody, headers }, { webhookHmacKey: key })).toStrictEqual({ ok: true });
		expect(wahaProvider.verify({ rawBody, headers }, { webhookHmacKey: 'my-secret-kez' })).toStrictEqual({
			ok: false,
			reason: 'signature mismatch',
		});
	});

	const body = fixtureBytes('waha', 'text');
	const hmac = hmacHex('sha512', key, body);
	const verify = (rawBody: Buffer, headers: WebhookHeaders, secret = key) =>
		wahaProvider.verify({ rawBody, headers }, { webhookHmacKey: secret });

	it('accepts a valid signature, with or without the algorithm header, in either case', () => {
		expect(verify(body, { 'X-Webhook-Hmac': hmac, 'X-Webhook-Hmac-Algorithm': 'sha512' })).toStrictEqual({ ok: true });
		expect(verify(body, { 'x-webhook-hmac': hmac })).toStrictEqual({ ok: true });
		expect(verify(body, { 'x-webhook-hmac': hmac.toUpperCase(), 'x-webhook-hmac-algorithm': 'SHA512' })).toStrictEqual({
			ok: true,
		});
	});

	it.each([
		['one changed byte of the body', tampered(body), { 'x-webhook-hmac': hmac }, 'signature mismatch'],
		['a signature made with another key', body, { 'x-webhook-hmac': hmacHex('sha512', 'wrong-key', body) }, 'signature mismatch'],
		['a missing header', body, {}, 'missing X-Webhook-Hmac header'],
		['an empty header', body, { 'x-webhook-hmac': '' }, 'empty X-Webhook-Hmac header'],
		['non-hex garbage', body, { 'x-webhook-hmac': 'zz'.repeat(64) }, 'signature is not hex'],
		['an md5 algorithm header', body, { 'x-webhook-hmac': hmac, 'x-webhook-hmac-algorithm': 'md5' }, 'unsupported algorithm md5'],
		// sha256 is refused: WAHA never signs with it, so accepting it would only widen what a forger may try.
		[
			'a sha256 algorithm header with a matching sha256 HMAC',
			body,
			{ 'x-webhook-hmac': hmacHex('sha256', key, body), 'x-webhook-hmac-algorithm': 'sha256' },
			'unsupported algorithm sha256',
		],
		[
			'an empty algorithm header',
			body,
			{ 'x-webhook-hmac': hmac, 'x-webhook-hmac-algorithm': '' },
			'empty X-Webhook-Hmac-Algorithm header',
		],
		[
			'markup in the algorithm header',
			body,
			{ 'x-webhook-hmac': hmac, 'x-webhook-hmac-algorithm': '<script>' },
			'unsupported algorithm ?script?',
		],
	])('rejects %s', (_case, rawBody, headers, reason) => {
		expect(verify(rawBody, headers)).toStrictEqual({ ok: false, reason });
	});

	it('refuses when no HMAC key is configured', () => {
		expect(wahaProvider.verify({ rawBody: tampered(body), headers: {} }, {})).toStrictEqual({
			ok: false,
			missingSecret: true,
			reason: 'the WAHA credential has no Webhook HMAC Key',
		});
	});
});

describe('Evolution API apikey', () => {
	const apiKey = 'B6D711FCDE4D4FD5936544120E713976';
	const body = fixtureBytes('evolution', 'text');
	const verify = (rawBody: Buffer, headers: WebhookHeaders, secret = apiKey) =>
		evolutionProvider.verify({ rawBody, headers }, { apiKey: secret });
	const withoutBodyKey = (key: unknown) => {
		const parsed = JSON.parse(body.toString('utf8'));
		parsed.apikey = key;
		return Buffer.from(JSON.stringify(parsed));
	};

	it('accepts the key from the body field', () => {
		expect(verify(body, {})).toStrictEqual({ ok: true });
	});

	it('accepts the key from an apikey header when the body carries none', () => {
		expect(verify(withoutBodyKey(null), { apikey: apiKey })).toStrictEqual({ ok: true });
	});

	it('accepts when either presented key matches (a header may hold another secret)', () => {
		expect(verify(body, { apikey: 'some-other-header-secret' })).toStrictEqual({ ok: true });
	});

	it.each([
		['a wrong body key', withoutBodyKey('WRONG'), {}, 'apikey mismatch'],
		['a wrong header and no body key', withoutBodyKey(null), { apikey: 'WRONG' }, 'apikey mismatch'],
		['a key that only shares a prefix', withoutBodyKey(apiKey.slice(0, 16)), {}, 'apikey mismatch'],
		['no key anywhere', withoutBodyKey(null), {}, 'missing apikey header or body field'],
		['an empty header and no body key', withoutBodyKey(''), { apikey: '' }, 'missing apikey header or body field'],
		['a body that is not JSON', Buffer.from('not json'), {}, 'missing apikey header or body field'],
	])('rejects %s', (_case, rawBody, headers, reason) => {
		expect(verify(rawBody, headers)).toStrictEqual({ ok: false, reason });
	});

	it('refuses when no API key is configured', () => {
		expect(evolutionProvider.verify({ rawBody: withoutBodyKey(null), headers: {} }, { apiKey: '' })).toStrictEqual({
			ok: false,
			missingSecret: true,
			reason: 'the Evolution API credential has no API Key',
		});
	});
});
