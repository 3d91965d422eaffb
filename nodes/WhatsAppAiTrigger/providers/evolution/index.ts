// Evolution API (Baileys). Body: {event, instance, data, destination, date_time, sender,
// server_url, apikey}; `event` is 'messages.upsert' in v2 and 'MESSAGES_UPSERT' in some setups,
// so names are compared in one spelling. Evolution signs nothing: the instance API key travels in
// the body (or in an `apikey` header configured on the webhook) and is compared in constant time.

import type { DeliveryStatus } from '../../../shared/message';
import { isGroupChatId } from '../../../shared/phone';
import { readBaileysMessage } from '../baileys';
import {
	addOutcome,
	contentMessage,
	emptyResult,
	frameOf,
	ignore,
	noteSentAt,
	phoneOf,
	sessionEvent,
	statusMessage,
	unsupportedChatReason,
	type Frame,
	type Outcome,
} from '../common';
import { WebhookPayloadError } from '../errors';
import { asNumber, asRecord, asText, dateTextToIso, epochToIso, isRecord, textAt, type JsonRecord } from '../../../shared/read';
import { equalSecrets, headerValue, printable, rejected, unsignedRefused, VERIFIED } from '../signature';
import type { InboundProvider, ParseContext, ParseResult, SessionStatus, VerifyResult, WebhookRequest, WebhookSecrets } from '../types';
import { downloadEvolutionMedia } from './media';
import { evolutionRegistration } from './registration';

function verify(request: WebhookRequest, secrets: WebhookSecrets): VerifyResult {
	const key = secrets.apiKey;
	if (!key) return unsignedRefused('the Evolution API credential has no API Key');
	const presented = presentedKeys(request);
	if (presented.length === 0) return rejected('missing apikey header or body field');
	// Compare every candidate so timing does not reveal which one matched.
	let matched = false;
	for (const candidate of presented) matched = equalSecrets(candidate, key) || matched;
	return matched ? VERIFIED : rejected('apikey mismatch');
}

function presentedKeys(request: WebhookRequest): string[] {
	const header = headerValue(request.headers, 'apikey');
	const keys = (Array.isArray(header) ? header : [header]).filter((value): value is string => !!value);
	const bodyKey = asText(asRecord(parseJson(request.rawBody))?.apikey);
	if (bodyKey !== undefined) keys.push(bodyKey);
	return keys;
}

function parseJson(raw: Buffer): unknown {
	try {
		return JSON.parse(raw.toString('utf8'));
	} catch {
		return undefined;
	}
}

function parse(body: unknown, context: ParseContext): ParseResult {
	const envelope = asRecord(body);
	if (!envelope) throw new WebhookPayloadError('body is not a JSON object');
	const event = asText(envelope.event);
	const instance = asText(envelope.instance);
	if (!event || !instance) {
		throw new WebhookPayloadError('not an Evolution API event: missing event or instance');
	}

	const result = emptyResult();
	const frame = frameOf('evolution', instance, context);
	// `date_time` is the server's local time written with a 'Z'; it is exact only when the server
	// runs in UTC (the Docker default). Messages use their own `messageTimestamp` instead.
	const eventTime = new Date(dateTextToIso(envelope.date_time, frame.now));
	const eventIso = eventTime.toISOString();
	const items = dataItems(envelope.data);
	const kind = event.replace(/[.-]/g, '_').toUpperCase();
	if (items.length === 0 && HANDLED.has(kind)) {
		result.ignored.push(ignore(`${printable(event)} without data`));
		return result;
	}
	switch (kind) {
		case 'MESSAGES_UPSERT':
		case 'SEND_MESSAGE':
			// The envelope's date_time may be local time marked as UTC; messageTimestamp is exact.
			for (const data of items) {
				noteSentAt(result, data.messageTimestamp);
				addOutcome(result, readMessage(frame, data, eventTime));
			}
			break;
		case 'MESSAGES_UPDATE':
			for (const data of items) {
				noteSentAt(result, data.dateTime);
				addOutcome(result, readStatus(frame, data, eventTime));
			}
			break;
		case 'CONNECTION_UPDATE': {
			const state = textAt(items[0], 'state') ?? '';
			const status = CONNECTION_STATES.get(state) ?? 'unknown';
			result.sessionEvents.push(sessionEvent(frame, 'connection.update', state, status, eventIso));
			break;
		}
		case 'QRCODE_UPDATED': {
			// Without a `qrcode` the event reports that the QR retry limit was reached.
			const pairing = asRecord(items[0].qrcode) !== undefined;
			const providerStatus = pairing ? 'qrcode' : (textAt(items[0], 'message') ?? 'qrcode limit reached');
			const status: SessionStatus = pairing ? 'pairing' : 'failed';
			result.sessionEvents.push(sessionEvent(frame, 'qrcode.updated', providerStatus, status, eventIso));
			break;
		}
		default:
			result.ignored.push(ignore(`event ${printable(event)} not handled`));
	}
	return result;
}

