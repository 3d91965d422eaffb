import type { ChromaClient } from 'chromadb';
import type { CallOptions, EmbedRequest } from '../shared/gemini/types';

/** A flat metadata value, the only kind Chroma filters on. */
export type MetadataValue = string | number | boolean;

export type Metadata = Record<string, MetadataValue>;

/** What the Knowledge Base needs from Gemini: the adapter's embed() (batches of 100 inside). */
export interface Embedder {
	embed(request: EmbedRequest, options?: CallOptions): Promise<number[][]>;
}

/**
 * Everything an operation needs. The node shell (and the Gemini Agent) build it from the Chroma
 * and Gemini credentials with getChroma() and getGemini(), so clients are pooled per credential.
 */
export interface KnowledgeDeps {
	chroma: ChromaClient;
	gemini: Embedder;
	/** Default gemini-embedding-001. */
	embeddingModel?: string;
	/** Output dimensionality asked of Gemini; default 768. Fixed per tenant once it has documents. */
	dimension?: number;
	/** Timeout and retries for the embedding calls. */
	embedOptions?: CallOptions;
}

/** One document to ingest. Re-ingesting the same documentId replaces what was stored for it. */
export interface DocumentInput {
	documentId: string;
	text: string;
	title?: string;
	/** Where it came from (file name, URL, "faq"); stored and filterable. */
	source?: string;
	/** Flat string/number/boolean values only; stored on every chunk and filterable. */
	metadata?: Record<string, unknown>;
}

export interface ChunkingOptions {
	/** Characters per chunk (about 4 per token); default 800. */
	chunkSize?: number;
	/** Characters repeated from the end of the previous chunk; default 100, at most half the size. */
	chunkOverlap?: number;
}

export interface UpsertInput extends ChunkingOptions {
	tenant: string;
	documents: DocumentInput[];
}

export interface DocumentUpsertResult {
	documentId: string;
	chunkCount: number;
	/** Chunks whose text was new or changed, so were embedded. */
	embedded: number;
	/** Chunks already stored with the same text: not embedded again. */
	unchanged: number;
	/** Chunks left over from a longer earlier version, now deleted. */
	deleted: number;
}

export interface UpsertResult {
	tenant: string;
	collection: string;
	documents: DocumentUpsertResult[];
	/** Texts sent to Gemini for embedding, over all documents. */
	embedded: number;
}

/** A Chroma `where` clause as this module accepts it (validated by normalizeFilter). */
export type Where = Record<string, unknown>;

export interface QueryInput {
	tenant: string;
	query: string;
	/** How many passages at most; default 4, at most 50. */
	topK?: number;
	/** Drop passages scoring below this (0..1); default 0. */
	minScore?: number;
	/** Metadata filter: `{field: value}`, `{field: {$in: [...]}}`, … (see filter.ts). */
	filter?: unknown;
}

export interface Passage {
	/** Chunk id: `<documentId>#<chunkIndex>`. */
	id: string;
	documentId: string;
	title: string;
	text: string;
	/** Cosine similarity of query and passage, clipped to [0, 1]; higher is closer. */
	score: number;
	/** Stored metadata: source, chunkIndex, chunkCount, tenant and the document's own fields. */
	metadata: Metadata;
}

export interface StoredChunk {
	id: string;
	chunkIndex: number;
	text: string;
	metadata: Metadata;
}

export interface StoredDocument {
	documentId: string;
	title: string;
	source: string;
	chunkCount: number;
	/** The document's own metadata (what was given at ingest). */
	metadata: Metadata;
	chunks: StoredChunk[];
}
