// Helpers every provider adapter shares: media classification, contact cards, and the one place
// that assembles an InboundMessage.

import {
	conversationKeyOf,
	type DeliveryError,
	type DeliveryStatus,
	type InboundMessage,
	type MessageType,
	type Provider,
} from '../../shared/message';
import { keyPartProblem } from '../../shared/keyParts';
import { chatIdKind, chatIdLocalPart, phoneFromChatId } from '../../shared/phone';
import { WebhookPayloadError } from './errors';
import type { IgnoredEvent, ParseContext, ParsedMessage, ParseResult, SessionEvent, SessionStatus } from './types';
import { asList, asNumber, asRecord, epochMillis, textAt } from '../../shared/read';

export function clockOf(context: ParseContext): Date {
	return context.now ? context.now() : new Date();
}

export function emptyResult(): ParseResult {
	return { messages: [], sessionEvents: [], ignored: [] };
}

/** Keep the newest provider-stated event time (epoch seconds or milliseconds) on the result. */
export function noteSentAt(result: ParseResult, epoch: unknown): void {
	const millis = epochMillis(epoch);
	if (millis !== undefined && (result.sentAt === undefined || millis > result.sentAt)) result.sentAt = millis;
}

export type MediaType = Extract<MessageType, 'image' | 'video' | 'audio' | 'voice' | 'sticker' | 'document'>;

/**
 * Media kind from a MIME type: WhatsApp stickers are WebP images and voice notes are Opus
 * (`audio/ogg; codecs=opus`, files named `.oga`); anything unrecognized is a document.
 */
export function mediaTypeFromMime(mimetype: string | undefined, fileNameOrUrl?: string): MediaType {
	const mime = (mimetype ?? '').toLowerCase();
	const isOga = /\.oga(\?|$)/i.test(fileNameOrUrl ?? '');
	if (mime.startsWith('image/webp')) return 'sticker';
	if (mime.startsWith('image/')) return 'image';
	if (mime.startsWith('video/')) return 'video';
	if (mime.startsWith('audio/')) return mime.includes('opus') || isOga ? 'voice' : 'audio';
	if (mime === '' && isOga) return 'voice';
	return 'document';
}

/** Media types whose caption is meaningful text; stickers and audio never carry one. */
export function hasCaption(type: MessageType): boolean {
	return type === 'image' || type === 'video' || type === 'document';
}

export interface ContactCard {
	name?: string;
	phones: string[];
}

/** Name (FN) and phone numbers (TEL) of a vCard. */
export function contactFromVcard(vcard: string): ContactCard {
	const card: ContactCard = { phones: [] };
	for (const line of vcard.split(/\r?\n/)) {
		const value = line.replace(/^[^:]*:/, '').trim();
		if (/^(item\d+\.)?FN[;:]/i.test(line) && value !== '') card.name = value;
		if (/^(item\d+\.)?TEL[;:]/i.test(line) && value !== '') card.phones.push(value);
	}
	return card;
}

/**
 * Shared contacts as readable text, one per line (`Maria Silva: +55 11 98888-7777`). The schema
 * has no contacts field, so this text is how the cards reach the agent.
 */
export function contactsText(cards: ContactCard[]): string {
	return cards
		.map((card) => [card.name, card.phones.join(', ')].filter((part) => part).join(': '))
		.filter((line) => line !== '')
		.join('\n');
}

/** The content half of a message; adapters fill it from their payload. */
export type MessageContent = Pick<InboundMessage, 'type' | 'text' | 'button' | 'media' | 'location' | 'replyToId' | 'errors'>;

export function unknownContent(): MessageContent {
	return { type: 'unknown', text: '' };
}

export function buttonContent(type: 'button' | 'list', id: string | undefined, title: string | undefined): MessageContent {
	return { type, text: title ?? '', button: { id: id ?? '', title: title ?? '' } };
}

export function locationContent(latitude: unknown, longitude: unknown, name?: string, address?: string): MessageContent {
	const lat = asNumber(latitude);
	const long = asNumber(longitude);
	if (lat === undefined || long === undefined) return unknownContent();
	return { type: 'location', text: '', location: { latitude: lat, longitude: long, name, address } };
}

/** Everything InboundMessage holds except what is derived (conversationKey). */
export type MessageDraft = Omit<InboundMessage, 'conversationKey'>;

