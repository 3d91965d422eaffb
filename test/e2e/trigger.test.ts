import { createHmac, randomUUID } from 'crypto';
import { freshFixture } from '../unit/providers/fixtures';
import { n8nFromEnv } from './support/n8nClient';
import { triggerOnlyWorkflow, type CredentialRef } from './support/workflows';

// The trigger inside a real n8n: signatures decide whether an execution starts, redeliveries
// start nothing, Meta's GET challenge is answered.
const n8n = n8nFromEnv();
const HMAC_KEY = 'waha-hmac-e2e';
const APP_SECRET = 'meta-app-secret-e2e';
const VERIFY_TOKEN = 'verify-token-e2e';
let waha: CredentialRef;
let cloud: CredentialRef;
let redis: CredentialRef;

beforeAll(async () => {
	waha = await n8n.createCredential('WAHA trigger', 'whatsAppAiWahaApi', {
		baseUrl: 'http://127.0.0.1:9',
		apiKey: 'k',
		session: 'default',
		webhookHmacKey: HMAC_KEY,
	});
	cloud = await n8n.createCredential('Cloud trigger', 'whatsAppAiCloudApi', {
		accessToken: 't',
		phoneNumberId: '106540352242922',
		businessAccountId: '1',
		appSecret: APP_SECRET,
		verifyToken: VERIFY_TOKEN,
		apiVersion: 'v23.0',
		baseUrl: 'http://127.0.0.1:9',
	});
	redis = await n8n.createCredential('Redis trigger', 'whatsAppAiRedisApi', {
		host: '127.0.0.1',
		port: 6379,
		user: '',
		password: '',
		database: 0,
		ssl: false,
		prefix: `wa-e2e-${randomUUID()}:`,
	});
});

function wahaMessage(id: string, text = 'Olá, quero marcar uma consulta') {
	const body = freshFixture('waha', 'text');
	body.payload.id = id;
	body.payload.body = text;
	return Buffer.from(JSON.stringify(body));
}

const wahaHeaders = (raw: Buffer, key = HMAC_KEY) => ({
	'x-webhook-hmac': createHmac('sha512', key).update(raw).digest('hex'),
	'x-webhook-hmac-algorithm': 'sha512',
});

describe('WAHA webhook into n8n', () => {
	const path = `e2e/waha/${randomUUID()}`;
	let workflowId: string;
	beforeAll(async () => {
		workflowId = await n8n.deploy(
			triggerOnlyWorkflow({ provider: 'waha', path, credentials: { whatsAppAiWahaApi: waha, whatsAppAiRedisApi: redis } }),
			path,
		);
	});

	it('starts one execution for a signed message, with the normalized message as its item', async () => {
		const id = `false_5511988887777@c.us_${randomUUID()}`;
		const raw = wahaMessage(id);
		const response = await n8n.postWebhook(path, raw, wahaHeaders(raw));
		expect(response.status).toBe(200);
		const [execution] = await n8n.waitForExecutions(workflowId, 1);
		expect(execution.status).toBe('success');
		const item = execution.data!.resultData!.runData!['WhatsApp AI Trigger'][0].data!.main![0][0].json;
		expect(item).toMatchObject({
			event: 'message',
			provider: 'waha',
			tenant: 'clinic-e2e',
			messageId: id,
			type: 'text',
			text: 'Olá, quero marcar uma consulta',
		});
	});

	it('answers a forged signature with 401 and starts no execution', async () => {
		const before = (await n8n.executions(workflowId, false)).length;
		const raw = wahaMessage(`false_x@c.us_${randomUUID()}`);
		const forged = await n8n.postWebhook(path, raw, wahaHeaders(raw, 'attacker-key'));
		expect(forged.status).toBe(401);
		expect(await forged.json()).toEqual({ error: 'unauthorized', reason: expect.stringMatching(/mismatch/) });
		const unsigned = await n8n.postWebhook(path, raw);
		expect(unsigned.status).toBe(401);
		await new Promise((resolve) => setTimeout(resolve, 1_500));
		expect((await n8n.executions(workflowId, false)).length).toBe(before);
	});

	it('answers a malformed body with 400 and a reason', async () => {
		const raw = Buffer.from('{"not":"waha"}');
		const response = await n8n.postWebhook(path, raw, wahaHeaders(raw));
		expect(response.status).toBe(400);
		expect(await response.json()).toMatchObject({ error: 'bad_request', reason: expect.any(String) });
	});

	it('starts exactly one execution when the same message arrives 15 times at once', async () => {
		const before = (await n8n.executions(workflowId, false)).length;
		const raw = wahaMessage(`false_5511988887777@c.us_${randomUUID()}`, 'mensagem repetida');
		const responses = await Promise.all(Array.from({ length: 15 }, async () => await n8n.postWebhook(path, raw, wahaHeaders(raw))));
		expect(responses.map((r) => r.status)).toEqual(Array(15).fill(200));
		await n8n.waitForExecutions(workflowId, before + 1);
		await new Promise((resolve) => setTimeout(resolve, 1_500));
		expect((await n8n.executions(workflowId, false)).length).toBe(before + 1);
	});
});

describe('Cloud API webhook into n8n', () => {
	const path = `e2e/cloud/${randomUUID()}`;
	let workflowId: string;
	beforeAll(async () => {
		workflowId = await n8n.deploy(
			triggerOnlyWorkflow({ provider: 'cloud', path, credentials: { whatsAppAiCloudApi: cloud, whatsAppAiRedisApi: redis } }),
			path,
		);
	});

	it('answers Meta’s verification GET only with the right token', async () => {
		const ok = await fetch(
			`${n8n.webhookUrl}/webhook/${path}?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=${VERIFY_TOKEN}`,
		);
		expect(ok.status).toBe(200);
		expect(await ok.text()).toBe('1158201444');
		const wrong = await fetch(`${n8n.webhookUrl}/webhook/${path}?hub.mode=subscribe&hub.challenge=1&hub.verify_token=nope`);
		expect(wrong.status).toBe(403);
	});

	it('starts one execution per message of a signed batch and none for a forged one', async () => {
		const batch = freshFixture('cloud', 'batch');
		const raw = Buffer.from(JSON.stringify(batch));
		const signature = `sha256=${createHmac('sha256', APP_SECRET).update(raw).digest('hex')}`;
		const forged = await n8n.postWebhook(path, raw, { 'x-hub-signature-256': `sha256=${'0'.repeat(64)}` });
		expect(forged.status).toBe(401);
		const response = await n8n.postWebhook(path, raw, { 'x-hub-signature-256': signature });
		expect(response.status).toBe(200);
		const [execution] = await n8n.waitForExecutions(workflowId, 1);
		const items = execution.data!.resultData!.runData!['WhatsApp AI Trigger'][0].data!.main![0];
		expect(items.length).toBeGreaterThan(1);
		expect(items.every((item) => item.json.provider === 'cloud')).toBe(true);
		await new Promise((resolve) => setTimeout(resolve, 1_000));
		expect(await n8n.executions(workflowId, false)).toHaveLength(1);
	});
});
