// WhatsApp Cloud API (Graph). Every send is POST /{version}/{phoneNumberId}/messages; buttons,
// lists and templates are native. Errors come as {error:{code, message, error_data:{details}}}:
// 131047 means the 24-hour window is closed (only a template helps, so no retry), and the
// rate-limit codes are retried even when Graph answers them with HTTP 400.

import { asList, asNumber, asRecord, textAt } from '../../shared/read';
import { phoneFromChatId } from '../../shared/phone';
import {
	captionOf,
	compact,
	joinUrl,
	noMessageId,
	noRequestResult,
	requester,
	resolveMedia,
	resultOf,
	sendTextInParts,
	type ResolvedMedia,
} from './common';
import { SendError, validationError } from './errors';
import { parseBody, type ProviderFailure, type ResponseClassifier } from './transport';
import type {
	MarkReadRequest,
	OutboundProvider,
	ReactRequest,
	SendButtonsRequest,
	SendContext,
	SendListRequest,
	SendMediaRequest,
	SendResult,
	SendTemplateRequest,
	SendTextRequest,
	TypingRequest,
} from './types';
import {
	requireAddress,
	validateButtons,
	validateList,
	validateMarkRead,
	validateMedia,
	validateReaction,
	validateRecipient,
	validateTemplate,
} from './validate';

/** The version the credential defaults to. */
export const DEFAULT_GRAPH_VERSION = 'v23.0';

export const OUTSIDE_WINDOW_CODE = 131047;
/** Cloud API throughput (130429), pair rate (131056), WABA (80007) and app (4) rate limits. */
export const RATE_LIMIT_CODES: ReadonlySet<number> = new Set([130429, 131056, 80007, 4]);

export function readGraphFailure(body: unknown): ProviderFailure {
	const error = asRecord(asRecord(body)?.error);
	if (!error) return { message: typeof body === 'string' && body.trim() !== '' ? body.trim() : undefined };
	const code = asNumber(error.code);
	const subcode = asNumber(error.error_subcode);
	const details = textAt(asRecord(error.error_data), 'details');
	const message = [textAt(error, 'message'), details, subcode === undefined ? undefined : `subcode ${subcode}`]
		.filter((part) => part !== undefined)
		.join(': ');
	return {
		code,
		message: message === '' ? undefined : message,
		outside24hWindow: code === OUTSIDE_WINDOW_CODE,
		retryable: code !== undefined && RATE_LIMIT_CODES.has(code) ? true : undefined,
	};
}

const classifier: ResponseClassifier = { provider: 'cloud', readFailure: readGraphFailure };
const send = requester(classifier);

export function cloudMessageId(body: unknown): string | undefined {
	return textAt(asRecord(asList(asRecord(body)?.messages)[0]), 'id');
}

function phoneNumberUrl(context: SendContext, ...path: string[]): string {
	return joinUrl(context.baseUrl, context.apiVersion || DEFAULT_GRAPH_VERSION, encodeURIComponent(context.session), ...path);
}

/** Cloud API recipients are bare numbers (wa_id): `+55 11 99999-0000` and `…@c.us` become digits. */
function recipient(to: string): string {
	return requireAddress('cloud', to, phoneFromChatId(to));
}

function postMessage(context: SendContext, to: string, message: Record<string, unknown>) {
	return send(context, {
		method: 'POST',
		url: phoneNumberUrl(context, 'messages'),
		body: { messaging_product: 'whatsapp', recipient_type: 'individual', to: recipient(to), ...message },
	});
}

/** Graph's `context` quotes a message. */
function quoting(replyTo: string | undefined): { context?: { message_id: string } } {
	return replyTo ? { context: { message_id: replyTo } } : {};
}

async function sendText(request: SendTextRequest, context: SendContext): Promise<SendResult> {
	return sendTextInParts(
		'cloud',
		request,
		(body, replyTo) =>
			postMessage(context, request.to, {
				type: 'text',
				text: compact({ body, preview_url: request.linkPreview }),
				...quoting(replyTo),
			}),
		cloudMessageId,
	);
}

/** Bytes go to /media first; the message then names the returned media id. */
async function uploadMedia(data: Buffer, media: ResolvedMedia, context: SendContext) {
	const { mimetype, displayName } = media;
	const response = await send(context, {
		method: 'POST',
		url: phoneNumberUrl(context, 'media'),
		formData: {
			messaging_product: 'whatsapp',
			file: { data, filename: displayName, contentType: mimetype },
			type: mimetype,
		},
	});
	const id = textAt(asRecord(parseBody(response.body)), 'id');
	if (!id) {
		throw new SendError('WhatsApp Cloud API media upload answered without a media id', {
			kind: 'provider',
			provider: 'cloud',
			httpStatus: response.status,
		});
	}
	return { id, response };
}

