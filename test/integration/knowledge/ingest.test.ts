import { getChroma } from '../../../nodes/shared/clients/chroma';
import {
	collectionNameFor,
	countChunks,
	getDocument,
	isKnowledgeBaseError,
	queryKnowledge,
	upsertDocuments,
	type KnowledgeBaseError,
} from '../../../nodes/KnowledgeBase';
import { CLINIC_FAQ, chromaUrl, useHarness } from './support';

const h = useHarness();

/** Paragraph n of a long price list (about 110 characters each). */
const paragraph = (n: number, price = 100 + n) =>
	`Item ${n} da tabela: consulta ou exame número ${n} custa R$ ${price},00 no particular, sem convênio.`;
const priceList = (paragraphs: number, change?: (n: number) => number) =>
	Array.from({ length: paragraphs }, (_, n) => paragraph(n, change?.(n))).join('\n\n');

async function storedIds(tenant: string): Promise<string[]> {
	const collection = await getChroma({ baseUrl: chromaUrl() }).getCollection({ name: collectionNameFor(tenant) });
	return (await collection.get({ include: [] })).ids.sort();
}

describe('upsert', () => {
	it('creates the tenant’s collection with the embedding model and dimension, using cosine distance', async () => {
		const tenant = h.tenant();
		const result = await upsertDocuments(h.deps(), { tenant, documents: CLINIC_FAQ });
		expect(result).toMatchObject({ tenant, collection: collectionNameFor(tenant), embedded: 11 });
		expect(result.documents.find((d) => d.documentId === 'precos')).toEqual({
			documentId: 'precos',
			chunkCount: 2,
			embedded: 2,
			unchanged: 0,
			deleted: 0,
		});
		const collection = await getChroma({ baseUrl: chromaUrl() }).getCollection({ name: collectionNameFor(tenant) });
		expect(collection.metadata).toEqual({
			embeddingModel: 'gemini-embedding-001',
			embeddingDimension: 768,
			tenant,
			createdBy: 'n8n-nodes-whatsapp-ai',
		});
		expect(collection.configuration.hnsw?.space).toBe('cosine');
		expect(await countChunks(h.deps(), { tenant })).toBe(11);
	});

	it('stores documentId, title, source, chunkIndex, chunkCount, tenant, the user’s metadata and a content hash', async () => {
		const tenant = h.tenant();
		await upsertDocuments(h.deps(), {
			tenant,
			documents: [{ ...CLINIC_FAQ.find((d) => d.documentId === 'precos')!, metadata: { lang: 'pt-BR', year: 2026, current: true } }],
		});
		const collection = await getChroma({ baseUrl: chromaUrl() }).getCollection({ name: collectionNameFor(tenant) });
		const stored = await collection.get({ ids: ['precos#1'], include: ['metadatas', 'embeddings'] });
		expect(stored.metadatas[0]).toEqual({
			documentId: 'precos',
			title: 'Valores de consultas e exames (particular)',
			source: 'faq-clinica',
			chunkIndex: 1,
			chunkCount: 2,
			tenant,
			lang: 'pt-BR',
			year: 2026,
			current: true,
			contentHash: expect.stringMatching(/^[0-9a-f]{32}$/),
		});
		expect(stored.embeddings[0]).toHaveLength(768);
	});

	it('embeds documents as RETRIEVAL_DOCUMENT in batches of at most 100, with the dimension asked', async () => {
		const tenant = h.tenant();
		// ~250 chunks of one paragraph each at the smallest chunk size
		const result = await upsertDocuments(h.deps(), {
			tenant,
			chunkSize: 120,
			chunkOverlap: 0,
			documents: [{ documentId: 'tabela', text: priceList(250) }],
		});
		expect(result.embedded).toBe(250);
		const batches = h.batchRequests().map((body) => body.requests as Record<string, unknown>[]);
		expect(batches.map((requests) => requests.length)).toEqual([100, 100, 50]);
		for (const request of batches.flat()) {
			expect(request).toMatchObject({ taskType: 'RETRIEVAL_DOCUMENT', outputDimensionality: 768, model: 'models/gemini-embedding-001' });
		}
		expect(h.embedder.calls).toHaveLength(1); // one embed() call; the adapter batches
		expect(await countChunks(h.deps(), { tenant })).toBe(250);
	});

	it('prefixes the title to what is embedded, so a chunk keeps its subject', async () => {
		const tenant = h.tenant();
		await upsertDocuments(h.deps(), {
			tenant,
			documents: [{ documentId: 'a', title: 'Estacionamento', text: 'São 30 vagas; duas horas grátis.' }],
		});
		expect(h.embedder.texts).toEqual(['Estacionamento\n\nSão 30 vagas; duas horas grátis.']);
		const [passage] = await queryKnowledge(h.deps(), { tenant, query: 'vagas' });
		expect(passage.text).toBe('São 30 vagas; duas horas grátis.'); // stored without the title
	});
});

