import { getChroma } from '../../../nodes/shared/clients/chroma';
import {
	collectionNameFor,
	getDocument,
	isKnowledgeBaseError,
	queryKnowledge,
	searchKnowledge,
	upsertDocuments,
	type Passage,
} from '../../../nodes/KnowledgeBase';
import { CLINIC_FAQ, VET_FAQ, chromaUrl, useHarness } from './support';

const h = useHarness();
const clinic = h.tenant('clinica-bem-viver');
const vet = h.tenant('vet-amigo-fiel');

beforeAll(async () => {
	await upsertDocuments(h.deps(), { tenant: clinic, documents: CLINIC_FAQ });
	await upsertDocuments(h.deps(), { tenant: vet, documents: VET_FAQ });
});

describe('searchKnowledge: the right passage first', () => {
	it.each([
		['Preciso fazer jejum para o exame de sangue? Posso beber água?', 'preparo-exame-de-sangue'],
		['Quais convênios vocês aceitam? Atendem Unimed?', 'convenios'],
		['Tem estacionamento? É gratuito?', 'estacionamento'],
		['Como faço para cancelar ou remarcar minha consulta?', 'cancelamento'],
		['Qual o endereço da clínica? Fica em Boa Viagem?', 'endereco'],
		['Qual o preparo do ultrassom abdominal?', 'preparo-ultrassom-abdominal'],
		['Qual o valor da consulta com especialista em cardiologia?', 'precos'],
		['A clínica funciona aos sábados? Qual o horário de funcionamento?', 'horarios'],
		['Como recebo o resultado dos meus exames?', 'resultados'],
	])('%s → %s', async (query, documentId) => {
		const passages = await searchKnowledge(h.deps(), { tenant: clinic, query, topK: 3 });
		expect(passages.map((p) => p.documentId)[0]).toBe(documentId);
		expect(passages.length).toBeLessThanOrEqual(3);
	});

	it('returns passages with id, documentId, title, text, score and metadata, best first', async () => {
		const passages = await searchKnowledge(h.deps(), { tenant: clinic, query: 'convênio Unimed carteirinha', topK: 5 });
		const top = passages[0];
		expect(top).toEqual({
			id: 'convenios#0',
			documentId: 'convenios',
			title: 'Convênios aceitos',
			text: CLINIC_FAQ.find((d) => d.documentId === 'convenios')!.text,
			score: expect.any(Number),
			metadata: {
				documentId: 'convenios',
				title: 'Convênios aceitos',
				source: 'faq-clinica',
				chunkIndex: 0,
				chunkCount: 1,
				tenant: clinic,
			},
		});
		for (const passage of passages) {
			expect(passage.score).toBeGreaterThanOrEqual(0);
			expect(passage.score).toBeLessThanOrEqual(1);
		}
		const scores = passages.map((p) => p.score);
		expect(scores).toEqual([...scores].sort((a, b) => b - a));
		expect(top.score).toBeGreaterThan(passages[passages.length - 1].score);
	});

	it('embeds the query once as RETRIEVAL_QUERY, at the configured dimension', async () => {
		await searchKnowledge(h.deps(), { tenant: clinic, query: 'estacionamento' });
		expect(h.embedder.calls).toEqual([
			{ texts: ['estacionamento'], model: 'gemini-embedding-001', taskType: 'RETRIEVAL_QUERY', outputDimensionality: 768 },
		]);
		const [batch] = h.batchRequests();
		expect((batch.requests as Record<string, unknown>[])[0]).toMatchObject({
			taskType: 'RETRIEVAL_QUERY',
			outputDimensionality: 768,
			model: 'models/gemini-embedding-001',
		});
	});

	it('scores an exact chunk text at 1', async () => {
		const doc = CLINIC_FAQ.find((d) => d.documentId === 'o-que-levar')!;
		const [top] = await queryKnowledge(h.deps(), { tenant: clinic, query: `${doc.title}\n\n${doc.text}`, topK: 1 });
		expect(top.documentId).toBe('o-que-levar');
		expect(top.score).toBeCloseTo(1, 4);
	});
});

