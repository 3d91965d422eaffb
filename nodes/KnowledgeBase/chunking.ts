// Documents into chunks for embedding. Sizes are in characters: about 4 characters make a token
// in pt-BR and English, so the default 800 is about 200 tokens, a few FAQ answers per chunk, and the
// maximum stays well inside gemini-embedding-001's 2,048-token input.
import { splitPassages } from '../shared/chunkText';
import { invalidInput } from './errors';
import type { ChunkingOptions } from './types';

export const DEFAULT_CHUNK_SIZE = 800;
export const DEFAULT_CHUNK_OVERLAP = 100;
export const MIN_CHUNK_SIZE = 100;
export const MAX_CHUNK_SIZE = 6_000;

export interface ChunkSettings {
	chunkSize: number;
	chunkOverlap: number;
}

/** Chunk size and overlap with defaults, checked (overlap at most half the size). */
export function chunkSettings(options: ChunkingOptions = {}): ChunkSettings {
	const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
	if (!Number.isInteger(chunkSize) || chunkSize < MIN_CHUNK_SIZE || chunkSize > MAX_CHUNK_SIZE) {
		throw invalidInput(`Chunk size must be a whole number of characters from ${MIN_CHUNK_SIZE} to ${MAX_CHUNK_SIZE}, got ${chunkSize}`);
	}
	const chunkOverlap = options.chunkOverlap ?? Math.min(DEFAULT_CHUNK_OVERLAP, Math.floor(chunkSize / 2));
	if (!Number.isInteger(chunkOverlap) || chunkOverlap < 0 || chunkOverlap > chunkSize / 2) {
		throw invalidInput(
			`Chunk overlap must be a whole number of characters from 0 to half the chunk size (${Math.floor(chunkSize / 2)}), got ${chunkOverlap}`,
		);
	}
	return { chunkSize, chunkOverlap };
}

// C0 controls but tab and line feed, and DEL: invisible, and some break JSON or logs.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** Line ends as \n, control characters and trailing spaces gone, no more than one blank line in a row. */
export function normalizeText(text: string): string {
	return text
		.replace(/\r\n?/g, '\n')
		.replace(CONTROL, '')
		.split('\n')
		.map((line) => line.trimEnd())
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

/** The chunks of a document's text, in order; none for blank text. */
export function chunkDocumentText(text: string, options: ChunkingOptions = {}): string[] {
	const { chunkSize, chunkOverlap } = chunkSettings(options);
	return splitPassages(normalizeText(text), chunkSize, chunkOverlap).map((passage) => passage.text);
}
