// How the package reaches Chroma behind the stack's token proxy: the credential's test request (as
// n8n runs it: expressions resolved by n8n-workflow, the `authenticate` header added) and the
// pooled client used by the Knowledge Base, against the real Chroma, plain and behind a proxy
// that behaves like docker/nginx/chroma-auth.conf.template.
import { Workflow, type INode, type INodeTypes } from 'n8n-workflow';
import { WhatsAppAiChromaApi } from '../../../credentials/WhatsAppAiChromaApi.credentials';
import { getChroma, type ChromaCredentials } from '../../../nodes/shared/clients/chroma';
import { countChunks, deleteDocuments, isKnowledgeBaseError, searchKnowledge, upsertDocuments } from '../../../nodes/KnowledgeBase';
import { CLINIC_FAQ, chromaUrl, useHarness } from './support';
import { TokenProxy } from './tokenProxy';

const TOKEN = 'f3b1c0ffee0123456789abcdef';

const credentialType = new WhatsAppAiChromaApi();
const node: INode = { id: 'n', name: 'Credential Test', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [0, 0], parameters: {} };
const nodeTypes = {
	getByName: () => ({ description: { properties: [] } }),
	getByNameAndVersion: () => ({ description: { properties: [] } }),
	getKnownTypes: () => ({}),
} as unknown as INodeTypes;
const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });

/** A credential with the form's defaults, as n8n stores it. */
function credential(data: Partial<ChromaCredentials>): Required<ChromaCredentials> {
	return { baseUrl: 'http://localhost:8000', authToken: '', chromaTenant: 'default_tenant', database: 'default_database', ...data };
}

function resolve(value: string, data: object): string {
	return String(workflow.expression.getSimpleParameterValue(node, value, 'internal', { $credentials: data } as never));
}

/** The credential's test request, resolved and sent the way n8n's credential tester does. */
async function credentialTest(data: Required<ChromaCredentials>, request = credentialType.test.request) {
	const headers = Object.fromEntries(
		Object.entries(credentialType.authenticate.properties.headers ?? {}).map(([name, value]) => [name, resolve(String(value), data)]),
	);
	const url = `${resolve(request.baseURL!, data)}${resolve(request.url!, data)}`;
	const response = await fetch(url, { method: request.method ?? 'GET', headers });
	await response.arrayBuffer();
	return { url, status: response.status, ok: response.ok };
}

const h = useHarness();
const proxy = new TokenProxy(chromaUrl(), TOKEN);
const prefixed = new TokenProxy(chromaUrl(), TOKEN, '/chroma');
beforeAll(async () => await Promise.all([proxy.start(), prefixed.start()]));
afterAll(async () => await Promise.all([proxy.stop(), prefixed.stop()]));
beforeEach(() => {
	proxy.requests.length = 0;
	prefixed.requests.length = 0;
});

