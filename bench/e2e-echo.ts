// Round trip through a real n8n: webhook in → reply out at the WAHA fake. Ours is
// workflows/whatsapp-echo.json (signed webhook, verification, normalization, Redis dedup,
// WhatsApp AI Send); the baseline, measured in the same run on the same n8n, is the minimal
// echo built from n8n's core nodes (Webhook → HTTP Request to WAHA's sendText).
// n8n 2.x skips the expression isolate in the webhook phase only for its own Webhook node
// (v2+); every other webhook node, n8n's WhatsApp Trigger and Webhook v1 included, pays for one
// acquire per request. The third row (Webhook v1 → HTTP Request) shows that cost of n8n's alone.
//   npm run build && npx ts-node --transpile-only bench/e2e-echo.ts [sequential] [concurrent] [concurrency] [--both-engines]
// The expression engine is N8N_EXPRESSION_ENGINE's (vm, n8n's default, or legacy); --both-engines
// measures vm and then legacy in the same run, each on its own fresh n8n.
import { randomUUID } from 'crypto';
import { WahaFake } from '../test/fakes/wahaFake';
import { N8nClient } from '../test/e2e/support/n8nClient';
import { removeUserFolder, startN8n } from '../test/e2e/support/n8nInstance';
import { inbound, isReplyWith } from '../test/e2e/support/providerMessages';
import { loadWorkflow } from '../test/e2e/support/workflows';
import { formatRow, runConcurrently, summarize } from './stats';

const numbers = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const sequential = Number(numbers[0] ?? 200);
const concurrent = Number(numbers[1] ?? 300);
const concurrency = Number(numbers[2] ?? 4);
const secrets = { wahaHmacKey: 'bench-hmac', cloudAppSecret: '', evolutionApiKey: '' };

type Variant = { name: string; path: string; post: (text: string) => Promise<void> };

type Engine = 'vm' | 'legacy';

async function main(): Promise<void> {
	const engines: Engine[] = process.argv.includes('--both-engines')
		? ['vm', 'legacy']
		: [(process.env.N8N_EXPRESSION_ENGINE ?? 'vm') as Engine];
	for (const engine of engines) await measure(engine);
}

