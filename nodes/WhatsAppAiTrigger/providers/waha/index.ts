// WAHA (WhatsApp HTTP API). Envelope: {id, timestamp (ms), event, session, me, payload, engine}.
// Signature: X-Webhook-Hmac = hex HMAC-SHA512 of the raw body, X-Webhook-Hmac-Algorithm: sha512.

import type { DeliveryStatus, MessageType } from '../../../shared/message';
import { isGroupChatId } from '../../../shared/phone';
import { readBaileysMessage } from '../baileys';
import {
	addOutcome,
	buttonContent,
	contactFromVcard,
	contactsText,
	contentMessage,
	emptyResult,
	frameOf,
	hasCaption,
	ignore,
	locationContent,
	mediaTypeFromMime,
	noteSentAt,
	phoneOf,
	sessionEvent,
	statusMessage,
	unknownContent,
	unsupportedChatReason,
	type Envelope,
	type Frame,
	type MessageContent,
	type Outcome,
} from '../common';
import { WebhookPayloadError } from '../errors';
import { asList, asNumber, asRecord, asText, epochToIso, textAt, type JsonRecord } from '../../../shared/read';
import { headerValue, printable, rejected, singleHeader, unsignedRefused, verifyHexHmac, VERIFIED } from '../signature';
import type { InboundProvider, ParseContext, ParseResult, SessionStatus, VerifyResult, WebhookRequest, WebhookSecrets } from '../types';
import { downloadWahaMedia } from './media';
import { wahaRegistration } from './registration';

const SIGNATURE_HEADER = 'X-Webhook-Hmac';
const ALGORITHM_HEADER = 'X-Webhook-Hmac-Algorithm';
// WAHA signs with sha512 only; accepting anything else would only widen what a forger may try.
const ALGORITHM = 'sha512';

function verify(request: WebhookRequest, secrets: WebhookSecrets): VerifyResult {
	const key = secrets.webhookHmacKey;
	if (!key) return unsignedRefused('the WAHA credential has no Webhook HMAC Key');
	const signature = singleHeader(request.headers, SIGNATURE_HEADER);
	if (!signature.ok) return rejected(signature.reason);
	const algorithm = checkAlgorithm(request);
	if (!algorithm.ok) return algorithm;
	return verifyHexHmac(ALGORITHM, key, request.rawBody, signature.value);
}

function checkAlgorithm(request: WebhookRequest): VerifyResult {
	// The header is documented as always sent; when absent, sha512 is the only thing it could say.
	if (headerValue(request.headers, ALGORITHM_HEADER) === undefined) return VERIFIED;
	const header = singleHeader(request.headers, ALGORITHM_HEADER);
	if (!header.ok) return rejected(header.reason);
	const algorithm = header.value.toLowerCase();
	return algorithm === ALGORITHM ? VERIFIED : rejected(`unsupported algorithm ${printable(algorithm)}`);
}

function parse(body: unknown, context: ParseContext): ParseResult {
	const envelope = asRecord(body);
	if (!envelope) throw new WebhookPayloadError('body is not a JSON object');
	const event = asText(envelope.event);
	const session = asText(envelope.session);
	if (!event || !session) throw new WebhookPayloadError('not a WAHA event: missing event or session');

	const result = emptyResult();
	noteSentAt(result, envelope.timestamp);
	const frame = frameOf('waha', session, context);
	const payload = asRecord(envelope.payload);
	if (!payload) {
		result.ignored.push(ignore(`${printable(event)} without payload`));
		return result;
	}
	const eventTime = new Date(epochToIso(envelope.timestamp, frame.now));
	switch (event) {
		case 'message':
		case 'message.any':
			addOutcome(result, readMessage(frame, payload, eventTime));
			break;
		case 'message.reaction':
			addOutcome(result, readReaction(frame, payload, eventTime));
			break;
		case 'message.ack':
		case 'message.ack.group':
			addOutcome(result, readAck(frame, payload, eventTime));
			break;
		case 'session.status': {
			const status = asText(payload.status) ?? '';
			const normalized = SESSION_STATUSES.get(status) ?? 'unknown';
			result.sessionEvents.push(sessionEvent(frame, event, status, normalized, eventTime.toISOString()));
			break;
		}
		default:
			result.ignored.push(ignore(`event ${printable(event)} not handled`));
	}
	return result;
}

const SESSION_STATUSES = new Map<string, SessionStatus>([
	['WORKING', 'connected'],
	['STARTING', 'connecting'],
	['SCAN_QR_CODE', 'pairing'],
	['PASSKEY_REQUIRED', 'pairing'],
	['PASSKEY_CONFIRMATION_REQUIRED', 'pairing'],
	['STOPPED', 'disconnected'],
	['FAILED', 'failed'],
]);

// Message ids read `{fromMe}_{chatId}_{id}[_{participant}]`, so the chat is known even when
// `from`/`to` are missing or name our own number.
const SERIALIZED_ID = /^(?:true|false)_([^_@]+@[^_]+)_/;

interface Addressing {
	chatId: string;
	fromMe: boolean;
}

