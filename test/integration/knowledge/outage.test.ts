import { createServer, type Server } from 'http';
import type { AddressInfo, Socket } from 'net';
import { chromaClientFor, getChroma } from '../../../nodes/shared/clients/chroma';
import { GeminiAdapter } from '../../../nodes/shared/gemini/adapter';
import {
	countChunks,
	deleteByFilter,
	deleteDocuments,
	getDocument,
	isKnowledgeBaseError,
	queryKnowledge,
	upsertDocuments,
	type KnowledgeDeps,
} from '../../../nodes/KnowledgeBase';
import { freePort } from '../../../scripts/stack/net';
import { CLINIC_FAQ, useHarness } from './support';

const h = useHarness();

async function failure(run: Promise<unknown>): Promise<{ kind: string; message: string }> {
	const error = await run.catch((e: unknown) => e);
	if (!isKnowledgeBaseError(error)) throw new Error(`expected a KnowledgeBaseError, got ${String(error)}`);
	return { kind: error.kind, message: error.message };
}

describe('Chroma outage', () => {
	it('gives kind chroma, with the address and what to check, for every operation', async () => {
		const port = await freePort();
		const address = `http://127.0.0.1:${port}`;
		const deps = h.deps({ chroma: getChroma({ baseUrl: `${address}/` }) });
		const tenant = 'clinica-fora-do-ar';
		const expected = {
			kind: 'chroma',
			message: expect.stringMatching(
				new RegExp(
					`^Could not reach Chroma at http://127\\.0\\.0\\.1:${port} while \\w+( \\w+)? the knowledge base of tenant "clinica-fora-do-ar" .*Check that Chroma is running and that the Base URL in the Chroma credential is right\\.$`,
				),
			),
		};
		expect(await failure(upsertDocuments(deps, { tenant, documents: CLINIC_FAQ }))).toEqual(expected);
		expect(await failure(queryKnowledge(deps, { tenant, query: 'horário' }))).toEqual(expected);
		expect(await failure(countChunks(deps, { tenant }))).toEqual(expected);
		expect(await failure(deleteDocuments(deps, { tenant, documentIds: ['precos'] }))).toEqual(expected);
		expect(await failure(deleteByFilter(deps, { tenant, filter: { source: 'x' } }))).toEqual(expected);
		expect(await failure(getDocument(deps, { tenant, documentId: 'precos' }))).toEqual(expected);
		expect(h.embedder.calls.filter((call) => call.taskType === 'RETRIEVAL_DOCUMENT')).toEqual([]); // nothing embedded for a lost write
	});

	it('gives up on a Chroma that accepts but never answers', async () => {
		const sockets = new Set<Socket>();
		const server: Server = createServer(() => undefined); // never answers
		server.on('connection', (socket) => sockets.add(socket));
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const address = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
		try {
			const deps: KnowledgeDeps = h.deps({ chroma: chromaClientFor({ baseUrl: address }, 300) });
			const started = Date.now();
			const result = await failure(queryKnowledge(deps, { tenant: 'lenta', query: 'horário' }));
			expect(Date.now() - started).toBeLessThan(3_000);
			expect(result.kind).toBe('chroma');
			expect(result.message).toContain(`Could not reach Chroma at ${address}`);
			expect(result.message).toContain('no answer in time');
		} finally {
			for (const socket of sockets) socket.destroy();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		}
	});
});

describe('Gemini failures', () => {
	it('give kind embedding, and leave the stored document as it was', async () => {
		const tenant = h.tenant();
		const document = CLINIC_FAQ.find((d) => d.documentId === 'convenios')!;
		await upsertDocuments(h.deps(), { tenant, documents: [document] });

		h.gemini.fail({ status: 503, times: Infinity });
		const changed = { ...document, text: `${document.text}\n\nNovo: aceitamos também Golden Cross.` };
		const result = await failure(upsertDocuments(h.deps(), { tenant, documents: [changed] }));
		expect(result.kind).toBe('embedding');
		expect(result.message).toMatch(
			/^Gemini could not embed the text with gemini-embedding-001: Gemini API error 503: .*\. Gemini is having trouble; try again in a few minutes\.$/,
		);

		h.gemini.reset();
		const stored = await getDocument(h.deps(), { tenant, documentId: 'convenios' });
		expect(stored.chunks.map((c) => c.text)).toEqual([document.text]);
	});

	it('say when the quota is used up', async () => {
		h.gemini.fail({ status: 429, times: Infinity });
		const result = await failure(queryKnowledge(h.deps(), { tenant: h.tenant(), query: 'horário' }));
		expect(result).toEqual({ kind: 'embedding', message: expect.stringMatching(/429.*The Gemini quota is used up for now/) });
	});

	it('say when the API key is wrong', async () => {
		const deps = h.deps({ gemini: new GeminiAdapter({ apiKey: 'wrong', baseUrl: h.gemini.url }) });
		const result = await failure(queryKnowledge(deps, { tenant: h.tenant(), query: 'x' }));
		expect(result).toEqual({
			kind: 'embedding',
			message: expect.stringMatching(/API key not valid.*Check the API key in the Gemini credential/),
		});
	});
});
