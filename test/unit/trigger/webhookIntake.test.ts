import { createHmac } from 'crypto';
import { intakeWebhook, type IntakeSettings } from '../../../nodes/WhatsAppAiTrigger/webhookIntake';
import { fixture, fixtureBytes } from '../providers/fixtures';

// The fixtures were sent around 2025-06-15T15:06:40Z (epoch 1750000000).
const FIXTURE_TIME = 1_750_000_000_000;
const TEN_MINUTES = 10 * 60_000;

/** The node's defaults: signatures required, events older than 10 minutes refused. */
const settings = (overrides: Partial<IntakeSettings> = {}): IntakeSettings => ({
	provider: 'waha',
	tenant: 'clinic-a',
	emitMessages: true,
	emitStatuses: false,
	emitSessionEvents: false,
	ignoreOwnMessages: true,
	ignoreGroups: true,
	allowUnsigned: false,
	maxEventAgeMs: TEN_MINUTES,
	now: () => FIXTURE_TIME + 120_000,
	...overrides,
});
/** For tests of filtering, where signatures are beside the point. */
const unsigned = (overrides: Partial<IntakeSettings> = {}) => settings({ allowUnsigned: true, ...overrides });

const wahaSigned = (raw: Buffer, key: string) => ({
	'x-webhook-hmac': createHmac('sha512', key).update(raw).digest('hex'),
	'x-webhook-hmac-algorithm': 'sha512',
});

