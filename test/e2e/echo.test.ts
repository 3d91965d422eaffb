import { randomUUID } from 'crypto';
import { EvolutionFake } from '../fakes/evolutionFake';
import type { FakeServer } from '../fakes/fakeServer';
import { GraphFake } from '../fakes/graphFake';
import { WahaFake } from '../fakes/wahaFake';
import { n8nFromEnv } from './support/n8nClient';
import { inbound, isReplyWith, type ProviderSecrets } from './support/providerMessages';
import { loadWorkflow, type CredentialRef } from './support/workflows';

// workflows/whatsapp-echo.json, imported as users import it, for each provider: a signed
// message gets exactly one reply through the provider's fake; a forged, a replayed and an
// unsigned one (default settings) get 401 and leave no execution; and 15 concurrent
// redeliveries still get exactly one reply.
const n8n = n8nFromEnv();
const secrets: ProviderSecrets = { wahaHmacKey: 'waha-hmac', cloudAppSecret: 'cloud-secret', evolutionApiKey: 'evo-key' };
const PHONE_NUMBER_ID = '106540352242922';

const fakes: Record<string, FakeServer> = {
	waha: new WahaFake({ apiKey: 'waha-key' }),
	cloud: new GraphFake({ accessToken: 'graph-token', phoneNumberId: PHONE_NUMBER_ID, apiVersion: 'v23.0' }),
	evolution: new EvolutionFake({ apiKey: secrets.evolutionApiKey, instance: 'clinic' }),
};

/** The provider's credential, with its webhook secret or (withoutSecret) with that field left empty. */
function credentialData(provider: string, withoutSecret = false): { type: string; data: Record<string, unknown> } {
	const baseUrl = fakes[provider].url;
	const secret = (value: string) => (withoutSecret ? '' : value);
	if (provider === 'waha')
		return {
			type: 'whatsAppAiWahaApi',
			data: { baseUrl, apiKey: 'waha-key', session: 'default', webhookHmacKey: secret(secrets.wahaHmacKey) },
		};
	if (provider === 'cloud') {
		return {
			type: 'whatsAppAiCloudApi',
			data: {
				accessToken: 'graph-token',
				phoneNumberId: PHONE_NUMBER_ID,
				businessAccountId: '1',
				appSecret: secret(secrets.cloudAppSecret),
				verifyToken: 'v',
				apiVersion: 'v23.0',
				baseUrl,
			},
		};
	}
	return { type: 'whatsAppAiEvolutionApi', data: { baseUrl, apiKey: secret(secrets.evolutionApiKey), instance: 'clinic' } };
}

let redis: CredentialRef;
beforeAll(async () => {
	await Promise.all(Object.values(fakes).map(async (fake) => await fake.start()));
	redis = await n8n.createCredential('Redis echo', 'whatsAppAiRedisApi', {
		host: '127.0.0.1',
		port: 6379,
		user: '',
		password: '',
		database: 0,
		ssl: false,
		prefix: `wa-e2e-${randomUUID()}:`,
	});
});
afterAll(async () => await Promise.all(Object.values(fakes).map(async (fake) => await fake.stop())));

async function deployEcho(provider: string, withoutSecret = false): Promise<{ workflowId: string; path: string }> {
	const { type, data } = credentialData(provider, withoutSecret);
	const credential = await n8n.createCredential(`${provider} echo${withoutSecret ? ' without secret' : ''}`, type, data);
	const workflow = loadWorkflow('whatsapp-echo.json');
	const path = `e2e/echo/${provider}/${randomUUID()}`;
	workflow.name = `echo ${provider}`;
	for (const node of workflow.nodes) {
		node.parameters.provider = provider;
		node.credentials = { [type]: credential, whatsAppAiRedisApi: redis };
		if (node.type.endsWith('.whatsAppAiTrigger')) {
			node.parameters.path = path;
			node.webhookId = randomUUID();
		}
	}
	return { workflowId: await n8n.deploy(workflow, path), path };
}

const settle = async () => await new Promise((resolve) => setTimeout(resolve, 1_500));

