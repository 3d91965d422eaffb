import { getChroma } from '../../../nodes/shared/clients/chroma';
import {
	collectionNameFor,
	countChunks,
	deleteByFilter,
	deleteDocuments,
	deleteKnowledgeBase,
	getDocument,
	isKnowledgeBaseError,
	queryKnowledge,
	upsertDocuments,
} from '../../../nodes/KnowledgeBase';
import { CLINIC_FAQ, chromaUrl, useHarness } from './support';

const h = useHarness();
const TOTAL = 11; // chunks of the clinic FAQ at the default size ("precos" has two)

async function ingested(): Promise<string> {
	const tenant = h.tenant();
	await upsertDocuments(h.deps(), { tenant, documents: CLINIC_FAQ });
	return tenant;
}

async function expectKind(run: Promise<unknown>, kind: string, message: RegExp): Promise<void> {
	const error = await run.catch((e: unknown) => e);
	expect(isKnowledgeBaseError(error)).toBe(true);
	expect((error as { kind: string }).kind).toBe(kind);
	expect((error as Error).message).toMatch(message);
}

describe('count', () => {
	it('counts the whole knowledge base or what matches a filter', async () => {
		const tenant = await ingested();
		expect(await countChunks(h.deps(), { tenant })).toBe(TOTAL);
		expect(await countChunks(h.deps(), { tenant, filter: { source: 'faq-preparo' } })).toBe(2);
		expect(await countChunks(h.deps(), { tenant, filter: { documentId: 'precos' } })).toBe(2);
		expect(await countChunks(h.deps(), { tenant, filter: { documentId: { $in: ['precos', 'convenios', 'nao-existe'] } } })).toBe(3);
		expect(await countChunks(h.deps(), { tenant, filter: '{"source": "nada"}' })).toBe(0);
	});

	it('counts past one page of results', async () => {
		const tenant = h.tenant();
		const text = Array.from(
			{ length: 620 },
			(_, n) => `Linha ${n} com algum texto para formar um parágrafo inteiro aqui, de novo e de novo.`,
		).join('\n\n');
		await upsertDocuments(h.deps(), { tenant, chunkSize: 100, chunkOverlap: 0, documents: [{ documentId: 'grande', source: 'x', text }] });
		expect(await countChunks(h.deps(), { tenant })).toBe(620);
		expect(await countChunks(h.deps(), { tenant, filter: { source: 'x' } })).toBe(620);
		expect(await deleteByFilter(h.deps(), { tenant, filter: { source: 'x' } })).toEqual({ deleted: 620 });
		expect(await countChunks(h.deps(), { tenant })).toBe(0);
	});

	it('is 0 for a tenant with nothing ingested', async () => {
		expect(await countChunks(h.deps(), { tenant: h.tenant() })).toBe(0);
		expect(await countChunks(h.deps(), { tenant: h.tenant(), filter: { source: 'faq' } })).toBe(0);
	});
});

describe('get a document', () => {
	it('gives its chunks in order, with title, source and its own metadata', async () => {
		const tenant = h.tenant();
		const precos = CLINIC_FAQ.find((d) => d.documentId === 'precos')!;
		await upsertDocuments(h.deps(), { tenant, documents: [{ ...precos, metadata: { year: 2026 } }] });
		const document = await getDocument(h.deps(), { tenant, documentId: 'precos' });
		expect(document).toMatchObject({
			documentId: 'precos',
			title: 'Valores de consultas e exames (particular)',
			source: 'faq-clinica',
			chunkCount: 2,
			metadata: { year: 2026 },
		});
		expect(document.chunks.map((c) => [c.id, c.chunkIndex])).toEqual([
			['precos#0', 0],
			['precos#1', 1],
		]);
		expect(document.chunks[0].text.startsWith('Valores para atendimento particular')).toBe(true);
		expect(document.chunks[1].text.endsWith('no momento do agendamento.')).toBe(true);
		expect(document.chunks[0].metadata).not.toHaveProperty('contentHash');
	});

	it('is not_found for an unknown document or a tenant with nothing ingested', async () => {
		const tenant = await ingested();
		await expectKind(getDocument(h.deps(), { tenant, documentId: 'nao-existe' }), 'not_found', /has no document "nao-existe"/);
		await expectKind(getDocument(h.deps(), { tenant: h.tenant(), documentId: 'precos' }), 'not_found', /has no document "precos"/);
	});
});

