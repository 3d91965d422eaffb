// WAHA (WhatsApp HTTP API). Every call names the session in its body; chats are `…@c.us`.
// Buttons and lists are deprecated/broken in WAHA, so they go out as a numbered text menu.

import { asRecord, asText, textAt } from '../../shared/read';
import {
	captionOf,
	compact,
	noMessageId,
	isOpus,
	joinUrl,
	readNestFailure,
	requester,
	resolveMedia,
	resultOf,
	sendTextInParts,
} from './common';
import { textMenuOperations } from './textMenus';
import type { ResponseClassifier } from './transport';
import type {
	MarkReadRequest,
	MediaKind,
	OutboundProvider,
	ReactRequest,
	SendContext,
	SendMediaRequest,
	SendResult,
	SendTextRequest,
	TypingRequest,
} from './types';
import { requireAddress, validateMarkRead, validateMedia, validateReaction, validateRecipient } from './validate';

const classifier: ResponseClassifier = { provider: 'waha', readFailure: readNestFailure };
const send = requester(classifier);

// WAHA has no audio-file endpoint: a non-voice audio goes as a file the contact can play.
const MEDIA_ENDPOINTS: Record<MediaKind, string> = {
	image: 'sendImage',
	video: 'sendVideo',
	voice: 'sendVoice',
	audio: 'sendFile',
	document: 'sendFile',
};

/** `5511999990000@c.us` from a phone number in any format; chat ids pass through. */
export function wahaChatId(to: string): string {
	const trimmed = to.trim();
	const chatId = trimmed.includes('@') ? trimmed.replace(/@s\.whatsapp\.net$/, '@c.us') : `${trimmed.replace(/\D/g, '')}@c.us`;
	return requireAddress('waha', to, chatId);
}

/** Engines answer differently: WEBJS `id._serialized`, NOWEB `key.id`, GOWS/fake `id`. */
export function wahaMessageId(body: unknown): string | undefined {
	const node = asRecord(body);
	return (
		asText(node?.id) ??
		textAt(asRecord(node?.id), '_serialized') ??
		textAt(asRecord(asRecord(node?._data)?.id), '_serialized') ??
		textAt(asRecord(node?.key), 'id')
	);
}

function post(context: SendContext, endpoint: string, body: Record<string, unknown>, method: 'POST' | 'PUT' = 'POST') {
	return send(context, { method, url: joinUrl(context.baseUrl, 'api', endpoint), body: { session: context.session, ...body } });
}

async function sendText(request: SendTextRequest, context: SendContext): Promise<SendResult> {
	return sendTextInParts(
		'waha',
		request,
		(text, replyTo) =>
			post(context, 'sendText', compact({ chatId: wahaChatId(request.to), text, reply_to: replyTo, linkPreview: request.linkPreview })),
		wahaMessageId,
	);
}

async function sendMedia(request: SendMediaRequest, context: SendContext): Promise<SendResult> {
	validateMedia('waha', request);
	const media = resolveMedia(request);
	const file = compact({
		mimetype: media.mimetype,
		url: media.isUrl ? media.urlOrBase64 : undefined,
		data: media.isUrl ? undefined : media.urlOrBase64,
		filename: media.filename,
	});
	const voice = request.kind === 'voice';
	const response = await post(
		context,
		MEDIA_ENDPOINTS[request.kind],
		compact({
			chatId: wahaChatId(request.to),
			file,
			caption: captionOf(request),
			reply_to: request.replyTo,
			// WAHA transcodes to the Opus voice-note format when asked; an Opus file needs no work.
			convert: voice ? !isOpus(media.mimetype) : undefined,
		}),
	);
	return resultOf('waha', 'sendMedia', [response], wahaMessageId);
}

async function react(request: ReactRequest, context: SendContext): Promise<SendResult> {
	validateReaction('waha', request);
	const response = await post(context, 'reaction', { messageId: request.messageId, reaction: request.emoji }, 'PUT');
	return resultOf('waha', 'react', [response], wahaMessageId);
}

async function markRead(request: MarkReadRequest, context: SendContext): Promise<SendResult> {
	validateMarkRead('waha', request, false);
	const messageIds = request.messageIds?.length ? request.messageIds : undefined;
	const response = await post(context, 'sendSeen', compact({ chatId: wahaChatId(request.to), messageIds }));
	return resultOf('waha', 'markRead', [response], noMessageId);
}

async function typing(request: TypingRequest, context: SendContext): Promise<SendResult> {
	validateRecipient('waha', request.to);
	const response = await post(context, request.on ? 'startTyping' : 'stopTyping', { chatId: wahaChatId(request.to) });
	return resultOf('waha', 'typing', [response], noMessageId);
}

export const wahaOutbound: OutboundProvider = {
	name: 'waha',
	sendText,
	sendMedia,
	...textMenuOperations('waha', sendText),
	react,
	markRead,
	typing,
};
