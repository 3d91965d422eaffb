// Evolution API v2 (Baileys). Paths end in the instance name; messages are addressed by
// `number` (digits, or a group JID) and reactions/receipts by the Baileys key {remoteJid, fromMe, id}.
// Buttons and lists are broken on Baileys, so they go out as a numbered text menu.

import { asRecord, textAt } from '../../shared/read';
import { chatIdKind, phoneFromChatId } from '../../shared/phone';
import { captionOf, compact, joinUrl, noMessageId, readNestFailure, requester, resolveMedia, resultOf, sendTextInParts } from './common';
import { textMenuOperations } from './textMenus';
import type { ResponseClassifier } from './transport';
import type {
	MarkReadRequest,
	OutboundProvider,
	ReactRequest,
	SendContext,
	SendMediaRequest,
	SendResult,
	SendTextRequest,
	TypingRequest,
} from './types';
import { requireAddress, validateMarkRead, validateMedia, validateReaction, validateRecipient } from './validate';

/** How long "typing…" shows when the request gives no duration. */
export const DEFAULT_PRESENCE_MS = 3_000;

const classifier: ResponseClassifier = { provider: 'evolution', readFailure: readNestFailure };
const send = requester(classifier);

/** A user's digits; group, LID and channel JIDs pass through, since they have no phone number. */
export function evolutionNumber(to: string): string {
	const trimmed = to.trim();
	const number = trimmed.includes('@') && chatIdKind(trimmed) !== 'user' ? trimmed : phoneFromChatId(trimmed);
	return requireAddress('evolution', to, number);
}

/** The Baileys JID of a chat: `5511999990000@s.whatsapp.net` for users. */
export function evolutionJid(to: string): string {
	const number = evolutionNumber(to);
	return number.includes('@') ? number : `${number}@s.whatsapp.net`;
}

export function evolutionMessageId(body: unknown): string | undefined {
	return textAt(asRecord(asRecord(body)?.key), 'id');
}

function post(context: SendContext, path: string, body: Record<string, unknown>) {
	return send(context, { method: 'POST', url: joinUrl(context.baseUrl, path, encodeURIComponent(context.session)), body });
}

/** Evolution looks the quoted message up by its key id. */
function quoting(replyTo: string | undefined): { quoted?: { key: { id: string } } } {
	return replyTo ? { quoted: { key: { id: replyTo } } } : {};
}

async function sendText(request: SendTextRequest, context: SendContext): Promise<SendResult> {
	return sendTextInParts(
		'evolution',
		request,
		(text, replyTo) =>
			post(
				context,
				'message/sendText',
				compact({ number: evolutionNumber(request.to), text, linkPreview: request.linkPreview, ...quoting(replyTo) }),
			),
		evolutionMessageId,
	);
}

async function sendMedia(request: SendMediaRequest, context: SendContext): Promise<SendResult> {
	validateMedia('evolution', request);
	const media = resolveMedia(request);
	const number = evolutionNumber(request.to);
	// Voice notes have their own endpoint, which sends them as push-to-talk audio.
	const response =
		request.kind === 'voice'
			? await post(context, 'message/sendWhatsAppAudio', { number, audio: media.urlOrBase64, ...quoting(request.replyTo) })
			: await post(
					context,
					'message/sendMedia',
					compact({
						number,
						mediatype: request.kind,
						mimetype: media.mimetype,
						caption: captionOf(request),
						media: media.urlOrBase64,
						fileName: media.displayName,
						...quoting(request.replyTo),
					}),
				);
	return resultOf('evolution', 'sendMedia', [response], evolutionMessageId);
}

async function react(request: ReactRequest, context: SendContext): Promise<SendResult> {
	validateReaction('evolution', request);
	const key = { remoteJid: evolutionJid(request.to), fromMe: request.fromMe ?? false, id: request.messageId };
	const response = await post(context, 'message/sendReaction', { key, reaction: request.emoji });
	return resultOf('evolution', 'react', [response], evolutionMessageId);
}

async function markRead(request: MarkReadRequest, context: SendContext): Promise<SendResult> {
	validateMarkRead('evolution', request, true);
	const remoteJid = evolutionJid(request.to);
	// Receipts are for the contact's messages, never our own.
	const readMessages = request.messageIds.map((id) => ({ remoteJid, fromMe: false, id }));
	const response = await post(context, 'chat/markMessageAsRead', { readMessages });
	return resultOf('evolution', 'markRead', [response], noMessageId);
}

async function typing(request: TypingRequest, context: SendContext): Promise<SendResult> {
	validateRecipient('evolution', request.to);
	// Evolution shows the presence for `delay` ms (holding the request) and then pauses it itself.
	const body = request.on
		? {
				number: evolutionNumber(request.to),
				presence: 'composing',
				delay: Math.max(0, Math.round(request.durationMs ?? DEFAULT_PRESENCE_MS)),
			}
		: { number: evolutionNumber(request.to), presence: 'paused', delay: 0 };
	const response = await post(context, 'chat/sendPresence', body);
	return resultOf('evolution', 'typing', [response], noMessageId);
}

export const evolutionOutbound: OutboundProvider = {
	name: 'evolution',
	sendText,
	sendMedia,
	...textMenuOperations('evolution', sendText),
	react,
	markRead,
	typing,
};
