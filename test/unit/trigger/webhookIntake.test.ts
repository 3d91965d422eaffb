import { createHmac } from 'crypto';
import { intakeWebhook, type IntakeSettings } from '../../../nodes/WhatsAppAiTrigger/webhookIntake';
import { fixture, fixtureBytes } from '../providers/fixtures';

const settings = (overrides: Partial<IntakeSettings> = {}): IntakeSettings => ({
	provider: 'waha',
	tenant: 'clinic-a',
	emitMessages: true,
	emitStatuses: false,
	emitSessionEvents: false,
	ignoreOwnMessages: true,
	ignoreGroups: true,
	...overrides,
});

const wahaSigned = (raw: Buffer, key: string) => ({
	'x-webhook-hmac': createHmac('sha512', key).update(raw).digest('hex'),
	'x-webhook-hmac-algorithm': 'sha512',
});

describe('intakeWebhook', () => {
	it('accepts a correctly signed WAHA message and normalizes it', () => {
		const raw = fixtureBytes('waha', 'text');
		const decision = intakeWebhook({ rawBody: raw, headers: wahaSigned(raw, 'k'), body: JSON.parse(raw.toString()) }, { webhookHmacKey: 'k' }, settings());
		expect(decision.kind).toBe('accept');
		if (decision.kind !== 'accept') return;
		expect(decision.messages).toHaveLength(1);
		expect(decision.messages[0]).toMatchObject({ provider: 'waha', tenant: 'clinic-a', type: 'text', event: 'message' });
	});

	it('rejects a forged WAHA message with 401 and a reason', () => {
		const raw = fixtureBytes('waha', 'text');
		const decision = intakeWebhook({ rawBody: raw, headers: wahaSigned(raw, 'attacker'), body: JSON.parse(raw.toString()) }, { webhookHmacKey: 'k' }, settings());
		expect(decision).toEqual({ kind: 'reject', httpStatus: 401, reason: expect.stringMatching(/mismatch/i) });
	});

	it('rejects a Cloud webhook without its signature header when an app secret is set', () => {
		const raw = fixtureBytes('cloud', 'text');
		const decision = intakeWebhook({ rawBody: raw, headers: {}, body: JSON.parse(raw.toString()) }, { appSecret: 's' }, settings({ provider: 'cloud' }));
		expect(decision).toMatchObject({ kind: 'reject', httpStatus: 401, reason: expect.stringMatching(/missing X-Hub-Signature-256/i) });
	});

	it('rejects a body that is not the provider envelope with 400', () => {
		const raw = Buffer.from('{"hello":"world"}');
		const decision = intakeWebhook({ rawBody: raw, headers: {}, body: { hello: 'world' } }, {}, settings({ provider: 'cloud' }));
		expect(decision).toMatchObject({ kind: 'reject', httpStatus: 400 });
	});

	it('rejects a body that is not JSON with 400', () => {
		const raw = Buffer.from('not json');
		const decision = intakeWebhook({ rawBody: raw, headers: {}, body: 'not json' }, {}, settings());
		expect(decision).toEqual({ kind: 'reject', httpStatus: 400, reason: 'body is not valid JSON' });
	});

	it('drops echoes and groups by default and keeps them when asked', () => {
		const echo = fixture('waha', 'echo');
		const group = fixture('waha', 'group');
		const raw = (body: unknown) => Buffer.from(JSON.stringify(body));
		const dropEcho = intakeWebhook({ rawBody: raw(echo), headers: {}, body: echo }, {}, settings());
		expect(dropEcho).toMatchObject({ kind: 'accept', messages: [], dropped: ['own message (echo)'] });
		const keepEcho = intakeWebhook({ rawBody: raw(echo), headers: {}, body: echo }, {}, settings({ ignoreOwnMessages: false }));
		expect(keepEcho).toMatchObject({ kind: 'accept', messages: [expect.objectContaining({ event: 'message' })] });
		const dropGroup = intakeWebhook({ rawBody: raw(group), headers: {}, body: group }, {}, settings());
		expect(dropGroup).toMatchObject({ kind: 'accept', messages: [], dropped: ['group chat'] });
		const keepGroup = intakeWebhook({ rawBody: raw(group), headers: {}, body: group }, {}, settings({ ignoreGroups: false }));
		expect(keepGroup).toMatchObject({ kind: 'accept', messages: [expect.objectContaining({ isGroup: true })] });
	});

	it('emits status updates and session events only when asked', () => {
		const ack = fixture('waha', 'ack_read');
		const session = fixture('waha', 'session_status');
		const raw = (body: unknown) => Buffer.from(JSON.stringify(body));
		expect(intakeWebhook({ rawBody: raw(ack), headers: {}, body: ack }, {}, settings())).toMatchObject({ messages: [] });
		expect(intakeWebhook({ rawBody: raw(ack), headers: {}, body: ack }, {}, settings({ emitStatuses: true }))).toMatchObject({
			messages: [expect.objectContaining({ event: 'status', status: 'read' })],
		});
		expect(intakeWebhook({ rawBody: raw(session), headers: {}, body: session }, {}, settings())).toMatchObject({ sessionEvents: [] });
		expect(intakeWebhook({ rawBody: raw(session), headers: {}, body: session }, {}, settings({ emitSessionEvents: true }))).toMatchObject({
			sessionEvents: [expect.objectContaining({ provider: 'waha', event: 'session.status' })],
		});
	});

	it('yields one message per message of a batched Cloud webhook', () => {
		const batch = fixture('cloud', 'batch');
		const decision = intakeWebhook({ rawBody: Buffer.from(JSON.stringify(batch)), headers: {}, body: batch }, {}, settings({ provider: 'cloud' }));
		if (decision.kind !== 'accept') throw new Error('expected accept');
		expect(decision.messages.length).toBeGreaterThan(1);
		expect(new Set(decision.messages.map((m) => m.messageId)).size).toBe(decision.messages.length);
	});
});
