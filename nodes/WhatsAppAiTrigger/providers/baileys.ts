// Message content in WhatsApp's own protobuf shape, as JSON. Evolution API sends it as
// `data.message`, WAHA NOWEB as `_data.message` and WAHA GOWS as `_data.Message` (Go spellings
// such as `stanzaID`), so one reader serves all three.

import {
	buttonContent,
	contactFromVcard,
	contactsText,
	hasCaption,
	locationContent,
	unknownContent,
	type ContactCard,
	type MediaType,
	type MessageContent,
} from './common';
import { asList, asRecord, textAt, type JsonRecord } from '../../shared/read';

// Containers whose `message` holds the real content (disappearing, view-once, captioned document).
const WRAPPERS = ['ephemeralMessage', 'viewOnceMessage', 'viewOnceMessageV2', 'viewOnceMessageV2Extension', 'documentWithCaptionMessage'];
const MAX_WRAPPER_DEPTH = 4;

// Keys that ride along with the content without being content (Evolution adds the last three).
const NOT_CONTENT = new Set(['messageContextInfo', 'senderKeyDistributionMessage', 'base64', 'mediaUrl', 'speechToText']);

// WhatsApp housekeeping (revokes, edits, key exchange, encrypted poll votes): nobody wrote these.
const HOUSEKEEPING = new Set(['protocolMessage', 'pollUpdateMessage', 'keepInChatMessage', 'encReactionMessage']);

type Reader = (node: JsonRecord) => MessageContent;

// A Map, not an object literal: payload keys such as "constructor" must not find a reader.
const READERS = new Map<string, Reader>([
	['extendedTextMessage', (node) => ({ type: 'text', text: textAt(node, 'text') ?? '' })],
	['imageMessage', (node) => mediaContent('image', node)],
	['videoMessage', (node) => mediaContent('video', node)],
	['ptvMessage', (node) => mediaContent('video', node)],
	['audioMessage', (node) => mediaContent(isVoiceNote(node) ? 'voice' : 'audio', node)],
	['documentMessage', (node) => mediaContent('document', node)],
	['stickerMessage', (node) => mediaContent('sticker', node)],
	['locationMessage', readLocation],
	['liveLocationMessage', readLocation],
	['contactMessage', (node) => contactsContent([node])],
	['contactsArrayMessage', (node) => contactsContent(asList(node.contacts))],
	['reactionMessage', readReaction],
	['buttonsResponseMessage', (node) => readButtonReply(node, 'selectedButtonId', 'selectedButtonID')],
	['templateButtonReplyMessage', (node) => readButtonReply(node, 'selectedId', 'selectedID')],
	['listResponseMessage', readListReply],
	['interactiveResponseMessage', readNativeFlowReply],
]);

export type BaileysRead = MessageContent | { ignored: string } | undefined;

/**
 * Normalize one Baileys message. Returns undefined when it holds no content at all (the caller
 * decides), `{ignored}` for housekeeping, and type 'unknown' for content we do not model.
 * `outerContext` is Evolution's top-level `contextInfo`, where it moves quote data.
 */
export function readBaileysMessage(message: JsonRecord, outerContext?: JsonRecord): BaileysRead {
	const inner = unwrap(message);
	const key = Object.keys(inner).find((name) => !NOT_CONTENT.has(name) && inner[name] != null);
	if (key === undefined) return undefined;
	if (HOUSEKEEPING.has(key)) return { ignored: `${key} is not a user message` };

	const node = asRecord(inner[key]);
	const reader = READERS.get(key);
	let content: MessageContent;
	if (key === 'conversation') content = { type: 'text', text: textAt(inner, 'conversation') ?? '' };
	else content = reader && node ? reader(node) : unknownContent();

	if (content.type !== 'reaction') {
		const context = asRecord(node?.contextInfo) ?? outerContext;
		content.replyToId = textAt(context, 'stanzaId', 'stanzaID');
	}
	return content;
}

function unwrap(message: JsonRecord): JsonRecord {
	let current = message;
	for (let depth = 0; depth < MAX_WRAPPER_DEPTH; depth++) {
		const wrapper = WRAPPERS.find((name) => asRecord(asRecord(current[name])?.message));
		if (!wrapper) break;
		current = asRecord(asRecord(current[wrapper])?.message) ?? current;
	}
	return current;
}

function mediaContent(type: MediaType, node: JsonRecord): MessageContent {
	return {
		type,
		text: hasCaption(type) ? (textAt(node, 'caption') ?? '') : '',
		media: {
			mimetype: textAt(node, 'mimetype'),
			filename: type === 'document' ? textAt(node, 'fileName', 'title') : undefined,
		},
	};
}

// Baileys spells it `ptt`, GOWS (Go) `PTT`.
function isVoiceNote(node: JsonRecord): boolean {
	return node.ptt === true || node.PTT === true;
}

function readReaction(node: JsonRecord): MessageContent {
	// An empty text means the reaction was removed.
	const reactedId = textAt(asRecord(node.key), 'id', 'ID');
	return { type: 'reaction', text: textAt(node, 'text') ?? '', replyToId: reactedId };
}

function readButtonReply(node: JsonRecord, ...idKeys: string[]): MessageContent {
	return buttonContent('button', textAt(node, ...idKeys), textAt(node, 'selectedDisplayText'));
}

function readListReply(node: JsonRecord): MessageContent {
	const rowId = textAt(asRecord(node.singleSelectReply), 'selectedRowId', 'selectedRowID');
	return buttonContent('list', rowId, textAt(node, 'title'));
}

function readLocation(node: JsonRecord): MessageContent {
	return locationContent(node.degreesLatitude, node.degreesLongitude, textAt(node, 'name'), textAt(node, 'address'));
}

function contactsContent(nodes: unknown[]): MessageContent {
	const cards = nodes.map((entry): ContactCard => {
		const node = asRecord(entry);
		const vcard = textAt(node, 'vcard');
		const card = vcard ? contactFromVcard(vcard) : { phones: [] };
		return { ...card, name: textAt(node, 'displayName') ?? card.name };
	});
	return { type: 'contacts', text: contactsText(cards) };
}

// Native-flow buttons (how Evolution sends buttons today) answer with the button id inside
// `paramsJson`; the body text is what the user saw and tapped.
function readNativeFlowReply(node: JsonRecord): MessageContent {
	const params = textAt(asRecord(node.nativeFlowResponseMessage), 'paramsJson');
	const id = params === undefined ? undefined : textAt(parseObject(params), 'id');
	if (id === undefined) return unknownContent();
	return buttonContent('button', id, textAt(asRecord(node.body), 'text'));
}

function parseObject(json: string): JsonRecord | undefined {
	try {
		return asRecord(JSON.parse(json));
	} catch {
		return undefined;
	}
}