describe('topK and minScore', () => {
	it('gives at most topK passages', async () => {
		expect(await queryKnowledge(h.deps(), { tenant: clinic, query: 'exame', topK: 1 })).toHaveLength(1);
		expect(await queryKnowledge(h.deps(), { tenant: clinic, query: 'exame' })).toHaveLength(4); // default
		expect(await queryKnowledge(h.deps(), { tenant: clinic, query: 'exame', topK: 50 })).toHaveLength(11); // all chunks
	});

	it('drops passages below minScore', async () => {
		const all = await queryKnowledge(h.deps(), { tenant: clinic, query: 'jejum exame de sangue água', topK: 10 });
		const threshold = (all[0].score + all[1].score) / 2;
		const kept = await queryKnowledge(h.deps(), { tenant: clinic, query: 'jejum exame de sangue água', topK: 10, minScore: threshold });
		expect(kept.map((p) => p.id)).toEqual([all[0].id]);
		expect(await queryKnowledge(h.deps(), { tenant: clinic, query: 'xyzzy plugh', minScore: 0.9 })).toEqual([]);
	});

	it.each([
		[{ topK: 0 }, /topK/],
		[{ topK: 51 }, /topK/],
		[{ topK: 2.5 }, /topK/],
		[{ minScore: 1.5 }, /minScore/],
		[{ minScore: -0.1 }, /minScore/],
		[{ query: '   ' }, /query is empty/],
		[{ tenant: 'a b' }, /tenant/],
		[{ filter: '{"source": ' }, /not valid JSON/],
		[{ filter: { source: { city: 'Recife' } } }, /not an operator/],
	])('refuses %j as invalid input', async (bad, message) => {
		const error = await queryKnowledge(h.deps(), { tenant: clinic, query: 'jejum', ...bad }).catch((e: unknown) => e);
		expect(isKnowledgeBaseError(error, 'invalid_input')).toBe(true);
		expect((error as Error).message).toMatch(message);
	});
});

describe('metadata filters', () => {
	it('filters by source', async () => {
		const passages = await queryKnowledge(h.deps(), {
			tenant: clinic,
			query: 'jejum para exame',
			topK: 10,
			filter: { source: 'faq-preparo' },
		});
		expect(new Set(passages.map((p) => p.documentId))).toEqual(new Set(['preparo-exame-de-sangue', 'preparo-ultrassom-abdominal']));
	});

	it('filters by documentId with $in, also given as JSON text', async () => {
		const passages = await queryKnowledge(h.deps(), {
			tenant: clinic,
			query: 'jejum para exame de sangue',
			topK: 10,
			filter: '{"documentId": {"$in": ["convenios", "precos"]}}',
		});
		expect(passages.length).toBe(3); // convenios has one chunk, precos two
		expect(new Set(passages.map((p) => p.documentId))).toEqual(new Set(['convenios', 'precos']));
	});

	it('filters on a document’s own metadata, combined with another field', async () => {
		const tenant = h.tenant('filtros');
		await upsertDocuments(h.deps(), {
			tenant,
			documents: [
				{
					documentId: 'card',
					text: 'Cardiologia: eletrocardiograma e consulta.',
					metadata: { specialty: 'cardiologia', price: 250, active: true },
				},
				{
					documentId: 'derm',
					text: 'Dermatologia: consulta e pequenas cirurgias.',
					metadata: { specialty: 'dermatologia', price: 250, active: false },
				},
				{ documentId: 'geral', text: 'Clínico geral: consulta de rotina.', metadata: { specialty: 'clinica', price: 180, active: true } },
			],
		});
		const ids = async (filter: unknown) =>
			(await queryKnowledge(h.deps(), { tenant, query: 'consulta', topK: 10, filter })).map((p) => p.documentId).sort();
		expect(await ids({ price: 250 })).toEqual(['card', 'derm']);
		expect(await ids({ price: 250, active: true })).toEqual(['card']);
		expect(await ids({ price: { $lt: 200 } })).toEqual(['geral']);
		expect(await ids({ specialty: { $nin: ['cardiologia'] } })).toEqual(['derm', 'geral']);
		expect(await ids({ $or: [{ specialty: 'dermatologia' }, { price: 180 }] })).toEqual(['derm', 'geral']);
		expect(await ids({ specialty: 'pediatria' })).toEqual([]);
	});
});

describe('tenants', () => {
	it('are isolated: a clinic never sees the vet’s passages, even with the same document ids', async () => {
		const fromClinic = await queryKnowledge(h.deps(), {
			tenant: clinic,
			query: 'vacina antirrábica para cães e gatos castração',
			topK: 50,
		});
		expect(fromClinic.length).toBe(11);
		expect(fromClinic.every((p: Passage) => p.metadata.tenant === clinic)).toBe(true);
		expect(fromClinic.some((p) => ['vacinas', 'castracao'].includes(p.documentId))).toBe(false);

		const [fromVet] = await queryKnowledge(h.deps(), { tenant: vet, query: 'vacina antirrábica para cães', topK: 1 });
		expect(fromVet).toMatchObject({ documentId: 'vacinas', metadata: { tenant: vet } });

		// both have a document "horarios"; each keeps its own
		expect((await getDocument(h.deps(), { tenant: clinic, documentId: 'horarios' })).title).toBe('Horário de funcionamento');
		expect((await getDocument(h.deps(), { tenant: vet, documentId: 'horarios' })).title).toBe('Horário de funcionamento e plantão');
	});

	it('a tenant with nothing ingested gets no passages, and no collection is created for it', async () => {
		const tenant = h.tenant('vazio');
		expect(await searchKnowledge(h.deps(), { tenant, query: 'horário' })).toEqual([]);
		const names = (await getChroma({ baseUrl: chromaUrl() }).listCollections()).map((c) => c.name);
		expect(names).not.toContain(collectionNameFor(tenant));
		expect(names).toContain(collectionNameFor(clinic));
	});
});
