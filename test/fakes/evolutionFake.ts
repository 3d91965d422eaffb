import { STATUS_CODES } from 'node:http';
import { randomBytes, randomUUID } from 'node:crypto';
import { FakeServer, isRecord, json } from './fakeServer';
import type { FailOptions, RecordedRequest, Reply } from './fakeServer';
// Evolution's schema checks, worded as it words them: one implementation for the simulator and this fake.
import { check, type Field } from '../../simulator/providers/evolution';

export type EvolutionState = 'open' | 'close' | 'connecting';

export interface EvolutionFakeOptions {
	/** Every request must carry an `apikey` header with this value. */
	apiKey: string;
	/** The one instance that exists; default 'clinic'. */
	instance?: string;
	/** Connection state reported by connectionState; sends fail with "Connection Closed" unless 'open'. Default 'open'. */
	state?: EvolutionState;
}

/** One message the fake accepted (text, media, audio or reaction). */
export interface EvolutionSent {
	endpoint: string;
	instance: string;
	/** Digits only, whichever form (`5511…` or `5511…@s.whatsapp.net`) the caller used. */
	number: string;
	remoteJid: string;
	id: string;
	messageType: string;
	request: Record<string, unknown>;
}

export interface EvolutionPresence {
	instance: string;
	number: string;
	presence: string;
	/** What the caller asked the real server to wait; the fake answers at once. */
	delay: number;
}

export interface EvolutionReadKey {
	remoteJid: string;
	fromMe: boolean;
	id: string;
}

type Body = Record<string, unknown>;
interface Route {
	endpoint: string;
	/** Path segment after the endpoint, for routes that name an instance. */
	instance?: string;
}

const INSTANCE_ROUTES: Record<string, { method: string; base: string }> = {
	connectionState: { method: 'GET', base: 'instance' },
	sendText: { method: 'POST', base: 'message' },
	sendMedia: { method: 'POST', base: 'message' },
	sendWhatsAppAudio: { method: 'POST', base: 'message' },
	sendReaction: { method: 'POST', base: 'message' },
	markMessageAsRead: { method: 'POST', base: 'chat' },
	sendPresence: { method: 'POST', base: 'chat' },
	set: { method: 'POST', base: 'webhook' },
	find: { method: 'GET', base: 'webhook' },
	getBase64FromMediaMessage: { method: 'POST', base: 'chat' },
};

const MEDIA_TYPES = ['image', 'document', 'video', 'audio'];
const PRESENCES = ['unavailable', 'available', 'composing', 'recording', 'paused'];
const DEFAULT_MIME: Record<string, string> = {
	image: 'image/jpeg',
	video: 'video/mp4',
	document: 'application/pdf',
	audio: 'audio/mpeg',
};

/** Digits of the user part: `5511999990000:3@s.whatsapp.net` and `+55 11 99999-0000` both give `5511999990000`. */
const digitsOf = (numberOrJid: string) => numberOrJid.split('@')[0].split(':')[0].replace(/\D/g, '');

/** How Evolution addresses a `number`: JIDs pass through, bare numbers become user (or long group) JIDs. */
function jidOf(number: string): string {
	if (number.includes('@')) return number;
	const digits = digitsOf(number);
	return `${digits}@${digits.length >= 18 ? 'g.us' : 's.whatsapp.net'}`;
}

/** Baileys-style message id: `3EB0` + 18 uppercase hex digits. */
const messageId = () => `3EB0${randomBytes(9).toString('hex').toUpperCase()}`;

/** Evolution's error body: `{status, error, response: {message}}`. */
export function evolutionError(status: number, message: unknown): Reply {
	return json(status, { status, error: STATUS_CODES[status] ?? 'Error', response: { message } });
}

/** Schema failures arrive wrapped twice, `[[...]]`, the way the real validator throws them. */
const badRequest = (problems: string[]) => evolutionError(400, [problems]);