describe('intakeWebhook', () => {
	it('accepts a correctly signed WAHA message and normalizes it', () => {
		const raw = fixtureBytes('waha', 'text');
		const decision = intakeWebhook(
			{ rawBody: raw, headers: wahaSigned(raw, 'k'), body: JSON.parse(raw.toString()) },
			{ webhookHmacKey: 'k' },
			settings(),
		);
		expect(decision.kind).toBe('accept');
		if (decision.kind !== 'accept') return;
		expect(decision.messages).toHaveLength(1);
		expect(decision.messages[0]).toMatchObject({ provider: 'waha', tenant: 'clinic-a', type: 'text', event: 'message' });
	});

	it("stamps each accepted message with its arrival time to the millisecond, beside the provider's whole-second time", () => {
		const raw = fixtureBytes('waha', 'text');
		const at = FIXTURE_TIME + 120_345;
		const decision = intakeWebhook(
			{ rawBody: raw, headers: wahaSigned(raw, 'k'), body: JSON.parse(raw.toString()) },
			{ webhookHmacKey: 'k' },
			settings({ now: () => at }),
		);
		if (decision.kind !== 'accept') throw new Error(`refused: ${decision.reason}`);
		expect(decision.messages[0].receivedAt).toBe(new Date(at).toISOString());
		expect(decision.messages[0].timestamp).toMatch(/\.000Z$/);
	});

	it('rejects a forged WAHA message with 401 and a reason', () => {
		const raw = fixtureBytes('waha', 'text');
		const decision = intakeWebhook(
			{ rawBody: raw, headers: wahaSigned(raw, 'attacker'), body: JSON.parse(raw.toString()) },
			{ webhookHmacKey: 'k' },
			settings(),
		);
		expect(decision).toEqual({ kind: 'reject', httpStatus: 401, reason: expect.stringMatching(/mismatch/i) });
	});

	it('rejects a Cloud webhook without its signature header when an app secret is set', () => {
		const raw = fixtureBytes('cloud', 'text');
		const decision = intakeWebhook(
			{ rawBody: raw, headers: {}, body: JSON.parse(raw.toString()) },
			{ appSecret: 's' },
			settings({ provider: 'cloud' }),
		);
		expect(decision).toMatchObject({ kind: 'reject', httpStatus: 401, reason: expect.stringMatching(/missing X-Hub-Signature-256/i) });
	});

	it('rejects a body that is not the provider envelope with 400', () => {
		const raw = Buffer.from('{"hello":"world"}');
		const decision = intakeWebhook({ rawBody: raw, headers: {}, body: { hello: 'world' } }, {}, unsigned({ provider: 'cloud' }));
		expect(decision).toMatchObject({ kind: 'reject', httpStatus: 400 });
	});

	it('rejects a body that is not JSON with 400', () => {
		const raw = Buffer.from('not json');
		const decision = intakeWebhook({ rawBody: raw, headers: {}, body: 'not json' }, {}, unsigned());
		expect(decision).toEqual({ kind: 'reject', httpStatus: 400, reason: 'body is not valid JSON' });
	});

	it('drops echoes and groups by default and keeps them when asked', () => {
		const echo = fixture('waha', 'echo');
		const group = fixture('waha', 'group');
		const raw = (body: unknown) => Buffer.from(JSON.stringify(body));
		const dropEcho = intakeWebhook({ rawBody: raw(echo), headers: {}, body: echo }, {}, unsigned());
		expect(dropEcho).toMatchObject({ kind: 'accept', messages: [], dropped: ['own message (echo)'] });
		const keepEcho = intakeWebhook({ rawBody: raw(echo), headers: {}, body: echo }, {}, unsigned({ ignoreOwnMessages: false }));
		expect(keepEcho).toMatchObject({ kind: 'accept', messages: [expect.objectContaining({ event: 'message' })] });
		const dropGroup = intakeWebhook({ rawBody: raw(group), headers: {}, body: group }, {}, unsigned());
		expect(dropGroup).toMatchObject({ kind: 'accept', messages: [], dropped: ['group chat'] });
		const keepGroup = intakeWebhook({ rawBody: raw(group), headers: {}, body: group }, {}, unsigned({ ignoreGroups: false }));
		expect(keepGroup).toMatchObject({ kind: 'accept', messages: [expect.objectContaining({ isGroup: true })] });
	});

	it('emits status updates and session events only when asked', () => {
		const ack = fixture('waha', 'ack_read');
		const session = fixture('waha', 'session_status');
		const raw = (body: unknown) => Buffer.from(JSON.stringify(body));
		expect(intakeWebhook({ rawBody: raw(ack), headers: {}, body: ack }, {}, unsigned())).toMatchObject({ messages: [] });
		expect(intakeWebhook({ rawBody: raw(ack), headers: {}, body: ack }, {}, unsigned({ emitStatuses: true }))).toMatchObject({
			messages: [expect.objectContaining({ event: 'status', status: 'read' })],
		});
		expect(intakeWebhook({ rawBody: raw(session), headers: {}, body: session }, {}, unsigned())).toMatchObject({ sessionEvents: [] });
		expect(intakeWebhook({ rawBody: raw(session), headers: {}, body: session }, {}, unsigned({ emitSessionEvents: true }))).toMatchObject({
			sessionEvents: [expect.objectContaining({ provider: 'waha', event: 'session.status' })],
		});
	});

	it('yields one message per message of a batched Cloud webhook', () => {
		const batch = fixture('cloud', 'batch');
		const decision = intakeWebhook(
			{ rawBody: Buffer.from(JSON.stringify(batch)), headers: {}, body: batch },
			{},
			unsigned({ provider: 'cloud' }),
		);
		if (decision.kind !== 'accept') throw new Error('expected accept');
		expect(decision.messages.length).toBeGreaterThan(1);
		expect(new Set(decision.messages.map((m) => m.messageId)).size).toBe(decision.messages.length);
	});

	describe('without a secret in the credential', () => {
		const cases = [
			['waha', 'text', { webhookHmacKey: '' }, /WAHA credential has no Webhook HMAC Key/],
			['cloud', 'text', { appSecret: '' }, /Cloud API credential has no App Secret/],
			['evolution', 'text', { apiKey: '' }, /Evolution API credential has no API Key/],
		] as const;

		it.each(cases)('refuses an unsigned %s webhook with 401 and says what to set', (provider, name, secrets, reason) => {
			const raw = fixtureBytes(provider, name);
			const decision = intakeWebhook({ rawBody: raw, headers: {}, body: JSON.parse(raw.toString()) }, secrets, settings({ provider }));
			expect(decision).toEqual({ kind: 'reject', httpStatus: 401, reason: expect.stringMatching(reason) });
			if (decision.kind === 'reject') expect(decision.reason).toMatch(/Allow Unsigned Webhooks/);
		});

		it.each(cases)('accepts an unsigned %s webhook only when the workflow allows unsigned delivery', (provider, name, secrets) => {
			const raw = fixtureBytes(provider, name);
			const decision = intakeWebhook({ rawBody: raw, headers: {}, body: JSON.parse(raw.toString()) }, secrets, unsigned({ provider }));
			expect(decision).toMatchObject({ kind: 'accept', messages: [expect.objectContaining({ provider })] });
		});

		it('still refuses a forged signature when unsigned delivery is allowed but a secret is set', () => {
			const raw = fixtureBytes('waha', 'text');
			const decision = intakeWebhook(
				{ rawBody: raw, headers: wahaSigned(raw, 'attacker'), body: JSON.parse(raw.toString()) },
				{ webhookHmacKey: 'k' },
				unsigned(),
			);
			expect(decision).toMatchObject({ kind: 'reject', httpStatus: 401 });
		});
	});

	describe('replayed webhooks', () => {
		const signedWaha = () => {
			const raw = fixtureBytes('waha', 'text');
			return { rawBody: raw, headers: wahaSigned(raw, 'k'), body: JSON.parse(raw.toString()) };
		};
		const YEAR = 365 * 24 * 60 * 60_000;

		it('refuses a correctly signed body dated years ago with 401 and the reason', () => {
			const decision = intakeWebhook(signedWaha(), { webhookHmacKey: 'k' }, settings({ now: () => FIXTURE_TIME + 3 * YEAR }));
			expect(decision).toEqual({
				kind: 'reject',
				httpStatus: 401,
				reason: expect.stringMatching(/dated 2025-06-15T15:06:41\.234Z is \d+ days old, over the 10 min limit/),
			});
		});

		it('accepts it inside the age limit, and at any age when the limit is 0 (off)', () => {
			expect(intakeWebhook(signedWaha(), { webhookHmacKey: 'k' }, settings({ now: () => FIXTURE_TIME + TEN_MINUTES }))).toMatchObject({
				kind: 'accept',
			});
			expect(
				intakeWebhook(signedWaha(), { webhookHmacKey: 'k' }, settings({ now: () => FIXTURE_TIME + 3 * YEAR, maxEventAgeMs: 0 })),
			).toMatchObject({ kind: 'accept' });
		});

		it.each([
			[
				'cloud',
				'text',
				{ appSecret: 's' },
				(raw: Buffer) => ({ 'x-hub-signature-256': `sha256=${createHmac('sha256', 's').update(raw).digest('hex')}` }),
			],
			['evolution', 'text', {}, () => ({})],
		] as const)("judges a %s body by the provider's own event time", (provider, name, secrets, sign) => {
			const raw = fixtureBytes(provider, name);
			const body = JSON.parse(raw.toString());
			const evolutionKey = provider === 'evolution' ? { apiKey: body.apikey as string } : {};
			const request = { rawBody: raw, headers: sign(raw), body };
			const fresh = intakeWebhook(request, { ...secrets, ...evolutionKey }, settings({ provider }));
			expect(fresh).toMatchObject({ kind: 'accept' });
			const replayed = intakeWebhook(request, { ...secrets, ...evolutionKey }, settings({ provider, now: () => FIXTURE_TIME + YEAR }));
			expect(replayed).toMatchObject({ kind: 'reject', httpStatus: 401, reason: expect.stringMatching(/days old/) });
		});

		it('judges a batch by its newest event, so one fresh message keeps the body', () => {
			const batch = fixture('cloud', 'batch');
			const raw = Buffer.from(JSON.stringify(batch));
			const headers = { 'x-hub-signature-256': `sha256=${createHmac('sha256', 's').update(raw).digest('hex')}` };
			// Ten minutes after its newest event (1750000004) the batch is still fresh, though its oldest is older.
			const decision = intakeWebhook(
				{ rawBody: raw, headers, body: batch },
				{ appSecret: 's' },
				settings({ provider: 'cloud', now: () => FIXTURE_TIME + 4_000 + TEN_MINUTES }),
			);
			expect(decision).toMatchObject({ kind: 'accept' });
		});
	});

	it('refuses with 400 a session name that could make two conversations share a key', () => {
		const body = fixture('waha', 'text');
		body.session = 'waha:s';
		const raw = Buffer.from(JSON.stringify(body));
		const decision = intakeWebhook({ rawBody: raw, headers: wahaSigned(raw, 'k'), body }, { webhookHmacKey: 'k' }, settings());
		expect(decision).toEqual({
			kind: 'reject',
			httpStatus: 400,
			reason: 'session "waha:s" must not contain ":", spaces or control characters',
		});
	});
});
