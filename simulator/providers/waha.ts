// WAHA's HTTP API as the Send node, the trigger's media download and its webhook registration
// use it: every call names the session in its body, chats are `…@c.us`, the X-Api-Key header
// (or ?x-api-key= for files) is checked, and errors are NestJS bodies {statusCode, message, error}.

import { STATUS_CODES } from 'node:http';
import { empty, isRecord, json, jsonBody, nonEmptyString, type Handler, type Json, type Reply, type SimRequest } from '../http';
import { equalSecrets } from '../secrets';
import type { MediaKind, MediaRef } from '../types';
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

/** WAHA has no audio-file endpoint: the Send node sends plain audio through sendFile. */
const MEDIA_ENDPOINTS: Record<string, MediaKind> = { sendImage: 'image', sendVideo: 'video', sendVoice: 'voice', sendFile: 'document' };

export function nestError(status: number, message: string | string[]): Reply {
	const body: Json = { statusCode: status, message };
	if (status !== 401 && status !== 500) body.error = STATUS_CODES[status] ?? 'Error';
	return json(status, body);
}

export function wahaHandler(deps: ProviderDeps): Handler {
	const settings = deps.config.waha;

	function authorize(request: SimRequest): Reply | undefined {
		if (!settings.apiKey) return undefined;
		const header = request.headers['x-api-key'];
		const given = (Array.isArray(header) ? header[0] : header) ?? request.query.get('x-api-key') ?? '';
		return equalSecrets(given, settings.apiKey) ? undefined : nestError(401, 'Unauthorized');
	}

	function sessionInfo(): Json {
		return {
			name: settings.session,
			status: 'WORKING',
			config: deps.registry.wahaConfig,
			me: { id: `${deps.config.businessPhone}@c.us`, pushName: deps.config.businessName },
			engine: { engine: 'WEBJS' },
		};
	}

	const noSession = (name: string) =>
		nestError(404, `We didn't find a session with name '${name}'. Please start it first by using POST /api/sessions/${name}/start request`);

	function updateSession(name: string, body: unknown): Reply {
		if (name !== settings.session) return noSession(name);
		if (!isRecord(body) || !isRecord(body.config)) return nestError(400, ['config must be an object']);
		deps.registry.wahaConfig = body.config;
		return json(200, sessionInfo());
	}

	function serveFile(path: string): Reply {
		const file = deps.store.files.byAlias('waha', path);
		if (!file) return nestError(404, `File ${path} not found`);
		return { status: 200, raw: file.data, headers: { 'content-type': file.mimeType } };
	}

	/** Checks shared by the send endpoints; the chat id is known valid afterwards. */
	function checkSend(body: Json, needsText: boolean): Reply | undefined {
		const problems: string[] = [];
		if (!nonEmptyString(body.session)) problems.push('session should not be empty');
		if (!nonEmptyString(body.chatId)) problems.push('chatId should not be empty');
		if (needsText && !nonEmptyString(body.text)) problems.push('text should not be empty');
		if (problems.length > 0) return nestError(400, problems);
		if (body.session !== settings.session) return noSession(String(body.session));
		const problem = recipientProblem(String(body.chatId));
		return problem ? nestError(400, problem) : undefined;
	}

	/** WAHA's answer to a send (WEBJS engine): the created message, id serialized. */
	function sent(id: string, chatId: string, text: string, media: MediaRef | undefined, replyTo: unknown): Reply {
		return json(201, {
			id,
			timestamp: Math.floor(Date.now() / 1000),
			from: `${deps.config.businessPhone}@c.us`,
			fromMe: true,
			source: 'api',
			to: chatId,
			body: text,
			hasMedia: media !== undefined,
			media: media ? { url: media.url ?? null, mimetype: media.mimeType, filename: media.filename ?? null } : null,
			ack: 1,
			ackName: 'SERVER',
			replyTo: replyTo ?? null,
			_data: { id: { fromMe: true, remote: chatId, id: id.split('_').pop(), _serialized: id } },
		});
	}

	function sendText(body: Json): Reply {
		const refused = checkSend(body, true);
		if (refused) return refuse(body, refused);
		const chat = chatOf(deps, 'waha', String(body.chatId));
		const message = businessMessage(deps, chat, textDraft('waha', String(body.text), optionalText(body.reply_to)));
		return sent(message.id, `${chat.phone}@c.us`, message.text, undefined, body.reply_to);
	}

	function sendMedia(endpoint: string, body: Json): Reply {
		const refused = checkSend(body, false) ?? checkFile(body.file);
		if (refused) return refuse(body, refused);
		const file = body.file as Json;
		let kind = MEDIA_ENDPOINTS[endpoint];
		const filename = optionalText(file.filename);
		const mimeType = optionalText(file.mimetype) ?? guessMime(kind, filename ?? optionalText(file.url));
		if (kind === 'document' && mimeType.startsWith('audio/')) kind = 'audio';
		const media = nonEmptyString(file.url)
			? { url: file.url, mimeType, filename }
			: storedMedia(deps, decodeBase64(String(file.data))!, mimeType, filename);
		const caption = kind === 'image' || kind === 'video' || kind === 'document' ? (optionalText(body.caption) ?? '') : '';
		const chat = chatOf(deps, 'waha', String(body.chatId));
		const message = businessMessage(deps, chat, { kind, text: caption, media, replyTo: optionalText(body.reply_to) });
		return sent(message.id, `${chat.phone}@c.us`, caption, media, body.reply_to);
	}

	function checkFile(file: unknown): Reply | undefined {
		if (!isRecord(file)) return nestError(400, ['file should not be empty']);
		if (nonEmptyString(file.url)) return isHttpUrl(file.url) ? undefined : nestError(400, ['file.url must be a URL address']);
		if (!nonEmptyString(file.data)) return nestError(400, ['file.url or file.data should not be empty']);
		return decodeBase64(file.data) ? undefined : nestError(400, ['file.data must be base64 encoded']);
	}

	/** Receipts and typing: WAHA answers them with an empty body (n8n-nodes-waha #28). */
	function chatAction(endpoint: string, body: Json): Reply {
		const refused = checkSend(body, false);
		if (refused) return refused;
		const chatId = String(body.chatId);
		if (endpoint === 'sendSeen') {
			const ids = Array.isArray(body.messageIds) ? body.messageIds.filter(nonEmptyString) : [];
			markRead(deps, 'waha', chatId, ids);
		} else {
			showTyping(deps, chatOf(deps, 'waha', chatId), endpoint === 'startTyping');
		}
		return empty(201);
	}

	function presence(session: string, body: Json): Reply {
		if (session !== settings.session) return noSession(session);
		const refused = checkSend({ ...body, session }, false);
		if (refused) return refused;
		if (!['typing', 'recording', 'paused', 'online', 'offline'].includes(String(body.presence))) {
			return nestError(400, ['presence must be one of the following values: online, offline, typing, recording, paused']);
		}
		showTyping(deps, chatOf(deps, 'waha', String(body.chatId)), body.presence === 'typing' || body.presence === 'recording');
		return empty(201);
	}

	function reaction(body: Json): Reply {
		const problems: string[] = [];
		if (!nonEmptyString(body.session)) problems.push('session should not be empty');
		if (!nonEmptyString(body.messageId)) problems.push('messageId should not be empty');
		// An empty string takes the reaction away, so only the type is checked.
		if (typeof body.reaction !== 'string') problems.push('reaction must be a string');
		if (problems.length > 0) return nestError(400, problems);
		if (body.session !== settings.session) return noSession(String(body.session));
		react(deps, 'waha', String(body.messageId), String(body.reaction));
		return empty(200);
	}

	/** A refused send also shows in the chat it was meant for. */
	function refuse(body: Json, reply: Reply): Reply {
		const to = typeof body.chatId === 'string' ? body.chatId : '';
		const message = isRecord(reply.body) ? [reply.body.message].flat().join('; ') : '';
		notice(deps, existingChat(deps, 'waha', to), `WAHA refused a message from n8n (HTTP ${reply.status}): ${message}`);
		return reply;
	}

	return (request) => {
		const denied = authorize(request);
		if (denied) return denied;
		const { method, path } = request;
		if (method === 'GET' && path === '/api/sessions') return json(200, [sessionInfo()]);
		const session = /^\/api\/sessions\/([^/]+)$/.exec(path)?.[1];
		if (session !== undefined && method === 'GET') return session === settings.session ? json(200, sessionInfo()) : noSession(session);
		const file = /^\/api\/files\/(.+)$/.exec(path)?.[1];
		if (file !== undefined && method === 'GET') return serveFile(file);

		const parsed = jsonBody(request);
		if (!parsed.ok) return nestError(400, parsed.reason);
		const body = isRecord(parsed.value) ? parsed.value : {};
		if (session !== undefined && method === 'PUT') return updateSession(session, parsed.value);
		if (method === 'PUT' && path === '/api/reaction') return reaction(body);
		const presenceOf = /^\/api\/([^/]+)\/presence$/.exec(path)?.[1];
		if (presenceOf !== undefined && method === 'POST') return presence(presenceOf, body);
		const endpoint = /^\/api\/(\w+)$/.exec(path)?.[1] ?? '';
		if (method === 'POST' && endpoint === 'sendText') return sendText(body);
		if (method === 'POST' && Object.hasOwn(MEDIA_ENDPOINTS, endpoint)) return sendMedia(endpoint, body);
		if (method === 'POST' && ['sendSeen', 'startTyping', 'stopTyping'].includes(endpoint)) return chatAction(endpoint, body);
		return nestError(404, `Cannot ${method} ${path}`);
	};
}

function optionalText(value: unknown): string | undefined {
	return nonEmptyString(value) ? value : undefined;
}