const FAULT_MESSAGES: Record<number, string> = {
	429: 'Too Many Requests',
	500: 'Connection Closed',
};

/** Fake Evolution API v2 (Baileys): connection state, instance list, message sends, read receipts and presence. */
export class EvolutionFake extends FakeServer {
	readonly apiKey: string;
	readonly instance: string;
	readonly instanceId = randomUUID();
	readonly ownerJid = '5511999990000@s.whatsapp.net';
	readonly profileName = 'Clinic';
	private readonly initialState: EvolutionState;
	private currentState: EvolutionState;
	private unregistered = new Set<string>();
	private sentLog: EvolutionSent[] = [];
	private presenceLog: EvolutionPresence[] = [];
	private readLog: EvolutionReadKey[] = [];

	constructor(options: EvolutionFakeOptions) {
		super();
		this.apiKey = options.apiKey;
		this.instance = options.instance ?? 'clinic';
		this.initialState = options.state ?? 'open';
		this.currentState = this.initialState;
	}

	get state(): EvolutionState {
		return this.currentState;
	}

	/** Change the connection state mid-test (a phone that logs out, a reconnect). */
	setState(state: EvolutionState): this {
		this.currentState = state;
		return this;
	}

	/** Sends to this number fail with Evolution's `exists: false` 400 until onWhatsApp(number). */
	notOnWhatsApp(number: string): this {
		this.unregistered.add(digitsOf(number));
		return this;
	}

	onWhatsApp(number: string): this {
		this.unregistered.delete(digitsOf(number));
		return this;
	}

	override reset(): void {
		this.webhook = undefined;
		this.media.clear();
		super.reset();
		this.currentState = this.initialState;
		this.unregistered = new Set();
		this.sentLog = [];
		this.presenceLog = [];
		this.readLog = [];
	}

	/** Accepted sends, optionally for one number (digits or JID). */
	sent(number?: string): EvolutionSent[] {
		return this.sentLog.filter((s) => number === undefined || s.number === digitsOf(number));
	}

	/** Texts delivered through sendText, in order. */
	sentTexts(number?: string): string[] {
		return this.sent(number)
			.filter((s) => s.endpoint === 'sendText')
			.map((s) => String(s.request.text));
	}

	/** sendPresence calls, in order, optionally for one number. */
	presences(number?: string): EvolutionPresence[] {
		return this.presenceLog.filter((p) => number === undefined || p.number === digitsOf(number));
	}

	/** Message keys marked as read, flattened across calls, in order. */
	readReceipts(): EvolutionReadKey[] {
		return [...this.readLog];
	}

	// Evolution runs its instance-exists guard before the apikey guard, so an unknown instance is a 404 even
	// with a wrong key. Unknown routes never reach either guard.
	protected override authorize(req: RecordedRequest): Reply | undefined {
		const route = resolve(req);
		if (!route) return undefined;
		if (route.instance !== undefined && route.instance !== this.instance) return this.noInstance(route.instance);
		if (req.headers.apikey === this.apiKey) return undefined;
		return evolutionError(401, 'Unauthorized');
	}

	protected faultReply(fault: FailOptions): Reply {
		if (fault.body !== undefined) return json(fault.status, fault.body);
		return evolutionError(fault.status, fault.message ?? FAULT_MESSAGES[fault.status] ?? STATUS_CODES[fault.status] ?? 'Error');
	}

