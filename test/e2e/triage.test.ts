import { randomUUID } from 'crypto';
import { WahaFake } from '../fakes/wahaFake';
import { n8nFromEnv } from './support/n8nClient';
import { inbound } from './support/providerMessages';
import { loadWorkflow } from './support/workflows';

// workflows/triage-demo.json: an emergency gets its advice at once on the Emergency branch; a
// routine message goes to the other branch.
const n8n = n8nFromEnv();
const waha = new WahaFake({ apiKey: 'waha-key' });
const HMAC = 'triage-hmac';
const secrets = { wahaHmacKey: HMAC, cloudAppSecret: '', evolutionApiKey: '' };
let workflowId: string;
let path: string;

beforeAll(async () => {
	await waha.start();
	const wahaCredential = await n8n.createCredential('WAHA triage', 'whatsAppAiWahaApi', {
		baseUrl: waha.url,
		apiKey: 'waha-key',
		session: 'default',
		webhookHmacKey: HMAC,
	});
	const redis = await n8n.createCredential('Redis triage', 'whatsAppAiRedisApi', {
		host: '127.0.0.1',
		port: 6379,
		user: '',
		password: '',
		database: 0,
		ssl: false,
		prefix: `wa-e2e-${randomUUID()}:`,
	});
	const workflow = loadWorkflow('triage-demo.json');
	path = `e2e/triage/${randomUUID()}`;
	for (const node of workflow.nodes) {
		// The shipped file names no credentials; each node gets the ones its slots take.
		node.credentials = { whatsAppAiWahaApi: wahaCredential, whatsAppAiRedisApi: redis };
		if (node.type.endsWith('.whatsAppAiTrigger')) {
			node.parameters.path = path;
			node.webhookId = randomUUID();
		}
	}
	workflowId = await n8n.deploy(workflow, path);
});
afterAll(async () => await waha.stop());

async function branchFor(text: string): Promise<{ ran: string[]; reply: string }> {
	const before = (await n8n.executions(workflowId, false)).length;
	const message = inbound('waha', text, secrets);
	expect((await n8n.postWebhook(path, message.raw, message.headers)).status).toBe(200);
	const executions = await n8n.waitForExecutions(workflowId, before + 1);
	const execution = executions.find(
		(e) => e.data?.resultData?.runData?.['WhatsApp AI Trigger']?.[0]?.data?.main?.[0]?.[0]?.json?.messageId === message.messageId,
	)!;
	expect(execution.status).toBe('success');
	const ran = Object.keys(execution.data!.resultData!.runData!).filter((name) => name.endsWith('Advice') || name.endsWith('Reply'));
	// Messages are posted one at a time, so the last text sent is this message's answer.
	const last = waha.requestsTo('/api/sendText').at(-1);
	return { ran, reply: String((last?.body as { text?: string } | undefined)?.text ?? '') };
}

describe('triage-demo.json', () => {
	it('answers "dor no peito que vai pro braço" on the Emergency branch with SAMU 192', async () => {
		const { ran, reply } = await branchFor('dor no peito que vai pro braço');
		expect(ran).toEqual(['Emergency Advice']);
		expect(reply).toContain('192');
	});

	it('sends a routine message to the other branch', async () => {
		const { ran, reply } = await branchFor('Quero marcar uma consulta com dermatologista para uma mancha na pele');
		expect(ran).toEqual(['Routine Reply']);
		expect(reply).toMatch(/Dermatologia/);
	});

	it('does not treat a negated symptom as an emergency', async () => {
		const { ran } = await branchFor('não tenho dor no peito, só queria saber o horário de vocês');
		expect(ran).toEqual(['Routine Reply']);
	});
});