describe('re-ingesting a document', () => {
	it('replaces its chunks in place, and a document that shrank leaves nothing behind', async () => {
		const tenant = h.tenant();
		const first = await upsertDocuments(h.deps(), {
			tenant,
			chunkSize: 300,
			documents: [{ documentId: 'tabela', title: 'Tabela', text: priceList(12) }],
		});
		const before = first.documents[0].chunkCount;
		expect(before).toBeGreaterThan(3);
		await upsertDocuments(h.deps(), { tenant, documents: [{ documentId: 'outro', text: 'Outro documento, que não muda.' }] });

		const shrunk = 'Tabela nova: consulta R$ 190,00.';
		const second = await upsertDocuments(h.deps(), {
			tenant,
			chunkSize: 300,
			documents: [{ documentId: 'tabela', title: 'Tabela', text: shrunk }],
		});
		expect(second.documents[0]).toEqual({ documentId: 'tabela', chunkCount: 1, embedded: 1, unchanged: 0, deleted: before - 1 });
		expect(await storedIds(tenant)).toEqual(['outro#0', 'tabela#0']);
		const document = await getDocument(h.deps(), { tenant, documentId: 'tabela' });
		expect(document.chunks.map((c) => c.text)).toEqual([shrunk]);
		expect(document.chunks[0].metadata.chunkCount).toBe(1);
		// the old text is not found any more
		const passages = await queryKnowledge(h.deps(), { tenant, query: 'Item 7 da tabela número 7', topK: 10 });
		expect(passages.every((p) => !p.text.includes('Item 7'))).toBe(true);
	});

	it('embeds nothing when the document did not change (zero embed calls, zero Gemini requests)', async () => {
		const tenant = h.tenant();
		await upsertDocuments(h.deps(), { tenant, documents: CLINIC_FAQ });
		h.embedder.reset();
		h.gemini.reset();

		const again = await upsertDocuments(h.deps(), { tenant, documents: CLINIC_FAQ });

		expect(h.embedder.calls).toHaveLength(0);
		expect(h.batchRequests()).toHaveLength(0);
		expect(again.embedded).toBe(0);
		expect(again.documents.every((d) => d.embedded === 0 && d.deleted === 0 && d.unchanged === d.chunkCount)).toBe(true);
		expect(await countChunks(h.deps(), { tenant })).toBe(11);
	});

	it('embeds only the chunks whose text changed', async () => {
		const tenant = h.tenant();
		const text = priceList(30);
		const first = await upsertDocuments(h.deps(), { tenant, documents: [{ documentId: 'tabela', text }] });
		const chunkCount = first.documents[0].chunkCount;
		expect(chunkCount).toBeGreaterThan(3);
		h.embedder.reset();

		// one price near the end changes
		const changed = priceList(30, (n) => (n === 28 ? 999 : 100 + n));
		const second = await upsertDocuments(h.deps(), { tenant, documents: [{ documentId: 'tabela', text: changed }] });

		expect(second.documents[0].chunkCount).toBe(chunkCount);
		expect(second.documents[0].embedded).toBeGreaterThanOrEqual(1);
		expect(second.documents[0].embedded).toBeLessThanOrEqual(2); // the chunk with it, and the one overlapping it
		expect(h.embedder.texts).toHaveLength(second.documents[0].embedded);
		expect(h.embedder.texts.every((t) => t.includes('R$ 999,00'))).toBe(true);
		const [top] = await queryKnowledge(h.deps(), { tenant, query: 'R$ 999,00', topK: 1 });
		expect(top.text).toContain('R$ 999,00');
	});

	it('updates metadata without embedding again, removing fields the document no longer has', async () => {
		const tenant = h.tenant();
		const document = { documentId: 'convenios', title: 'Convênios', text: 'Aceitamos Unimed e Amil.', source: 'faq' };
		await upsertDocuments(h.deps(), { tenant, documents: [{ ...document, metadata: { old: 'x', year: 2025 } }] });
		h.embedder.reset();

		const result = await upsertDocuments(h.deps(), {
			tenant,
			documents: [{ ...document, source: 'site', metadata: { year: 2026, lang: 'pt' } }],
		});

		expect(result.embedded).toBe(0);
		expect(h.embedder.calls).toHaveLength(0);
		const stored = await getDocument(h.deps(), { tenant, documentId: 'convenios' });
		expect(stored).toMatchObject({ source: 'site', metadata: { year: 2026, lang: 'pt' } });
		expect(stored.chunks[0].metadata).not.toHaveProperty('old');
		expect(await countChunks(h.deps(), { tenant, filter: { old: 'x' } })).toBe(0);
		expect(await countChunks(h.deps(), { tenant, filter: { source: 'site', year: 2026 } })).toBe(1);
		// re-added with the vector it had: the exact text still scores 1
		const [top] = await queryKnowledge(h.deps(), { tenant, query: 'Convênios\n\nAceitamos Unimed e Amil.', topK: 1 });
		expect(top.score).toBeCloseTo(1, 4);
	});

	it('drops removed fields from a chunk whose text changed too', async () => {
		const tenant = h.tenant();
		await upsertDocuments(h.deps(), { tenant, documents: [{ documentId: 'a', text: 'Versão um.', metadata: { draft: true } }] });
		await upsertDocuments(h.deps(), { tenant, documents: [{ documentId: 'a', text: 'Versão dois.' }] });
		const stored = await getDocument(h.deps(), { tenant, documentId: 'a' });
		expect(stored.chunks.map((c) => c.text)).toEqual(['Versão dois.']);
		expect(stored.metadata).toEqual({});
		expect(await countChunks(h.deps(), { tenant, filter: { draft: true } })).toBe(0);
	});

	it('embeds again when the title changes (it is part of what is embedded)', async () => {
		const tenant = h.tenant();
		await upsertDocuments(h.deps(), { tenant, documents: [{ documentId: 'a', title: 'Antes', text: 'Texto igual.' }] });
		h.embedder.reset();
		const result = await upsertDocuments(h.deps(), { tenant, documents: [{ documentId: 'a', title: 'Depois', text: 'Texto igual.' }] });
		expect(result.embedded).toBe(1);
		expect(h.embedder.texts).toEqual(['Depois\n\nTexto igual.']);
	});
});