	protected route(req: RecordedRequest): Reply {
		const route = resolve(req);
		if (!route) return evolutionError(404, [`Cannot ${req.method} ${req.path}`]);
		if (route.endpoint === 'fetchInstances') return this.fetchInstances(req.query.instanceName);
		if (route.endpoint === 'connectionState') {
			return json(200, { instance: { instanceName: this.instance, state: this.currentState } });
		}
		const body: Body = isRecord(req.body) ? req.body : {};
		switch (route.endpoint) {
			case 'find':
				return json(200, this.webhook ?? null);
			case 'set':
				return this.setWebhook(body);
			case 'getBase64FromMediaMessage':
				return this.mediaBase64(body);
			case 'sendText':
				return this.sendText(body);
			case 'sendMedia':
				return this.sendMedia(body);
			case 'sendWhatsAppAudio':
				return this.sendAudio(body);
			case 'sendReaction':
				return this.sendReaction(body);
			case 'markMessageAsRead':
				return this.markRead(body);
			default:
				return this.sendPresence(body);
		}
	}

	/** The instance's webhook as set through POST /webhook/set (what GET /webhook/find returns). */
	webhook?: Body;

	/** Media the fake serves through getBase64FromMediaMessage, by message id. */
	readonly media = new Map<string, { base64: string; mimetype: string }>();

	private setWebhook(body: Body): Reply {
		const webhook = isRecord(body.webhook) ? body.webhook : undefined;
		if (!webhook) return evolutionError(400, [['instance requires property "webhook"']]);
		if (webhook.enabled === true && typeof webhook.url !== 'string') return evolutionError(400, [['webhook requires property "url"']]);
		this.webhook = { id: this.instanceId, ...webhook, webhookByEvents: webhook.byEvents ?? false, webhookBase64: webhook.base64 ?? false };
		return json(201, this.webhook);
	}

	private mediaBase64(body: Body): Reply {
		const message = isRecord(body.message) ? body.message : {};
		const key = isRecord(message.key) ? message.key : {};
		const media = this.media.get(String(key.id));
		if (!media) return evolutionError(400, ['Message not found']);
		return json(201, {
			mediaType: 'imageMessage',
			fileName: null,
			caption: null,
			size: {},
			mimetype: media.mimetype,
			base64: media.base64,
		});
	}

	private noInstance(name: string): Reply {
		return evolutionError(404, [`The "${name}" instance does not exist`]);
	}

	/** 500 "Connection Closed" when the instance is not open; Baileys throws it on any send. */
	private closed(): Reply | undefined {
		return this.currentState === 'open' ? undefined : evolutionError(500, 'Connection Closed');
	}

	private unknownNumber(number: string): Reply | undefined {
		const digits = digitsOf(number);
		if (!this.unregistered.has(digits)) return undefined;
		return evolutionError(400, [{ jid: jidOf(number), exists: false, number: digits }]);
	}

	private fetchInstances(name?: string): Reply {
		if (name !== undefined && name !== this.instance) return json(200, []);
		const now = new Date().toISOString();
		return json(200, [
			{
				id: this.instanceId,
				name: this.instance,
				connectionStatus: this.currentState,
				ownerJid: this.currentState === 'open' ? this.ownerJid : null,
				profileName: this.profileName,
				profilePicUrl: null,
				integration: 'WHATSAPP-BAILEYS',
				number: null,
				businessId: null,
				token: this.apiKey,
				clientName: 'evolution',
				disconnectionReasonCode: null,
				disconnectionObject: null,
				disconnectionAt: null,
				createdAt: now,
				updatedAt: now,
				Setting: {
					rejectCall: false,
					msgCall: '',
					groupsIgnore: true,
					alwaysOnline: false,
					readMessages: false,
					readStatus: false,
					syncFullHistory: false,
				},
				_count: { Message: this.sentLog.length, Contact: 0, Chat: 0 },
			},
		]);
	}

	/** Validation, then connection and number checks, then the 201 with the created message. */
	private accept(endpoint: string, body: Body, number: string, messageType: string, message: Body): Reply {
		const rejection = this.closed() ?? this.unknownNumber(number);
		if (rejection) return rejection;
		const remoteJid = jidOf(number);
		const id = messageId();
		const content = message[messageType];
		this.sentLog.push({ endpoint, instance: this.instance, number: digitsOf(number), remoteJid, id, messageType, request: body });
		return json(201, {
			key: { remoteJid, fromMe: true, id },
			pushName: '',
			status: 'PENDING',
			message,
			contextInfo: isRecord(content) ? (content.contextInfo ?? null) : null,
			messageType,
			messageTimestamp: Math.floor(Date.now() / 1000),
			instanceId: this.instanceId,
			source: 'unknown',
		});
	}

