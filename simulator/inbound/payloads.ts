// The webhook bodies a provider posts when the patient writes, in each provider's real shape
// (as in test/fixtures/webhooks/<provider>/), dated now and with fresh ids. Pure functions: the
// caller says who writes what; signing and posting are in sign.ts and deliver.ts.

import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { wahaEventId } from '../ids';
import type { MediaKind } from '../types';

/** What the patient sends. */
export type PatientContent =
	| { kind: 'text'; text: string }
	| {
			kind: 'media';
			type: MediaKind;
			mimeType: string;
			data: Buffer;
			filename?: string;
			caption?: string;
			/** WAHA: the media.url n8n downloads from; Cloud: the media id. Evolution downloads by message id. */
			ref: string;
	  }
	/** A Cloud API button or list row, answering the interactive message `contextId`. */
	| { kind: 'button' | 'list'; id: string; title: string; description?: string; contextId: string };

/** Who writes, when, and as which message. */
export interface PatientEnvelope {
	phone: string;
	name: string;
	messageId: string;
	now: Date;
	/** The message quoted (WhatsApp's "reply"). */
	replyTo?: string;
}

export interface Business {
	phone: string;
	name: string;
}

const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

/** The caption is shown only under images, videos and documents. */
const captionOf = (content: PatientContent) =>
	content.kind === 'media' && ['image', 'video', 'document'].includes(content.type) && content.caption ? content.caption : undefined;

// ---------------------------------------------------------------------------------------------
// WAHA: {id, timestamp (ms), event, session, me, payload, engine}; the WEBJS engine's raw data.

const WEBJS_TYPES: Record<MediaKind | 'text', string> = {
	text: 'chat',
	image: 'image',
	audio: 'audio',
	voice: 'ptt',
	video: 'video',
	document: 'document',
	sticker: 'sticker',
};

export function wahaMessageEvent(
	session: string,
	business: Business,
	patient: PatientEnvelope,
	content: PatientContent,
): Record<string, unknown> {
	const from = `${patient.phone}@c.us`;
	const to = `${business.phone}@c.us`;
	const media = content.kind === 'media' ? content : undefined;
	const body = content.kind === 'text' ? content.text : content.kind === 'media' ? (captionOf(content) ?? '') : content.title;
	return {
		id: wahaEventId(),
		timestamp: patient.now.getTime(),
		event: 'message',
		session,
		metadata: {},
		me: { id: to, pushName: business.name },
		payload: {
			id: patient.messageId,
			timestamp: seconds(patient.now),
			from,
			fromMe: false,
			source: 'app',
			to,
			participant: null,
			body,
			hasMedia: media !== undefined,
			media: media ? { url: media.ref, mimetype: media.mimeType, filename: media.filename ?? null, error: null } : null,
			ack: 1,
			ackName: 'SERVER',
			vCards: [],
			replyTo: patient.replyTo ? { id: patient.replyTo, participant: to, body: null } : null,
			_data: {
				id: { fromMe: false, remote: from, id: patient.messageId.split('_').pop(), _serialized: patient.messageId },
				type: WEBJS_TYPES[media ? media.type : 'text'],
				t: seconds(patient.now),
				notifyName: patient.name,
				from,
				to,
				...(media ? { mimetype: media.mimeType, size: media.data.length } : {}),
			},
		},
		engine: 'WEBJS',
		environment: { version: '2025.6.1', engine: 'WEBJS', tier: 'PLUS', browser: null },
	};
}

/** The file name WAHA gives downloaded media: the message id and an extension from the MIME type. */
export function wahaFileName(messageId: string, mimeType: string): string {
	return `${messageId}.${extensionOf(mimeType)}`;
}

const EXTENSIONS: Record<string, string> = {
	'image/jpeg': 'jpeg',
	'image/png': 'png',
	'image/webp': 'webp',
	'image/gif': 'gif',
	'audio/ogg': 'oga',
	'audio/mpeg': 'mp3',
	'audio/mp4': 'm4a',
	'audio/aac': 'aac',
	'audio/wav': 'wav',
	'audio/webm': 'weba',
	'video/mp4': 'mp4',
	'video/webm': 'webm',
	'video/3gpp': '3gp',
	'application/pdf': 'pdf',
	'text/plain': 'txt',
};

export function extensionOf(mimeType: string): string {
	const bare = mimeType.split(';')[0].trim().toLowerCase();
	return EXTENSIONS[bare] ?? (bare.split('/')[1]?.replace(/[^a-z0-9]/g, '') || 'bin');
}

// ---------------------------------------------------------------------------------------------
// Cloud API: {object, entry[{id, changes[{field: 'messages', value{metadata, contacts, messages}}]}]}.

export interface CloudAccount {
	phoneNumberId: string;
	businessAccountId: string;
}

