// Knowledge Base integration tests: the real Chroma server of the integration run
// (WA_AI_CHROMA_URL, started by globalSetup) and the Gemini fake, whose embeddings are a
// deterministic bag of words and trigrams, so texts that share words are near each other.
import { randomUUID } from 'crypto';
import { getChroma } from '../../../nodes/shared/clients/chroma';
import { GeminiAdapter } from '../../../nodes/shared/gemini/adapter';
import type { CallOptions, EmbedRequest } from '../../../nodes/shared/gemini/types';
import { deleteKnowledgeBase } from '../../../nodes/KnowledgeBase';
import type { DocumentInput, Embedder, KnowledgeDeps } from '../../../nodes/KnowledgeBase';
import { GeminiFake } from '../../fakes/geminiFake';
import clinicFaq from '../../fixtures/knowledge/clinic-faq.json';
import vetFaq from '../../fixtures/knowledge/vet-faq.json';

export const CLINIC_FAQ: DocumentInput[] = clinicFaq;
export const VET_FAQ: DocumentInput[] = vetFaq;

export function chromaUrl(): string {
	const url = process.env.WA_AI_CHROMA_URL;
	if (!url) throw new Error('WA_AI_CHROMA_URL is not set: run with test/integration/jest.config.js (its globalSetup starts Chroma)');
	return url;
}

/** The adapter's embed(), with every request kept so tests can count what was embedded. */
export class CountingEmbedder implements Embedder {
	readonly calls: EmbedRequest[] = [];

	constructor(private readonly inner: () => Embedder) {}

	async embed(request: EmbedRequest, options?: CallOptions): Promise<number[][]> {
		this.calls.push(request);
		return await this.inner().embed(request, options);
	}

	/** Texts embedded since the last reset. */
	get texts(): string[] {
		return this.calls.flatMap((call) => call.texts);
	}

	reset(): void {
		this.calls.length = 0;
	}
}

export interface Harness {
	gemini: GeminiFake;
	embedder: CountingEmbedder;
	deps(extra?: Partial<KnowledgeDeps>): KnowledgeDeps;
	/** A tenant name no other test uses; its collection is dropped after the file. */
	tenant(label?: string): string;
	/** batchEmbedContents requests the fake received. */
	batchRequests(): Record<string, unknown>[];
}

/** Starts the Gemini fake for a test file and cleans up the tenants it handed out. */
export function useHarness(): Harness {
	const gemini = new GeminiFake({ apiKey: 'test-key' });
	// The fake's URL is known once it has started.
	let adapter: GeminiAdapter | undefined;
	const embedder = new CountingEmbedder(() => adapter ?? (adapter = new GeminiAdapter({ apiKey: 'test-key', baseUrl: gemini.url })));
	const tenants: string[] = [];
	const harness: Harness = {
		gemini,
		embedder,
		deps: (extra = {}) => ({
			chroma: getChroma({ baseUrl: chromaUrl() }),
			gemini: embedder,
			embedOptions: { retries: 0, timeoutMs: 5_000 },
			...extra,
		}),
		tenant: (label = 'clinica') => {
			const tenant = `${label}-${randomUUID().slice(0, 8)}`;
			tenants.push(tenant);
			return tenant;
		},
		batchRequests: () => gemini.requestsTo(/:batchEmbedContents$/).map((request) => request.body as Record<string, unknown>),
	};
	beforeAll(async () => {
		await gemini.start();
	});
	beforeEach(() => {
		gemini.reset();
		embedder.reset();
	});
	afterAll(async () => {
		const chroma = getChroma({ baseUrl: chromaUrl() });
		await Promise.allSettled(tenants.map(async (tenant) => await deleteKnowledgeBase({ chroma, gemini: embedder }, { tenant })));
		await gemini.stop();
	});
	return harness;
}
