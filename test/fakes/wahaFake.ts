import { STATUS_CODES } from 'node:http';
import { randomBytes } from 'node:crypto';
import { FakeServer, isRecord, json, nonEmptyString } from './fakeServer';
import type { FailOptions, RecordedRequest, Reply } from './fakeServer';

export interface WahaFakeOptions {
	/** When set, every request must carry `X-Api-Key` with this value. */
	apiKey?: string;
	/** Sessions that exist and are WORKING; default ['default']. */
	sessions?: string[];
	me?: { id: string; pushName: string };
	/**
	 * Body of sendSeen/startTyping/stopTyping/reaction. Real WAHA answers these with an empty body
	 * (n8n-nodes-waha #28), which is what breaks naive JSON parsing, so 'empty' is the default.
	 */
	ackBody?: 'empty' | 'object';
}

export interface WahaSent {
	endpoint: string;
	session: string;
	chatId: string;
	id: string;
	request: Record<string, unknown>;
}

type Body = Record<string, unknown>;

const MEDIA_ENDPOINTS = new Set(['sendImage', 'sendFile', 'sendVoice', 'sendVideo']);
const ACK_ENDPOINTS = new Set(['sendSeen', 'startTyping', 'stopTyping']);
const SEND_ENDPOINTS = new Set(['sendText', 'sendList', ...MEDIA_ENDPOINTS, ...ACK_ENDPOINTS]);

/** NestJS-style error body, the shape WAHA's HTTP layer produces. */
function nestError(status: number, message: string | string[], withReason = true): Reply {
	const body: Body = { statusCode: status, message };
	if (withReason && status !== 500) body.error = STATUS_CODES[status] ?? 'Error';
	return json(status, body);
}

/** Fake WAHA (WhatsApp HTTP API) server: sessions list, send endpoints, typing/seen and reactions. */
export class WahaFake extends FakeServer {
	readonly apiKey?: string;
	readonly me: { id: string; pushName: string };
	private readonly sessions: string[];
	private readonly ackBody: 'empty' | 'object';
	private sentLog: WahaSent[] = [];

	constructor(options: WahaFakeOptions = {}) {
		super();
		this.apiKey = options.apiKey;
		this.sessions = options.sessions ?? ['default'];
		this.me = options.me ?? { id: '5511999990000@c.us', pushName: 'Clinic' };
		this.ackBody = options.ackBody ?? 'empty';
	}

	override reset(): void {
		super.reset();
		this.configs.clear();
		this.files.clear();
		this.sentLog = [];
	}

	/** Successful sends (any endpoint that creates a message), optionally for one chat. */
	sent(chatId?: string): WahaSent[] {
		return this.sentLog.filter((s) => chatId === undefined || s.chatId === chatId);
	}

	/** Texts delivered through sendText, in order. */
	sentTexts(chatId?: string): string[] {
		return this.sent(chatId)
			.filter((s) => s.endpoint === 'sendText')
			.map((s) => String(s.request.text));
	}

	protected override authorize(req: RecordedRequest): Reply | undefined {
		if (this.apiKey === undefined) return undefined;
		if (req.headers['x-api-key'] === this.apiKey) return undefined;
		return nestError(401, 'Unauthorized', false);
	}

	protected faultReply(fault: FailOptions): Reply {
		if (fault.body !== undefined) return json(fault.status, fault.body);
		const defaults: Record<number, string> = {
			429: 'ThrottlerException: Too Many Requests',
			500: 'Internal server error',
		};
		return nestError(fault.status, fault.message ?? defaults[fault.status] ?? STATUS_CODES[fault.status] ?? 'Error');
	}

	protected route(req: RecordedRequest): Reply {
		const { method, path } = req;
		if (method === 'GET' && path === '/api/sessions') {
			return json(
				200,
				this.sessions.map((name) => this.sessionInfo(name)),
			);
		}
		const sessionPath = /^\/api\/sessions\/([^/]+)$/.exec(path);
		if (method === 'GET' && sessionPath) {
			const name = sessionPath[1];
			return this.sessions.includes(name) ? json(200, this.sessionInfo(name)) : this.noSession(name);
		}
		if (method === 'PUT' && sessionPath) return this.updateSession(sessionPath[1], req);
		const file = /^\/api\/files\/(.+)$/.exec(path);
		if (method === 'GET' && file) return this.serveFile(file[1]);
		if (method === 'PUT' && path === '/api/reaction') return this.reaction(req);
		const endpoint = /^\/api\/(\w+)$/.exec(path)?.[1];
		if (method === 'POST' && endpoint && SEND_ENDPOINTS.has(endpoint)) return this.send(endpoint, req);
		return nestError(404, `Cannot ${method} ${path}`);
	}

	/** Session configs as updated through PUT /api/sessions/{name} (webhooks live here). */
	readonly configs = new Map<string, Body>();

