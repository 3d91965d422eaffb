import { createHmac } from 'crypto';
import type { IWebhookFunctions } from 'n8n-workflow';
import { clearWebhookCredentialCache } from '../../../nodes/shared/credentialCache';
import { WhatsAppAiTrigger } from '../../../nodes/WhatsAppAiTrigger/WhatsAppAiTrigger.node';
import { fixtureBytes } from '../providers/fixtures';

// The node shell with a mocked webhook context: what the provider is answered, and whether an
// execution would start.
interface Answer {
	status?: number;
	body?: unknown;
}

function webhookContext(options: {
	webhookName?: 'default' | 'setup';
	provider: string;
	credentials: Record<string, unknown>;
	rawBody?: Buffer;
	headers?: Record<string, string>;
	query?: Record<string, string>;
	parameters?: Record<string, unknown>;
}): { context: IWebhookFunctions; answer: Answer } {
	const answer: Answer = {};
	const response = {
		status(code: number) {
			answer.status = code;
			return response;
		},
		type() {
			return response;
		},
		json(body: unknown) {
			answer.body = body;
			return response;
		},
		send(body: unknown) {
			answer.body = body;
			return response;
		},
	};
	const parameters: Record<string, unknown> = {
		provider: options.provider,
		tenant: 'clinic-a',
		events: ['messages'],
		options: {},
		...options.parameters,
	};
	const credentialType = { waha: 'whatsAppAiWahaApi', cloud: 'whatsAppAiCloudApi', evolution: 'whatsAppAiEvolutionApi' }[options.provider]!;
	const context = {
		getNodeParameter: (name: string, fallback?: unknown) => parameters[name] ?? fallback,
		getNode: () => ({ id: 'trigger', credentials: { [credentialType]: { id: 'c1', name: 'c' } } }),
		getWorkflow: () => ({ id: 'w1' }),
		getCredentials: async () => options.credentials,
		getWebhookName: () => options.webhookName ?? 'default',
		getResponseObject: () => response,
		getQueryData: () => options.query ?? {},
		getRequestObject: () => ({
			rawBody: options.rawBody,
			headers: options.headers ?? {},
			body: options.rawBody ? JSON.parse(options.rawBody.toString()) : undefined,
		}),
		logger: { warn: () => undefined, info: () => undefined, error: () => undefined },
	} as unknown as IWebhookFunctions;
	return { context, answer };
}

const trigger = new WhatsAppAiTrigger();
beforeEach(() => clearWebhookCredentialCache());

describe('WhatsApp AI Trigger webhook()', () => {
	// Sent just now: the fixture's own date is long past the default 10-minute age limit.
	const body = JSON.parse(fixtureBytes('waha', 'text').toString());
	body.timestamp = Date.now();
	const raw = Buffer.from(JSON.stringify(body));
	const sign = (key: string) => ({
		'x-webhook-hmac': createHmac('sha512', key).update(raw).digest('hex'),
		'x-webhook-hmac-algorithm': 'sha512',
	});

	it('answers 200 and hands one normalized item to the workflow for a signed message', async () => {
		const { context, answer } = webhookContext({
			provider: 'waha',
			credentials: { webhookHmacKey: 'k' },
			rawBody: raw,
			headers: sign('k'),
		});
		const result = await trigger.webhook.call(context);
		expect(answer).toEqual({ status: 200, body: { received: true } });
		expect(result.noWebhookResponse).toBe(true);
		expect(result.workflowData?.[0]).toHaveLength(1);
		expect(result.workflowData?.[0][0].json).toMatchObject({ provider: 'waha', tenant: 'clinic-a', type: 'text' });
	});

	it('answers 401 with the reason and starts nothing for a forged signature', async () => {
		const { context, answer } = webhookContext({
			provider: 'waha',
			credentials: { webhookHmacKey: 'k' },
			rawBody: raw,
			headers: sign('forged'),
		});
		const result = await trigger.webhook.call(context);
		expect(answer).toEqual({ status: 401, body: { error: 'unauthorized', reason: expect.stringMatching(/mismatch/) } });
		expect(result).toEqual({ noWebhookResponse: true });
	});

	it('answers Meta’s challenge only with the right verify token', async () => {
		const good = webhookContext({
			webhookName: 'setup',
			provider: 'cloud',
			credentials: { verifyToken: 'vt' },
			query: { 'hub.mode': 'subscribe', 'hub.verify_token': 'vt', 'hub.challenge': '42' },
		});
		await trigger.webhook.call(good.context);
		expect(good.answer).toEqual({ status: 200, body: '42' });
		const bad = webhookContext({
			webhookName: 'setup',
			provider: 'cloud',
			credentials: { verifyToken: 'vt' },
			query: { 'hub.mode': 'subscribe', 'hub.verify_token': 'no', 'hub.challenge': '42' },
		});
		await trigger.webhook.call(bad.context);
		expect(bad.answer.status).toBe(403);
	});

	it('refuses an unsigned webhook when the credential has no secret, unless unsigned delivery is allowed', async () => {
		const refused = webhookContext({ provider: 'waha', credentials: { webhookHmacKey: '' }, rawBody: raw });
		expect(await trigger.webhook.call(refused.context)).toEqual({ noWebhookResponse: true });
		expect(refused.answer).toEqual({ status: 401, body: { error: 'unauthorized', reason: expect.stringMatching(/no Webhook HMAC Key/) } });

		clearWebhookCredentialCache();
		const allowed = webhookContext({
			provider: 'waha',
			credentials: { webhookHmacKey: '' },
			rawBody: raw,
			parameters: { allowUnsigned: true },
		});
		const result = await trigger.webhook.call(allowed.context);
		expect(allowed.answer.status).toBe(200);
		expect(result.workflowData?.[0]).toHaveLength(1);
	});

	it('refuses a replayed signed webhook from long ago with 401, and accepts it when the age check is off', async () => {
		const old = fixtureBytes('waha', 'text');
		const headers = { 'x-webhook-hmac': createHmac('sha512', 'k').update(old).digest('hex') };
		const replayed = webhookContext({ provider: 'waha', credentials: { webhookHmacKey: 'k' }, rawBody: old, headers });
		expect(await trigger.webhook.call(replayed.context)).toEqual({ noWebhookResponse: true });
		expect(replayed.answer).toEqual({
			status: 401,
			body: { error: 'unauthorized', reason: expect.stringMatching(/old, over the 10 min limit/) },
		});

		clearWebhookCredentialCache();
		const unlimited = webhookContext({
			provider: 'waha',
			credentials: { webhookHmacKey: 'k' },
			rawBody: old,
			headers,
			parameters: { options: { maxEventAgeMinutes: 0 } },
		});
		expect((await trigger.webhook.call(unlimited.context)).workflowData?.[0]).toHaveLength(1);
	});

	it('answers 500 and starts nothing while the tenant could collide with another conversation key', async () => {
		const { context, answer } = webhookContext({
			provider: 'waha',
			credentials: { webhookHmacKey: 'k' },
			rawBody: raw,
			headers: sign('k'),
			parameters: { tenant: 'a:waha' },
		});
		expect(await trigger.webhook.call(context)).toEqual({ noWebhookResponse: true });
		expect(answer).toEqual({
			status: 500,
			body: { error: 'misconfigured', reason: 'tenant "a:waha" must not contain ":", spaces or control characters' },
		});
	});
});