async function measure(engine: Engine): Promise<void> {
	const n8nHandle = await startN8n({ expressionEngine: engine });
	const n8n = new N8nClient({
		url: n8nHandle.url,
		webhookUrl: n8nHandle.webhookUrl,
		apiKey: n8nHandle.apiKey,
		cookie: n8nHandle.cookie,
		logFile: n8nHandle.logFile,
	});
	const waha = new WahaFake({ apiKey: 'waha-key' });
	await waha.start();
	try {
		const wahaCredential = await n8n.createCredential('WAHA bench', 'whatsAppAiWahaApi', {
			baseUrl: waha.url,
			apiKey: 'waha-key',
			session: 'default',
			webhookHmacKey: secrets.wahaHmacKey,
		});
		const redisCredential = await n8n.createCredential('Redis bench', 'whatsAppAiRedisApi', {
			host: '127.0.0.1',
			port: 6379,
			user: '',
			password: '',
			database: 0,
			ssl: false,
			prefix: `wa-bench-${randomUUID()}:`,
		});

		const ours = loadWorkflow('whatsapp-echo.json');
		const oursPath = `bench/ours/${randomUUID()}`;
		for (const node of ours.nodes) node.credentials = { whatsAppAiWahaApi: wahaCredential, whatsAppAiRedisApi: redisCredential };
		ours.nodes[0].parameters.path = oursPath;
		await n8n.deploy(ours, oursPath);

		const barePath = `bench-bare-${randomUUID()}`;
		await n8n.deploy(bareEcho(barePath, waha.url, 2), undefined);
		await waitRegistered(n8n, barePath);
		const v1Path = `bench-v1-${randomUUID()}`;
		await n8n.deploy(bareEcho(v1Path, waha.url, 1), undefined);
		await waitRegistered(n8n, v1Path);

		const variants: Variant[] = [
			{
				name: 'bare n8n: Webhook → HTTP Request',
				path: barePath,
				post: async (text) => {
					const message = inbound('waha', text, secrets);
					await expectOk(await n8n.postWebhook(barePath, message.raw));
				},
			},
			{
				name: 'n8n Webhook v1 → HTTP Request',
				path: v1Path,
				post: async (text) => {
					const message = inbound('waha', text, secrets);
					await expectOk(await n8n.postWebhook(v1Path, message.raw));
				},
			},
			{
				name: 'ours: WhatsApp AI Trigger → WhatsApp AI Send',
				path: oursPath,
				post: async (text) => {
					const message = inbound('waha', text, secrets);
					await expectOk(await n8n.postWebhook(oursPath, message.raw, message.headers));
				},
			},
		];

		const roundTrip = async (variant: Variant) => {
			const text = `bench ${randomUUID()}`;
			const started = process.hrtime.bigint();
			const reply = waha.waitForRequest(isReplyWith('waha', text), 30_000);
			await variant.post(text);
			await reply;
			return Number(process.hrtime.bigint() - started) / 1e6;
		};

		// Warm both up, then alternate so both see the same machine conditions.
		for (let i = 0; i < 20; i++) for (const variant of variants) await roundTrip(variant);
		const samples = new Map<Variant, number[]>(variants.map((variant) => [variant, []]));
		for (let i = 0; i < sequential; i++) for (const variant of variants) samples.get(variant)!.push(await roundTrip(variant));

		console.log(
			`\nEcho round trip through n8n 2.41.1, expression engine ${engine} (webhook in → sendText at the WAHA fake), one at a time, n=${sequential} each`,
		);
		const sequentialSummaries = variants.map((variant) => summarize(samples.get(variant)!));
		variants.forEach((variant, i) => console.log(formatRow(variant.name, sequentialSummaries[i])));
		const [bare, v1, oursSummary] = sequentialSummaries;
		console.log(
			`ratio ours/bare Webhook v2: median ${(oursSummary.medianMs / bare.medianMs).toFixed(2)}x, p95 ${(oursSummary.p95Ms / bare.p95Ms).toFixed(2)}x`,
		);
		console.log(
			`ratio ours/Webhook v1 (same isolate cost): median ${(oursSummary.medianMs / v1.medianMs).toFixed(2)}x, p95 ${(oursSummary.p95Ms / v1.p95Ms).toFixed(2)}x`,
		);

		console.log(`\nThroughput, engine ${engine}, ${concurrent} messages at concurrency ${concurrency}`);
		const rates: number[] = [];
		for (const variant of variants) {
			const summary = await runConcurrently(concurrent, concurrency, () => roundTrip(variant));
			rates.push(summary.perSecond);
			console.log(formatRow(variant.name, summary));
		}
		console.log(
			`throughput ratio ours/bare Webhook v2: ${(rates[2] / rates[0]).toFixed(2)}x; ours/Webhook v1: ${(rates[2] / rates[1]).toFixed(2)}x`,
		);
	} finally {
		await waha.stop();
		await n8nHandle.stop();
		removeUserFolder(n8nHandle.userFolder);
	}
}

async function expectOk(response: Response): Promise<void> {
	if (response.status !== 200) throw new Error(`webhook answered ${response.status}: ${await response.text()}`);
}

// The core Webhook node answers only POST, so probe with an empty POST (its execution is harmless).
async function waitRegistered(n8n: N8nClient, path: string): Promise<void> {
	for (let i = 0; i < 75; i++) {
		const probe = await n8n.postWebhook(path, '{}');
		if (probe.status !== 404) return;
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`bare webhook ${path} was not registered`);
}

function bareEcho(path: string, wahaUrl: string, webhookVersion: number) {
	return {
		name: `bench bare echo (Webhook v${webhookVersion})`,
		nodes: [
			{
				id: randomUUID(),
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: webhookVersion,
				position: [0, 0],
				webhookId: randomUUID(),
				parameters: { httpMethod: 'POST', path, responseMode: 'onReceived', options: {} },
			},
			{
				id: randomUUID(),
				name: 'HTTP Request',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				position: [300, 0],
				parameters: {
					method: 'POST',
					url: `${wahaUrl}/api/sendText`,
					sendHeaders: true,
					headerParameters: { parameters: [{ name: 'X-Api-Key', value: 'waha-key' }] },
					sendBody: true,
					specifyBody: 'json',
					jsonBody:
						'={{ JSON.stringify({ session: $json.body.session, chatId: $json.body.payload.from, text: "Recebemos sua mensagem: " + $json.body.payload.body }) }}',
					options: {},
				},
			},
		],
		connections: { Webhook: { main: [[{ node: 'HTTP Request', type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
	};
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
