import { randomUUID } from 'crypto';
import { countChunks, searchKnowledge } from '../../nodes/KnowledgeBase';
import { getChroma } from '../../nodes/shared/clients/chroma';
import { closeAllClients } from '../../nodes/shared/clients/clientCache';
import { getGemini } from '../../nodes/shared/gemini/adapter';
import { GeminiFake } from '../fakes/geminiFake';
import { n8nFromEnv } from './support/n8nClient';
import { loadWorkflow } from './support/workflows';

// workflows/knowledge-base-ingest.json in the real n8n with a real Chroma: a signed POST loads the
// clinic FAQ shipped in the workflow; the same call again embeds nothing new; a call without the
// header is refused.
const n8n = n8nFromEnv();
const gemini = new GeminiFake({ apiKey: 'gemini-key' });
const chromaUrl = process.env.WA_AI_CHROMA_URL!;
const tenant = `kb-e2e-${randomUUID().slice(0, 8)}`;
const path = `e2e/kb/${randomUUID()}`;
const HEADER = { name: 'X-Ingest-Key', value: 'ingest-secret-e2e' };

beforeAll(async () => {
	await gemini.start();
	const credentials = {
		whatsAppAiChromaApi: await n8n.createCredential('Chroma e2e', 'whatsAppAiChromaApi', {
			baseUrl: chromaUrl,
			authToken: '',
			chromaTenant: 'default_tenant',
			database: 'default_database',
		}),
		whatsAppAiGeminiApi: await n8n.createCredential('Gemini kb e2e', 'whatsAppAiGeminiApi', { apiKey: 'gemini-key', baseUrl: gemini.url }),
		httpHeaderAuth: await n8n.createCredential('Ingest key', 'httpHeaderAuth', HEADER),
	};
	const workflow = loadWorkflow('knowledge-base-ingest.json');
	for (const node of workflow.nodes) {
		if (node.type === 'n8n-nodes-base.webhook') {
			node.parameters.path = path;
			node.webhookId = randomUUID();
			node.credentials = { httpHeaderAuth: credentials.httpHeaderAuth };
		}
		if (node.type.endsWith('.knowledgeBase'))
			node.credentials = { whatsAppAiChromaApi: credentials.whatsAppAiChromaApi, whatsAppAiGeminiApi: credentials.whatsAppAiGeminiApi };
	}
	await n8n.deploy(workflow, path);
});
afterAll(async () => {
	await gemini.stop();
	await closeAllClients();
});

const deps = () => ({ chroma: getChroma({ baseUrl: chromaUrl }), gemini: getGemini({ apiKey: 'gemini-key', baseUrl: gemini.url }) });
const ingest = async (headers: Record<string, string>) => await n8n.postWebhook(path, JSON.stringify({ tenant }), headers);

describe('knowledge-base-ingest.json', () => {
	it('refuses a call without the ingest key', async () => {
		expect((await ingest({})).status).toBe(403);
	});

	it('loads the shipped clinic FAQ, one item per document, and the hours can be found by meaning', async () => {
		const response = await ingest({ [HEADER.name]: HEADER.value });
		expect(response.status).toBe(200);
		const items = (await response.json()) as Array<{ documentId: string; knowledge: { chunkCount: number; embedded: number } }>;
		expect(items.map((item) => item.documentId)).toEqual(
			expect.arrayContaining(['horarios', 'precos', 'endereco', 'preparo-exame-de-sangue']),
		);
		expect(items.every((item) => item.knowledge.chunkCount >= 1 && item.knowledge.embedded === item.knowledge.chunkCount)).toBe(true);
		expect(await countChunks(deps(), { tenant })).toBe(items.reduce((sum, item) => sum + item.knowledge.chunkCount, 0));
		const [best] = await searchKnowledge(deps(), { tenant, query: 'qual o horário de funcionamento da clínica aos sábados?' });
		expect(best.documentId).toBe('horarios');
	});

	it('embeds nothing again when the same FAQ is loaded twice', async () => {
		const response = await ingest({ [HEADER.name]: HEADER.value });
		const items = (await response.json()) as Array<{ knowledge: { embedded: number; unchanged: number } }>;
		expect(items.map((item) => item.knowledge.embedded)).toEqual(items.map(() => 0));
		expect(items.every((item) => item.knowledge.unchanged >= 1)).toBe(true);
	});
});
