// One Chroma collection per tenant. Its name must satisfy Chroma (3-512 characters of
// [a-zA-Z0-9._-], starting and ending with a letter or digit), so it is built from a readable slug
// of the tenant plus a hash of the exact tenant name: "Clínica Sol" and "clinica-sol" share a slug
// but never a collection. The embedding model and dimension are recorded in the collection's
// metadata when it is created, and every later upsert and query must use the same ones.
import { createHash } from 'crypto';
import type { ChromaClient, Collection } from 'chromadb';
import { chromaAddress } from '../shared/clients/chroma';
import { DEFAULT_EMBEDDING_MODEL } from '../shared/gemini/adapter';
import { keyPartProblem } from '../shared/keyParts';
import { chromaError, invalidInput, KnowledgeBaseError } from './errors';
import type { KnowledgeDeps } from './types';

export const COLLECTION_PREFIX = 'wa-kb-';
export const DEFAULT_DIMENSION = 768;
/** gemini-embedding-001 gives at most 3072 values. */
export const MAX_DIMENSION = 3072;
const MAX_SLUG = 48;
const HASH_HEX = 12;
/** Chroma's rule for collection names. */
export const CHROMA_NAME = /^[a-zA-Z0-9](?:[a-zA-Z0-9._-]{1,510})[a-zA-Z0-9]$/;

/** The tenant, checked as everywhere else in the package (no ":", spaces or control characters). */
export function checkTenant(tenant: unknown): string {
	const problem = keyPartProblem('tenant', tenant);
	if (problem) throw invalidInput(problem);
	return tenant as string;
}

/** `wa-kb-<slug>-<12 hex of sha256(tenant)>`: readable, valid for Chroma, distinct per tenant. */
export function collectionNameFor(tenant: string): string {
	checkTenant(tenant);
	const slug = tenant
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.slice(0, MAX_SLUG)
		.replace(/^-|-$/g, '');
	const hash = createHash('sha256').update(tenant, 'utf8').digest('hex').slice(0, HASH_HEX);
	return slug ? `${COLLECTION_PREFIX}${slug}-${hash}` : `${COLLECTION_PREFIX}${hash}`;
}

export interface EmbeddingSpace {
	model: string;
	dimension: number;
}

/** The model and dimension these deps embed with, checked. */
export function embeddingSpaceOf(deps: KnowledgeDeps): EmbeddingSpace {
	const model = deps.embeddingModel?.trim() || DEFAULT_EMBEDDING_MODEL;
	const dimension = deps.dimension ?? DEFAULT_DIMENSION;
	if (!Number.isInteger(dimension) || dimension < 1 || dimension > MAX_DIMENSION) {
		throw invalidInput(
			`Embedding dimension must be a whole number from 1 to ${MAX_DIMENSION} (768, 1536 or 3072 are recommended), got ${dimension}`,
		);
	}
	return { model, dimension };
}

/** Refuses a collection built in another embedding space, or not built by the Knowledge Base. */
export function checkEmbeddingSpace(collection: Collection, tenant: string, space: EmbeddingSpace): void {
	const metadata = (collection.metadata ?? {}) as Record<string, unknown>;
	const dimension = metadata.embeddingDimension;
	const model = metadata.embeddingModel;
	if (typeof dimension !== 'number' || typeof model !== 'string') {
		throw new KnowledgeBaseError(
			'chroma',
			`Chroma collection ${collection.name} exists but was not created by the Knowledge Base (it records no embedding model). Delete it or use another tenant.`,
		);
	}
	if (dimension !== space.dimension || model !== space.model) {
		throw new KnowledgeBaseError(
			'dimension_mismatch',
			`The knowledge base of tenant "${tenant}" was built with ${model} at ${dimension} dimensions, but this node embeds with ${space.model} at ${space.dimension}. ` +
				`Vectors of different models or sizes cannot be compared: set the embedding model and dimension back to ${model} / ${dimension}, ` +
				`or delete the tenant's documents and ingest them again with the new setting.`,
		);
	}
}

function doing(tenant: string, action: string): string {
	return `${action} the knowledge base of tenant "${tenant}"`;
}

/** Deletes the tenant's whole collection; false when there was none. */
export async function dropCollection(chroma: ChromaClient, tenant: string): Promise<boolean> {
	const name = collectionNameFor(tenant);
	try {
		await chroma.deleteCollection({ name });
		return true;
	} catch (error) {
		if ((error as { name?: unknown } | null)?.name === 'ChromaNotFoundError') return false;
		throw chromaError(error, chromaAddress(chroma), doing(tenant, 'deleting'));
	}
}
