// The Knowledge Base operations over Chroma: upsert documents (chunked and embedded), query,
// delete, count and read back. Plain TypeScript; the node shell and the Gemini Agent call these.
//
// Chunk ids are `<documentId>#<chunkIndex>`, so ingesting a document again overwrites its chunks
// in place and the ones past its new length are deleted: a document that shrank leaves nothing
// behind. Each chunk stores a hash of the text it was embedded from; a chunk whose hash is
// unchanged is not embedded again (at most its metadata is updated), so re-ingesting an
// unchanged document costs no Gemini call and no write.
import { createHash } from 'crypto';
import type { Collection, Where as ChromaWhere } from 'chromadb';
import { chromaAddress } from '../shared/clients/chroma';
import { chunkDocumentText, chunkSettings } from './chunking';
import { checkEmbeddingSpace, checkTenant, collectionNameFor, dropCollection, embeddingSpaceOf, type EmbeddingSpace } from './collection';
import { chromaError, embeddingError, invalidInput, KnowledgeBaseError } from './errors';
import { documentIdsFilter, normalizeFilter } from './filter';
import { checkDocument, checkDocumentId, sameMetadata, userMetadataOf, type CheckedDocument } from './metadata';
import type {
	DocumentUpsertResult,
	KnowledgeDeps,
	Metadata,
	Passage,
	QueryInput,
	StoredChunk,
	StoredDocument,
	UpsertInput,
	UpsertResult,
	Where,
} from './types';

export const DEFAULT_TOP_K = 4;
export const MAX_TOP_K = 50;
/** Longer queries are cut here (a long chat message still searches; Gemini takes ~2,048 tokens). */
export const MAX_QUERY_CHARS = 6_000;
export const MAX_DOCUMENTS_PER_CALL = 1_000;
/** Chroma get/delete pages, and the size of `$in` lists sent at once. */
const PAGE = 500;
/** Upsert request bodies kept near 4 MB (embeddings travel as JSON numbers, ~12 bytes each). */
const UPSERT_BYTES = 4_000_000;

/** The chunk id of a document's nth chunk. */
export function chunkId(documentId: string, chunkIndex: number): string {
	return `${documentId}#${chunkIndex}`;
}

/**
 * Hash of what is embedded for a chunk (title and text, and the embedding space), so a chunk is
 * embedded again exactly when its vector would differ.
 */
export function contentHash(embeddedText: string, space: EmbeddingSpace): string {
	return createHash('sha256').update(`${space.model}\n${space.dimension}\n${embeddedText}`, 'utf8').digest('hex').slice(0, 32);
}

/** What Gemini embeds for a chunk: the title gives a chunk cut from its document its subject back. */
export function embeddedText(title: string, text: string): string {
	return title ? `${title}\n\n${text}` : text;
}

/**
 * Cosine distance (what the collection uses, 1 - cos) as a score in [0, 1]: the cosine similarity,
 * negative values clipped to 0. 1 means the same direction; unrelated texts score near 0.
 */
export function scoreOf(distance: number | null | undefined): number {
	if (typeof distance !== 'number' || !Number.isFinite(distance)) return 0;
	return Math.round(Math.min(1, Math.max(0, 1 - distance)) * 1e6) / 1e6;
}

function chunks<T>(items: T[], size: number): T[][] {
	const out: T[][] = [];
	for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
	return out;
}

function doing(tenant: string, action: string): string {
	return `${action} the knowledge base of tenant "${tenant}"`;
}

/** Runs a Chroma call; its failure becomes a 'chroma' KnowledgeBaseError naming the address. */
async function chroma<T>(deps: KnowledgeDeps, tenant: string, action: string, run: () => Promise<T>): Promise<T> {
	try {
		return await run();
	} catch (error) {
		throw chromaError(error, chromaAddress(deps.chroma), doing(tenant, action));
	}
}