	private sendText(body: Body): Reply {
		const problems = check(body, [
			{ name: 'number', type: 'string', required: true, notEmpty: true },
			{ name: 'text', type: 'string', required: true, notEmpty: true },
			{ name: 'delay', type: 'integer' },
			{ name: 'linkPreview', type: 'boolean' },
			{ name: 'quoted', type: 'object' },
		]);
		if (isRecord(body.quoted)) {
			problems.push(...check(body.quoted, [{ name: 'key', type: 'object', required: true }], 'instance.quoted'));
			const key = body.quoted.key;
			if (isRecord(key)) problems.push(...check(key, [{ name: 'id', type: 'string', required: true }], 'instance.quoted.key'));
		}
		if (problems.length > 0) return badRequest(problems);
		const text = String(body.text);
		const quoted = isRecord(body.quoted) && isRecord(body.quoted.key) ? body.quoted : undefined;
		if (!quoted) return this.accept('sendText', body, String(body.number), 'conversation', { conversation: text });
		// A reply carries the quoted message in contextInfo, which turns it into an extendedTextMessage.
		const contextInfo = { stanzaId: (quoted.key as Body).id, quotedMessage: quoted.message ?? { conversation: '' } };
		return this.accept('sendText', body, String(body.number), 'extendedTextMessage', { extendedTextMessage: { text, contextInfo } });
	}

	private sendMedia(body: Body): Reply {
		const problems = check(body, [
			{ name: 'number', type: 'string', required: true, notEmpty: true },
			{ name: 'mediatype', type: 'string', required: true, enum: MEDIA_TYPES },
			{ name: 'media', type: 'string', required: true, notEmpty: true },
			{ name: 'mimetype', type: 'string' },
			{ name: 'caption', type: 'string' },
			{ name: 'fileName', type: 'string' },
			{ name: 'delay', type: 'integer' },
		]);
		if (problems.length > 0) return badRequest(problems);
		if (!isMedia(String(body.media))) return evolutionError(400, ['Owned media must be a url or base64']);
		const mediatype = String(body.mediatype);
		const media: Body = {
			url: mediaUrl(),
			mimetype: body.mimetype ?? mimeFromName(body.fileName) ?? DEFAULT_MIME[mediatype],
		};
		if (body.caption !== undefined) media.caption = body.caption;
		if (mediatype === 'document') {
			media.fileName = body.fileName ?? 'document';
			media.title = media.fileName;
		}
		const messageType = `${mediatype}Message`;
		return this.accept('sendMedia', body, String(body.number), messageType, { [messageType]: media });
	}

	private sendAudio(body: Body): Reply {
		const problems = check(body, [
			{ name: 'number', type: 'string', required: true, notEmpty: true },
			{ name: 'audio', type: 'string', required: true, notEmpty: true },
			{ name: 'delay', type: 'integer' },
		]);
		if (problems.length > 0) return badRequest(problems);
		if (!isMedia(String(body.audio))) return evolutionError(400, ['Owned media must be a url or base64']);
		// Evolution converts the audio to an Opus voice note (ptt) before sending.
		const audioMessage = { url: mediaUrl(), mimetype: 'audio/ogg; codecs=opus', ptt: true, seconds: 0 };
		return this.accept('sendWhatsAppAudio', body, String(body.number), 'audioMessage', { audioMessage });
	}

