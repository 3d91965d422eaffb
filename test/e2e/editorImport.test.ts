// Every workflow in workflows/ as clinic staff meet it: imported with the editor's "Import from
// file" (support/editorImport.ts: the same client-side clean-up and POST /rest/workflows the
// 2.41.1 editor does), its first nodes run as "Execute step" runs them, and, once the user has
// filled in the credentials n8n asks for, all of them published side by side. The list of
// workflows is read from the folder, so a new file is covered without touching this test.
import { readdirSync } from 'fs';
import path from 'path';
import { n8nFromEnv, type Execution } from './support/n8nClient';
import {
	activateThroughEditor,
	descriptionOf,
	importThroughEditor,
	requiredCredentialLabels,
	requiredCredentials,
	saveThroughEditor,
	type NodeTypeDescription,
	type SavedWorkflow,
} from './support/editorImport';
import { readWorkflowFile, type Workflow } from './support/workflows';
import { inbound } from './support/providerMessages';
import { postgresCredentials } from '../support/services';
import { signCommerceBody } from '../../nodes/CartRecoveryTrigger/signature';

const n8n = n8nFromEnv();
const FILES = readdirSync(path.resolve(__dirname, '../../workflows'))
	.filter((file) => file.endsWith('.json'))
	.sort();

const SECRETS = {
	wahaHmacKey: 'hmac-key',
	cloudAppSecret: 'app-secret',
	evolutionApiKey: 'evo-key',
	shop: 'shop-secret',
	header: 'staff-token',
};

/** What a user types into each credential form; a type missing here fails the test by name. */
function credentialData(): Record<string, Record<string, unknown>> {
	const pg = postgresCredentials();
	return {
		whatsAppAiWahaApi: { baseUrl: 'http://127.0.0.1:9', apiKey: 'waha-key', session: 'default', webhookHmacKey: SECRETS.wahaHmacKey },
		whatsAppAiCloudApi: {
			accessToken: 'token',
			phoneNumberId: '106540352242922',
			businessAccountId: '1',
			appSecret: SECRETS.cloudAppSecret,
			verifyToken: 'verify',
			apiVersion: 'v23.0',
			baseUrl: 'http://127.0.0.1:9',
		},
		whatsAppAiEvolutionApi: { baseUrl: 'http://127.0.0.1:9', apiKey: SECRETS.evolutionApiKey, instance: 'clinic' },
		whatsAppAiGeminiApi: { apiKey: 'gemini-key', baseUrl: 'http://127.0.0.1:9' },
		whatsAppAiChromaApi: { baseUrl: 'http://127.0.0.1:9', authToken: '', chromaTenant: 'default_tenant', database: 'default_database' },
		whatsAppAiRedisApi: { host: '127.0.0.1', port: 6379, user: '', password: '', database: 0, ssl: false, prefix: 'wa-editor-import:' },
		whatsAppAiPostgresApi: {
			host: pg.host,
			port: pg.port,
			database: pg.database,
			user: pg.user,
			password: '',
			ssl: 'disable',
			maxConnections: 2,
		},
		whatsAppAiCommerceWebhookApi: { secret: SECRETS.shop, signatureHeader: 'X-Signature-256' },
		httpBasicAuth: { user: 'staff', password: 'staff-password' },
		httpHeaderAuth: { name: 'X-Clinic-Token', value: SECRETS.header },
	};
}

type Node = Record<string, any>;
const isSticky = (node: Node) => node.type === 'n8n-nodes-base.stickyNote';

/** Nodes nothing connects into: where the editor's "Execute step" starts a run. */
function firstNodes(workflow: Workflow): Node[] {
	const targets = new Set<string>();
	for (const byType of Object.values(workflow.connections)) {
		for (const outputs of Object.values(byType as Record<string, Array<Array<{ node: string }> | null>>)) {
			for (const targets_ of outputs) for (const target of targets_ ?? []) targets.add(target.node);
		}
	}
	return workflow.nodes.filter((node) => !targets.has(node.name) && !isSticky(node));
}

/** Production webhook paths of a workflow (our triggers and n8n's Webhook use `path` as the full path). */
function webhookPaths(workflow: Workflow, types: NodeTypeDescription[]): Array<{ node: string; path: string; method: string }> {
	return workflow.nodes
		.filter((node) => descriptionOf(types, node as never)?.webhooks?.length && node.parameters?.path)
		.map((node) => ({ node: node.name, path: String(node.parameters.path), method: webhookMethod(node, types) }));
}

