// What the three outbound providers share: URLs, requests with retries, result assembly, long
// texts sent in order, the numbered-menu fallback, media types and NestJS-style error bodies.

import { splitMessage } from '../../shared/chunkText';
import type { Provider } from '../../shared/message';
import { asRecord, asText, isRecord, textAt } from '../../shared/read';
import { isSendError, SendError } from './errors';
import type { NumberedMenu } from './menu';
import { callWithRetry, parseBody, type ProviderFailure, type ResponseClassifier } from './transport';
import type {
	HttpRequest,
	HttpResponse,
	MediaKind,
	MediaSource,
	Operation,
	SendContext,
	SendMediaRequest,
	SendResult,
	SendTextRequest,
} from './types';
import { validateText } from './validate';

/** Base URL plus path segments, without doubled slashes. */
export function joinUrl(base: string, ...segments: string[]): string {
	return [base.replace(/\/+$/, ''), ...segments.map((segment) => segment.replace(/^\/+|\/+$/g, ''))].join('/');
}

export type Requester = (context: SendContext, request: HttpRequest) => Promise<HttpResponse>;

/** A provider's way to send one request: its error reading, the context's retry policy. */
export function requester(classifier: ResponseClassifier): Requester {
	return (context, request) => callWithRetry(context.http, request, context.retry, classifier, context.onRetry);
}

export type MessageIdReader = (body: unknown) => string | undefined;

/** For receipts and typing, which create no message. */
export const noMessageId: MessageIdReader = () => undefined;

function bodiesOf(responses: HttpResponse[]): unknown[] {
	// null, not undefined, so an empty answer still shows in the item's JSON.
	return responses.map((response) => parseBody(response.body) ?? null);
}

function idsOf(bodies: unknown[], messageIdOf: MessageIdReader): string[] {
	return bodies.map(messageIdOf).filter((id): id is string => id !== undefined);
}

export function resultOf(
	provider: Provider,
	operation: Operation,
	responses: HttpResponse[],
	messageIdOf: MessageIdReader,
	extra: Partial<SendResult> = {},
): SendResult {
	const raw = bodiesOf(responses);
	return { ok: true, provider, operation, messageIds: idsOf(raw, messageIdOf), raw, ...extra };
}

/** A successful operation that needed no request (Cloud API typing off). */
export function noRequestResult(provider: Provider, operation: Operation, note: string): SendResult {
	return { ok: true, provider, operation, messageIds: [], raw: [], note };
}

/**
 * A text of any length: split at sentence boundaries, sent one message at a time in order (only
 * the first quotes `replyTo`). When a later part fails, the error lists the ids already sent.
 */
export async function sendTextInParts(
	provider: Provider,
	request: SendTextRequest,
	sendPart: (text: string, replyTo: string | undefined) => Promise<HttpResponse>,
	messageIdOf: MessageIdReader,
): Promise<SendResult> {
	validateText(provider, request);
	const parts = splitMessage(request.text);
	const responses: HttpResponse[] = [];
	for (const [index, part] of parts.entries()) {
		try {
			responses.push(await sendPart(part, index === 0 ? request.replyTo : undefined));
		} catch (error) {
			if (isSendError(error) && responses.length > 0) error.sentMessageIds = idsOf(bodiesOf(responses), messageIdOf);
			throw error;
		}
	}
	return resultOf(provider, 'sendText', responses, messageIdOf, { chunks: parts.length });
}

/**
 * Buttons or a list as a numbered text menu. The options are remembered before sending, so a
 * quick reply can never arrive before the trigger can resolve it.
 */
export async function sendNumberedMenu(
	provider: Provider,
	operation: Extract<Operation, 'sendButtons' | 'sendList'>,
	menu: NumberedMenu,
	request: { to: string; replyTo?: string },
	context: SendContext,
	sendText: (request: SendTextRequest, context: SendContext) => Promise<SendResult>,
): Promise<SendResult> {
	if (context.rememberMenu) {
		try {
			await context.rememberMenu(menu.options);
		} catch (error) {
			const reason = error instanceof Error ? error.message : String(error);
			throw new SendError(`the menu was not sent because it could not be remembered for the reply: ${reason}`, {
				kind: 'network',
				provider,
				providerMessage: reason,
				cause: error,
			});
		}
	}
	const sent = await sendText({ to: request.to, text: menu.text, replyTo: request.replyTo }, context);
	return { ...sent, operation, fallback: 'numbered_menu', menu: menu.options };
}

