import { createHmac, randomUUID } from 'crypto';
import { WahaFake } from '../fakes/wahaFake';
import { postgresCredentials } from '../support/services';
import { n8nFromEnv } from './support/n8nClient';
import { inbound } from './support/providerMessages';
import { loadWorkflow, type CredentialRef } from './support/workflows';

// workflows/opt-out-demo.json in the real n8n: a contact who writes "PARAR" gets exactly one
// confirmation and nothing afterwards, while others keep getting answers.
const n8n = n8nFromEnv();
const waha = new WahaFake({ apiKey: 'waha-key' });
const HMAC = 'optout-hmac';
const secrets = { wahaHmacKey: HMAC, cloudAppSecret: '', evolutionApiKey: '' };
let path: string;
let workflowId: string;
const tenant = `optout-e2e-${randomUUID().slice(0, 8)}`;

beforeAll(async () => {
	await waha.start();
	const pg = postgresCredentials();
	const credentials: Record<string, CredentialRef> = {
		whatsAppAiWahaApi: await n8n.createCredential('WAHA opt-out', 'whatsAppAiWahaApi', {
			baseUrl: waha.url,
			apiKey: 'waha-key',
			session: 'default',
			webhookHmacKey: HMAC,
		}),
		whatsAppAiRedisApi: await n8n.createCredential('Redis opt-out', 'whatsAppAiRedisApi', {
			host: '127.0.0.1',
			port: 6379,
			user: '',
			password: '',
			database: 0,
			ssl: false,
			prefix: `wa-e2e-${randomUUID()}:`,
		}),
		whatsAppAiPostgresApi: await n8n.createCredential('Postgres opt-out', 'whatsAppAiPostgresApi', {
			host: pg.host,
			port: pg.port,
			database: pg.database,
			user: pg.user,
			password: pg.password ?? '',
			ssl: 'disable',
			maxConnections: 5,
		}),
	};
	const workflow = loadWorkflow('opt-out-demo.json');
	path = `e2e/optout/${randomUUID()}`;
	for (const node of workflow.nodes) {
		// The shipped file names no credentials; each node gets the ones its slots take.
		node.credentials = credentials;
		if (node.type.endsWith('.whatsAppAiTrigger')) {
			node.parameters.path = path;
			node.parameters.tenant = tenant;
			node.webhookId = randomUUID();
		}
	}
	workflowId = await n8n.deploy(workflow, path);
});
afterAll(async () => await waha.stop());

/** Sends one message from `phone` and waits until its execution has finished. */
async function say(phone: string, text: string): Promise<void> {
	const before = (await n8n.executions(workflowId, false)).length;
	const message = inbound('waha', text, secrets);
	const body = JSON.parse(message.raw.toString());
	body.payload.from = `${phone}@c.us`;
	body.payload.id = `false_${phone}@c.us_${randomUUID().replace(/-/g, '').toUpperCase()}`;
	const raw = Buffer.from(JSON.stringify(body));
	const response = await n8n.postWebhook(path, raw, {
		'x-webhook-hmac': createHmac('sha512', HMAC).update(raw).digest('hex'),
		'x-webhook-hmac-algorithm': 'sha512',
	});
	expect(response.status).toBe(200);
	const executions = await n8n.waitForExecutions(workflowId, before + 1);
	expect(executions.every((execution) => execution.status === 'success')).toBe(true);
}

const textsTo = (phone: string) => waha.sentTexts(`${phone}@c.us`);

describe('opt-out-demo.json', () => {
	const maria = `55119${Math.floor(10_000_000 + Math.random() * 89_999_999)}`;
	const joao = `55219${Math.floor(10_000_000 + Math.random() * 89_999_999)}`;

	it('answers an ordinary message', async () => {
		await say(maria, 'Oi, quero marcar uma consulta');
		expect(textsTo(maria)).toEqual(['Recebemos sua mensagem: Oi, quero marcar uma consulta']);
	});

	it('confirms a "PARAR" exactly once and sends nothing afterwards', async () => {
		await say(maria, 'PARAR');
		const afterStop = textsTo(maria);
		expect(afterStop).toHaveLength(2);
		expect(afterStop[1]).toMatch(/não receberá mais mensagens/i);
		await say(maria, 'Oi de novo, alguém aí?');
		await say(maria, 'PARAR');
		expect(textsTo(maria)).toEqual(afterStop);
	});

	it('keeps answering other contacts', async () => {
		await say(joao, 'Quero cancelar minha consulta');
		expect(textsTo(joao)).toEqual(['Recebemos sua mensagem: Quero cancelar minha consulta']);
	});
});
