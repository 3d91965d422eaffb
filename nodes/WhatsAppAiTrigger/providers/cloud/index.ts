// Meta WhatsApp Cloud API. Envelope: {object: 'whatsapp_business_account', entry[{changes[{field,
// value{metadata, contacts[], messages[] | statuses[] | errors[]}}]}]}; one webhook may batch
// several entries, changes and messages. Signature: X-Hub-Signature-256 = sha256=<hex HMAC-SHA256
// of the raw body keyed with the app secret>.

import type { DeliveryStatus } from '../../../shared/message';
import { phoneFromChatId } from '../../../shared/phone';
import {
	addOutcome,
	buttonContent,
	contactsText,
	contentMessage,
	deliveryErrors,
	emptyResult,
	frameOf,
	hasCaption,
	ignore,
	locationContent,
	noteSentAt,
	statusMessage,
	unknownContent,
	type ContactCard,
	type Frame,
	type MediaType,
	type MessageContent,
	type Outcome,
} from '../common';
import { WebhookPayloadError } from '../errors';
import { asList, asRecord, asText, epochToIso, textAt, type JsonRecord } from '../../../shared/read';
import { equalSecrets, printable, rejected, singleHeader, unsignedRefused, verifyHexHmac } from '../signature';
import type { ChallengeResult, InboundProvider, ParseContext, ParseResult, VerifyResult, WebhookRequest, WebhookSecrets } from '../types';
import { downloadCloudMedia } from './media';

const SIGNATURE_HEADER = 'X-Hub-Signature-256';
const SIGNATURE_PREFIX = 'sha256=';

function verify(request: WebhookRequest, secrets: WebhookSecrets): VerifyResult {
	const key = secrets.appSecret;
	if (!key) return unsignedRefused('the Cloud API credential has no App Secret');
	const header = singleHeader(request.headers, SIGNATURE_HEADER);
	if (!header.ok) return rejected(header.reason);
	if (header.value.slice(0, SIGNATURE_PREFIX.length).toLowerCase() !== SIGNATURE_PREFIX) {
		return rejected(`${SIGNATURE_HEADER} does not start with ${SIGNATURE_PREFIX}`);
	}
	return verifyHexHmac('sha256', key, request.rawBody, header.value.slice(SIGNATURE_PREFIX.length));
}

/**
 * Meta's subscription check: GET ?hub.mode=subscribe&hub.verify_token=…&hub.challenge=…
 * must be answered 200 with the challenge when the token matches, and refused otherwise.
 */
export function answerCloudChallenge(query: Record<string, unknown>, verifyToken: string | undefined): ChallengeResult {
	if (!verifyToken) return { ok: false, reason: 'no verify token configured' };
	if (query['hub.mode'] !== 'subscribe') return { ok: false, reason: 'hub.mode is not subscribe' };
	const token = asText(query['hub.verify_token']);
	if (token === undefined || !equalSecrets(token, verifyToken)) {
		return { ok: false, reason: 'verify token mismatch' };
	}
	const challenge = asText(query['hub.challenge']);
	if (challenge === undefined) return { ok: false, reason: 'missing hub.challenge' };
	return { ok: true, challenge };
}

const NOT_CLOUD = 'not a WhatsApp Cloud API event';

function parse(body: unknown, context: ParseContext): ParseResult {
	const envelope = asRecord(body);
	if (!envelope) throw new WebhookPayloadError('body is not a JSON object');
	if (envelope.object !== 'whatsapp_business_account') {
		throw new WebhookPayloadError(`${NOT_CLOUD}: object is not whatsapp_business_account`);
	}
	if (!Array.isArray(envelope.entry)) throw new WebhookPayloadError(`${NOT_CLOUD}: entry is not a list`);

	const result = emptyResult();
	for (const entry of envelope.entry) {
		for (const change of asList(asRecord(entry)?.changes)) readChange(result, asRecord(change), context);
	}
	return result;
}

function readChange(result: ParseResult, change: JsonRecord | undefined, context: ParseContext): void {
	const field = textAt(change, 'field') ?? '';
	const value = asRecord(change?.value);
	const session = textAt(asRecord(value?.metadata), 'phone_number_id');
	if (field !== 'messages' && field !== 'smb_message_echoes') {
		result.ignored.push(ignore(`field ${printable(field)} not handled`));
		return;
	}
	if (!value || !session) {
		result.ignored.push(ignore(`${field} change without metadata.phone_number_id`));
		return;
	}
	const frame = frameOf('cloud', session, context);
	const contacts = asList(value.contacts).map(asRecord);
	for (const message of asList(value.messages)) {
		noteSentAt(result, asRecord(message)?.timestamp);
		addOutcome(result, readMessage(frame, asRecord(message), contacts, false));
	}
	// Messages the business sent from the WhatsApp Business app (coexistence): our own echoes.
	for (const message of asList(value.message_echoes)) {
		addOutcome(result, readMessage(frame, asRecord(message), contacts, true));
	}
	for (const status of asList(value.statuses)) {
		noteSentAt(result, asRecord(status)?.timestamp);
		addOutcome(result, readStatus(frame, asRecord(status)));
	}
	for (const error of deliveryErrors(value.errors)) {
		// Meta's title is free text; keep log lines bounded.
		result.ignored.push(ignore(`error ${error.code}: ${error.title.slice(0, 120)}`));
	}
}

