// Evolution API v2 (Baileys) as the Send node, the trigger's media download and its webhook
// registration use it: paths end in the instance name, the `apikey` header is checked after the
// instance exists, and errors are {status, error, response:{message}} bodies.

import { STATUS_CODES } from 'node:http';
import { isRecord, json, jsonBody, nonEmptyString, type Handler, type Json, type Reply, type SimRequest } from '../http';
import { equalSecrets } from '../secrets';
import { messageIdFor } from '../ids';
import { phoneDigits, type MediaKind } from '../types';
import {
	businessMessage,
	chatOf,
	decodeBase64,
	existingChat,
	guessMime,
	isHttpUrl,
	markRead,
	notice,
	react,
	recipientProblem,
	showTyping,
	storedMedia,
	textDraft,
	type ProviderDeps,
} from './outbound';

export type FieldType = 'string' | 'integer' | 'boolean' | 'object' | 'array';

export interface Field {
	name: string;
	type: FieldType;
	required?: boolean;
	notEmpty?: boolean;
	enum?: string[];
}

const MEDIA_TYPES = ['image', 'document', 'video', 'audio'];
const PRESENCES = ['unavailable', 'available', 'composing', 'recording', 'paused'];
const KEY_FIELDS: Field[] = [
	{ name: 'remoteJid', type: 'string', required: true },
	{ name: 'fromMe', type: 'boolean', required: true },
	{ name: 'id', type: 'string', required: true },
];

/** Routes that end in an instance name: endpoint → its method and first path segment. */
const INSTANCE_ROUTES: Record<string, { method: string; base: string }> = {
	connectionState: { method: 'GET', base: 'instance' },
	sendText: { method: 'POST', base: 'message' },
	sendMedia: { method: 'POST', base: 'message' },
	sendWhatsAppAudio: { method: 'POST', base: 'message' },
	sendReaction: { method: 'POST', base: 'message' },
	markMessageAsRead: { method: 'POST', base: 'chat' },
	sendPresence: { method: 'POST', base: 'chat' },
	getBase64FromMediaMessage: { method: 'POST', base: 'chat' },
	set: { method: 'POST', base: 'webhook' },
	find: { method: 'GET', base: 'webhook' },
};

export function evolutionError(status: number, message: unknown): Reply {
	return json(status, { status, error: STATUS_CODES[status] ?? 'Error', response: { message } });
}

/** Schema failures come wrapped twice, `[[…]]`, as Evolution's validator throws them. */
const badRequest = (problems: string[]) => evolutionError(400, [problems]);

/** The subset of JSON-schema checking Evolution reports, worded as it words it (the Evolution fake uses it too). */
export function check(body: Json, fields: Field[], at = 'instance'): string[] {
	const problems: string[] = [];
	for (const field of fields) {
		const value = body[field.name];
		const path = `${at}.${field.name}`;
		if (value === undefined) {
			if (field.required) problems.push(`${at} requires property "${field.name}"`);
		} else if (!hasType(value, field.type)) {
			problems.push(`${path} is not of a type(s) ${field.type}`);
		} else if (field.notEmpty && value === '') {
			problems.push(`The "${field.name}" cannot be empty`);
		} else if (field.enum && !field.enum.includes(value as string)) {
			problems.push(`${path} is not one of enum values: ${field.enum.join(',')}`);
		}
	}
	return problems.map((problem) => problem.replace('instance.', ''));
}

function hasType(value: unknown, type: FieldType): boolean {
	if (type === 'integer') return Number.isInteger(value);
	if (type === 'object') return isRecord(value);
	if (type === 'array') return Array.isArray(value);
	return typeof value === type;
}

/** Audio without a stated type: Evolution converts whatever comes to an Opus voice note; the bytes tell the browser what to play. */
function sniffAudio(data: Buffer): string {
	const head = data.subarray(0, 12).toString('latin1');
	if (head.startsWith('OggS')) return 'audio/ogg; codecs=opus';
	if (head.startsWith('RIFF')) return 'audio/wav';
	if (head.slice(4, 8) === 'ftyp') return 'audio/mp4';
	return 'audio/mpeg';
}

