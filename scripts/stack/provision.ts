// What a fresh n8n needs before anyone can talk to the assistant: the package's credentials
// (created, or brought up to date on a restart), the shipped workflows imported and active, the
// FAQs loaded into the Knowledge Base and a few practitioners to book with. On a restart the
// workflows are left as the user edited them; only missing ones are imported.
import { readFileSync } from 'fs';
import path from 'path';
import { createPractitioner, listPractitioners, setWeeklyHours } from '../../nodes/AppointmentBooking';
import { getPgPool } from '../../nodes/shared/clients/postgres';
import { LocalState, repoRoot, type LocalConfig } from './localConfig';
import type { RunningN8n } from './n8n';
import type { Service } from './services';
import type { ProviderUrls } from './simulator';

export interface Provisioned {
	workflows: { id: string; name: string; file: string }[];
}

interface ProvisionInput {
	config: LocalConfig;
	n8n: RunningN8n;
	apiKey: string;
	postgres: Service;
	redis: Service;
	chromaUrl: string;
	geminiUrl: string;
	geminiApiKey: string;
	providerUrls: ProviderUrls;
	log: (line: string) => void;
}

type Ref = { id: string; name: string };
type WorkflowNode = { type: string; parameters: Record<string, unknown>; credentials?: Record<string, Ref> };
type Workflow = { name: string; nodes: WorkflowNode[]; connections: Record<string, unknown>; settings?: Record<string, unknown> };

/** Shipped workflows and how the local stack runs them (tenant, and the provider when it differs). */
const WORKFLOWS: Array<{ file: string; tenant?: string; provider?: string; name?: string }> = [
	{ file: 'clinic-assistant.json' },
	{ file: 'vet-assistant.json', tenant: 'petvet' },
	{ file: 'knowledge-base-ingest.json' },
	{ file: 'appointment-reminders.json' },
	{ file: 'whatsapp-echo.json', provider: 'evolution', name: 'WhatsApp echo (Evolution API)' },
	{ file: 'opt-out-demo.json' },
	{ file: 'triage-demo.json' },
];
export const LOCAL_PHONE_NUMBER_ID = '100200300400500';
export const LOCAL_EVOLUTION_INSTANCE = 'clinic';

class Api {
	constructor(
		private readonly url: string,
		private readonly apiKey: string,
	) {}

	async call<T>(method: string, route: string, body?: unknown): Promise<T> {
		const response = await fetch(`${this.url}/api/v1${route}`, {
			method,
			headers: { 'X-N8N-API-KEY': this.apiKey, ...(body ? { 'content-type': 'application/json' } : {}) },
			body: body ? JSON.stringify(body) : undefined,
		});
		const text = await response.text();
		if (!response.ok) throw new Error(`n8n ${method} ${route} → ${response.status}: ${text}`);
		return (text ? JSON.parse(text) : undefined) as T;
	}
}

function credentialData(input: ProvisionInput): Record<string, { type: string; data: Record<string, unknown> }> {
	const { config, postgres, redis, providerUrls } = input;
	const secrets = config.secrets;
	return {
		'WhatsApp (WAHA, simulator)': {
			type: 'whatsAppAiWahaApi',
			data: { baseUrl: providerUrls.waha, apiKey: secrets.wahaApiKey, session: 'default', webhookHmacKey: secrets.wahaHmacKey },
		},
		'WhatsApp (Cloud API, simulator)': {
			type: 'whatsAppAiCloudApi',
			data: {
				accessToken: secrets.cloudAccessToken,
				phoneNumberId: LOCAL_PHONE_NUMBER_ID,
				businessAccountId: '1',
				appSecret: secrets.cloudAppSecret,
				verifyToken: secrets.cloudVerifyToken,
				apiVersion: 'v23.0',
				baseUrl: providerUrls.cloud,
			},
		},
		'WhatsApp (Evolution API, simulator)': {
			type: 'whatsAppAiEvolutionApi',
			data: { baseUrl: providerUrls.evolution, apiKey: secrets.evolutionApiKey, instance: LOCAL_EVOLUTION_INSTANCE },
		},
		'Redis (local)': {
			type: 'whatsAppAiRedisApi',
			data: { host: redis.host, port: redis.port, user: '', password: redis.password, database: 0, ssl: false, prefix: 'wa:' },
		},
		'Postgres (local)': {
			type: 'whatsAppAiPostgresApi',
			data: {
				host: postgres.host,
				port: postgres.port,
				database: 'whatsapp_ai',
				user: postgres.user ?? 'postgres',
				password: postgres.password,
				ssl: 'disable',
				maxConnections: 10,
			},
		},
		'Chroma (local)': {
			type: 'whatsAppAiChromaApi',
			data: { baseUrl: input.chromaUrl, authToken: '', chromaTenant: 'default_tenant', database: 'default_database' },
		},
		Gemini: { type: 'whatsAppAiGeminiApi', data: { apiKey: input.geminiApiKey, baseUrl: input.geminiUrl } },
		'Knowledge Base ingest key': { type: 'httpHeaderAuth', data: { name: 'X-Ingest-Key', value: secrets.ingestKey } },
	};
}

/** Creates each credential, or updates it (ports and keys may change between runs). */
async function upsertCredentials(api: Api, input: ProvisionInput): Promise<Map<string, Ref>> {
	const existing = (await api.call<{ data: Array<{ id: string; name: string; type: string }> }>('GET', '/credentials?limit=250')).data;
	const byType = new Map<string, Ref>();
	for (const [name, { type, data }] of Object.entries(credentialData(input))) {
		const found = existing.find((credential) => credential.name === name && credential.type === type);
		const ref = found
			? (await api.call<{ id: string; name: string }>('PATCH', `/credentials/${found.id}`, { name, type, data }), { id: found.id, name })
			: await api.call<Ref>('POST', '/credentials', { name, type, data });
		byType.set(type, { id: ref.id, name });
	}
	return byType;
}

