// The whole assistant through a real n8n: a signed WhatsApp message in, the reply out at the WAHA
// fake. Ours is workflows/clinic-assistant.json (signature, opt-out and rate-limit check on
// Postgres and Redis, handoff check, Message Buffer, Symptom Triage, Gemini Agent with memory,
// knowledge retrieval from Chroma and the booking tools, Send); the baseline, measured in the same
// run on the same n8n, is the same job built from n8n's own nodes: Webhook → AI Agent with the
// Google Gemini Chat Model and Redis Chat Memory → HTTP Request to WAHA. Gemini is a fake that
// answers at once, so the figures are the cost of the workflow and of n8n, not of a model.
// Every message comes from a new number (one message per conversation: no buffering wait, no
// rate limit), and ours runs with the buffer's quiet period at 0.
//   npm run build && npx ts-node --transpile-only bench/clinic-assistant.ts [messages] [concurrency] [--matrix]
// One n8n process with the expression engine of N8N_EXPRESSION_ENGINE (vm, n8n's default, or
// legacy); with --matrix, four n8n setups one after another in the same run: each engine, as one
// process and in queue mode with two workers, and a table of all of them at the end.
import { randomUUID } from 'crypto';
import { upsertDocuments } from '../nodes/KnowledgeBase';
import { getChroma } from '../nodes/shared/clients/chroma';
import { closeAllClients } from '../nodes/shared/clients/clientCache';
import { getGemini } from '../nodes/shared/gemini/adapter';
import { GeminiFake } from '../test/fakes/geminiFake';
import { WahaFake } from '../test/fakes/wahaFake';
import { N8nClient } from '../test/e2e/support/n8nClient';
import { removeUserFolder, startN8n } from '../test/e2e/support/n8nInstance';
import { inbound, isReplyWith } from '../test/e2e/support/providerMessages';
import { loadWorkflow } from '../test/e2e/support/workflows';
import { routeModel, say } from '../test/integration/agent/support';
import { startChroma } from '../scripts/stack/chroma';
import { postgresCredentials } from '../test/support/services';
import { readFileSync } from 'fs';
import path from 'path';
import { formatRow, runConcurrently } from './stats';

const numbers = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const total = Number(numbers[0] ?? 200);
const concurrency = Number(numbers[1] ?? 4);
const secrets = { wahaHmacKey: 'bench-hmac', cloudAppSecret: '', evolutionApiKey: '' };
const REPLY = 'Olá! Posso ajudar com horários, exames e agendamentos.';

interface Variant {
	name: string;
	send(text: string, phone: string): Promise<void>;
}

type Engine = 'vm' | 'legacy';
interface Setup {
	engine: Engine;
	workers: number;
}
interface Figures {
	setup: Setup;
	nativePerSecond: number;
	oursPerSecond: number;
	nativeMedianMs: number;
	oursMedianMs: number;
}

const describeSetup = ({ engine, workers }: Setup) => `engine ${engine}, ${workers ? `queue mode with ${workers} workers` : 'one process'}`;

async function main(): Promise<void> {
	const defaultEngine = (process.env.N8N_EXPRESSION_ENGINE ?? 'vm') as Engine;
	const setups: Setup[] = process.argv.includes('--matrix')
		? [
				{ engine: 'vm', workers: 0 },
				{ engine: 'legacy', workers: 0 },
				{ engine: 'vm', workers: 2 },
				{ engine: 'legacy', workers: 2 },
			]
		: [{ engine: defaultEngine, workers: 0 }];
	const results: Figures[] = [];
	for (const setup of setups) results.push(await measure(setup));
	if (results.length > 1) {
		console.log(`
Clinic assistant, ${total} messages at concurrency ${concurrency}, all setups in this run (messages/s, median ms):`);
		for (const { setup, nativePerSecond, oursPerSecond, nativeMedianMs, oursMedianMs } of results) {
			console.log(
				`  ${describeSetup(setup).padEnd(40)} n8n's own ${nativePerSecond.toFixed(1).padStart(6)}/s ${nativeMedianMs.toFixed(0).padStart(5)} ms   ours ${oursPerSecond.toFixed(1).padStart(6)}/s ${oursMedianMs.toFixed(0).padStart(5)} ms   ours/own ${(oursPerSecond / nativePerSecond).toFixed(2)}x`,
			);
		}
	}
}