function webhookMethod(node: Node, types: NodeTypeDescription[]): string {
	if (node.type === 'n8n-nodes-base.webhook') return String(node.parameters?.httpMethod ?? 'GET');
	const methods = descriptionOf(types, node as never)?.webhooks?.map((webhook) => webhook.httpMethod) ?? [];
	return methods.includes('POST') ? 'POST' : methods[0];
}

/** The request a provider, a shop or a person would send to a first node that is a webhook, signed as the credentials above expect. */
function testRequest(node: Node, types: NodeTypeDescription[]): RequestInit {
	const method = webhookMethod(node, types);
	if (node.type.endsWith('.whatsAppAiTrigger')) {
		const message = inbound(String(node.parameters.provider ?? 'waha'), 'oi, queria marcar uma consulta', SECRETS);
		return { method, headers: { 'content-type': 'application/json', ...message.headers }, body: message.raw };
	}
	if (node.type.endsWith('.cartRecoveryTrigger')) {
		const raw = Buffer.from(
			JSON.stringify({
				event: 'cart.abandoned',
				id: 'editor-import-cart',
				customer: { name: 'Ana', phone: '+5511999990000' },
				product: 'Consulta',
				value: 1,
				currency: 'BRL',
			}),
		);
		return { method, headers: { 'content-type': 'application/json', 'x-signature-256': signCommerceBody(raw, SECRETS.shop) }, body: raw };
	}
	const headers: Record<string, string> = {
		authorization: `Basic ${Buffer.from('staff:staff-password').toString('base64')}`,
		'x-clinic-token': SECRETS.header,
	};
	if (method === 'GET') return { method, headers };
	return { method, headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ documents: [] }) };
}

function errorsOf(execution: Execution): Array<{ node?: string; message: string }> {
	const errors: Array<{ node?: string; message: string }> = [];
	const top = execution.data?.resultData?.error as { message?: string; node?: { name?: string } } | undefined;
	if (top?.message) errors.push({ node: top.node?.name, message: top.message });
	for (const [node, runs] of Object.entries(execution.data?.resultData?.runData ?? {})) {
		for (const run of runs) {
			const error = run.error as { message?: string } | undefined;
			if (error?.message && !errors.some((e) => e.node === node && e.message === error.message))
				errors.push({ node, message: error.message });
		}
	}
	return errors;
}

/**
 * "Execute step" on a first node, as the editor sends it; for a webhook node, one call to its test
 * URL too. Errors come from the execution, or, when the node refused the call before any execution
 * started (n8n's Webhook node without its credential), from the HTTP answer.
 */
async function runFirstNode(
	workflow: SavedWorkflow,
	node: Node,
	types: NodeTypeDescription[],
): Promise<Array<{ node?: string; message: string }>> {
	const before = (await n8n.executions(workflow.id, false)).length;
	const started = await n8n.rest<{ data: { waitingForWebhook?: boolean; executionId?: string } }>(
		'POST',
		`/rest/workflows/${workflow.id}/run`,
		{
			triggerToStartFrom: { name: node.name },
			destinationNode: { nodeName: node.name, mode: 'inclusive' },
		},
	);
	if (!started.data.waitingForWebhook) {
		expect(started.data.executionId).toBeTruthy();
		const executions = await n8n.waitForExecutions(workflow.id, before + 1);
		return errorsOf(executions.sort((a, b) => Number(b.id) - Number(a.id))[0]);
	}
	const response = await fetch(`${n8n.url}/webhook-test/${node.parameters.path}`, testRequest(node, types));
	const answer = await response.text();
	const executions = await n8n.waitForExecutions(workflow.id, before + 1, 5_000).catch(() => undefined);
	if (executions) return errorsOf(executions.sort((a, b) => Number(b.id) - Number(a.id))[0]);
	expect({ node: node.name, status: response.status, answer }).toEqual({
		node: node.name,
		status: expect.any(Number),
		answer: expect.stringMatching(/./),
	});
	if (response.status < 400) return [];
	let message = answer;
	try {
		message = (JSON.parse(answer) as { message?: string }).message ?? answer;
	} catch {
		// not JSON: keep the text
	}
	return [{ node: node.name, message }];
}

/** Anything about credentials or authentication data is checked below; other errors (a service down) are not this test's. */
const CREDENTIAL_ERROR = /credential|authentication data/i;
/** The two ways n8n 2.41.1 says "fill in this node's credential": getCredentials, and n8n's Webhook node's own check. */
const MISSING_CREDENTIAL = /^(?:Node does not have any credentials set(?: for "([^"]+)")?|No authentication data defined on node!)$/;

