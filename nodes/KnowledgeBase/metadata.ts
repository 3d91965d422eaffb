// What is stored with every chunk, and the checks on what users give: Chroma filters only on flat
// string/number/boolean values, so anything nested is refused with a message saying how to flatten.
import { invalidInput } from './errors';
import type { DocumentInput, Metadata, MetadataValue } from './types';

/** Keys the Knowledge Base writes on every chunk; a document's own metadata cannot use them. */
export const RESERVED_KEYS = ['documentId', 'title', 'source', 'chunkIndex', 'chunkCount', 'tenant', 'contentHash'] as const;

const RESERVED = new Set<string>(RESERVED_KEYS);

export const MAX_DOCUMENT_ID_LENGTH = 256;
const MAX_KEY_LENGTH = 128;
const MAX_TITLE_LENGTH = 1_000;
const MAX_STRING_VALUE_LENGTH = 8_000;
const CONTROL = /[\u0000-\u001f\u007f]/;

function describe(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'an object';
	if (typeof value === 'number') return String(value);
	return typeof value;
}

/** A document id as stored: a non-empty string (a number is taken as its digits). */
export function checkDocumentId(value: unknown, where = 'documentId'): string {
	const id = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
	if (typeof id !== 'string' || id.trim() === '') throw invalidInput(`${where} must be a non-empty text, got ${describe(value)}`);
	if (id.length > MAX_DOCUMENT_ID_LENGTH) throw invalidInput(`${where} must be at most ${MAX_DOCUMENT_ID_LENGTH} characters`);
	if (CONTROL.test(id)) throw invalidInput(`${where} "${id.slice(0, 40)}" must not contain line breaks or control characters`);
	return id;
}

function optionalText(value: unknown, where: string, max: number): string {
	if (value === undefined || value === null) return '';
	if (typeof value !== 'string') throw invalidInput(`${where} must be text, got ${describe(value)}`);
	if (value.length > max) throw invalidInput(`${where} must be at most ${max} characters`);
	return value.trim();
}

/**
 * A document's own metadata, checked: flat string, number and boolean values; null and undefined
 * are left out; nested objects, lists, NaN and reserved or operator-like keys are refused.
 */
export function checkUserMetadata(value: unknown, where = 'metadata'): Metadata {
	if (value === undefined || value === null) return {};
	if (typeof value !== 'object' || Array.isArray(value)) {
		throw invalidInput(`${where} must be an object of field names to values, got ${describe(value)}`);
	}
	const metadata: Metadata = {};
	for (const [key, raw] of Object.entries(value as Record<string, unknown>)) {
		const at = `${where}.${key}`;
		if (key === '' || key.length > MAX_KEY_LENGTH)
			throw invalidInput(`${where} has a field name that is empty or longer than ${MAX_KEY_LENGTH} characters`);
		if (key.startsWith('$') || key.startsWith('#'))
			throw invalidInput(`${where} field "${key}" must not start with "$" or "#" (Chroma reserves those)`);
		if (CONTROL.test(key)) throw invalidInput(`${where} field names must not contain control characters`);
		if (RESERVED.has(key)) {
			throw invalidInput(
				`${where} field "${key}" is set by the Knowledge Base itself; use the document's own ${key} input or rename the field`,
			);
		}
		if (raw === undefined || raw === null) continue;
		if (typeof raw === 'string') {
			if (raw.length > MAX_STRING_VALUE_LENGTH) throw invalidInput(`${at} must be at most ${MAX_STRING_VALUE_LENGTH} characters`);
			metadata[key] = raw;
		} else if (typeof raw === 'boolean') {
			metadata[key] = raw;
		} else if (typeof raw === 'number') {
			if (!Number.isFinite(raw)) throw invalidInput(`${at} must be a finite number, got ${String(raw)}`);
			metadata[key] = raw;
		} else {
			throw invalidInput(
				`${at} is ${describe(raw)}, but metadata values must be text, a number or true/false (Chroma cannot filter on nested values). Flatten it, e.g. "${key}_city": "Recife" instead of "${key}": {"city": "Recife"}, or a list as one text "a, b".`,
			);
		}
	}
	return metadata;
}

export interface CheckedDocument {
	documentId: string;
	text: string;
	title: string;
	source: string;
	metadata: Metadata;
}

/** A document checked field by field; `where` names it in messages ("documents[2]"). */
export function checkDocument(value: unknown, where: string): CheckedDocument {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		throw invalidInput(`${where} must be an object with documentId and text, got ${describe(value)}`);
	}
	const input = value as DocumentInput;
	const documentId = checkDocumentId(input.documentId, `${where}.documentId`);
	const named = `${where} ("${documentId.slice(0, 60)}")`;
	if (typeof input.text !== 'string') throw invalidInput(`${named} has no text: text must be a string, got ${describe(input.text)}`);
	return {
		documentId,
		text: input.text,
		title: optionalText(input.title, `${named}.title`, MAX_TITLE_LENGTH),
		source: optionalText(input.source, `${named}.source`, MAX_TITLE_LENGTH),
		metadata: checkUserMetadata(input.metadata, `${named}.metadata`),
	};
}

/** The document's own metadata on a stored chunk (without the Knowledge Base's fields). */
export function userMetadataOf(stored: Metadata): Metadata {
	const own: Metadata = {};
	for (const [key, value] of Object.entries(stored)) if (!RESERVED.has(key)) own[key] = value;
	return own;
}

/** Same keys and values, order aside. */
export function sameMetadata(
	a: Record<string, MetadataValue | null | undefined>,
	b: Record<string, MetadataValue | null | undefined>,
): boolean {
	const keysA = Object.keys(a).filter((key) => a[key] !== undefined && a[key] !== null);
	const keysB = Object.keys(b).filter((key) => b[key] !== undefined && b[key] !== null);
	return keysA.length === keysB.length && keysA.every((key) => a[key] === b[key]);
}