export function evolutionHandler(deps: ProviderDeps): Handler {
	const settings = deps.config.evolution;
	const jidOf = (phone: string) => `${phone}@s.whatsapp.net`;

	/** The 201 Evolution answers a send with: the Baileys message it created. */
	function created(id: string, phone: string, messageType: string, content: unknown): Reply {
		return json(201, {
			key: { remoteJid: jidOf(phone), fromMe: true, id },
			pushName: '',
			status: 'PENDING',
			message: { [messageType]: content },
			contextInfo: null,
			messageType,
			messageTimestamp: Math.floor(Date.now() / 1000),
			instanceId: deps.evolutionInstanceId,
			source: 'unknown',
		});
	}

	/** Evolution sends "composing" for `delay` ms before a message when asked; the request waits that long. */
	async function typeFirst(number: string, delay: unknown): Promise<void> {
		const ms = typeof delay === 'number' && delay > 0 ? Math.min(delay, deps.config.typingTimeoutMs) : 0;
		if (ms === 0) return;
		showTyping(deps, chatOf(deps, 'evolution', number), true, ms);
		await deps.sleeper.sleep(ms);
	}

	function refuse(number: string, reply: Reply): Reply {
		const response = isRecord(reply.body) && isRecord(reply.body.response) ? reply.body.response.message : '';
		notice(
			deps,
			existingChat(deps, 'evolution', number),
			`Evolution API refused a message from n8n (HTTP ${reply.status}): ${JSON.stringify(response)}`,
		);
		return reply;
	}

	/** Field checks, then whether the number can be a chat here. */
	function checkSend(body: Json, fields: Field[]): Reply | undefined {
		const problems = check(body, fields);
		if (problems.length > 0) return refuse(String(body.number ?? ''), badRequest(problems));
		const problem = recipientProblem(String(body.number));
		return problem ? refuse(String(body.number), evolutionError(400, [problem])) : undefined;
	}

	async function sendText(body: Json): Promise<Reply> {
		const fields: Field[] = [
			{ name: 'number', type: 'string', required: true, notEmpty: true },
			{ name: 'text', type: 'string', required: true, notEmpty: true },
			{ name: 'delay', type: 'integer' },
			{ name: 'linkPreview', type: 'boolean' },
			{ name: 'quoted', type: 'object' },
		];
		const refused = checkSend(body, fields);
		if (refused) return refused;
		const quoted = quotedId(body);
		const number = String(body.number);
		await typeFirst(number, body.delay);
		const message = businessMessage(deps, chatOf(deps, 'evolution', number), textDraft('evolution', String(body.text), quoted));
		// A quote turns the message into an extendedTextMessage carrying the quoted id.
		return quoted
			? created(message.id, phoneDigits(number), 'extendedTextMessage', { text: message.text, contextInfo: { stanzaId: quoted } })
			: created(message.id, phoneDigits(number), 'conversation', message.text);
	}

	async function sendMedia(body: Json): Promise<Reply> {
		const fields: Field[] = [
			{ name: 'number', type: 'string', required: true, notEmpty: true },
			{ name: 'mediatype', type: 'string', required: true, enum: MEDIA_TYPES },
			{ name: 'media', type: 'string', required: true, notEmpty: true },
			{ name: 'mimetype', type: 'string' },
			{ name: 'caption', type: 'string' },
			{ name: 'fileName', type: 'string' },
			{ name: 'delay', type: 'integer' },
		];
		const refused = checkSend(body, fields);
		if (refused) return refused;
		const number = String(body.number);
		const kind = String(body.mediatype) as MediaKind;
		const fileName = nonEmptyString(body.fileName) ? body.fileName : undefined;
		const mimeType = nonEmptyString(body.mimetype) ? body.mimetype : guessMime(kind, fileName ?? String(body.media));
		const source = String(body.media);
		const bytes = isHttpUrl(source) ? undefined : decodeBase64(source);
		if (!isHttpUrl(source) && !bytes) return refuse(number, evolutionError(400, ['Owned media must be a url or base64']));
		const media = bytes ? storedMedia(deps, bytes, mimeType, fileName) : { url: source, mimeType, filename: fileName };
		const caption = kind === 'audio' ? '' : nonEmptyString(body.caption) ? body.caption : '';
		await typeFirst(number, body.delay);
		const message = businessMessage(deps, chatOf(deps, 'evolution', number), { kind, text: caption, media, replyTo: quotedId(body) });
		const content: Json = { url: media.url ?? null, mimetype: mimeType, ...(caption ? { caption } : {}) };
		if (kind === 'document') Object.assign(content, { fileName: fileName ?? 'document', title: fileName ?? 'document' });
		return created(message.id, phoneDigits(number), `${kind}Message`, content);
	}

	async function sendAudio(body: Json): Promise<Reply> {
		const fields: Field[] = [
			{ name: 'number', type: 'string', required: true, notEmpty: true },
			{ name: 'audio', type: 'string', required: true, notEmpty: true },
			{ name: 'delay', type: 'integer' },
		];
		const refused = checkSend(body, fields);
		if (refused) return refused;
		const number = String(body.number);
		const source = String(body.audio);
		const bytes = isHttpUrl(source) ? undefined : decodeBase64(source);
		if (!isHttpUrl(source) && !bytes) return refuse(number, evolutionError(400, ['Owned media must be a url or base64']));
		const media = bytes ? storedMedia(deps, bytes, sniffAudio(bytes)) : { url: source, mimeType: guessMime('voice', source) };
		await typeFirst(number, body.delay);
		const message = businessMessage(deps, chatOf(deps, 'evolution', number), { kind: 'voice', text: '', media, replyTo: quotedId(body) });
		return created(message.id, phoneDigits(number), 'audioMessage', {
			url: media.url ?? null,
			mimetype: 'audio/ogg; codecs=opus',
			ptt: true,
			seconds: 0,
		});
	}

	function sendReaction(body: Json): Reply {
		const problems = check(body, [
			{ name: 'key', type: 'object', required: true },
			// An empty reaction takes a previous one away, so only the type is checked.
			{ name: 'reaction', type: 'string', required: true },
		]);
		if (isRecord(body.key)) problems.push(...check(body.key, KEY_FIELDS, 'instance.key'));
		if (problems.length > 0) return badRequest(problems);
		const key = body.key as Json;
		const remoteJid = String(key.remoteJid);
		const problem = recipientProblem(remoteJid);
		if (problem) return evolutionError(400, [problem]);
		react(deps, 'evolution', String(key.id), String(body.reaction));
		// A reaction is a message of its own on WhatsApp, with its own id.
		const id = messageIdFor('evolution', phoneDigits(remoteJid), true);
		return created(id, phoneDigits(remoteJid), 'reactionMessage', { key, text: body.reaction, senderTimestampMs: String(Date.now()) });
	}

	function markMessagesRead(body: Json): Reply {
		const problems = check(body, [{ name: 'readMessages', type: 'array', required: true }]);
		const keys = Array.isArray(body.readMessages) ? (body.readMessages as unknown[]) : [];
		keys.forEach((key, index) => {
			const at = `instance.readMessages[${index}]`;
			if (!isRecord(key)) problems.push(`readMessages[${index}] is not of a type(s) object`);
			else problems.push(...check(key, KEY_FIELDS, at));
		});
		if (problems.length > 0) return badRequest(problems);
		const byChat = new Map<string, string[]>();
		for (const key of keys as Json[]) byChat.set(String(key.remoteJid), [...(byChat.get(String(key.remoteJid)) ?? []), String(key.id)]);
		for (const [remoteJid, ids] of byChat) markRead(deps, 'evolution', remoteJid, ids);
		return json(201, { message: 'Read messages', read: 'success' });
	}

	async function sendPresence(body: Json): Promise<Reply> {
		const fields: Field[] = [
			{ name: 'number', type: 'string', required: true, notEmpty: true },
			{ name: 'presence', type: 'string', required: true, enum: PRESENCES },
			{ name: 'delay', type: 'integer', required: true },
		];
		const refused = checkSend(body, fields);
		if (refused) return refused;
		const number = String(body.number);
		const presence = String(body.presence);
		if (presence === 'composing' || presence === 'recording') {
			// Evolution shows the presence for `delay` ms, holding the request, then pauses it itself.
			await typeFirst(number, body.delay);
			const chat = existingChat(deps, 'evolution', number);
			if (chat) showTyping(deps, chat, false);
		} else {
			showTyping(deps, chatOf(deps, 'evolution', number), false);
		}
		return json(201, { presence });
	}

	function mediaBase64(body: Json): Reply {
		const message = isRecord(body.message) ? body.message : {};
		const key = isRecord(message.key) ? message.key : {};
		const file = deps.store.files.byAlias('evolution', String(key.id));
		if (!file) return evolutionError(400, ['Message not found']);
		const mediaType = file.mimeType.startsWith('image/')
			? 'imageMessage'
			: file.mimeType.startsWith('audio/')
				? 'audioMessage'
				: 'documentMessage';
		return json(201, {
			mediaType,
			fileName: file.filename ?? null,
			caption: null,
			size: { fileLength: String(file.data.length) },
			mimetype: file.mimeType,
			base64: file.data.toString('base64'),
		});
	}

	function setWebhook(body: Json): Reply {
		// v2.2+ nests the settings under `webhook`; earlier v2 builds sent them flat.
		const webhook = isRecord(body.webhook) ? body.webhook : body;
		if (typeof webhook.enabled !== 'boolean') return evolutionError(400, [['instance requires property "enabled"']]);
		if (webhook.enabled && !nonEmptyString(webhook.url)) return evolutionError(400, [['webhook requires property "url"']]);
		const now = new Date().toISOString();
		deps.registry.evolutionWebhook = {
			id: deps.evolutionInstanceId,
			url: webhook.url ?? '',
			headers: isRecord(webhook.headers) ? webhook.headers : {},
			enabled: webhook.enabled,
			events: Array.isArray(webhook.events) ? webhook.events : [],
			webhookByEvents: webhook.byEvents ?? webhook.webhookByEvents ?? false,
			webhookBase64: webhook.base64 ?? webhook.webhookBase64 ?? false,
			createdAt: deps.registry.evolutionWebhook?.createdAt ?? now,
			updatedAt: now,
			instanceId: deps.evolutionInstanceId,
		};
		return json(201, deps.registry.evolutionWebhook);
	}

	function instances(name: string | null): Reply {
		if (name !== null && name !== settings.instance) return json(200, []);
		return json(200, [
			{
				id: deps.evolutionInstanceId,
				name: settings.instance,
				connectionStatus: 'open',
				ownerJid: jidOf(deps.config.businessPhone),
				profileName: deps.config.businessName,
				profilePicUrl: null,
				integration: 'WHATSAPP-BAILEYS',
				token: settings.apiKey,
				clientName: 'evolution',
			},
		]);
	}

	function authorized(request: SimRequest): boolean {
		if (!settings.apiKey) return true;
		const header = request.headers.apikey;
		return equalSecrets((Array.isArray(header) ? header[0] : header) ?? '', settings.apiKey);
	}

	return async (request) => {
		const { method, path } = request;
		if (method === 'GET' && path === '/instance/fetchInstances') {
			return authorized(request) ? instances(request.query.get('instanceName')) : evolutionError(401, 'Unauthorized');
		}
		const match = /^\/(\w+)\/(\w+)\/([^/]+)$/.exec(path);
		const route = match && Object.hasOwn(INSTANCE_ROUTES, match[2]) ? INSTANCE_ROUTES[match[2]] : undefined;
		if (!match || !route || route.base !== match[1] || route.method !== method) return evolutionError(404, [`Cannot ${method} ${path}`]);
		// Evolution's instance guard runs before its apikey guard.
		if (match[3] !== settings.instance) return evolutionError(404, [`The "${match[3]}" instance does not exist`]);
		if (!authorized(request)) return evolutionError(401, 'Unauthorized');
		const endpoint = match[2];
		if (endpoint === 'connectionState') return json(200, { instance: { instanceName: settings.instance, state: 'open' } });
		if (endpoint === 'find') return json(200, deps.registry.evolutionWebhook ?? null);
		const parsed = jsonBody(request);
		if (!parsed.ok) return evolutionError(400, [parsed.reason]);
		const body = isRecord(parsed.value) ? parsed.value : {};
		switch (endpoint) {
			case 'sendText':
				return await sendText(body);
			case 'sendMedia':
				return await sendMedia(body);
			case 'sendWhatsAppAudio':
				return await sendAudio(body);
			case 'sendReaction':
				return sendReaction(body);
			case 'markMessageAsRead':
				return markMessagesRead(body);
			case 'sendPresence':
				return await sendPresence(body);
			case 'getBase64FromMediaMessage':
				return mediaBase64(body);
			default:
				return setWebhook(body);
		}
	};
}

function quotedId(body: Json): string | undefined {
	return isRecord(body.quoted) && isRecord(body.quoted.key) && nonEmptyString(body.quoted.key.id) ? body.quoted.key.id : undefined;
}