let types: NodeTypeDescription[];
const imported = new Map<string, SavedWorkflow>();

beforeAll(async () => {
	types = await n8n.rest<NodeTypeDescription[]>('GET', '/types/nodes.json');
});

afterAll(async () => {
	// Other suites deploy the same files on the same paths: leave nothing active behind.
	for (const workflow of imported.values()) {
		await n8n.rest('POST', `/rest/workflows/${workflow.id}/deactivate`, {}).catch(() => undefined);
		await n8n.rest('POST', `/rest/workflows/${workflow.id}/archive`, {}).catch(() => undefined);
		await n8n.rest('DELETE', `/rest/workflows/${workflow.id}`).catch(() => undefined);
	}
});

describe('the shipped workflow files', () => {
	it('are read from workflows/ (the list this suite covers)', () => {
		expect(FILES.length).toBeGreaterThanOrEqual(8);
		expect(FILES).toContain('clinic-assistant.json');
	});

	it.each(FILES)('%s carries no credential reference (n8n asks for them where they are needed)', (file) => {
		const withCredentials = readWorkflowFile(file).nodes.filter((node) => node.credentials && Object.keys(node.credentials).length > 0);
		expect(withCredentials.map((node) => `${node.name}: ${JSON.stringify(node.credentials)}`)).toEqual([]);
	});

	it('use a different production webhook path in every workflow', () => {
		const owners = new Map<string, string[]>();
		for (const file of FILES) {
			for (const { node, path: webhookPath } of webhookPaths(readWorkflowFile(file), types)) {
				owners.set(webhookPath, [...(owners.get(webhookPath) ?? []), `${file} › ${node}`]);
			}
		}
		expect(owners.size).toBeGreaterThanOrEqual(FILES.length - 1);
		expect([...owners].filter(([, users]) => users.length > 1)).toEqual([]);
	});
});

describe.each(FILES)('%s imported through the editor', (file) => {
	const fileWorkflow = () => readWorkflowFile(file);

	it('saves with every node, parameter and connection of the file, and no credential', async () => {
		const saved = await importThroughEditor(n8n, fileWorkflow());
		imported.set(file, saved);
		expect(saved.id).toBeTruthy();
		expect(saved.active).toBe(false);
		const source = fileWorkflow();
		expect(saved.name).toBe(source.name);
		expect(saved.nodes.map((node) => [node.name, node.type, node.typeVersion])).toEqual(
			source.nodes.map((node) => [node.name, node.type, node.typeVersion]),
		);
		for (const node of source.nodes) {
			const savedNode = saved.nodes.find((candidate) => candidate.name === node.name)!;
			expect(savedNode.parameters).toMatchObject(node.parameters);
			expect(savedNode.credentials ?? {}).toEqual({});
			// Every node type of the file is one this n8n knows (no "?" nodes on the canvas).
			expect(descriptionOf(types, node as never)).toBeDefined();
		}
		expect(saved.connections).toEqual(source.connections);
	});

	it('runs each first node with no credential error but "fill in a required credential"', async () => {
		const saved = imported.get(file)!;
		const runs = firstNodes(fileWorkflow());
		expect(runs.length).toBeGreaterThan(0);
		for (const node of runs) {
			const errors = await runFirstNode(saved, node, types);
			for (const error of errors) {
				if (!CREDENTIAL_ERROR.test(error.message)) continue;
				// Never "uses invalid credential" (a placeholder id) nor "does not have access".
				const missing = MISSING_CREDENTIAL.exec(error.message);
				expect({ node: error.node, message: error.message, missingCredentialError: !!missing }).toEqual({
					node: error.node,
					message: error.message,
					missingCredentialError: true,
				});
				// Raised by the node that ran, which has a required credential for its parameters.
				expect(error.node).toBe(node.name);
				const required = requiredCredentials(descriptionOf(types, node as never)!, node);
				expect(required.length).toBeGreaterThan(0);
				if (missing?.[1]) expect(required).toContain(missing[1]);
			}
			// A first node that needs no credential must succeed.
			if (requiredCredentials(descriptionOf(types, node as never)!, node).length === 0) expect(errors).toEqual([]);
		}
	});

	it('refuses to publish without credentials, naming only the required ones, node by node', async () => {
		const saved = imported.get(file)!;
		const expected = saved.nodes
			.filter((node) => !isSticky(node) && !node.disabled)
			.map((node) => ({ node: node.name as string, missing: requiredCredentialLabels(descriptionOf(types, node as never)!, node).sort() }))
			.filter((entry) => entry.missing.length > 0);
		const result = await activateThroughEditor(n8n, saved);
		if (expected.length === 0) {
			expect(result).toMatchObject({ ok: true });
			await n8n.rest('POST', `/rest/workflows/${saved.id}/deactivate`, {});
			return;
		}
		expect(result.ok).toBe(false);
		const message = (JSON.parse(result.text) as { message: string }).message;
		// n8n 2.41.1: 'Node "X":\n  - Missing required credential: <slot label>' per node; the labels
		// say what each credential is for ("Postgres (appointments and schedules)").
		const named: Array<{ node: string; missing: string[] }> = [];
		for (const block of message.split(/\n(?=Node ")/).slice(1)) {
			const node = /^Node "([^"]+)":/.exec(block)![1];
			named.push({ node, missing: [...block.matchAll(/Missing required credential: (.+)$/gm)].map((match) => match[1]).sort() });
		}
		expect(named.sort((a, b) => a.node.localeCompare(b.node))).toEqual(expected.sort((a, b) => a.node.localeCompare(b.node)));
	});
});