async function embed(
	deps: KnowledgeDeps,
	space: EmbeddingSpace,
	texts: string[],
	taskType: 'RETRIEVAL_DOCUMENT' | 'RETRIEVAL_QUERY',
): Promise<number[][]> {
	let vectors: number[][];
	try {
		vectors = await deps.gemini.embed({ texts, model: space.model, taskType, outputDimensionality: space.dimension }, deps.embedOptions);
	} catch (error) {
		throw embeddingError(error, space.model);
	}
	const wrong = vectors.find((vector) => !Array.isArray(vector) || vector.length !== space.dimension);
	if (vectors.length !== texts.length || wrong) {
		throw new KnowledgeBaseError(
			'embedding',
			`Gemini returned ${wrong ? `vectors of ${wrong.length ?? 0} values` : `${vectors.length} vectors for ${texts.length} texts`} where ${space.dimension}-value vectors were asked of ${space.model}. Check that the model supports that output dimensionality.`,
		);
	}
	return vectors;
}

/** The tenant's collection, or undefined when nothing was ingested yet. `space` checks it too. */
async function openForRead(deps: KnowledgeDeps, tenant: string, action: string, space?: EmbeddingSpace): Promise<Collection | undefined> {
	const name = collectionNameFor(tenant);
	let collection: Collection;
	try {
		collection = await deps.chroma.getCollection({ name });
	} catch (error) {
		// No collection yet: nothing ingested for this tenant. (A Chroma tenant or database that does
		// not exist answers the same 404; the credential test is what catches that.)
		if ((error as { name?: unknown } | null)?.name === 'ChromaNotFoundError') return undefined;
		throw chromaError(error, chromaAddress(deps.chroma), doing(tenant, action));
	}
	if (space) checkEmbeddingSpace(collection, tenant, space);
	return collection;
}

/**
 * The tenant's collection for writing, created on first use with the embedding model and
 * dimension in its metadata. One built in another embedding space is refused unless it is empty,
 * in which case it is made again in the new space.
 */
async function openForWrite(deps: KnowledgeDeps, tenant: string, space: EmbeddingSpace): Promise<Collection> {
	const name = collectionNameFor(tenant);
	const create = async () =>
		await chroma(
			deps,
			tenant,
			'opening',
			async () =>
				await deps.chroma.getOrCreateCollection({
					name,
					metadata: { embeddingModel: space.model, embeddingDimension: space.dimension, tenant, createdBy: 'n8n-nodes-whatsapp-ai' },
					// Cosine distance, so that 1 - distance is the cosine similarity (scoreOf).
					configuration: { hnsw: { space: 'cosine' } },
					embeddingFunction: null,
				}),
		);
	const collection = await create();
	try {
		checkEmbeddingSpace(collection, tenant, space);
		return collection;
	} catch (error) {
		if (!(error instanceof KnowledgeBaseError && error.kind === 'dimension_mismatch')) throw error;
		if ((await chroma(deps, tenant, 'counting', async () => await collection.count())) > 0) throw error;
	}
	await dropCollection(deps.chroma, tenant);
	const fresh = await create();
	checkEmbeddingSpace(fresh, tenant, space);
	return fresh;
}

interface PlannedChunk {
	id: string;
	documentId: string;
	text: string;
	embedInput: string;
	metadata: Metadata;
}

/**
 * Ingests documents into the tenant's knowledge base: chunks them, embeds the chunks whose text
 * changed (RETRIEVAL_DOCUMENT), upserts them and deletes each document's leftover chunks.
 */