function readMessage(frame: Frame, node: JsonRecord | undefined, contacts: (JsonRecord | undefined)[], echo: boolean): Outcome {
	const messageId = textAt(node, 'id');
	const user = counterpartOf(node, contacts, echo);
	const address = user.waId ?? user.userId;
	if (!node || !messageId || !address) return ignore('message without id or sender');

	const groupId = textAt(node, 'group_id');
	const envelope = {
		messageId,
		chatId: groupId ?? address,
		phone: user.waId ? phoneFromChatId(user.waId) : '',
		isGroup: groupId !== undefined,
		timestamp: epochToIso(node.timestamp, frame.now),
		contactName: user.name,
	};
	return { message: contentMessage(frame, envelope, readContent(node), node), fromMe: echo };
}

interface Counterpart {
	waId?: string;
	/** Business-scoped user id; newer payloads may name a user only by it, without wa_id. */
	userId?: string;
	name?: string;
}

/** The user on the other side: the recipient (`to`) of an echo, otherwise the sender (`from`). */
function counterpartOf(node: JsonRecord | undefined, contacts: (JsonRecord | undefined)[], echo: boolean): Counterpart {
	const waId = textAt(node, echo ? 'to' : 'from');
	const userId = textAt(node, echo ? 'to_user_id' : 'from_user_id');
	const contact =
		contacts.find(
			(candidate) =>
				(waId !== undefined && textAt(candidate, 'wa_id') === waId) || (userId !== undefined && textAt(candidate, 'user_id') === userId),
		) ?? (contacts.length === 1 && !echo ? contacts[0] : undefined);
	return {
		waId: waId ?? textAt(contact, 'wa_id'),
		userId: userId ?? textAt(contact, 'user_id'),
		// The profile on an echo would be ours, not the contact's.
		name: echo ? undefined : textAt(asRecord(contact?.profile), 'name'),
	};
}

function readContent(node: JsonRecord): MessageContent {
	const content = contentOfType(textAt(node, 'type') ?? '', node);
	if (content.type === 'unknown') content.errors = deliveryErrors(node.errors);
	// A reaction's replyToId is the reacted message, set by contentOfType.
	if (content.type !== 'reaction') content.replyToId = textAt(asRecord(node.context), 'id');
	return content;
}

function contentOfType(type: string, node: JsonRecord): MessageContent {
	if (type === 'contacts') return contactsContent(asList(node.contacts));
	const body = asRecord(node[type]);
	if (!body) return unknownContent();
	switch (type) {
		case 'text':
			return { type: 'text', text: textAt(body, 'body') ?? '' };
		case 'image':
		case 'video':
		case 'document':
		case 'sticker':
			return mediaContent(type, body);
		case 'audio':
			return mediaContent(body.voice === true ? 'voice' : 'audio', body);
		case 'location':
			return locationContent(body.latitude, body.longitude, textAt(body, 'name'), textAt(body, 'address'));
		case 'reaction':
			return { type: 'reaction', text: textAt(body, 'emoji') ?? '', replyToId: textAt(body, 'message_id') };
		case 'button':
			// Quick-reply button of a template: the payload is the id the business defined.
			return buttonContent('button', textAt(body, 'payload'), textAt(body, 'text'));
		case 'interactive':
			return interactiveContent(body);
		default:
			return unknownContent();
	}
}

function interactiveContent(body: JsonRecord): MessageContent {
	const buttonReply = asRecord(body.button_reply);
	if (buttonReply) return buttonContent('button', textAt(buttonReply, 'id'), textAt(buttonReply, 'title'));
	const listReply = asRecord(body.list_reply);
	if (listReply) return buttonContent('list', textAt(listReply, 'id'), textAt(listReply, 'title'));
	return unknownContent();
}

function mediaContent(type: MediaType, body: JsonRecord): MessageContent {
	return {
		type,
		text: hasCaption(type) ? (textAt(body, 'caption') ?? '') : '',
		media: {
			id: textAt(body, 'id'),
			url: textAt(body, 'url'),
			mimetype: textAt(body, 'mime_type'),
			filename: textAt(body, 'filename'),
		},
	};
}

function contactsContent(cards: unknown[]): MessageContent {
	const contacts = cards.map((entry): ContactCard => {
		const card = asRecord(entry);
		const phones = asList(card?.phones).map((phone) => textAt(asRecord(phone), 'phone'));
		return {
			name: textAt(asRecord(card?.name), 'formatted_name'),
			phones: phones.filter((phone): phone is string => phone !== undefined),
		};
	});
	return { type: 'contacts', text: contactsText(contacts) };
}

const STATUSES = new Map<string, DeliveryStatus>([
	['sent', 'sent'],
	['delivered', 'delivered'],
	['read', 'read'],
	['failed', 'failed'],
	['played', 'played'],
]);

function readStatus(frame: Frame, node: JsonRecord | undefined): Outcome {
	const messageId = textAt(node, 'id');
	const name = textAt(node, 'status') ?? '';
	const status = STATUSES.get(name);
	if (!status) return ignore(`status ${printable(name)} not reported`);
	const recipient = textAt(node, 'recipient_id');
	const chatId = recipient ?? textAt(node, 'recipient_user_id');
	if (!node || !messageId || !chatId) return ignore('status without id or recipient');
	const isGroup = textAt(node, 'recipient_type') === 'group';
	const envelope = {
		messageId,
		chatId,
		phone: recipient && !isGroup ? phoneFromChatId(recipient) : '',
		isGroup,
		timestamp: epochToIso(node.timestamp, frame.now),
	};
	return { message: statusMessage(frame, envelope, status, deliveryErrors(node.errors)), fromMe: false };
}

export const cloudProvider: InboundProvider = {
	name: 'cloud',
	verify,
	parse,
	downloadMedia: downloadCloudMedia,
	answerChallenge: (query, credentials) =>
		answerCloudChallenge(query, typeof credentials.verifyToken === 'string' ? credentials.verifyToken : undefined),
};