const HANDLED = new Set(['MESSAGES_UPSERT', 'SEND_MESSAGE', 'MESSAGES_UPDATE', 'CONNECTION_UPDATE', 'QRCODE_UPDATED']);

const CONNECTION_STATES = new Map<string, SessionStatus>([
	['open', 'connected'],
	['connecting', 'connecting'],
	['close', 'disconnected'],
	['refused', 'failed'],
]);

/** `data` is one object in v2; some builds and batch syncs send a list. */
function dataItems(data: unknown): JsonRecord[] {
	if (Array.isArray(data)) return data.filter(isRecord);
	return isRecord(data) ? [data] : [];
}

function readMessage(frame: Frame, data: JsonRecord, eventTime: Date): Outcome {
	const key = asRecord(data.key);
	const chatId = textAt(key, 'remoteJid');
	const messageId = textAt(key, 'id');
	if (!chatId || !messageId) return ignore('message without key.remoteJid or key.id');
	const unsupported = unsupportedChatReason(chatId);
	if (unsupported) return ignore(unsupported);

	const message = asRecord(data.message);
	const content = message ? readBaileysMessage(message, asRecord(data.contextInfo)) : undefined;
	if (content === undefined) return ignore('message without content');
	if ('ignored' in content) return ignore(content.ignored);
	if (content.media) {
		// WhatsApp's own media URL is encrypted; only Evolution's S3 copy (`mediaUrl`) is fetchable.
		// Otherwise download by message id through /chat/getBase64FromMediaMessage.
		content.media = { ...content.media, id: messageId, url: textAt(message, 'mediaUrl') };
	}

	const fromMe = key?.fromMe === true;
	const isGroup = isGroupChatId(chatId);
	const envelope = {
		messageId,
		chatId,
		phone: isGroup
			? phoneOf(textAt(key, 'participant') ?? textAt(data, 'participant'), textAt(key, 'participantAlt'))
			: phoneOf(chatId, textAt(key, 'remoteJidAlt')),
		isGroup,
		timestamp: epochToIso(data.messageTimestamp, eventTime),
		// On our own messages Evolution fills pushName with our name (or 'Você').
		contactName: fromMe ? undefined : textAt(data, 'pushName'),
	};
	return { message: contentMessage(frame, envelope, content, data), fromMe };
}

// Evolution's names for Baileys' WebMessageInfo.Status, plus the numbers themselves.
const STATUSES = new Map<string, DeliveryStatus>([
	['ERROR', 'failed'],
	['SERVER_ACK', 'sent'],
	['DELIVERY_ACK', 'delivered'],
	['READ', 'read'],
	['PLAYED', 'played'],
	['0', 'failed'],
	['2', 'sent'],
	['3', 'delivered'],
	['4', 'read'],
	['5', 'played'],
]);

function readStatus(frame: Frame, data: JsonRecord, eventTime: Date): Outcome {
	// v2 flattens the key and names the WhatsApp id `keyId` (`messageId` is Evolution's row id);
	// v1 spread the key itself into `data`.
	const key = asRecord(data.key);
	const messageId = textAt(data, 'keyId') ?? textAt(key, 'id') ?? textAt(data, 'id');
	const chatId = textAt(data, 'remoteJid') ?? textAt(key, 'remoteJid');
	const fromMe = data.fromMe ?? key?.fromMe;
	const name = String(data.status ?? '');
	const status = STATUSES.get(name);
	if (!status) return ignore(`status ${printable(name)} not reported`);
	// Read marks we set on messages someone sent us say nothing about delivery.
	if (fromMe === false) return ignore('status of an inbound message');
	if (!messageId || !chatId) return ignore('status without message id or remoteJid');

	const isGroup = isGroupChatId(chatId);
	const envelope = {
		messageId,
		chatId,
		phone: isGroup ? phoneOf(textAt(data, 'participant') ?? textAt(key, 'participant')) : phoneOf(chatId),
		isGroup,
		timestamp: statusTime(data.dateTime, eventTime),
	};
	return { message: statusMessage(frame, envelope, status), fromMe: false };
}

/** v1 sent `dateTime`; v2 only the envelope's `date_time`. */
function statusTime(dateTime: unknown, eventTime: Date): string {
	if (asNumber(dateTime) !== undefined) return epochToIso(dateTime, eventTime);
	return dateTextToIso(dateTime, eventTime);
}

export const evolutionProvider: InboundProvider = {
	name: 'evolution',
	verify,
	parse,
	downloadMedia: downloadEvolutionMedia,
	registration: evolutionRegistration,
};