async function measure(setup: Setup): Promise<Figures> {
	const [n8nHandle, chroma] = await Promise.all([startN8n({ workers: setup.workers, expressionEngine: setup.engine }), startChroma()]);
	const n8n = new N8nClient({
		url: n8nHandle.url,
		webhookUrl: n8nHandle.webhookUrl,
		apiKey: n8nHandle.apiKey,
		cookie: n8nHandle.cookie,
		logFile: n8nHandle.logFile,
	});
	const waha = new WahaFake({ apiKey: 'waha-key' });
	const gemini = new GeminiFake({ apiKey: 'gemini-key' });
	await Promise.all([waha.start(), gemini.start()]);
	routeModel(gemini, () => say(REPLY));
	try {
		const tenant = `bench-${randomUUID().slice(0, 8)}`;
		const faq = JSON.parse(readFileSync(path.resolve(__dirname, '../test/fixtures/knowledge/clinic-faq.json'), 'utf8'));
		await upsertDocuments(
			{ chroma: getChroma({ baseUrl: chroma.url }), gemini: getGemini({ apiKey: 'gemini-key', baseUrl: gemini.url }) },
			{ tenant, documents: faq },
		);
		const oursPath = `bench/clinic/${randomUUID()}`;
		await deployOurs(n8n, { path: oursPath, tenant, wahaUrl: waha.url, geminiUrl: gemini.url, chromaUrl: chroma.url });
		const nativePath = `bench-native-${randomUUID()}`;
		await deployNative(n8n, { path: nativePath, wahaUrl: waha.url, geminiUrl: gemini.url });

		const variants: Variant[] = [
			{
				name: "n8n's own: Webhook → AI Agent → HTTP",
				send: async (text, phone) => {
					const message = inbound('waha', text, secrets, 'clinic', Date.now(), phone);
					await expectOk(await n8n.postWebhook(nativePath, message.raw));
				},
			},
			{
				name: 'ours: clinic-assistant.json',
				send: async (text, phone) => {
					const message = inbound('waha', text, secrets, 'clinic', Date.now(), phone);
					await expectOk(await n8n.postWebhook(oursPath, message.raw, message.headers));
				},
			},
		];
		let phones = 0;
		const roundTrip = async (variant: Variant) => {
			const text = `Bom dia, qual o horário de sábado? ${randomUUID().slice(0, 8)}`;
			const phone = `5531${String(++phones).padStart(9, '0')}`;
			const started = process.hrtime.bigint();
			const reply = waha.waitForRequest(
				(request) => isReplyWith('waha', REPLY)(request) && String((request.body as { chatId?: string }).chatId).startsWith(phone),
				60_000,
			);
			await variant.send(text, phone);
			await reply;
			return Number(process.hrtime.bigint() - started) / 1e6;
		};

		for (let i = 0; i < 10; i++) for (const variant of variants) await roundTrip(variant);
		console.log(
			`\nClinic assistant through n8n 2.41.1, ${describeSetup(setup)}, zero-latency Gemini fake; ${total} messages at concurrency ${concurrency}`,
		);
		const rates: number[] = [];
		const medians: number[] = [];
		for (const variant of variants) {
			const summary = await runConcurrently(total, concurrency, () => roundTrip(variant));
			rates.push(summary.perSecond);
			medians.push(summary.medianMs);
			console.log(formatRow(variant.name, summary));
		}
		console.log(
			`ratio ours/n8n's own: throughput ${(rates[1] / rates[0]).toFixed(2)}x, median latency ${(medians[1] / medians[0]).toFixed(2)}x`,
		);
		const modelCalls = gemini.generateRequests().length;
		console.log(`(Gemini fake answered ${modelCalls} generateContent calls in all, warm-up included)`);
		return { setup, nativePerSecond: rates[0], oursPerSecond: rates[1], nativeMedianMs: medians[0], oursMedianMs: medians[1] };
	} finally {
		await Promise.all([waha.stop(), gemini.stop(), chroma.stop()]);
		await n8nHandle.stop();
		removeUserFolder(n8nHandle.userFolder);
		await closeAllClients();
	}
}

