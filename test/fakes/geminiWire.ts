import { STATUS_CODES } from 'node:http';
import { isRecord, json } from './fakeServer';
import type { Reply } from './fakeServer';

/** Gemini REST wire helpers: Google RPC errors, response builders, token estimates, embeddings. */

export type GeminiResponse = Record<string, unknown>;
type Json = Record<string, unknown>;

const RPC_STATUS: Record<number, string> = {
	400: 'INVALID_ARGUMENT',
	401: 'UNAUTHENTICATED',
	403: 'PERMISSION_DENIED',
	404: 'NOT_FOUND',
	409: 'ABORTED',
	429: 'RESOURCE_EXHAUSTED',
	500: 'INTERNAL',
	501: 'NOT_IMPLEMENTED',
	503: 'UNAVAILABLE',
	504: 'DEADLINE_EXCEEDED',
};

const RPC_MESSAGE: Record<number, string> = {
	400: 'Request contains an invalid argument.',
	403: 'The caller does not have permission',
	404: 'Requested entity was not found.',
	429: 'Resource has been exhausted (e.g. check quota).',
	500: 'An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting',
	503: 'The model is overloaded. Please try again later.',
	504: 'Deadline expired before operation could complete.',
};

export const RPC = 'type.googleapis.com/google.rpc.';

/** `{error:{code,message,status,details?}}`, the Google RPC error body. */
export function rpcError(code: number, message?: string, details?: Json[]): Reply {
	const error: Json = {
		code,
		message: message ?? RPC_MESSAGE[code] ?? STATUS_CODES[code] ?? 'Unknown error',
		status: RPC_STATUS[code] ?? 'UNKNOWN',
	};
	if (details && details.length > 0) error.details = details;
	return json(code, { error });
}

export const invalidArgument = (message: string) => rpcError(400, message);

/** 429 body with the quota and retry details the real API sends. */
export function quotaDetails(model: string, retryAfter?: number): Json[] {
	const details: Json[] = [
		{
			'@type': `${RPC}QuotaFailure`,
			violations: [
				{
					quotaMetric: 'generativelanguage.googleapis.com/generate_content_free_tier_requests',
					quotaId: 'GenerateRequestsPerMinutePerProjectPerModel-FreeTier',
					quotaDimensions: { location: 'global', model },
					quotaValue: '15',
				},
			],
		},
	];
	if (retryAfter !== undefined) details.push({ '@type': `${RPC}RetryInfo`, retryDelay: `${retryAfter}s` });
	return details;
}

const CATEGORIES = [
	'HARM_CATEGORY_HATE_SPEECH',
	'HARM_CATEGORY_DANGEROUS_CONTENT',
	'HARM_CATEGORY_HARASSMENT',
	'HARM_CATEGORY_SEXUALLY_EXPLICIT',
];

export function safetyRatings(high?: string): Json[] {
	return CATEGORIES.map((category) => ({ category, probability: category === high ? 'HIGH' : 'NEGLIGIBLE' }));
}

export function candidate(parts: Json[], finishReason = 'STOP'): Json {
	return { content: { parts, role: 'model' }, finishReason, index: 0, safetyRatings: safetyRatings() };
}

/** Rough, deterministic token estimate (about 4 characters a token). */
export function estimateTokens(value: unknown): number {
	const text = collectText(value);
	return text === '' ? 0 : Math.max(1, Math.ceil(text.length / 4));
}

/** Text of every part (function calls and responses count as their JSON). */
export function collectText(value: unknown): string {
	if (typeof value === 'string') return value;
	if (Array.isArray(value)) return value.map(collectText).join(' ');
	if (!isRecord(value)) return '';
	if (typeof value.text === 'string') return value.text;
	if (value.functionCall !== undefined) return JSON.stringify(value.functionCall);
	if (value.functionResponse !== undefined) return JSON.stringify(value.functionResponse);
	if (Array.isArray(value.parts)) return collectText(value.parts);
	if (Array.isArray(value.contents)) return collectText(value.contents);
	return '';
}

