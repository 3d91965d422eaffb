import type { IWebhookFunctions } from 'n8n-workflow';
import { CartRecoveryTrigger } from '../../../nodes/CartRecoveryTrigger/CartRecoveryTrigger.node';
import { testCommerceSecret } from '../../../nodes/CartRecoveryTrigger/credentialTest';
import { signCommerceBody } from '../../../nodes/CartRecoveryTrigger/signature';
import { clearWebhookCredentialCache } from '../../../nodes/shared/credentialCache';

// The trigger's shell with a mocked webhook context: what the shop is answered, and whether an
// execution would start (and on which output).
interface Answer {
	status?: number;
	body?: unknown;
}

function webhookContext(options: {
	credentials: Record<string, unknown>;
	rawBody?: Buffer;
	headers?: Record<string, string>;
	parameters?: Record<string, unknown>;
}) {
	const answer: Answer = {};
	const response = {
		status(code: number) {
			answer.status = code;
			return response;
		},
		json(body: unknown) {
			answer.body = body;
			return response;
		},
	};
	const parameters: Record<string, unknown> = { path: 'commerce/events', tenant: 'shop-a', ...options.parameters };
	const context = {
		getNodeParameter: (name: string, fallback?: unknown) => parameters[name] ?? fallback,
		getNode: () => ({ id: 'trigger', credentials: { whatsAppAiCommerceWebhookApi: { id: 'c1', name: 'c' } } }),
		getWorkflow: () => ({ id: 'w1' }),
		getCredentials: async () => options.credentials,
		getResponseObject: () => response,
		getRequestObject: () => ({ rawBody: options.rawBody, headers: options.headers ?? {}, body: {} }),
		logger: { warn: jest.fn(), info: jest.fn(), error: jest.fn() },
	} as unknown as IWebhookFunctions;
	return { context, answer };
}

const trigger = new CartRecoveryTrigger();
const SECRET = 'shop-secret-0123456789';
const abandonment = Buffer.from(
	JSON.stringify({ event: 'cart.abandoned', id: 'chk_1', customer: { name: 'Ana', phone: '+5511999990000' } }),
);
const payment = Buffer.from(JSON.stringify({ event: 'payment.succeeded', id: 'pay_1', cartId: 'chk_1', amount: 199.9 }));
const signed = (raw: Buffer, secret = SECRET) => ({ 'x-signature-256': signCommerceBody(raw, secret) });

beforeEach(() => clearWebhookCredentialCache());

describe('Cart Recovery Trigger webhook()', () => {
	it('answers 200 and starts the Abandonment output for a signed abandonment', async () => {
		const { context, answer } = webhookContext({ credentials: { secret: SECRET }, rawBody: abandonment, headers: signed(abandonment) });
		const result = await trigger.webhook.call(context);
		expect(answer).toEqual({ status: 200, body: { received: true, eventType: 'abandonment' } });
		expect(result.noWebhookResponse).toBe(true);
		expect(result.workflowData).toEqual([
			[
				{
					json: {
						eventType: 'abandonment',
						event: 'cart.abandoned',
						tenant: 'shop-a',
						receivedAt: expect.any(String),
						body: JSON.parse(abandonment.toString()),
					},
				},
			],
			[],
		]);
	});

	it('starts the Payment output for a signed payment', async () => {
		const { context } = webhookContext({ credentials: { secret: SECRET }, rawBody: payment, headers: signed(payment) });
		const result = await trigger.webhook.call(context);
		expect(result.workflowData?.[0]).toEqual([]);
		expect(result.workflowData?.[1][0].json).toMatchObject({ eventType: 'payment', body: { id: 'pay_1' } });
	});

	it('answers 401 and starts nothing for a forged, a missing or a stale-secret signature', async () => {
		for (const headers of [signed(payment, 'guess'), {}, { 'x-signature-256': 'sha256=zz' }]) {
			clearWebhookCredentialCache();
			const { context, answer } = webhookContext({ credentials: { secret: SECRET }, rawBody: payment, headers });
			expect(await trigger.webhook.call(context)).toEqual({ noWebhookResponse: true });
			expect(answer).toEqual({ status: 401, body: { error: 'unauthorized', reason: expect.any(String) } });
		}
	});

	it('refuses everything while the credential has no secret', async () => {
		const { context, answer } = webhookContext({ credentials: { secret: '' }, rawBody: payment, headers: signed(payment, '') });
		expect(await trigger.webhook.call(context)).toEqual({ noWebhookResponse: true });
		expect(answer).toEqual({ status: 401, body: { error: 'unauthorized', reason: expect.stringMatching(/no webhook secret/) } });
	});

	it("uses the credential's signature header", async () => {
		const { context, answer } = webhookContext({
			credentials: { secret: SECRET, signatureHeader: 'X-Shop-Signature' },
			rawBody: payment,
			headers: { 'x-shop-signature': signCommerceBody(payment, SECRET).slice('sha256='.length) },
		});
		expect((await trigger.webhook.call(context)).workflowData?.[1]).toHaveLength(1);
		expect(answer.status).toBe(200);
	});

	it('verifies the raw bytes: a request without a raw body cannot be verified', async () => {
		const { context, answer } = webhookContext({ credentials: { secret: SECRET }, headers: signed(payment) });
		expect(await trigger.webhook.call(context)).toEqual({ noWebhookResponse: true });
		expect(answer.status).toBe(401);
	});

	it('acknowledges an event of another type and starts nothing', async () => {
		const other = Buffer.from('{"event":"order.created"}');
		const { context, answer } = webhookContext({ credentials: { secret: SECRET }, rawBody: other, headers: signed(other) });
		expect(await trigger.webhook.call(context)).toEqual({ noWebhookResponse: true });
		expect(answer).toEqual({
			status: 200,
			body: { received: true, ignored: 'event "order.created" is neither an abandonment nor a payment' },
		});
	});

	it('routes by its own event names and field', async () => {
		const custom = Buffer.from('{"topic":"checkouts/abandoned"}');
		const { context } = webhookContext({
			credentials: { secret: SECRET },
			rawBody: custom,
			headers: signed(custom),
			parameters: { eventField: 'topic', abandonmentEvents: 'checkouts/abandoned, carts/stale' },
		});
		expect((await trigger.webhook.call(context)).workflowData?.[0]).toHaveLength(1);
	});

	it("answers 500 while the tenant could collide with another shop's keys", async () => {
		const { context, answer } = webhookContext({
			credentials: { secret: SECRET },
			rawBody: payment,
			headers: signed(payment),
			parameters: { tenant: 'a:b' },
		});
		expect(await trigger.webhook.call(context)).toEqual({ noWebhookResponse: true });
		expect(answer.status).toBe(500);
	});

	it('has two outputs, Abandonment and Payment, and no input', () => {
		expect(trigger.description.inputs).toEqual([]);
		expect((trigger.description.outputs as Array<{ displayName: string }>).map((output) => output.displayName)).toEqual([
			'Abandonment',
			'Payment',
		]);
	});
});

describe('the credential test', () => {
	it.each([
		[{ secret: '' }, 'Error', /No webhook secret/],
		[{ secret: 'short' }, 'Error', /has 5 characters; use at least 16/],
		[{ secret: 'a'.repeat(32), signatureHeader: 'X Bad: header' }, 'Error', /not a valid header name/],
		[{ secret: 'a'.repeat(32), signatureHeader: 'X-Signature-256' }, 'OK', /secret is set/],
		[undefined, 'Error', /No webhook secret/],
	])('%j → %s', (data, status, message) => {
		expect(testCommerceSecret(data)).toEqual({ status, message: expect.stringMatching(message) });
	});
});