export function cloudMessageEvent(
	account: CloudAccount,
	business: Business,
	patient: PatientEnvelope,
	content: PatientContent,
): Record<string, unknown> {
	const message: Record<string, unknown> = { from: patient.phone, id: patient.messageId, timestamp: String(seconds(patient.now)) };
	if (content.kind === 'text') {
		Object.assign(message, { type: 'text', text: { body: content.text } });
	} else if (content.kind === 'media') {
		// A voice note is an `audio` message marked `voice: true`.
		const type = content.type === 'voice' ? 'audio' : content.type;
		const media: Record<string, unknown> = {
			mime_type: content.mimeType,
			sha256: createHash('sha256').update(content.data).digest('base64'),
			id: content.ref,
		};
		if (captionOf(content)) media.caption = content.caption;
		if (content.type === 'document' && content.filename) media.filename = content.filename;
		if (content.type === 'voice') media.voice = true;
		if (content.type === 'sticker') media.animated = false;
		Object.assign(message, { type, [type]: media });
	} else {
		const reply = content.kind === 'button' ? 'button_reply' : 'list_reply';
		const chosen: Record<string, unknown> = { id: content.id, title: content.title };
		if (content.kind === 'list' && content.description) chosen.description = content.description;
		Object.assign(message, { type: 'interactive', interactive: { type: reply, [reply]: chosen } });
	}
	const contextId = content.kind === 'button' || content.kind === 'list' ? content.contextId : patient.replyTo;
	if (contextId) message.context = { from: business.phone, id: contextId };
	return {
		object: 'whatsapp_business_account',
		entry: [
			{
				id: account.businessAccountId,
				changes: [
					{
						value: {
							messaging_product: 'whatsapp',
							metadata: { display_phone_number: business.phone, phone_number_id: account.phoneNumberId },
							contacts: [{ profile: { name: patient.name }, wa_id: patient.phone }],
							messages: [message],
						},
						field: 'messages',
					},
				],
			},
		],
	};
}

// ---------------------------------------------------------------------------------------------
// Evolution API: {event: 'messages.upsert', instance, data{key, pushName, message, …}, apikey, …}.

export interface EvolutionAccount {
	instance: string;
	instanceId: string;
	apiKey: string;
	serverUrl: string;
}

const BAILEYS_MEDIA: Record<MediaKind, string> = {
	image: 'imageMessage',
	audio: 'audioMessage',
	voice: 'audioMessage',
	video: 'videoMessage',
	document: 'documentMessage',
	sticker: 'stickerMessage',
};

/** WhatsApp's own media URL: encrypted, never fetchable, which is why Evolution serves base64. */
const encryptedMediaUrl = () => `https://mmg.whatsapp.net/v/t62.7118-24/${randomBytes(12).toString('hex')}_n.enc?ccb=11-4&mms3=true`;

function baileysMessage(
	content: PatientContent,
	replyTo: string | undefined,
	business: Business,
): { messageType: string; message: Record<string, unknown> } {
	const quote = replyTo
		? { contextInfo: { stanzaId: replyTo, participant: `${business.phone}@s.whatsapp.net`, quotedMessage: { conversation: '' } } }
		: {};
	if (content.kind === 'media') {
		const messageType = BAILEYS_MEDIA[content.type];
		const node: Record<string, unknown> = {
			url: encryptedMediaUrl(),
			mimetype: content.mimeType,
			fileSha256: createHash('sha256').update(content.data).digest('base64'),
			fileLength: String(content.data.length),
			mediaKey: randomBytes(32).toString('base64'),
			mediaKeyTimestamp: String(Math.floor(Date.now() / 1000)),
			...quote,
		};
		if (captionOf(content)) node.caption = content.caption;
		if (content.type === 'audio' || content.type === 'voice') Object.assign(node, { seconds: 0, ptt: content.type === 'voice' });
		if (content.type === 'document')
			Object.assign(node, { fileName: content.filename ?? 'document', title: content.filename ?? 'document' });
		return { messageType, message: { [messageType]: node } };
	}
	// Buttons and lists are numbered text on Evolution: a choice arrives as plain text.
	const text = content.kind === 'text' ? content.text : content.title;
	if (replyTo) return { messageType: 'extendedTextMessage', message: { extendedTextMessage: { text, ...quote } } };
	return { messageType: 'conversation', message: { conversation: text } };
}

export function evolutionMessageEvent(
	account: EvolutionAccount,
	business: Business,
	patient: PatientEnvelope,
	content: PatientContent,
	destination: string,
): Record<string, unknown> {
	const { messageType, message } = baileysMessage(content, patient.replyTo, business);
	return {
		event: 'messages.upsert',
		instance: account.instance,
		data: {
			key: { remoteJid: `${patient.phone}@s.whatsapp.net`, fromMe: false, id: patient.messageId },
			pushName: patient.name,
			status: 'DELIVERY_ACK',
			message,
			messageType,
			messageTimestamp: seconds(patient.now),
			instanceId: account.instanceId,
			source: 'android',
		},
		destination,
		date_time: patient.now.toISOString(),
		sender: `${business.phone}@s.whatsapp.net`,
		server_url: account.serverUrl,
		apikey: account.apiKey,
	};
}

/** A stable id for the simulated Evolution instance. */
export const newInstanceId = () => randomUUID();