/** The credential slots each node type offers, read from the node classes this package builds. */
function credentialSlots(): Map<string, string[]> {
	const packageJson = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { name: string; n8n: { nodes: string[] } };
	const slots = new Map<string, string[]>();
	for (const file of packageJson.n8n.nodes) {
		// eslint-disable-next-line @typescript-eslint/no-require-imports -- the built node classes, loaded by path as n8n loads them
		const module = require(path.join(repoRoot, file)) as Record<
			string,
			new () => { description: { name: string; credentials?: Array<{ name: string }> } }
		>;
		for (const NodeClass of Object.values(module)) {
			const description = new NodeClass().description;
			slots.set(
				`${packageJson.name}.${description.name}`,
				(description.credentials ?? []).map((credential) => credential.name),
			);
		}
	}
	slots.set('n8n-nodes-base.webhook', ['httpHeaderAuth']);
	return slots;
}

function prepare(
	workflow: Workflow,
	spec: (typeof WORKFLOWS)[number],
	slots: Map<string, string[]>,
	credentials: Map<string, Ref>,
): Workflow {
	for (const node of workflow.nodes) {
		const wanted = slots.get(node.type) ?? [];
		const assigned = Object.fromEntries(wanted.filter((type) => credentials.has(type)).map((type) => [type, credentials.get(type)!]));
		if (Object.keys(assigned).length) node.credentials = assigned;
		if (spec.provider && 'provider' in (node.parameters ?? {})) node.parameters.provider = spec.provider;
		if (spec.tenant && node.type.endsWith('.whatsAppAiTrigger')) node.parameters.tenant = spec.tenant;
	}
	return { ...workflow, name: spec.name ?? workflow.name };
}

export async function provisionN8n(input: ProvisionInput): Promise<Provisioned> {
	const api = new Api(input.n8n.url, input.apiKey);
	const credentials = await upsertCredentials(api, input);
	const slots = credentialSlots();
	const state = new LocalState<{ workflows: Record<string, string>; seeded?: boolean }>(input.config.dir, 'state', { workflows: {} });
	const workflows: Provisioned['workflows'] = [];
	for (const spec of WORKFLOWS) {
		let id = state.get().workflows[spec.file];
		const known = id
			? await api.call('GET', `/workflows/${id}`).then(
					() => true,
					() => false,
				)
			: false;
		if (!known) {
			const file = JSON.parse(readFileSync(path.join(repoRoot, 'workflows', spec.file), 'utf8')) as Workflow;
			const { name, nodes, connections, settings } = prepare(file, spec, slots, credentials);
			id = (await api.call<{ id: string }>('POST', '/workflows', { name, nodes, connections, settings })).id;
			state.update({ workflows: { ...state.get().workflows, [spec.file]: id } });
		}
		const workflow = await api.call<{ id: string; name: string; active: boolean }>('GET', `/workflows/${id}`);
		if (!workflow.active) await api.call('POST', `/workflows/${id}/activate`);
		workflows.push({ id, name: workflow.name, file: spec.file });
	}
	if (!state.get().seeded) {
		await seed(input);
		state.update({ seeded: true });
	}
	return { workflows };
}

/** First run only: the FAQs into the Knowledge Base (through the ingest workflow) and practitioners. */
async function seed(input: ProvisionInput): Promise<void> {
	input.log('Loading the clinic and veterinary FAQs into the Knowledge Base…');
	const ingest = async (body: unknown) => {
		for (let attempt = 0; ; attempt++) {
			const response = await fetch(`${input.n8n.webhookUrl}/webhook/knowledge-base/ingest`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', 'X-Ingest-Key': input.config.secrets.ingestKey },
				body: JSON.stringify(body),
			});
			if (response.ok) return;
			// A webhook answers a second or two after activation.
			if (response.status !== 404 || attempt > 30)
				throw new Error(`Knowledge Base ingest answered ${response.status}: ${await response.text()}`);
			await new Promise((resolve) => setTimeout(resolve, 500));
		}
	};
	await ingest({ tenant: 'default' });
	const vetFaq = JSON.parse(readFileSync(path.join(repoRoot, 'test/fixtures/knowledge/vet-faq.json'), 'utf8')) as unknown[];
	await ingest({ tenant: 'petvet', documents: vetFaq });
	input.log('Adding practitioners and their hours…');
	const pool = getPgPool({
		host: input.postgres.host,
		port: input.postgres.port,
		user: input.postgres.user ?? 'postgres',
		password: input.postgres.password,
		database: 'whatsapp_ai',
		ssl: 'disable',
	});
	const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '18:00', slotMinutes: 30 }));
	const saturday = [{ weekday: 6, start: '08:00', end: '12:00', slotMinutes: 30 }];
	const people = [
		{ tenant: 'default', name: 'Dra. Ana Souza', specialty: 'dermatology' },
		{ tenant: 'default', name: 'Dr. Carlos Lima', specialty: 'general_practice' },
		{ tenant: 'petvet', name: 'Dra. Paula Ramos', specialty: 'general_practice', species: ['dog', 'cat'] },
	];
	for (const person of people) {
		if ((await listPractitioners(pool, { tenant: person.tenant })).some((existing) => existing.name === person.name)) continue;
		const practitioner = await createPractitioner(pool, person);
		await setWeeklyHours(pool, {
			tenant: person.tenant,
			practitionerId: practitioner.id,
			timezone: 'America/Sao_Paulo',
			hours: [...weekdays, ...saturday],
		});
	}
}
