// The one error the Knowledge Base throws. `kind` is for code (the agent and the node shell branch
// on it); the message is for the clinic's staff, who must be able to act on it without reading code.
import { GeminiError } from '../shared/gemini/errors';

export const KNOWLEDGE_BASE_ERROR_KINDS = [
	/** Bad parameters or documents: fix the input. */
	'invalid_input',
	/** The tenant's collection was built with another embedding model or dimension. */
	'dimension_mismatch',
	/** A document (or collection) asked for by id does not exist. */
	'not_found',
	/** Chroma could not be reached or refused the request. */
	'chroma',
	/** Gemini could not embed the texts (after the adapter's retries). */
	'embedding',
] as const;

export type KnowledgeBaseErrorKind = (typeof KNOWLEDGE_BASE_ERROR_KINDS)[number];

export class KnowledgeBaseError extends Error {
	constructor(
		readonly kind: KnowledgeBaseErrorKind,
		message: string,
		options?: { cause?: unknown },
	) {
		super(message, options);
		this.name = 'KnowledgeBaseError';
	}

	toJSON(): { kind: KnowledgeBaseErrorKind; message: string } {
		return { kind: this.kind, message: this.message };
	}
}

export function isKnowledgeBaseError(error: unknown, kind?: KnowledgeBaseErrorKind): error is KnowledgeBaseError {
	return error instanceof KnowledgeBaseError && (kind === undefined || error.kind === kind);
}

export function invalidInput(message: string): KnowledgeBaseError {
	return new KnowledgeBaseError('invalid_input', message);
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/**
 * A chromadb client error as a KnowledgeBaseError that says where and what to check. `doing` is
 * the action, e.g. "searching the knowledge base of tenant clinica-sol".
 */
export function chromaError(error: unknown, address: string, doing: string): KnowledgeBaseError {
	if (error instanceof KnowledgeBaseError) return error;
	const name = (error as { name?: unknown } | null)?.name;
	const at = `Chroma at ${address}`;
	let message: string;
	switch (name) {
		case 'ChromaConnectionError':
			message = `Could not reach ${at} while ${doing} (no connection, or no answer in time). Check that Chroma is running and that the Base URL in the Chroma credential is right.`;
			break;
		case 'ChromaAuthError':
			message = `${at} refused the request while ${doing} (401 Unauthorized). Check the Auth Token in the Chroma credential.`;
			break;
		case 'ChromaForbiddenError':
			message = `${at} refused the request while ${doing} (403 Forbidden). The Auth Token in the Chroma credential has no access to this tenant or database.`;
			break;
		case 'ChromaNotFoundError':
			message = `${at} answered 404 Not Found while ${doing}. Check the Chroma Tenant and Database in the Chroma credential.`;
			break;
		case 'ChromaClientError': {
			// "Bad request to <url> with status: <reason>": the reason is what matters.
			const reason = messageOf(error).replace(/^Bad request to \S+ with status: /, '');
			message = `${at} rejected the request while ${doing}: ${reason}`;
			break;
		}
		default:
			message = `${at} failed while ${doing}: ${messageOf(error)}`;
	}
	return new KnowledgeBaseError('chroma', message, { cause: error });
}

/** A Gemini failure while embedding, with what to do about it. */
export function embeddingError(error: unknown, model: string): KnowledgeBaseError {
	if (error instanceof KnowledgeBaseError) return error;
	let hint = '';
	if (error instanceof GeminiError) {
		if (error.status === 429) hint = ' The Gemini quota is used up for now; try again later or raise the quota.';
		else if (error.status === 400 || error.status === 403)
			hint = ' Check the API key in the Gemini credential and the embedding model name.';
		else if (error.status === 404) hint = ` Check the embedding model name (${model}).`;
		else if (error.status !== undefined && error.status >= 500) hint = ' Gemini is having trouble; try again in a few minutes.';
		else if (error.kind === 'timeout' || error.kind === 'network') hint = ' Check the network and the Base URL in the Gemini credential.';
	}
	return new KnowledgeBaseError(
		'embedding',
		`Gemini could not embed the text with ${model}: ${messageOf(error).replace(/\.+$/, '')}.${hint}`,
		{
			cause: error,
		},
	);
}