const MIME_BY_EXTENSION: Record<string, string> = {
	jpg: 'image/jpeg',
	jpeg: 'image/jpeg',
	png: 'image/png',
	webp: 'image/webp',
	gif: 'image/gif',
	mp4: 'video/mp4',
	'3gp': 'video/3gpp',
	mov: 'video/quicktime',
	mp3: 'audio/mpeg',
	m4a: 'audio/mp4',
	aac: 'audio/aac',
	amr: 'audio/amr',
	ogg: 'audio/ogg',
	oga: 'audio/ogg; codecs=opus',
	opus: 'audio/ogg; codecs=opus',
	pdf: 'application/pdf',
	txt: 'text/plain',
	csv: 'text/csv',
	doc: 'application/msword',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	xls: 'application/vnd.ms-excel',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	ppt: 'application/vnd.ms-powerpoint',
	pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
	zip: 'application/zip',
};

const MIME_BY_KIND: Record<MediaKind, string> = {
	image: 'image/jpeg',
	video: 'video/mp4',
	audio: 'audio/mpeg',
	voice: 'audio/ogg; codecs=opus',
	document: 'application/octet-stream',
};

/** Last path segment of a URL, without query or fragment. */
function urlFilename(source: MediaSource): string | undefined {
	if (!('url' in source)) return undefined;
	try {
		const name = decodeURIComponent(new URL(source.url).pathname.split('/').pop() ?? '');
		return name === '' ? undefined : name;
	} catch {
		return undefined;
	}
}

export interface ResolvedMedia {
	mimetype: string;
	/** Given, or taken from the URL; undefined when neither has one. */
	filename?: string;
	/** `filename`, or `<kind>.<extension>` for providers that need a name (uploads, documents). */
	displayName: string;
	/** The URL, or the bytes as base64 (WAHA and Evolution accept either in JSON). */
	urlOrBase64: string;
	isUrl: boolean;
}

/** Mimetype and file name filled in from what the request gives. */
export function resolveMedia(request: SendMediaRequest): ResolvedMedia {
	const filename = request.filename || urlFilename(request.source);
	const extension = filename?.split('.').pop()?.toLowerCase() ?? '';
	const mimetype = request.mimetype || MIME_BY_EXTENSION[extension] || MIME_BY_KIND[request.kind];
	const isUrl = 'url' in request.source;
	const urlOrBase64 = 'url' in request.source ? request.source.url.trim() : request.source.data.toString('base64');
	return { mimetype, filename, displayName: filename ?? defaultFilename(request.kind, mimetype), urlOrBase64, isUrl };
}

function defaultFilename(kind: MediaKind, mimetype: string): string {
	const bare = mimetype.split(';')[0].trim().toLowerCase();
	const extension = Object.keys(MIME_BY_EXTENSION).find((ext) => MIME_BY_EXTENSION[ext].split(';')[0] === bare);
	return extension ? `${kind}.${extension}` : kind;
}

export function isOpus(mimetype: string): boolean {
	return /^audio\/ogg\b/i.test(mimetype) && /opus/i.test(mimetype);
}

/** Image, video and document show a caption; audio and voice notes cannot carry one. */
export function takesCaption(kind: MediaKind): boolean {
	return kind === 'image' || kind === 'video' || kind === 'document';
}

/** The caption when the kind shows one and it is not blank. */
export function captionOf(request: SendMediaRequest): string | undefined {
	return takesCaption(request.kind) && request.caption?.trim() ? request.caption : undefined;
}

/** Validation lists come nested (`[["…"]]`) and may hold objects (`[{jid, exists:false}]`). */
function messageText(value: unknown): string | undefined {
	if (Array.isArray(value))
		return value
			.map(messageText)
			.filter((text) => text !== undefined)
			.join('; ');
	if (isRecord(value)) return JSON.stringify(value);
	return asText(value);
}

/**
 * Error bodies of NestJS servers (WAHA `{statusCode, message, error}`, Evolution API
 * `{status, error, response:{message}}`); message may be a list of validation problems.
 */
export function readNestFailure(body: unknown, status: number): ProviderFailure {
	const node = asRecord(body);
	const nested = asRecord(node?.response);
	const messages = [nested?.message, node?.message].map(messageText).find((text) => text !== undefined && text !== '');
	const code = node?.statusCode ?? node?.status;
	return {
		code: typeof code === 'number' || typeof code === 'string' ? code : status,
		message: messages ?? textAt(node, 'error') ?? (typeof body === 'string' && body.trim() !== '' ? body.trim() : undefined),
	};
}

/** Removes keys whose value is undefined, so request bodies carry only what was asked for. */
export function compact<T extends Record<string, unknown>>(value: T): T {
	return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