export async function upsertDocuments(deps: KnowledgeDeps, input: UpsertInput): Promise<UpsertResult> {
	const tenant = checkTenant(input.tenant);
	const space = embeddingSpaceOf(deps);
	const settings = chunkSettings(input);
	if (!Array.isArray(input.documents) || input.documents.length === 0) throw invalidInput('Give at least one document to ingest');
	if (input.documents.length > MAX_DOCUMENTS_PER_CALL) {
		throw invalidInput(
			`At most ${MAX_DOCUMENTS_PER_CALL} documents can be ingested at once, got ${input.documents.length}; split them into batches`,
		);
	}
	const documents: CheckedDocument[] = input.documents.map((document, i) => checkDocument(document, `documents[${i}]`));
	const seen = new Set<string>();
	for (const document of documents) {
		if (seen.has(document.documentId))
			throw invalidInput(`Document "${document.documentId}" is given twice; each documentId once per call`);
		seen.add(document.documentId);
	}

	const planned: PlannedChunk[] = [];
	const perDocument = new Map<string, DocumentUpsertResult>();
	for (const document of documents) {
		const texts = chunkDocumentText(document.text, settings);
		if (texts.length === 0) {
			throw invalidInput(`Document "${document.documentId}" has no text to store. To remove a document, delete it by its id instead.`);
		}
		texts.forEach((text, chunkIndex) => {
			const embedInput = embeddedText(document.title, text);
			planned.push({
				id: chunkId(document.documentId, chunkIndex),
				documentId: document.documentId,
				text,
				embedInput,
				metadata: {
					...document.metadata,
					documentId: document.documentId,
					title: document.title,
					source: document.source,
					chunkIndex,
					chunkCount: texts.length,
					tenant,
					contentHash: contentHash(embedInput, space),
				},
			});
		});
		perDocument.set(document.documentId, {
			documentId: document.documentId,
			chunkCount: texts.length,
			embedded: 0,
			unchanged: 0,
			deleted: 0,
		});
	}

	const collection = await openForWrite(deps, tenant, space);
	const existing = new Map<string, Metadata>();
	for (const ids of chunks([...perDocument.keys()], PAGE)) {
		const found = await chroma(
			deps,
			tenant,
			'reading',
			async () => await collection.get({ where: documentIdsFilter(ids) as ChromaWhere, include: ['metadatas'] }),
		);
		found.ids.forEach((id, i) => existing.set(id, (found.metadatas[i] ?? {}) as Metadata));
	}

	// Chroma merges metadata on upsert and update, and its JS client drops null values, so a field
	// the document no longer has can only go by deleting the record and adding it again.
	const toEmbed: PlannedChunk[] = []; // new or changed text
	const toRewrite: PlannedChunk[] = []; // same text, fields removed: re-added with the stored vector
	const toUpdate: PlannedChunk[] = []; // same text, fields changed or added: a merge is enough
	const toClear: string[] = []; // records to delete before they are written again
	for (const chunk of planned) {
		const stored = existing.get(chunk.id);
		const result = perDocument.get(chunk.documentId)!;
		const dropsFields = stored !== undefined && Object.keys(stored).some((key) => !(key in chunk.metadata));
		if (stored && stored.contentHash === chunk.metadata.contentHash) {
			result.unchanged++;
			if (sameMetadata(stored, chunk.metadata)) continue;
			if (dropsFields) {
				toRewrite.push(chunk);
				toClear.push(chunk.id);
			} else {
				toUpdate.push(chunk);
			}
		} else {
			result.embedded++;
			toEmbed.push(chunk);
			if (dropsFields) toClear.push(chunk.id);
		}
	}
	const plannedIds = new Set(planned.map((chunk) => chunk.id));
	const stale = [...existing.entries()].filter(([id]) => !plannedIds.has(id));
	for (const [, metadata] of stale) {
		const result = perDocument.get(String(metadata.documentId));
		if (result) result.deleted++;
	}

	// Embed everything first: if Gemini fails, nothing in Chroma has changed.
	const vectors =
		toEmbed.length > 0
			? await embed(
					deps,
					space,
					toEmbed.map((chunk) => chunk.embedInput),
					'RETRIEVAL_DOCUMENT',
				)
			: [];
	const storedVectors = new Map<string, number[]>();
	for (const ids of chunks(
		toRewrite.map((chunk) => chunk.id),
		PAGE,
	)) {
		const found = await chroma(deps, tenant, 'reading', async () => await collection.get({ ids, include: ['embeddings'] }));
		found.ids.forEach((id, i) => storedVectors.set(id, found.embeddings[i]));
	}
	const writes = [
		...toEmbed.map((chunk, i) => ({ chunk, vector: vectors[i] })),
		...toRewrite.map((chunk) => ({ chunk, vector: storedVectors.get(chunk.id)! })),
	];
	for (const ids of chunks(toClear, PAGE)) {
		await chroma(deps, tenant, 'writing to', async () => await collection.delete({ ids }));
	}
	const batch = Math.max(1, Math.min(PAGE, Math.floor(UPSERT_BYTES / (space.dimension * 12))));
	for (const slice of chunks(writes, batch)) {
		await chroma(
			deps,
			tenant,
			'writing to',
			async () =>
				await collection.upsert({
					ids: slice.map(({ chunk }) => chunk.id),
					embeddings: slice.map(({ vector }) => vector),
					documents: slice.map(({ chunk }) => chunk.text),
					metadatas: slice.map(({ chunk }) => chunk.metadata),
				}),
		);
	}
	for (const slice of chunks(toUpdate, PAGE)) {
		await chroma(
			deps,
			tenant,
			'writing to',
			async () => await collection.update({ ids: slice.map((chunk) => chunk.id), metadatas: slice.map((chunk) => chunk.metadata) }),
		);
	}
	for (const ids of chunks(
		stale.map(([id]) => id),
		PAGE,
	)) {
		await chroma(deps, tenant, 'deleting from', async () => await collection.delete({ ids }));
	}
	return {
		tenant,
		collection: collection.name,
		documents: [...perDocument.values()],
		embedded: toEmbed.length,
	};
}

