// The Knowledge Base: clinic documents in Chroma, one collection per tenant, embedded with Gemini.
// For the node shell (ingest, query, delete, count, get) and for the Gemini Agent's
// "search knowledge" tool, which needs only searchKnowledge().
import { queryKnowledge } from './store';
import type { KnowledgeDeps, Passage } from './types';

export * from './types';
export { KnowledgeBaseError, KNOWLEDGE_BASE_ERROR_KINDS, isKnowledgeBaseError, type KnowledgeBaseErrorKind } from './errors';
export {
	upsertDocuments,
	queryKnowledge,
	deleteDocuments,
	deleteByFilter,
	deleteKnowledgeBase,
	countChunks,
	getDocument,
	chunkId,
	scoreOf,
	DEFAULT_TOP_K,
	MAX_TOP_K,
} from './store';
export { chunkDocumentText, chunkSettings, DEFAULT_CHUNK_SIZE, DEFAULT_CHUNK_OVERLAP, MAX_CHUNK_SIZE, MIN_CHUNK_SIZE } from './chunking';
export { collectionNameFor, DEFAULT_DIMENSION, MAX_DIMENSION } from './collection';
export { normalizeFilter } from './filter';
export { checkUserMetadata, RESERVED_KEYS } from './metadata';
export { textFromFile, formatOf, MAX_FILE_BYTES, type FileInput, type FileText, type TextFormat } from './files';
export { stripHtml } from './html';

export interface SearchKnowledgeInput {
	tenant: string;
	query: string;
	/** Default 4, at most 50. */
	topK?: number;
	/** 0..1, default 0: passages scoring lower are dropped. */
	minScore?: number;
	/** Metadata filter, e.g. `{"source": "faq"}` or `{"documentId": {"$in": ["precos"]}}`. */
	filter?: unknown;
}

/**
 * The passages of the tenant's knowledge base nearest to `query`, best first, each with a score
 * in [0, 1] (cosine similarity). An empty list when nothing is stored for the tenant or nothing
 * scores at least `minScore`. Throws KnowledgeBaseError: 'invalid_input', 'dimension_mismatch',
 * 'chroma' or 'embedding'.
 *
 * deps: `{ chroma: getChroma(chromaCredentials), gemini: getGemini(geminiCredentials),
 * embeddingModel?, dimension? }`; the model and dimension must be those the documents were
 * ingested with (default gemini-embedding-001 at 768).
 */
export async function searchKnowledge(deps: KnowledgeDeps, input: SearchKnowledgeInput): Promise<Passage[]> {
	return await queryKnowledge(deps, input);
}