describe('refused input', () => {
	async function refusal(run: Promise<unknown>): Promise<KnowledgeBaseError> {
		const error = await run.catch((e: unknown) => e);
		if (!isKnowledgeBaseError(error)) throw new Error(`expected a KnowledgeBaseError, got ${String(error)}`);
		return error;
	}

	it('refuses nested metadata before embedding or writing anything', async () => {
		const tenant = h.tenant();
		const error = await refusal(
			upsertDocuments(h.deps(), {
				tenant,
				documents: [
					{ documentId: 'ok', text: 'Documento certo.' },
					{ documentId: 'endereco', text: 'Rua das Acácias, 250.', metadata: { address: { city: 'Recife' } } },
				],
			}),
		);
		expect(error.kind).toBe('invalid_input');
		expect(error.message).toMatch(/documents\[1\] \("endereco"\)\.metadata\.address is an object.*Flatten it/);
		expect(h.embedder.calls).toHaveLength(0);
		expect(await countChunks(h.deps(), { tenant })).toBe(0);
		const names = (await getChroma({ baseUrl: chromaUrl() }).listCollections()).map((c) => c.name);
		expect(names).not.toContain(collectionNameFor(tenant));
	});

	it.each([
		[{ documents: [] }, /at least one document/],
		[{ documents: [{ documentId: 'a', text: '  \n ' }] }, /"a" has no text to store.*delete it/],
		[
			{
				documents: [
					{ documentId: 'a', text: 'x' },
					{ documentId: 'a', text: 'y' },
				],
			},
			/"a" is given twice/,
		],
		[{ documents: [{ documentId: '', text: 'x' }] }, /documentId must be a non-empty/],
		[{ documents: [{ documentId: 'a', text: 'x', metadata: { chunkIndex: 3 } }] }, /set by the Knowledge Base itself/],
		[{ documents: [{ documentId: 'a', text: 'x', metadata: { tags: ['a'] } }] }, /is a list/],
		[{ chunkSize: 10, documents: [{ documentId: 'a', text: 'x' }] }, /Chunk size/],
		[{ tenant: 'a:b', documents: [{ documentId: 'a', text: 'x' }] }, /tenant/],
	])('refuses %j', async (input, message) => {
		const error = await refusal(upsertDocuments(h.deps(), { tenant: h.tenant(), ...input } as never));
		expect(error.kind).toBe('invalid_input');
		expect(error.message).toMatch(message);
		expect(h.embedder.calls).toHaveLength(0);
	});
});