function checkedTopK(value: unknown): number {
	if (value === undefined || value === null) return DEFAULT_TOP_K;
	if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_TOP_K) {
		throw invalidInput(`topK must be a whole number from 1 to ${MAX_TOP_K}, got ${String(value)}`);
	}
	return value;
}

function checkedMinScore(value: unknown): number {
	if (value === undefined || value === null) return 0;
	if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
		throw invalidInput(`minScore must be a number from 0 to 1, got ${String(value)}`);
	}
	return value;
}

function passageOf(id: string, text: string | null | undefined, metadata: Metadata, score: number): Passage {
	const { contentHash: _hash, ...shown } = metadata;
	return {
		id,
		documentId: typeof metadata.documentId === 'string' ? metadata.documentId : id.replace(/#\d+$/, ''),
		title: typeof metadata.title === 'string' ? metadata.title : '',
		text: text ?? '',
		score,
		metadata: shown,
	};
}

/**
 * The passages nearest to `query` (embedded as RETRIEVAL_QUERY), best first, with scores in
 * [0, 1]; none when the tenant has no knowledge base yet.
 */
export async function queryKnowledge(deps: KnowledgeDeps, input: QueryInput): Promise<Passage[]> {
	const tenant = checkTenant(input.tenant);
	const space = embeddingSpaceOf(deps);
	if (typeof input.query !== 'string' || input.query.trim() === '') throw invalidInput('The search query is empty');
	const query = input.query.trim().slice(0, MAX_QUERY_CHARS);
	const topK = checkedTopK(input.topK);
	const minScore = checkedMinScore(input.minScore);
	const where = normalizeFilter(input.filter);
	// Both at once: the agent is waiting. A tenant with no collection costs one embedding.
	const [collection, [vector]] = await Promise.all([
		openForRead(deps, tenant, 'searching', space),
		embed(deps, space, [query], 'RETRIEVAL_QUERY'),
	]);
	if (!collection) return [];
	const result = await chroma(
		deps,
		tenant,
		'searching',
		async () =>
			await collection.query({
				queryEmbeddings: [vector],
				nResults: topK,
				where: where as ChromaWhere | undefined,
				include: ['documents', 'metadatas', 'distances'],
			}),
	);
	const ids = result.ids[0] ?? [];
	const passages = ids.map((id, i) =>
		passageOf(id, result.documents[0]?.[i], (result.metadatas[0]?.[i] ?? {}) as Metadata, scoreOf(result.distances?.[0]?.[i])),
	);
	return passages.filter((passage) => passage.score >= minScore).sort((a, b) => b.score - a.score);
}

/** Ids of every chunk matching `where`, page by page. */
async function idsWhere(deps: KnowledgeDeps, tenant: string, collection: Collection, where: Where, action: string): Promise<string[]> {
	const ids: string[] = [];
	for (let offset = 0; ; offset += PAGE) {
		const page = await chroma(
			deps,
			tenant,
			action,
			async () => await collection.get({ where: where as ChromaWhere, include: [], limit: PAGE, offset }),
		);
		ids.push(...page.ids);
		if (page.ids.length < PAGE) return ids;
	}
}

async function deleteWhere(deps: KnowledgeDeps, tenant: string, where: Where): Promise<number> {
	const collection = await openForRead(deps, tenant, 'deleting from');
	if (!collection) return 0;
	const ids = await idsWhere(deps, tenant, collection, where, 'deleting from');
	for (const slice of chunks(ids, PAGE)) {
		await chroma(deps, tenant, 'deleting from', async () => await collection.delete({ ids: slice }));
	}
	return ids.length;
}

function checkedDocumentIds(value: unknown): string[] {
	const list = typeof value === 'string' || typeof value === 'number' ? [value] : value;
	if (!Array.isArray(list) || list.length === 0) throw invalidInput('Give at least one document id');
	return [...new Set(list.map((id, i) => checkDocumentId(id, `documentIds[${i}]`)))];
}

/** Deletes every chunk of these documents; returns how many chunks went. Unknown ids are no error. */
export async function deleteDocuments(
	deps: KnowledgeDeps,
	input: { tenant: string; documentIds: string[] | string },
): Promise<{ deleted: number }> {
	const tenant = checkTenant(input.tenant);
	const ids = checkedDocumentIds(input.documentIds);
	let deleted = 0;
	for (const slice of chunks(ids, PAGE)) deleted += await deleteWhere(deps, tenant, documentIdsFilter(slice));
	return { deleted };
}

/** Deletes every chunk matching a metadata filter (an empty filter is refused). */
export async function deleteByFilter(deps: KnowledgeDeps, input: { tenant: string; filter: unknown }): Promise<{ deleted: number }> {
	const tenant = checkTenant(input.tenant);
	const where = normalizeFilter(input.filter);
	if (!where)
		throw invalidInput('Deleting by filter needs a filter, e.g. {"source": "faq-2024"}; to remove everything, delete the knowledge base');
	return { deleted: await deleteWhere(deps, tenant, where) };
}

/** Deletes the tenant's whole knowledge base (its collection); false when it had none. */
export async function deleteKnowledgeBase(deps: KnowledgeDeps, input: { tenant: string }): Promise<{ deleted: boolean }> {
	return { deleted: await dropCollection(deps.chroma, checkTenant(input.tenant)) };
}

/** How many chunks the tenant's knowledge base holds, all or matching a filter. */
export async function countChunks(deps: KnowledgeDeps, input: { tenant: string; filter?: unknown }): Promise<number> {
	const tenant = checkTenant(input.tenant);
	const where = normalizeFilter(input.filter);
	const collection = await openForRead(deps, tenant, 'counting');
	if (!collection) return 0;
	if (!where) return await chroma(deps, tenant, 'counting', async () => await collection.count());
	return (await idsWhere(deps, tenant, collection, where, 'counting')).length;
}

/** A stored document's chunks in order, with its title, source and own metadata. */
export async function getDocument(deps: KnowledgeDeps, input: { tenant: string; documentId: string }): Promise<StoredDocument> {
	const tenant = checkTenant(input.tenant);
	const documentId = checkDocumentId(input.documentId);
	const collection = await openForRead(deps, tenant, 'reading');
	const found = collection
		? await chroma(
				deps,
				tenant,
				'reading',
				async () => await collection.get({ where: documentIdsFilter([documentId]) as ChromaWhere, include: ['documents', 'metadatas'] }),
			)
		: undefined;
	if (!found || found.ids.length === 0) {
		throw new KnowledgeBaseError('not_found', `The knowledge base of tenant "${tenant}" has no document "${documentId}"`);
	}
	const stored: StoredChunk[] = found.ids
		.map((id, i) => {
			const metadata = (found.metadatas[i] ?? {}) as Metadata;
			return { id, chunkIndex: Number(metadata.chunkIndex), text: found.documents[i] ?? '', metadata };
		})
		.sort((a, b) => a.chunkIndex - b.chunkIndex);
	const first = stored[0].metadata;
	return {
		documentId,
		title: typeof first.title === 'string' ? first.title : '',
		source: typeof first.source === 'string' ? first.source : '',
		chunkCount: stored.length,
		metadata: userMetadataOf(first),
		chunks: stored.map((chunk) => ({ ...chunk, metadata: passageOf(chunk.id, chunk.text, chunk.metadata, 0).metadata })),
	};
}