async function sendMedia(request: SendMediaRequest, context: SendContext): Promise<SendResult> {
	validateMedia('cloud', request);
	recipient(request.to);
	const media = resolveMedia(request);
	// A voice note is an Opus `audio` message on the Cloud API.
	const type = request.kind === 'voice' ? 'audio' : request.kind;
	const responses = [];
	let reference: { link: string } | { id: string };
	if ('data' in request.source) {
		const uploaded = await uploadMedia(request.source.data, media, context);
		responses.push(uploaded.response);
		reference = { id: uploaded.id };
	} else {
		reference = { link: media.urlOrBase64 };
	}
	const payload = compact({
		...reference,
		caption: captionOf(request),
		filename: request.kind === 'document' ? media.filename : undefined,
	});
	responses.push(await postMessage(context, request.to, { type, [type]: payload, ...quoting(request.replyTo) }));
	return resultOf('cloud', 'sendMedia', responses, cloudMessageId);
}

function textHeader(header: string | undefined): { header?: { type: 'text'; text: string } } {
	return header?.trim() ? { header: { type: 'text', text: header } } : {};
}

function footerOf(footer: string | undefined): { footer?: { text: string } } {
	return footer?.trim() ? { footer: { text: footer } } : {};
}

async function sendInteractive(
	operation: 'sendButtons' | 'sendList',
	request: SendButtonsRequest | SendListRequest,
	action: Record<string, unknown>,
	context: SendContext,
): Promise<SendResult> {
	const interactive = {
		type: operation === 'sendButtons' ? 'button' : 'list',
		...textHeader(request.header),
		body: { text: request.body },
		...footerOf(request.footer),
		action,
	};
	const response = await postMessage(context, request.to, { type: 'interactive', interactive, ...quoting(request.replyTo) });
	return resultOf('cloud', operation, [response], cloudMessageId);
}

async function sendButtons(request: SendButtonsRequest, context: SendContext): Promise<SendResult> {
	validateButtons('cloud', request);
	const buttons = request.buttons.map(({ id, title }) => ({ type: 'reply', reply: { id, title } }));
	return sendInteractive('sendButtons', request, { buttons }, context);
}

async function sendList(request: SendListRequest, context: SendContext): Promise<SendResult> {
	validateList('cloud', request);
	const sections = request.sections.map((section) =>
		compact({
			title: section.title?.trim() ? section.title : undefined,
			rows: section.rows.map((row) =>
				compact({ id: row.id, title: row.title, description: row.description?.trim() ? row.description : undefined }),
			),
		}),
	);
	return sendInteractive('sendList', request, { button: request.buttonLabel, sections }, context);
}

async function sendTemplate(request: SendTemplateRequest, context: SendContext): Promise<SendResult> {
	validateTemplate('cloud', request);
	const parameters = (request.parameters ?? []).map((text) => ({ type: 'text', text }));
	const template = compact({
		name: request.name,
		language: { code: request.language },
		components: parameters.length > 0 ? [{ type: 'body', parameters }] : undefined,
	});
	const response = await postMessage(context, request.to, { type: 'template', template });
	return resultOf('cloud', 'sendTemplate', [response], cloudMessageId);
}

async function react(request: ReactRequest, context: SendContext): Promise<SendResult> {
	validateReaction('cloud', request);
	const response = await postMessage(context, request.to, {
		type: 'reaction',
		reaction: { message_id: request.messageId, emoji: request.emoji },
	});
	return resultOf('cloud', 'react', [response], cloudMessageId);
}

function postStatus(context: SendContext, body: Record<string, unknown>) {
	return send(context, {
		method: 'POST',
		url: phoneNumberUrl(context, 'messages'),
		body: { messaging_product: 'whatsapp', status: 'read', ...body },
	});
}

async function markRead(request: MarkReadRequest, context: SendContext): Promise<SendResult> {
	validateMarkRead('cloud', request, true);
	// Reading a message marks every earlier one in the chat as read too: one call is enough.
	const messageId = request.messageIds[request.messageIds.length - 1];
	const response = await postStatus(context, { message_id: messageId });
	return resultOf('cloud', 'markRead', [response], noMessageId);
}

async function typing(request: TypingRequest, context: SendContext): Promise<SendResult> {
	validateRecipient('cloud', request.to);
	if (!request.on) {
		return noRequestResult(
			'cloud',
			'typing',
			'The Cloud API has no typing-off call; the indicator disappears when you reply or after 25 seconds.',
		);
	}
	if (!request.messageId?.trim()) {
		throw validationError('cloud', 'messageId', 'messageId is required: the Cloud API shows typing in reply to a received message');
	}
	// The indicator rides on a read receipt, so the message is marked as read as well.
	const response = await postStatus(context, { message_id: request.messageId, typing_indicator: { type: 'text' } });
	return resultOf('cloud', 'typing', [response], noMessageId);
}

export const cloudOutbound: OutboundProvider = {
	name: 'cloud',
	sendText,
	sendMedia,
	sendButtons,
	sendList,
	sendTemplate,
	react,
	markRead,
	typing,
};