function addressingOf(payload: JsonRecord, messageId: string): Addressing | undefined {
	const fromMe = payload.fromMe === true;
	const chatId = SERIALIZED_ID.exec(messageId)?.[1] ?? (fromMe ? asText(payload.to) : undefined) ?? asText(payload.from);
	return chatId === undefined ? undefined : { chatId, fromMe };
}

type Addressed = { envelope: Envelope; fromMe: boolean };

/** Identity, chat and sender of any message-shaped payload, or why it cannot be used. */
function envelopeOf(payload: JsonRecord, timestamp: string): Addressed | string {
	const messageId = asText(payload.id);
	if (!messageId) return 'message without id';
	const addressing = addressingOf(payload, messageId);
	if (!addressing) return 'message without chat id';
	const unsupported = unsupportedChatReason(addressing.chatId);
	if (unsupported) return unsupported;

	const data = asRecord(payload._data);
	const key = asRecord(data?.key);
	const isGroup = isGroupChatId(addressing.chatId);
	const phone = isGroup
		? phoneOf(asText(payload.participant) ?? textAt(data, 'author'), textAt(key, 'participantAlt'))
		: phoneOf(addressing.chatId, textAt(key, 'remoteJidAlt'));
	// The push name on our own messages is ours, not the contact's.
	const contactName = addressing.fromMe ? undefined : (textAt(data, 'notifyName', 'pushName') ?? textAt(asRecord(data?.Info), 'PushName'));
	return {
		envelope: { messageId, chatId: addressing.chatId, phone, isGroup, timestamp, contactName },
		fromMe: addressing.fromMe,
	};
}

function readMessage(frame: Frame, payload: JsonRecord, eventTime: Date): Outcome {
	const read = envelopeOf(payload, epochToIso(payload.timestamp, eventTime));
	if (typeof read === 'string') return ignore(read);
	const content = readContent(payload);
	if ('reason' in content) return content;
	return { message: contentMessage(frame, read.envelope, content, payload), fromMe: read.fromMe };
}

function readReaction(frame: Frame, payload: JsonRecord, eventTime: Date): Outcome {
	const read = envelopeOf(payload, epochToIso(payload.timestamp, eventTime));
	if (typeof read === 'string') return ignore(read);
	const reaction = asRecord(payload.reaction);
	const content: MessageContent = {
		type: 'reaction',
		text: textAt(reaction, 'text') ?? '',
		replyToId: textAt(reaction, 'messageId'),
	};
	return { message: contentMessage(frame, read.envelope, content), fromMe: read.fromMe };
}

const ACK_STATUSES = new Map<number, DeliveryStatus>([
	[-1, 'failed'],
	[1, 'sent'],
	[2, 'delivered'],
	[3, 'read'],
	[4, 'played'],
]);
const ACK_NAMES = new Map<string, number>([
	['ERROR', -1],
	['PENDING', 0],
	['SERVER', 1],
	['DEVICE', 2],
	['READ', 3],
	['PLAYED', 4],
]);

function readAck(frame: Frame, payload: JsonRecord, eventTime: Date): Outcome {
	// Receipts of messages someone sent us (our own read marks) say nothing about delivery.
	if (payload.fromMe === false) return ignore('ack for an inbound message');
	const ack = asNumber(payload.ack) ?? ACK_NAMES.get(asText(payload.ackName) ?? '');
	const status = ack === undefined ? undefined : ACK_STATUSES.get(ack);
	if (!status) return ignore(`ack ${printable(String(payload.ackName ?? payload.ack))} not reported`);
	const read = envelopeOf(payload, epochToIso(payload.timestamp, eventTime));
	if (typeof read === 'string') return ignore(read);
	return { message: statusMessage(frame, read.envelope, status), fromMe: false };
}

// whatsapp-web.js message types (WEBJS engine, `_data.type`).
const WEBJS_TYPES = new Map<string, MessageType>([
	['chat', 'text'],
	['image', 'image'],
	['video', 'video'],
	['audio', 'audio'],
	['ptt', 'voice'],
	['document', 'document'],
	['sticker', 'sticker'],
	['location', 'location'],
	['vcard', 'contacts'],
	['multi_vcard', 'contacts'],
	['buttons_response', 'button'],
	['template_button_reply', 'button'],
	['list_response', 'list'],
]);
const WEBJS_HOUSEKEEPING = new Set([
	'e2e_notification',
	'notification',
	'notification_template',
	'gp2',
	'protocol',
	'revoked',
	'ciphertext',
	'call_log',
]);