async function deployOurs(
	n8n: N8nClient,
	setup: { path: string; tenant: string; wahaUrl: string; geminiUrl: string; chromaUrl: string },
): Promise<void> {
	const pg = postgresCredentials();
	const credentials = {
		whatsAppAiWahaApi: await n8n.createCredential('WAHA bench', 'whatsAppAiWahaApi', {
			baseUrl: setup.wahaUrl,
			apiKey: 'waha-key',
			session: 'default',
			webhookHmacKey: secrets.wahaHmacKey,
		}),
		whatsAppAiRedisApi: await n8n.createCredential('Redis bench', 'whatsAppAiRedisApi', {
			host: '127.0.0.1',
			port: 6379,
			user: '',
			password: '',
			database: 0,
			ssl: false,
			prefix: `wa-bench-${randomUUID()}:`,
		}),
		whatsAppAiPostgresApi: await n8n.createCredential('Postgres bench', 'whatsAppAiPostgresApi', {
			host: pg.host,
			port: pg.port,
			database: pg.database,
			user: pg.user,
			password: '',
			ssl: 'disable',
			maxConnections: 10,
		}),
		whatsAppAiGeminiApi: await n8n.createCredential('Gemini bench', 'whatsAppAiGeminiApi', {
			apiKey: 'gemini-key',
			baseUrl: setup.geminiUrl,
		}),
		whatsAppAiChromaApi: await n8n.createCredential('Chroma bench', 'whatsAppAiChromaApi', {
			baseUrl: setup.chromaUrl,
			authToken: '',
			chromaTenant: 'default_tenant',
			database: 'default_database',
		}),
	};
	const workflow = loadWorkflow('clinic-assistant.json');
	// Benchmarks keep no execution data, as the shipped workflow does in production.
	workflow.settings = { ...workflow.settings, saveDataSuccessExecution: 'none' };
	for (const node of workflow.nodes) {
		if (node.type.endsWith('.whatsAppAiTrigger')) {
			node.parameters.path = setup.path;
			node.parameters.tenant = setup.tenant;
			node.webhookId = randomUUID();
		}
		if (node.type.endsWith('.messageBuffer')) node.parameters.quietSeconds = 0;
		node.credentials = credentials;
	}
	await n8n.deploy(workflow, setup.path);
}

async function deployNative(n8n: N8nClient, setup: { path: string; wahaUrl: string; geminiUrl: string }): Promise<void> {
	const palm = await n8n.createCredential('Gemini (n8n) bench', 'googlePalmApi', { host: setup.geminiUrl, apiKey: 'gemini-key' });
	const redis = await n8n.createCredential('Redis (n8n) bench', 'redis', { host: '127.0.0.1', port: 6379, password: '', database: 0 });
	const id = () => randomUUID();
	await n8n.deploy(
		{
			name: 'bench native AI agent',
			nodes: [
				{
					id: id(),
					name: 'Webhook',
					type: 'n8n-nodes-base.webhook',
					typeVersion: 2,
					position: [0, 0],
					webhookId: id(),
					parameters: { httpMethod: 'POST', path: setup.path, responseMode: 'onReceived', options: {} },
				},
				{
					id: id(),
					name: 'AI Agent',
					type: '@n8n/n8n-nodes-langchain.agent',
					typeVersion: 3.1,
					position: [300, 0],
					parameters: {
						promptType: 'define',
						text: '={{ $json.body.payload.body }}',
						options: { systemMessage: 'Você é a assistente da Clínica Bem Viver no WhatsApp.' },
					},
				},
				{
					id: id(),
					name: 'Google Gemini Chat Model',
					type: '@n8n/n8n-nodes-langchain.lmChatGoogleGemini',
					typeVersion: 1.2,
					position: [300, 200],
					parameters: { modelName: 'models/gemini-2.5-flash', options: {} },
					credentials: { googlePalmApi: palm },
				},
				{
					id: id(),
					name: 'Redis Chat Memory',
					type: '@n8n/n8n-nodes-langchain.memoryRedisChat',
					typeVersion: 1.5,
					position: [450, 200],
					parameters: {
						sessionIdType: 'customKey',
						sessionKey: "={{ $('Webhook').item.json.body.payload.from }}",
						sessionTTL: 1800,
						contextWindowLength: 20,
					},
					credentials: { redis },
				},
				{
					id: id(),
					name: 'HTTP Request',
					type: 'n8n-nodes-base.httpRequest',
					typeVersion: 4.2,
					position: [600, 0],
					parameters: {
						method: 'POST',
						url: `${setup.wahaUrl}/api/sendText`,
						sendHeaders: true,
						headerParameters: { parameters: [{ name: 'X-Api-Key', value: 'waha-key' }] },
						sendBody: true,
						specifyBody: 'json',
						jsonBody: "={{ JSON.stringify({ session: 'default', chatId: $('Webhook').item.json.body.payload.from, text: $json.output }) }}",
						options: {},
					},
				},
			],
			connections: {
				Webhook: { main: [[{ node: 'AI Agent', type: 'main', index: 0 }]] },
				'Google Gemini Chat Model': { ai_languageModel: [[{ node: 'AI Agent', type: 'ai_languageModel', index: 0 }]] },
				'Redis Chat Memory': { ai_memory: [[{ node: 'AI Agent', type: 'ai_memory', index: 0 }]] },
				'AI Agent': { main: [[{ node: 'HTTP Request', type: 'main', index: 0 }]] },
			},
			settings: { executionOrder: 'v1', saveDataSuccessExecution: 'none' },
		},
		setup.path,
	);
}

async function expectOk(response: Response): Promise<void> {
	if (response.status !== 200) throw new Error(`webhook answered ${response.status}: ${await response.text()}`);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