/**
 * Finish a message: derive the conversation key, keep `raw` only for unknown messages, and drop
 * absent optional fields so the item JSON stays clean.
 */
export function finishMessage(draft: MessageDraft): InboundMessage {
	const subject = draft.isGroup ? chatIdLocalPart(draft.chatId) : draft.phone || draft.chatId;
	const message: InboundMessage = {
		...draft,
		conversationKey: conversationKeyOf(draft.tenant, draft.provider, draft.session, subject),
	};
	if (draft.event !== 'message' || draft.type !== 'unknown') delete message.raw;
	if (message.media) message.media = withoutUndefined(message.media);
	if (message.location) message.location = withoutUndefined(message.location);
	if (message.media && Object.keys(message.media).length === 0) delete message.media;
	if (message.errors && message.errors.length === 0) delete message.errors;
	return withoutUndefined(message);
}

function withoutUndefined<T extends object>(value: T): T {
	return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

/** Cloud-style `[{code, title}]` errors, skipping entries without a numeric code. */
export function deliveryErrors(value: unknown): DeliveryError[] {
	const errors: DeliveryError[] = [];
	for (const entry of asList(value)) {
		const node = asRecord(entry);
		const code = asNumber(node?.code);
		if (code === undefined) continue;
		errors.push({ code, title: textAt(node, 'title', 'message') ?? '' });
	}
	return errors;
}

/** Where a message belongs: the envelope facts every message of one webhook shares. */
export interface Frame {
	provider: Provider;
	tenant: string;
	session: string;
	now: Date;
}

/** Throws WebhookPayloadError (400) for a session name that cannot be part of a conversation key. */
export function frameOf(provider: Provider, session: string, context: ParseContext): Frame {
	const problem = keyPartProblem('session', session);
	if (problem) throw new WebhookPayloadError(problem);
	return { provider, tenant: context.tenant || 'default', session, now: clockOf(context) };
}

/** Who a message is with, and its identity. */
export interface Envelope {
	messageId: string;
	chatId: string;
	phone: string;
	isGroup: boolean;
	timestamp: string;
	contactName?: string;
}

export function contentMessage(frame: Frame, envelope: Envelope, content: MessageContent, raw?: unknown): InboundMessage {
	return finishMessage({
		event: 'message',
		provider: frame.provider,
		tenant: frame.tenant,
		session: frame.session,
		...envelope,
		...content,
		raw,
	});
}

export function statusMessage(frame: Frame, envelope: Envelope, status: DeliveryStatus, errors?: DeliveryError[]): InboundMessage {
	return finishMessage({
		event: 'status',
		provider: frame.provider,
		tenant: frame.tenant,
		session: frame.session,
		...envelope,
		type: 'unknown',
		text: '',
		status,
		errors,
	});
}

export function sessionEvent(frame: Frame, event: string, providerStatus: string, status: SessionStatus, timestamp: string): SessionEvent {
	return {
		provider: frame.provider,
		tenant: frame.tenant,
		session: frame.session,
		event,
		status,
		providerStatus,
		timestamp,
	};
}

/** What reading one provider item gives: a message, or why it was skipped. */
export type Outcome = ParsedMessage | IgnoredEvent;

export function ignore(reason: string): IgnoredEvent {
	return { reason };
}

export function addOutcome(result: ParseResult, outcome: Outcome): void {
	if ('message' in outcome) result.messages.push(outcome);
	else result.ignored.push(outcome);
}

/**
 * The phone of a JID, using the alternate JID when the primary is a hidden LID (newer Baileys
 * and WAHA builds send both; only the alternate holds the real number).
 */
export function phoneOf(jid: string | undefined, alternate?: string): string {
	if (jid === undefined) return '';
	if (chatIdKind(jid) === 'lid' && alternate !== undefined && chatIdKind(alternate) === 'user') {
		return phoneFromChatId(alternate);
	}
	return phoneFromChatId(jid);
}

/** Chats the assistant cannot answer in: status stories and channels. */
export function unsupportedChatReason(chatId: string): string | undefined {
	const kind = chatIdKind(chatId);
	if (kind === 'broadcast') return 'status broadcast, not a chat';
	if (kind === 'newsletter') return 'channel (newsletter) message, not a chat';
	return undefined;
}