/** What the engine's raw data says the message is: NOWEB/GOWS protobuf, or WEBJS `_data.type`. */
function engineHint(data: JsonRecord | undefined): MessageContent | { reason: string } | undefined {
	const protobuf = asRecord(data?.message) ?? asRecord(data?.Message);
	if (protobuf) {
		const read = readBaileysMessage(protobuf);
		return read && 'ignored' in read ? { reason: read.ignored } : read;
	}
	const webType = textAt(data, 'type');
	if (webType === undefined) return undefined;
	if (WEBJS_HOUSEKEEPING.has(webType)) return { reason: `${webType} is not a user message` };
	const type = WEBJS_TYPES.get(webType) ?? 'unknown';
	if (type === 'button') {
		return buttonContent('button', textAt(data, 'selectedButtonId', 'selectedId'), undefined);
	}
	if (type === 'list') {
		const list = asRecord(data?.listResponse);
		const rowId = textAt(asRecord(list?.singleSelectReply), 'selectedRowId');
		return buttonContent('list', rowId, textAt(list, 'title'));
	}
	return { type, text: '' };
}

/** The type WAHA's own normalized fields state ('unknown' when they state none). */
function typeFromFields(payload: JsonRecord): MessageType {
	const media = asRecord(payload.media);
	if (asRecord(payload.location)) return 'location';
	if (asList(payload.vCards).length > 0) return 'contacts';
	if (payload.hasMedia === true || media) {
		return mediaTypeFromMime(textAt(media, 'mimetype'), textAt(media, 'url', 'filename'));
	}
	return asText(payload.body) ? 'text' : 'unknown';
}

const MEDIA_TYPES = new Set<MessageType>(['image', 'video', 'audio', 'voice', 'sticker', 'document']);
// WAHA reports these only through the engine's raw data; its `body` holds just the chosen title.
const ENGINE_ONLY_TYPES = new Set<MessageType>(['button', 'list', 'reaction']);

/**
 * WAHA's documented fields (`hasMedia`, `media`, `location`, `vCards`, `body`) are the contract
 * across engines and versions; the engine's raw `_data` differs per engine and build (a NOWEB
 * image whose protobuf JSON lists an empty `conversation` first reads as text there), so it only
 * fills in what the documented fields leave open.
 */
function chooseType(payload: JsonRecord, hinted: MessageType | undefined): MessageType {
	const documented = typeFromFields(payload);
	if (documented === 'location' || documented === 'contacts') return documented;
	if (MEDIA_TYPES.has(documented)) {
		// Without a MIME type the documented kind is a guess ('document'); the engine knows better.
		const knowsMime = textAt(asRecord(payload.media), 'mimetype') !== undefined;
		return !knowsMime && hinted && MEDIA_TYPES.has(hinted) ? hinted : documented;
	}
	if (hinted && ENGINE_ONLY_TYPES.has(hinted)) return hinted;
	return documented === 'text' ? documented : (hinted ?? documented);
}

function readContent(payload: JsonRecord): MessageContent | { reason: string } {
	const data = asRecord(payload._data);
	const hint = engineHint(data);
	if (hint && 'reason' in hint) return hint;
	const content = contentOfType(chooseType(payload, hint?.type), payload, hint);
	content.replyToId = textAt(asRecord(payload.replyTo), 'id') ?? hint?.replyToId ?? textAt(data, 'quotedStanzaID');
	return content;
}

function contentOfType(type: MessageType, payload: JsonRecord, hint: MessageContent | undefined): MessageContent {
	const body = asText(payload.body) ?? '';
	const media = asRecord(payload.media);
	switch (type) {
		case 'text':
			return { type, text: body || (hint?.text ?? '') };
		case 'image':
		case 'video':
		case 'audio':
		case 'voice':
		case 'sticker':
		case 'document':
			return {
				type,
				text: hasCaption(type) ? body || (hint?.text ?? '') : '',
				media: {
					url: textAt(media, 'url'),
					mimetype: textAt(media, 'mimetype') ?? hint?.media?.mimetype,
					filename: textAt(media, 'filename') ?? hint?.media?.filename,
				},
			};
		case 'location':
			return wahaLocation(asRecord(payload.location)) ?? hint ?? unknownContent();
		case 'contacts': {
			const cards = asList(payload.vCards).filter((card): card is string => typeof card === 'string');
			if (cards.length === 0) return hint ?? { type, text: '' };
			return { type, text: contactsText(cards.map(contactFromVcard)) };
		}
		case 'button':
		case 'list': {
			if (!hint?.button) return unknownContent();
			// WEBJS keeps the chosen title only in the body
			const title = hint.button.title || body;
			return { type, text: title, button: { id: hint.button.id, title } };
		}
		case 'reaction':
			return hint ?? unknownContent();
		default:
			return unknownContent();
	}
}

/** WAHA location: coordinates may be strings; `description` is "name\naddress" on WEBJS. */
function wahaLocation(location: JsonRecord | undefined): MessageContent | undefined {
	if (!location) return undefined;
	const [firstLine, ...rest] = (textAt(location, 'description') ?? '').split('\n');
	const name = textAt(location, 'name') ?? asText(firstLine.trim());
	const address = textAt(location, 'address') ?? asText(rest.join(', ').trim());
	const content = locationContent(location.latitude, location.longitude, name, address);
	return content.type === 'location' ? content : undefined;
}

export const wahaProvider: InboundProvider = {
	name: 'waha',
	verify,
	parse,
	downloadMedia: downloadWahaMedia,
	registration: wahaRegistration,
};