describe('Chroma credential test', () => {
	it('reads the configured tenant and database', async () => {
		const result = await credentialTest(credential({ baseUrl: `${chromaUrl()}/` }));
		expect(result).toEqual({ url: `${chromaUrl()}/api/v2/tenants/default_tenant/databases/default_database`, status: 200, ok: true });
	});

	it('passes against a plain Chroma without auth, with or without a token', async () => {
		expect((await credentialTest(credential({ baseUrl: chromaUrl() }))).ok).toBe(true);
		expect((await credentialTest(credential({ baseUrl: chromaUrl(), authToken: 'anything' }))).ok).toBe(true);
	});

	it('passes empty tenant and database fields as Chroma’s defaults', async () => {
		expect(await credentialTest(credential({ baseUrl: chromaUrl(), chromaTenant: '', database: '' }))).toMatchObject({ status: 200 });
	});

	it('fails (404) on a tenant or database that does not exist', async () => {
		expect(await credentialTest(credential({ baseUrl: chromaUrl(), database: 'no_such_db' }))).toMatchObject({ status: 404, ok: false });
		expect(await credentialTest(credential({ baseUrl: chromaUrl(), chromaTenant: 'no_such_tenant' }))).toMatchObject({
			status: 404,
			ok: false,
		});
		expect((await credentialTest(credential({ baseUrl: chromaUrl(), database: 'a/b c' }))).url).toMatch(/databases\/a%2Fb%20c$/);
	});

	it('behind the token proxy: passes with the right token, fails (401) with a wrong or empty one', async () => {
		expect(await credentialTest(credential({ baseUrl: proxy.url, authToken: TOKEN }))).toMatchObject({ status: 200, ok: true });
		expect(await credentialTest(credential({ baseUrl: proxy.url, authToken: 'wrong' }))).toMatchObject({ status: 401, ok: false });
		expect(await credentialTest(credential({ baseUrl: proxy.url, authToken: '' }))).toMatchObject({ status: 401, ok: false });
		expect(proxy.requests.map((r) => [r.path, r.token, r.status])).toEqual([
			['/api/v2/tenants/default_tenant/databases/default_database', TOKEN, 200],
			['/api/v2/tenants/default_tenant/databases/default_database', 'wrong', 401],
			['/api/v2/tenants/default_tenant/databases/default_database', '', 401],
		]);
	});

	it('(why it changed) the old heartbeat test passed a wrong token through the proxy', async () => {
		const heartbeat = { ...credentialType.test.request, url: '/api/v2/heartbeat' };
		expect(await credentialTest(credential({ baseUrl: proxy.url, authToken: 'wrong' }), heartbeat)).toMatchObject({ status: 200 });
	});

	it('works with Chroma served under a path', async () => {
		expect(await credentialTest(credential({ baseUrl: `${prefixed.url}/`, authToken: TOKEN }))).toMatchObject({ status: 200 });
		expect(await credentialTest(credential({ baseUrl: prefixed.url, authToken: 'wrong' }))).toMatchObject({ status: 401 });
	});
});

describe('the pooled Chroma client behind the token proxy', () => {
	it('sends X-Chroma-Token on every request, so the whole Knowledge Base works through it', async () => {
		const deps = h.deps({ chroma: getChroma({ baseUrl: proxy.url, authToken: TOKEN }) });
		const tenant = h.tenant();
		await upsertDocuments(deps, { tenant, documents: CLINIC_FAQ });
		const [top] = await searchKnowledge(deps, { tenant, query: 'Quais convênios vocês aceitam? Atendem Unimed?' });
		expect(top.documentId).toBe('convenios');
		expect(await countChunks(deps, { tenant, filter: { source: 'faq-preparo' } })).toBe(2);
		expect(await deleteDocuments(deps, { tenant, documentIds: ['convenios'] })).toEqual({ deleted: 1 });
		expect(proxy.requests.length).toBeGreaterThan(5);
		expect(proxy.requests.filter((r) => r.token !== TOKEN)).toEqual([]);
		expect(proxy.requests.filter((r) => r.status >= 400)).toEqual([]);
	});

	it('reaches Chroma under a path prefix', async () => {
		const deps = h.deps({ chroma: getChroma({ baseUrl: prefixed.url, authToken: TOKEN }) });
		const tenant = h.tenant();
		await upsertDocuments(deps, { tenant, documents: CLINIC_FAQ.slice(0, 3) });
		expect(await countChunks(deps, { tenant })).toBe(3);
		expect(prefixed.requests.every((r) => r.path.startsWith('/chroma/api/v2/') && r.status < 400)).toBe(true);
	});

	it('says to check the Auth Token when the proxy refuses it', async () => {
		const deps = h.deps({ chroma: getChroma({ baseUrl: proxy.url, authToken: 'wrong' }) });
		const error = await searchKnowledge(deps, { tenant: h.tenant(), query: 'horário' }).catch((e: unknown) => e);
		expect(isKnowledgeBaseError(error, 'chroma')).toBe(true);
		expect((error as Error).message).toBe(
			`Chroma at ${proxy.url} refused the request while searching the knowledge base of tenant "${(error as Error).message.match(/tenant "([^"]+)"/)![1]}" (401 Unauthorized). Check the Auth Token in the Chroma credential.`,
		);
	});

	it('reuses one client per credential', () => {
		const creds = { baseUrl: proxy.url, authToken: TOKEN };
		expect(getChroma({ ...creds })).toBe(getChroma(creds));
		expect(getChroma({ ...creds, authToken: 'other' })).not.toBe(getChroma(creds));
	});
});