describe('delete', () => {
	it('deletes documents by id, all their chunks', async () => {
		const tenant = await ingested();
		expect(await deleteDocuments(h.deps(), { tenant, documentIds: ['precos', 'convenios'] })).toEqual({ deleted: 3 });
		expect(await countChunks(h.deps(), { tenant })).toBe(TOTAL - 3);
		await expectKind(getDocument(h.deps(), { tenant, documentId: 'precos' }), 'not_found', /precos/);
		const passages = await queryKnowledge(h.deps(), { tenant, query: 'convênios Unimed Amil', topK: 50 });
		expect(passages.some((p) => ['precos', 'convenios'].includes(p.documentId))).toBe(false);
		// deleting again, or an unknown id, is no error
		expect(await deleteDocuments(h.deps(), { tenant, documentIds: 'precos' })).toEqual({ deleted: 0 });
	});

	it('deletes by filter', async () => {
		const tenant = await ingested();
		expect(await deleteByFilter(h.deps(), { tenant, filter: { source: 'faq-preparo' } })).toEqual({ deleted: 2 });
		expect(await countChunks(h.deps(), { tenant })).toBe(TOTAL - 2);
		expect(await countChunks(h.deps(), { tenant, filter: { source: 'faq-preparo' } })).toBe(0);
		expect(await deleteByFilter(h.deps(), { tenant, filter: { source: 'faq-preparo' } })).toEqual({ deleted: 0 });
	});

	it('refuses to delete without a filter or ids', async () => {
		const tenant = await ingested();
		await expectKind(deleteByFilter(h.deps(), { tenant, filter: {} }), 'invalid_input', /needs a filter/);
		await expectKind(deleteByFilter(h.deps(), { tenant, filter: { source: { $regex: 'x' } } }), 'invalid_input', /not an operator/);
		await expectKind(deleteDocuments(h.deps(), { tenant, documentIds: [] }), 'invalid_input', /at least one document id/);
		expect(await countChunks(h.deps(), { tenant })).toBe(TOTAL);
	});

	it('deletes only in its own tenant', async () => {
		const a = await ingested();
		const b = await ingested();
		await deleteDocuments(h.deps(), { tenant: a, documentIds: ['precos'] });
		await deleteByFilter(h.deps(), { tenant: a, filter: { source: 'faq-clinica' } });
		expect(await countChunks(h.deps(), { tenant: a })).toBe(2);
		expect(await countChunks(h.deps(), { tenant: b })).toBe(TOTAL);
	});

	it('drops a whole knowledge base', async () => {
		const tenant = await ingested();
		expect(await deleteKnowledgeBase(h.deps(), { tenant })).toEqual({ deleted: true });
		expect(await deleteKnowledgeBase(h.deps(), { tenant })).toEqual({ deleted: false });
		expect(await countChunks(h.deps(), { tenant })).toBe(0);
		const names = (await getChroma({ baseUrl: chromaUrl() }).listCollections()).map((c) => c.name);
		expect(names).not.toContain(collectionNameFor(tenant));
	});
});

describe('embedding dimension', () => {
	it('refuses to mix dimensions in one knowledge base, on upsert and on query', async () => {
		const tenant = h.tenant();
		await upsertDocuments(h.deps({ dimension: 768 }), { tenant, documents: CLINIC_FAQ.slice(0, 2) });
		h.embedder.reset();
		const wide = h.deps({ dimension: 3072 });
		const mismatch = /built with gemini-embedding-001 at 768 dimensions, but this node embeds with gemini-embedding-001 at 3072/;
		await expectKind(upsertDocuments(wide, { tenant, documents: CLINIC_FAQ.slice(2, 3) }), 'dimension_mismatch', mismatch);
		expect(h.embedder.calls).toHaveLength(0); // refused before embedding anything
		await expectKind(queryKnowledge(wide, { tenant, query: 'horário' }), 'dimension_mismatch', mismatch);
		await expectKind(
			upsertDocuments(h.deps({ embeddingModel: 'text-embedding-004' }), { tenant, documents: CLINIC_FAQ.slice(2, 3) }),
			'dimension_mismatch',
			/text-embedding-004/,
		);
		expect(await countChunks(h.deps(), { tenant })).toBe(2);
		// counting and deleting still work whatever the setting, so the way out is open
		expect(await countChunks(wide, { tenant })).toBe(2);
	});

	it('lets an emptied knowledge base start again at another dimension', async () => {
		const tenant = h.tenant();
		await upsertDocuments(h.deps({ dimension: 768 }), { tenant, documents: CLINIC_FAQ.slice(0, 2) });
		const wide = h.deps({ dimension: 3072 });
		await deleteDocuments(wide, { tenant, documentIds: CLINIC_FAQ.slice(0, 2).map((d) => d.documentId) });
		await upsertDocuments(wide, { tenant, documents: CLINIC_FAQ });
		const collection = await getChroma({ baseUrl: chromaUrl() }).getCollection({ name: collectionNameFor(tenant) });
		expect(collection.metadata).toMatchObject({ embeddingDimension: 3072 });
		const [top] = await queryKnowledge(wide, { tenant, query: 'Quais convênios vocês aceitam? Atendem Unimed?' });
		expect(top.documentId).toBe('convenios');
		await expectKind(
			queryKnowledge(h.deps(), { tenant, query: 'x' }),
			'dimension_mismatch',
			/at 3072 dimensions, but this node embeds with gemini-embedding-001 at 768/,
		);
	});
});
