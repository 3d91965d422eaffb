import { randomUUID } from 'crypto';
import { GraphFake } from '../fakes/graphFake';
import { n8nFromEnv } from './support/n8nClient';
import { inbound } from './support/providerMessages';
import { PACKAGE, type CredentialRef } from './support/workflows';

// WhatsApp AI Send in n8n when the Cloud API refuses: the 24-hour window goes to the second
// output, distinctly; other refusals, with "continue on error", carry the provider's code; a
// 429 with Retry-After is retried and then succeeds.
const n8n = n8nFromEnv();
const PHONE_NUMBER_ID = '106540352242922';
const graph = new GraphFake({ accessToken: 'graph-token', phoneNumberId: PHONE_NUMBER_ID, apiVersion: 'v23.0' });
const secrets = { wahaHmacKey: '', cloudAppSecret: 'send-secret', evolutionApiKey: '' };
let workflowId: string;
let path: string;

beforeAll(async () => {
	await graph.start();
	const cloud: CredentialRef = await n8n.createCredential('Cloud send', 'whatsAppAiCloudApi', {
		accessToken: 'graph-token',
		phoneNumberId: PHONE_NUMBER_ID,
		businessAccountId: '1',
		appSecret: secrets.cloudAppSecret,
		verifyToken: 'v',
		apiVersion: 'v23.0',
		baseUrl: graph.url,
	});
	path = `e2e/send/${randomUUID()}`;
	workflowId = await n8n.deploy(
		{
			name: 'send failures e2e',
			nodes: [
				{
					id: randomUUID(),
					name: 'Trigger',
					type: `${PACKAGE}.whatsAppAiTrigger`,
					typeVersion: 1,
					position: [0, 0],
					webhookId: randomUUID(),
					parameters: { provider: 'cloud', path, tenant: 't', events: ['messages'], options: { deduplicate: false } },
					credentials: { whatsAppAiCloudApi: cloud },
				},
				{
					id: randomUUID(),
					name: 'Send',
					type: `${PACKAGE}.whatsAppAiSend`,
					typeVersion: 1,
					position: [300, 0],
					onError: 'continueRegularOutput',
					parameters: {
						provider: 'cloud',
						resource: 'message',
						operation: 'sendText',
						to: '={{ $json.chatId }}',
						text: '={{ "Resposta: " + $json.text }}',
						textOptions: {},
						options: { retries: 2 },
					},
					credentials: { whatsAppAiCloudApi: cloud },
				},
			],
			connections: { Trigger: { main: [[{ node: 'Send', type: 'main', index: 0 }]] } },
			settings: { executionOrder: 'v1' },
		},
		path,
	);
});
afterAll(async () => await graph.stop());
beforeEach(() => graph.reset());

async function sendOutputs(text: string): Promise<[Array<{ json: Record<string, any> }>, Array<{ json: Record<string, any> }>]> {
	const before = (await n8n.executions(workflowId, false)).length;
	const message = inbound('cloud', text, secrets);
	expect((await n8n.postWebhook(path, message.raw, message.headers)).status).toBe(200);
	const executions = await n8n.waitForExecutions(workflowId, before + 1);
	const execution = executions.find(
		(e) => e.data?.resultData?.runData?.Trigger?.[0]?.data?.main?.[0]?.[0]?.json?.messageId === message.messageId,
	)!;
	const main = execution.data!.resultData!.runData!.Send[0].data!.main! as Array<Array<{ json: Record<string, any> }>>;
	return [main[0] ?? [], main[1] ?? []];
}

describe('WhatsApp AI Send refusals in n8n (Cloud API)', () => {
	it('routes a 131047 (outside the 24-hour window) to the second output', async () => {
		graph.outsideWindow('16505551234');
		const [sent, outside] = await sendOutputs('oi depois de dois dias');
		expect(sent).toEqual([]);
		expect(outside).toHaveLength(1);
		expect(outside[0].json).toMatchObject({
			chatId: expect.any(String),
			send: { ok: false, outside24hWindow: true, providerCode: 131047, httpStatus: 400 },
		});
	});

	it('keeps a failed item, with the provider code and message, when continuing on error', async () => {
		graph.fail({ status: 400, code: 100, message: 'Invalid parameter', match: /\/messages$/ });
		const [sent, outside] = await sendOutputs('mensagem recusada');
		expect(outside).toEqual([]);
		expect(sent).toHaveLength(1);
		expect(sent[0].json).toMatchObject({
			chatId: expect.any(String),
			error: { kind: 'provider', providerCode: 100, httpStatus: 400, retryable: false },
		});
		expect(sent[0].json.send).toBeUndefined();
		expect(graph.requestsTo(/\/messages$/)).toHaveLength(1);
	});

	it('retries a 429 with Retry-After and then sends', async () => {
		graph.rateLimit({ retryAfter: 1, times: 1 });
		const [sent] = await sendOutputs('mensagem com 429');
		expect(sent[0].json.send).toMatchObject({ ok: true, messageIds: [expect.stringMatching(/^wamid\./)] });
		const attempts = graph.requestsTo(/\/messages$/);
		expect(attempts).toHaveLength(2);
		expect(attempts[1].at - attempts[0].at).toBeGreaterThanOrEqual(950);
	});
});