	private sendReaction(body: Body): Reply {
		const problems = check(body, [
			{ name: 'key', type: 'object', required: true },
			// An empty reaction removes a previous one, so only the type is checked.
			{ name: 'reaction', type: 'string', required: true },
		]);
		const key = body.key;
		if (isRecord(key)) problems.push(...check(key, KEY_FIELDS, 'instance.key'));
		if (problems.length > 0) return badRequest(problems);
		const target = key as Body;
		const reactionMessage = {
			key: { remoteJid: target.remoteJid, fromMe: target.fromMe, id: target.id },
			text: body.reaction,
			senderTimestampMs: String(Date.now()),
		};
		return this.accept('sendReaction', body, String(target.remoteJid), 'reactionMessage', { reactionMessage });
	}

	private markRead(body: Body): Reply {
		const problems = check(body, [{ name: 'readMessages', type: 'array', required: true }]);
		const keys = Array.isArray(body.readMessages) ? (body.readMessages as unknown[]) : [];
		keys.forEach((key, i) => {
			const at = `instance.readMessages[${i}]`;
			if (!isRecord(key)) problems.push(`${at} is not of a type(s) object`.replace('instance.', ''));
			else problems.push(...check(key, KEY_FIELDS, at));
		});
		if (problems.length > 0) return badRequest(problems);
		const rejection = this.closed();
		if (rejection) return rejection;
		for (const key of keys as Body[]) {
			this.readLog.push({ remoteJid: String(key.remoteJid), fromMe: Boolean(key.fromMe), id: String(key.id) });
		}
		return json(201, { message: 'Read messages', read: 'success' });
	}

	private sendPresence(body: Body): Reply {
		const problems = check(body, [
			{ name: 'number', type: 'string', required: true, notEmpty: true },
			{ name: 'presence', type: 'string', required: true, enum: PRESENCES },
			{ name: 'delay', type: 'integer', required: true },
		]);
		if (problems.length > 0) return badRequest(problems);
		const rejection = this.closed() ?? this.unknownNumber(String(body.number));
		if (rejection) return rejection;
		// The real server holds the request for `delay` ms while the indicator shows; the fake only records it.
		this.presenceLog.push({
			instance: this.instance,
			number: digitsOf(String(body.number)),
			presence: String(body.presence),
			delay: Number(body.delay),
		});
		return json(201, { presence: body.presence });
	}
}

const KEY_FIELDS: Field[] = [
	{ name: 'remoteJid', type: 'string', required: true },
	{ name: 'fromMe', type: 'boolean', required: true },
	{ name: 'id', type: 'string', required: true },
];

function resolve(req: RecordedRequest): Route | undefined {
	if (req.method === 'GET' && req.path === '/instance/fetchInstances') return { endpoint: 'fetchInstances' };
	const match = /^\/(\w+)\/(\w+)\/([^/]+)$/.exec(req.path);
	if (!match) return undefined;
	const [, base, endpoint, instance] = match;
	const known = INSTANCE_ROUTES[endpoint];
	if (!known || known.base !== base || known.method !== req.method) return undefined;
	return { endpoint, instance };
}

/** http(s) URL or bare base64; a `data:` URI is neither, which is a common cause of this 400. */
function isMedia(value: string): boolean {
	if (/^https?:\/\/\S+$/i.test(value)) return true;
	const compact = value.replace(/\s/g, '');
	return compact.length > 0 && compact.length % 4 === 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(compact);
}

function mimeFromName(fileName: unknown): string | undefined {
	if (typeof fileName !== 'string') return undefined;
	const ext = fileName.split('.').pop()?.toLowerCase();
	const known: Record<string, string> = {
		pdf: 'application/pdf',
		png: 'image/png',
		jpg: 'image/jpeg',
		jpeg: 'image/jpeg',
		mp4: 'video/mp4',
		txt: 'text/plain',
	};
	return ext ? known[ext] : undefined;
}

const mediaUrl = () => `https://mmg.whatsapp.net/v/t62.7118-24/${randomBytes(12).toString('hex')}.enc`;
