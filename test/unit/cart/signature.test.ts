import { createHmac } from 'crypto';
import { eventTypeOf, intakeCommerceWebhook, namesOf, type RoutingSettings } from '../../../nodes/CartRecoveryTrigger/intake';
import { signCommerceBody, verifyCommerceSignature } from '../../../nodes/CartRecoveryTrigger/signature';

// The commerce webhook's signature (HMAC-SHA256 over the raw body, hex or sha256=hex, header
// configurable) and what the trigger makes of a request.
const SECRET = 'shop-secret-0123456789';
const body = Buffer.from('{"event":"cart.abandoned","id":"chk_1","value":199.9}');
const hex = createHmac('sha256', SECRET).update(body).digest('hex');
const routing: RoutingSettings = { eventField: 'event', abandonmentEvents: ['cart.abandoned'], paymentEvents: ['payment.succeeded'] };

describe('verifyCommerceSignature', () => {
	it.each([
		['lowercase hex', hex],
		['uppercase hex', hex.toUpperCase()],
		['sha256=hex', `sha256=${hex}`],
		['SHA256=HEX', `SHA256=${hex.toUpperCase()}`],
		['padded', `  sha256=${hex} `],
	])('accepts %s', (_title, value) => {
		expect(verifyCommerceSignature(body, { 'x-signature-256': value }, { secret: SECRET })).toEqual({ ok: true });
	});

	it('reads the configured header in any case', () => {
		expect(verifyCommerceSignature(body, { 'x-shop-hmac': hex }, { secret: SECRET, header: 'X-Shop-HMAC' })).toEqual({ ok: true });
		expect(verifyCommerceSignature(body, { 'x-signature-256': hex }, { secret: SECRET, header: 'X-Shop-HMAC' })).toEqual({
			ok: false,
			reason: 'missing X-Shop-HMAC header',
		});
	});

	it.each([
		['no header', {}, 'missing X-Signature-256 header'],
		['an empty header', { 'x-signature-256': '' }, 'empty X-Signature-256 header'],
		['two headers', { 'x-signature-256': [hex, hex] }, 'multiple X-Signature-256 headers'],
		['a signature with another key', { 'x-signature-256': createHmac('sha256', 'other').update(body).digest('hex') }, 'signature mismatch'],
		['a SHA-512 signature', { 'x-signature-256': createHmac('sha512', SECRET).update(body).digest('hex') }, 'signature has wrong length'],
		['base64', { 'x-signature-256': createHmac('sha256', SECRET).update(body).digest('base64') }, 'signature is not hex'],
		['another scheme', { 'x-signature-256': `sha1=${hex}` }, 'unsupported signature scheme "sha1"; expected hex or sha256=hex'],
		['a truncated signature', { 'x-signature-256': hex.slice(0, 62) }, 'signature has wrong length'],
	])('refuses %s', (_title, headers, reason) => {
		expect(verifyCommerceSignature(body, headers as never, { secret: SECRET })).toEqual({ ok: false, reason });
	});

	it('refuses a body changed after signing, even by one byte of white space', () => {
		const changed = Buffer.from(body.toString().replace('199.9', '1.9'));
		const spaced = Buffer.from(`${body.toString()} `);
		for (const other of [changed, spaced])
			expect(verifyCommerceSignature(other, { 'x-signature-256': hex }, { secret: SECRET })).toMatchObject({
				ok: false,
				reason: 'signature mismatch',
			});
	});

	it('refuses everything, even a signature made with an empty key, while the secret is empty', () => {
		const emptyKeyed = createHmac('sha256', '').update(body).digest('hex');
		expect(verifyCommerceSignature(body, { 'x-signature-256': emptyKeyed }, { secret: '' })).toEqual({
			ok: false,
			reason: 'the credential has no webhook secret, so no webhook can be verified; set one',
			missingSecret: true,
		});
	});

	it('signs the way it verifies', () => {
		expect(signCommerceBody(body, SECRET)).toBe(`sha256=${hex}`);
	});
});

describe('intakeCommerceWebhook', () => {
	const signed = (raw: Buffer) => ({ rawBody: raw, headers: { 'x-signature-256': signCommerceBody(raw, SECRET) } });

	it('accepts a signed abandonment and a signed payment, each with its type', () => {
		expect(intakeCommerceWebhook(signed(body), { secret: SECRET }, routing)).toEqual({
			kind: 'accept',
			eventType: 'abandonment',
			event: 'cart.abandoned',
			body: { event: 'cart.abandoned', id: 'chk_1', value: 199.9 },
		});
		const payment = Buffer.from('{"event":"PAYMENT.SUCCEEDED","id":"pay_1"}');
		expect(intakeCommerceWebhook(signed(payment), { secret: SECRET }, routing)).toMatchObject({ kind: 'accept', eventType: 'payment' });
	});

	it('checks the signature before reading the body: a forged request is 401 even when it is not JSON', () => {
		expect(
			intakeCommerceWebhook({ rawBody: Buffer.from('not json'), headers: { 'x-signature-256': hex } }, { secret: SECRET }, routing),
		).toEqual({
			kind: 'reject',
			httpStatus: 401,
			reason: 'signature mismatch',
		});
		expect(intakeCommerceWebhook({ rawBody: body, headers: {} }, { secret: '' }, routing)).toMatchObject({
			kind: 'reject',
			httpStatus: 401,
			missingSecret: true,
		});
	});

	it('answers a signed body that is not a JSON object with 400', () => {
		expect(intakeCommerceWebhook(signed(Buffer.from('not json')), { secret: SECRET }, routing)).toEqual({
			kind: 'reject',
			httpStatus: 400,
			reason: 'the body is not JSON',
		});
		expect(intakeCommerceWebhook(signed(Buffer.from('[1,2]')), { secret: SECRET }, routing)).toMatchObject({
			kind: 'reject',
			httpStatus: 400,
		});
	});

	it('ignores other events, and reads a nested event field', () => {
		expect(intakeCommerceWebhook(signed(Buffer.from('{"event":"order.created"}')), { secret: SECRET }, routing)).toEqual({
			kind: 'ignore',
			reason: 'event "order.created" is neither an abandonment nor a payment',
		});
		expect(intakeCommerceWebhook(signed(Buffer.from('{"id":1}')), { secret: SECRET }, routing)).toEqual({
			kind: 'ignore',
			reason: 'no "event" field naming the event',
		});
		const nested = Buffer.from('{"data":{"type":"payment.succeeded"}}');
		expect(intakeCommerceWebhook(signed(nested), { secret: SECRET }, { ...routing, eventField: 'data.type' })).toMatchObject({
			kind: 'accept',
			eventType: 'payment',
		});
	});

	it('splits configured event names', () => {
		expect(namesOf(' a.b , c\nd ,, ', [])).toEqual(['a.b', 'c', 'd']);
		expect(namesOf('', ['x'])).toEqual(['x']);
		expect(eventTypeOf(' Cart.Abandoned ', routing)).toBe('abandonment');
	});
});