describe('all shipped workflows, once the user filled in what n8n asked for', () => {
	const credentialIds: Record<string, { id: string; name: string }> = {};

	beforeAll(async () => {
		const data = credentialData();
		const needed = new Set<string>();
		for (const workflow of imported.values()) {
			for (const node of workflow.nodes)
				if (!isSticky(node)) for (const type of requiredCredentials(descriptionOf(types, node as never)!, node)) needed.add(type);
		}
		for (const type of needed) {
			if (!data[type]) throw new Error(`editorImport.test.ts has no test data for the credential type ${type}: add it to credentialData()`);
			const created = await n8n.rest<{ data: { id: string; name: string } }>('POST', '/rest/credentials', {
				name: `Editor import ${type}`,
				type,
				data: data[type],
			});
			credentialIds[type] = { id: created.data.id, name: created.data.name };
		}
		// Only the required slots are filled in: the optional ones must not block publishing.
		for (const [file, workflow] of imported) {
			for (const node of workflow.nodes) {
				if (isSticky(node)) continue;
				const required = requiredCredentials(descriptionOf(types, node as never)!, node);
				if (required.length) node.credentials = Object.fromEntries(required.map((type) => [type, credentialIds[type]]));
			}
			imported.set(file, await saveThroughEditor(n8n, workflow));
		}
	});

	it('publishes every one of them side by side', async () => {
		const results: Record<string, { ok: boolean; status: number; text: string }> = {};
		for (const [file, workflow] of imported) results[file] = await activateThroughEditor(n8n, workflow);
		const failures = Object.entries(results)
			.filter(([, result]) => !result.ok)
			.map(([file, result]) => `${file}: ${result.status} ${result.text.slice(0, 400)}`);
		expect(failures).toEqual([]);
		expect(Object.keys(results).sort()).toEqual(FILES);
		for (const workflow of imported.values()) {
			const current = await n8n.rest<{ data: { activeVersionId: string | null } }>('GET', `/rest/workflows/${workflow.id}`);
			expect(current.data.activeVersionId).toBeTruthy();
		}
	});

	it('serves every production webhook of every workflow at once', async () => {
		const unreachable: string[] = [];
		for (const [file, workflow] of imported) {
			for (const { node, path: webhookPath, method } of webhookPaths(workflow as never, types)) {
				let registered = false;
				const deadline = Date.now() + 15_000;
				while (!registered && Date.now() < deadline) {
					// GET on a POST-only webhook is 404 too, but then n8n says it exists for another method.
					const probe = await fetch(`${n8n.webhookUrl}/webhook/${webhookPath}`, { method: 'GET' });
					const text = await probe.text();
					registered = probe.status !== 404 || new RegExp(`not registered for GET`, 'i').test(text);
					if (!registered) await new Promise((resolve) => setTimeout(resolve, 200));
				}
				if (!registered) unreachable.push(`${file} › ${node} (${method} /webhook/${webhookPath})`);
			}
		}
		expect(unreachable).toEqual([]);
	});

	it.each(FILES)('%s: each first node runs with no credential error at all', async (file) => {
		const workflow = imported.get(file)!;
		for (const node of firstNodes(readWorkflowFile(file))) {
			const errors = await runFirstNode(workflow, node, types);
			expect(errors.filter((error) => CREDENTIAL_ERROR.test(error.message))).toEqual([]);
		}
	});
});