	/** Files WAHA would serve from /api/files/... for downloaded media, by path after /api/files/. */
	readonly files = new Map<string, { data: Buffer; mimetype: string }>();

	private sessionInfo(name: string): Body {
		return { name, status: 'WORKING', config: this.configs.get(name) ?? {}, me: { ...this.me } };
	}

	private updateSession(name: string, req: RecordedRequest): Reply {
		if (!this.sessions.includes(name)) return this.noSession(name);
		const body: Body = isRecord(req.body) ? req.body : {};
		if (!isRecord(body.config)) return nestError(400, ['config must be an object']);
		this.configs.set(name, body.config);
		return json(200, this.sessionInfo(name));
	}

	private serveFile(name: string): Reply {
		const file = this.files.get(name);
		if (!file) return nestError(404, `File ${name} not found`);
		return { status: 200, raw: file.data, headers: { 'content-type': file.mimetype } };
	}

	private noSession(name: string): Reply {
		return nestError(
			404,
			`We didn't find a session with name '${name}'. Please start it first by using POST /api/sessions/${name}/start request`,
		);
	}

	private ack(status: number): Reply {
		return this.ackBody === 'empty' ? { status } : json(status, {});
	}

	private send(endpoint: string, req: RecordedRequest): Reply {
		const body: Body = isRecord(req.body) ? req.body : {};
		const problems = validate(endpoint, body);
		if (problems.length > 0) return nestError(400, problems);
		const session = String(body.session);
		if (!this.sessions.includes(session)) return this.noSession(session);
		if (ACK_ENDPOINTS.has(endpoint)) return this.ack(201);

		const chatId = String(body.chatId);
		const id = `true_${chatId}_${randomBytes(10).toString('hex').toUpperCase()}`;
		this.sentLog.push({ endpoint, session, chatId, id, request: body });
		const file = isRecord(body.file) ? body.file : undefined;
		const shownText = endpoint === 'sendText' ? body.text : (body.caption ?? '');
		return json(201, {
			id,
			timestamp: Math.floor(Date.now() / 1000),
			from: this.me.id,
			fromMe: true,
			source: 'api',
			to: chatId,
			body: shownText,
			hasMedia: file !== undefined,
			media: file ? { url: file.url ?? null, mimetype: file.mimetype ?? null, filename: file.filename ?? null } : null,
			ack: 1,
			ackName: 'SERVER',
			replyTo: body.reply_to ?? null,
			// WEBJS-style id object, for callers that read `_data.id._serialized`
			_data: { id: { fromMe: true, remote: chatId, id: id.split('_').pop(), _serialized: id } },
		});
	}

	private reaction(req: RecordedRequest): Reply {
		const body: Body = isRecord(req.body) ? req.body : {};
		const problems: string[] = [];
		if (!nonEmptyString(body.session)) problems.push('session should not be empty');
		if (!nonEmptyString(body.messageId)) problems.push('messageId should not be empty');
		// An empty string removes the reaction, so only the type is checked.
		if (typeof body.reaction !== 'string') problems.push('reaction must be a string');
		if (problems.length > 0) return nestError(400, problems);
		if (!this.sessions.includes(String(body.session))) return this.noSession(String(body.session));
		return this.ack(200);
	}
}

function validate(endpoint: string, body: Body): string[] {
	const problems: string[] = [];
	if (!nonEmptyString(body.session)) problems.push('session should not be empty');
	if (!nonEmptyString(body.chatId)) problems.push('chatId should not be empty');
	if (endpoint === 'sendText' && !nonEmptyString(body.text)) problems.push('text should not be empty');
	if (MEDIA_ENDPOINTS.has(endpoint)) {
		const file = body.file;
		if (!isRecord(file)) problems.push('file should not be empty');
		else if (!nonEmptyString(file.url) && !nonEmptyString(file.data)) problems.push('file.url or file.data should not be empty');
	}
	if (endpoint === 'sendList') problems.push(...validateList(body.message));
	return problems;
}

function validateList(message: unknown): string[] {
	if (!isRecord(message)) return ['message should not be empty'];
	const problems: string[] = [];
	if (!nonEmptyString(message.button)) problems.push('message.button should not be empty');
	const sections = message.sections;
	if (!Array.isArray(sections) || sections.length === 0) return [...problems, 'message.sections should not be empty'];
	sections.forEach((section: unknown, i) => {
		const rows = isRecord(section) ? section.rows : undefined;
		if (!Array.isArray(rows) || rows.length === 0) {
			problems.push(`message.sections.${i}.rows should not be empty`);
			return;
		}
		rows.forEach((row: unknown, j) => {
			if (!isRecord(row) || !nonEmptyString(row.title)) problems.push(`message.sections.${i}.rows.${j}.title should not be empty`);
			if (!isRecord(row) || !nonEmptyString(row.rowId)) problems.push(`message.sections.${i}.rows.${j}.rowId should not be empty`);
		});
	});
	return problems;
}