/** Split a text reply into SSE chunks, the way the API streams partial parts. */
export function streamChunks(response: GeminiResponse): string[] {
	const candidates = response.candidates;
	const first = Array.isArray(candidates) && isRecord(candidates[0]) ? candidates[0] : undefined;
	const content = first && isRecord(first.content) ? first.content : undefined;
	const parts = content && Array.isArray(content.parts) ? content.parts : undefined;
	const text = parts?.length === 1 && isRecord(parts[0]) && typeof parts[0].text === 'string' ? parts[0].text : undefined;
	const pieces = text ? splitText(text) : [];
	const frames =
		first && content && pieces.length > 1
			? pieces.map((piece, i) => {
					const last = i === pieces.length - 1;
					const { finishReason, ...rest } = first;
					const chunkCandidate = { ...rest, content: { ...content, parts: [{ text: piece }] }, ...(last ? { finishReason } : {}) };
					return { ...response, candidates: [chunkCandidate] };
				})
			: [response];
	return frames.map((frame) => `data: ${JSON.stringify(frame)}\r\n\r\n`);
}

function splitText(text: string): string[] {
	const words = text.split(/(?<=\s)/);
	const size = Math.max(1, Math.ceil(words.length / 3));
	const pieces: string[] = [];
	for (let i = 0; i < words.length; i += size) pieces.push(words.slice(i, i + size).join(''));
	return pieces;
}

const SCHEMA_TYPES = new Set(['TYPE_UNSPECIFIED', 'STRING', 'NUMBER', 'INTEGER', 'BOOLEAN', 'ARRAY', 'OBJECT', 'NULL']);

/** Schema types are accepted in either case, as the real API does. Returns an error message or undefined. */
export function checkSchema(schema: unknown, at: string, apiVersion: string): string | undefined {
	if (!isRecord(schema)) return undefined;
	if (schema.type !== undefined && (typeof schema.type !== 'string' || !SCHEMA_TYPES.has(schema.type.toUpperCase()))) {
		return `Invalid value at '${at}.type' (type.googleapis.com/google.ai.generativelanguage.${apiVersion}.Type), "${String(schema.type)}"`;
	}
	if (isRecord(schema.properties)) {
		for (const [name, child] of Object.entries(schema.properties)) {
			const error = checkSchema(child, `${at}.properties[${name}].value`, apiVersion);
			if (error) return error;
		}
	}
	return checkSchema(schema.items, `${at}.items`, apiVersion);
}

// pt-BR and English function words; without them short texts look alike just for sharing "de" or "the".
const STOPWORDS = new Set(
	'a o e de da do das dos em no na nos nas um uma para por com que se ao as os eu meu minha voce the an of to in on for and or is are with my your i'.split(
		' ',
	),
);

/**
 * Deterministic embedding: signed feature hashing of words (weight 1) and their character
 * trigrams (weight 0.25, so "consulta" and "consultas" stay close), then L2-normalised.
 */
export function embed(text: string, dimension: number): number[] {
	const vector = new Array<number>(dimension).fill(0);
	const all = text
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
	const content = all.filter((word) => !STOPWORDS.has(word));
	const words = content.length > 0 ? content : all;
	const add = (feature: string, weight: number) => {
		const hash = fnv1a(feature);
		vector[hash % dimension] += (fnv1a(`${feature}#`) & 1 ? 1 : -1) * weight;
	};
	for (const word of words) {
		add(`w:${word}`, 1);
		const padded = `^${word}$`;
		for (let i = 0; i + 3 <= padded.length; i++) add(`t:${padded.slice(i, i + 3)}`, 0.25);
	}
	const norm = Math.hypot(...vector);
	return norm === 0 ? vector : vector.map((v) => v / norm);
}

function fnv1a(input: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < input.length; i++) {
		hash ^= input.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}