describe.each(['waha', 'cloud', 'evolution'])('whatsapp-echo.json with %s', (provider) => {
	let workflowId: string;
	let path: string;
	const fake = () => fakes[provider];
	beforeAll(async () => ({ workflowId, path } = await deployEcho(provider)));

	it('answers a signed message exactly once through the provider', async () => {
		const text = `quero marcar consulta ${randomUUID()}`;
		const message = inbound(provider, text, secrets);
		const response = await n8n.postWebhook(path, message.raw, message.headers);
		expect(response.status).toBe(200);
		await fake().waitForRequest(isReplyWith(provider, `Recebemos sua mensagem: ${text}`), 15_000);
		await settle();
		const replies = fake().requests.filter(isReplyWith(provider, text));
		expect(replies).toHaveLength(1);
		expect(replies[0].status).toBeLessThan(300);
		const [execution] = await n8n.waitForExecutions(workflowId, 1);
		expect(execution.status).toBe('success');
		const sent = execution.data!.resultData!.runData!['WhatsApp AI Send'][0].data!.main![0][0].json.send;
		expect(sent).toMatchObject({ ok: true, provider, operation: 'sendText', messageIds: [expect.any(String)] });
	});

	it('answers a forged message with 401, starts no execution and sends nothing', async () => {
		await settle(); // executions still finishing from earlier tests would count as ours
		const before = (await n8n.executions(workflowId, false)).length;
		const text = `forjada ${randomUUID()}`;
		const message = inbound(provider, text, { wahaHmacKey: 'wrong', cloudAppSecret: 'wrong', evolutionApiKey: 'wrong' });
		const response = await n8n.postWebhook(path, message.raw, message.headers);
		expect(response.status).toBe(401);
		await settle();
		expect((await n8n.executions(workflowId, false)).length).toBe(before);
		const leaked = fake().requests.filter(isReplyWith(provider, text));
		expect(leaked.map((r) => ({ path: r.path, body: r.body }))).toEqual([]);
	});

	it('answers a correctly signed message from two days ago with 401 (a replay), starts nothing and sends nothing', async () => {
		await settle();
		const before = (await n8n.executions(workflowId, false)).length;
		const text = `antiga ${randomUUID()}`;
		const message = inbound(provider, text, secrets, 'clinic', Date.now() - 2 * 24 * 60 * 60_000);
		const response = await n8n.postWebhook(path, message.raw, message.headers);
		expect(response.status).toBe(401);
		expect(await response.json()).toEqual({ error: 'unauthorized', reason: expect.stringMatching(/old, over the 10 min limit/) });
		await settle();
		expect((await n8n.executions(workflowId, false)).length).toBe(before);
		expect(fake().requests.filter(isReplyWith(provider, text))).toEqual([]);
	});

	it('answers an unsigned message with 401 when the credential has no secret, starts nothing and sends nothing', async () => {
		const unsigned = await deployEcho(provider, true);
		const text = `sem assinatura ${randomUUID()}`;
		const message = inbound(provider, text, { wahaHmacKey: 'x', cloudAppSecret: 'x', evolutionApiKey: '' });
		const response = await n8n.postWebhook(unsigned.path, message.raw, {});
		expect(response.status).toBe(401);
		expect(await response.json()).toEqual({ error: 'unauthorized', reason: expect.stringMatching(/unsigned webhooks are refused/) });
		await settle();
		expect(await n8n.executions(unsigned.workflowId, false)).toEqual([]);
		expect(fake().requests.filter(isReplyWith(provider, text))).toEqual([]);
	});

	it('answers once when the same message is delivered 15 times at once', async () => {
		const text = `repetida ${randomUUID()}`;
		const message = inbound(provider, text, secrets);
		const responses = await Promise.all(Array.from({ length: 15 }, async () => await n8n.postWebhook(path, message.raw, message.headers)));
		expect(responses.every((response) => response.status === 200)).toBe(true);
		await fake().waitForRequest(isReplyWith(provider, text), 15_000);
		await settle();
		expect(fake().requests.filter(isReplyWith(provider, text))).toHaveLength(1);
	});
});
