import { randomUUID } from 'crypto';
import { WahaFake } from '../fakes/wahaFake';
import { n8nFromEnv } from './support/n8nClient';
import { inbound } from './support/providerMessages';
import { PACKAGE, type CredentialRef } from './support/workflows';

// Buttons on WAHA become a numbered text menu; the person's "2" comes back from the trigger as
// a button reply with that option's id, as the Cloud API would report it.
const n8n = n8nFromEnv();
const waha = new WahaFake({ apiKey: 'waha-key' });
const HMAC = 'menu-hmac';
const secrets = { wahaHmacKey: HMAC, cloudAppSecret: '', evolutionApiKey: '' };

let workflowId: string;
let path: string;

beforeAll(async () => {
	await waha.start();
	const credentials: Record<string, CredentialRef> = {
		whatsAppAiWahaApi: await n8n.createCredential('WAHA menu', 'whatsAppAiWahaApi', {
			baseUrl: waha.url,
			apiKey: 'waha-key',
			session: 'default',
			webhookHmacKey: HMAC,
		}),
		whatsAppAiRedisApi: await n8n.createCredential('Redis menu', 'whatsAppAiRedisApi', {
			host: '127.0.0.1',
			port: 6379,
			user: '',
			password: '',
			database: 0,
			ssl: false,
			prefix: `wa-e2e-${randomUUID()}:`,
		}),
	};
	path = `e2e/menu/${randomUUID()}`;
	workflowId = await n8n.deploy(
		{
			name: 'menu e2e',
			nodes: [
				{
					id: randomUUID(),
					name: 'WhatsApp AI Trigger',
					type: `${PACKAGE}.whatsAppAiTrigger`,
					typeVersion: 1,
					position: [0, 0],
					webhookId: randomUUID(),
					parameters: { provider: 'waha', path, tenant: 'clinic-menu', events: ['messages'], options: {} },
					credentials,
				},
				{
					id: randomUUID(),
					name: 'Ask Period',
					type: `${PACKAGE}.whatsAppAiSend`,
					typeVersion: 1,
					position: [300, 0],
					parameters: {
						provider: 'waha',
						resource: 'message',
						operation: 'sendButtons',
						to: '={{ $json.chatId }}',
						tenant: '={{ $json.tenant }}',
						body: 'Qual período você prefere?',
						buttons: {
							button: [
								{ id: 'morning', title: 'Manhã' },
								{ id: 'afternoon', title: 'Tarde' },
							],
						},
						menuOptions: {},
						options: {},
					},
					credentials,
				},
			],
			connections: { 'WhatsApp AI Trigger': { main: [[{ node: 'Ask Period', type: 'main', index: 0 }]] } },
			settings: { executionOrder: 'v1' },
		},
		path,
	);
});
afterAll(async () => await waha.stop());

async function say(text: string): Promise<Record<string, unknown>> {
	const before = (await n8n.executions(workflowId, false)).length;
	const message = inbound('waha', text, secrets);
	expect((await n8n.postWebhook(path, message.raw, message.headers)).status).toBe(200);
	const executions = await n8n.waitForExecutions(workflowId, before + 1);
	const latest = executions.find((execution) => {
		const item = execution.data?.resultData?.runData?.['WhatsApp AI Trigger']?.[0]?.data?.main?.[0]?.[0]?.json;
		return item?.messageId === message.messageId;
	});
	expect(latest?.status).toBe('success');
	return latest!.data!.resultData!.runData!['WhatsApp AI Trigger'][0].data!.main![0][0].json;
}

describe('numbered menu round trip on WAHA', () => {
	it('sends the buttons as a numbered text menu', async () => {
		await say('oi');
		const [menu] = waha.sentTexts('5511999990000@c.us');
		expect(menu).toContain('Qual período você prefere?');
		expect(menu).toMatch(/1\. Manhã/);
		expect(menu).toMatch(/2\. Tarde/);
	});

	it('turns the reply "2" into a button reply with the option id', async () => {
		const item = await say('2');
		expect(item).toMatchObject({ type: 'button', button: { id: 'afternoon', title: 'Tarde' }, text: 'Tarde' });
	});

	it('also understands the option by its title', async () => {
		const item = await say('manha');
		expect(item).toMatchObject({ type: 'button', button: { id: 'morning', title: 'Manhã' } });
	});
});
