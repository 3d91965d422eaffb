import { createHash, randomBytes } from 'node:crypto';
import { FakeServer, isRecord, json } from './fakeServer';
import type { FailOptions, RecordedRequest, Reply } from './fakeServer';
// The simulator's checks are the Graph API's; the fake applies the same ones.
import { validateMessage } from '../../simulator/providers/graphValidation';

export interface GraphFakeOptions {
	accessToken: string;
	phoneNumberId: string;
	apiVersion?: string;
	displayPhoneNumber?: string;
	verifiedName?: string;
}

export interface GraphSent {
	to: string;
	type: string;
	id: string;
	request: Record<string, unknown>;
}

export interface GraphMedia {
	bytes: Buffer | string;
	mimeType: string;
	id?: string;
}

interface GraphErrorInit {
	details?: string;
	subcode?: number;
	type?: string;
	transient?: boolean;
}

const fbtraceId = () => randomBytes(9).toString('base64').replace(/[+/=]/g, 'A');
const waId = (to: string) => to.replace(/\D/g, '');

/** Graph API error body: `{error:{message,type,code,error_subcode?,error_data?,fbtrace_id}}`. */
export function graphError(status: number, code: number, message: string, init: GraphErrorInit = {}): Reply {
	const error: Record<string, unknown> = { message, type: init.type ?? 'OAuthException', code };
	if (init.subcode !== undefined) error.error_subcode = init.subcode;
	if (init.details !== undefined) error.error_data = { messaging_product: 'whatsapp', details: init.details };
	if (init.transient) error.is_transient = true;
	error.fbtrace_id = fbtraceId();
	return json(status, { error });
}

const invalidParameter = (details: string) => graphError(400, 100, '(#100) Invalid parameter', { details });

/** Defaults for scripted faults, by HTTP status (WhatsApp Cloud API codes where they exist). */
const FAULTS: Record<number, { code: number; message: string; details?: string; transient?: boolean }> = {
	400: { code: 100, message: '(#100) Invalid parameter', details: 'Invalid parameter' },
	401: { code: 190, message: 'Invalid OAuth access token - Cannot parse access token' },
	403: { code: 10, message: '(#10) Application does not have permission for this action' },
	429: { code: 130429, message: '(#130429) Rate limit hit', details: 'Cloud API message throughput has been reached.' },
	500: {
		code: 131000,
		message: '(#131000) Something went wrong',
		details: 'Message failed to send due to an unknown error.',
		transient: true,
	},
	503: { code: 131016, message: '(#131016) Service unavailable', details: 'A service is temporarily unavailable.', transient: true },
};

/** Fake Meta Graph API for the WhatsApp Cloud API: phone number info, /messages, media lookup and download. */
export class GraphFake extends FakeServer {
	readonly accessToken: string;
	readonly phoneNumberId: string;
	readonly apiVersion: string;
	readonly displayPhoneNumber: string;
	readonly verifiedName: string;
	private closedWindows = new Set<string>();
	private media = new Map<string, Required<GraphMedia>>();
	private sentLog: GraphSent[] = [];
	private readLog: Array<{ messageId: string; typing: boolean }> = [];

	constructor(options: GraphFakeOptions) {
		super();
		this.accessToken = options.accessToken;
		this.phoneNumberId = options.phoneNumberId;
		this.apiVersion = options.apiVersion ?? 'v21.0';
		this.displayPhoneNumber = options.displayPhoneNumber ?? '+55 11 99999-0000';
		this.verifiedName = options.verifiedName ?? 'Clinic';
	}

	/** `${url}/${apiVersion}`, the base a Cloud API client is configured with. */
	get graphUrl(): string {
		return `${this.url}/${this.apiVersion}`;
	}

	/** `${graphUrl}/${phoneNumberId}/messages`. */
	get messagesUrl(): string {
		return `${this.graphUrl}/${this.phoneNumberId}/messages`;
	}

	override reset(): void {
		super.reset();
		this.closedWindows = new Set();
		this.media = new Map();
		this.sentLog = [];
		this.readLog = [];
	}

	/** Free-form (non-template) sends to this number fail with 131047 until insideWindow(to). */
	outsideWindow(to: string): this {
		this.closedWindows.add(waId(to));
		return this;
	}

	insideWindow(to: string): this {
		this.closedWindows.delete(waId(to));
		return this;
	}

	/** Queue 429 / 130429 answers for /messages. */
	rateLimit(options: { retryAfter?: number; times?: number } = {}): this {
		return this.fail({ status: 429, retryAfter: options.retryAfter, times: options.times, match: /\/messages$/ });
	}

	/** Register media served by GET /{ver}/{id} and its download URL. Returns the media id. */
	addMedia(media: GraphMedia): string {
		const id = media.id ?? String(10 ** 15 + Math.floor(Math.random() * 9 * 10 ** 15));
		this.media.set(id, { id, mimeType: media.mimeType, bytes: media.bytes });
		return id;
	}

	sent(to?: string): GraphSent[] {
		return this.sentLog.filter((s) => to === undefined || waId(s.to) === waId(to));
	}

	sentTexts(to?: string): string[] {
		return this.sent(to)
			.filter((s) => s.type === 'text')
			.map((s) => String((s.request.text as { body: unknown }).body));
	}

	/** Mark-as-read calls, in order (typing: a typing_indicator was attached). */
	readReceipts(): Array<{ messageId: string; typing: boolean }> {
		return [...this.readLog];
	}

	protected override authorize(req: RecordedRequest): Reply | undefined {
		const header = req.headers.authorization;
		const token = header?.startsWith('Bearer ') ? header.slice(7) : req.query.access_token;
		if (token === this.accessToken) return undefined;
		const reply = graphError(401, 190, 'Invalid OAuth access token - Cannot parse access token');
		reply.headers = {
			'www-authenticate': 'OAuth "Facebook Platform" "invalid_token" "Invalid OAuth access token - Cannot parse access token"',
		};
		return reply;
	}

	protected faultReply(fault: FailOptions): Reply {
		if (fault.body !== undefined) return json(fault.status, fault.body);
		const preset = FAULTS[fault.status] ?? { code: 1, message: 'An unknown error has occurred.', transient: true };
		return graphError(fault.status, fault.code ?? preset.code, fault.message ?? preset.message, {
			details: preset.details,
			transient: preset.transient,
		});
	}

	protected route(req: RecordedRequest): Reply | Promise<Reply> {
		if (req.method === 'GET' && req.path === '/whatsapp_business/attachments/') return this.download(req.query.mid);
		const upload = /^\/(v\d+\.\d+)\/([^/]+)\/media$/.exec(req.path);
		if (upload && req.method === 'POST' && upload[2] === this.phoneNumberId) return this.upload(req);
		const match = /^\/(v\d+\.\d+)\/([^/]+)(\/messages)?$/.exec(req.path);
		if (!match) return graphError(400, 2500, `Unknown path components: ${req.path}`);
		const [, , id, messages] = match;
		if (messages) {
			if (req.method !== 'POST' || id !== this.phoneNumberId) return this.unsupported(req.method, id);
			return this.send(req);
		}
		if (req.method === 'GET' && id === this.phoneNumberId) return this.phoneNumber(req.query.fields);
		const media = this.media.get(id);
		if (media && req.method === 'GET') return json(200, this.mediaInfo(media));
		if (media && req.method === 'DELETE') {
			this.media.delete(id);
			return json(200, { success: true });
		}
		return this.unsupported(req.method, id);
	}

	/** POST /{phone-number-id}/media, multipart: messaging_product, file, type → {id}. */
	private async upload(req: RecordedRequest): Promise<Reply> {
		const contentType = String(req.headers['content-type'] ?? '');
		if (!contentType.startsWith('multipart/form-data')) {
			return graphError(400, 100, 'Invalid parameter', { details: 'media upload must be multipart/form-data' });
		}
		const form = await new Response(req.rawBytes, { headers: { 'content-type': contentType } }).formData();
		const file = form.get('file');
		if (form.get('messaging_product') !== 'whatsapp') {
			return graphError(400, 100, 'Invalid parameter', { details: 'messaging_product is required' });
		}
		if (!(file instanceof Blob)) return graphError(400, 100, 'Invalid parameter', { details: 'file is required' });
		const mimeType = String(form.get('type') ?? file.type);
		if (!mimeType) return graphError(400, 100, 'Invalid parameter', { details: 'type is required' });
		const id = this.addMedia({ bytes: Buffer.from(await file.arrayBuffer()), mimeType });
		return json(200, { id });
	}

	private unsupported(method: string, id: string): Reply {
		return graphError(
			400,
			100,
			`Unsupported ${method.toLowerCase()} request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api`,
			{ subcode: 33, type: 'GraphMethodException' },
		);
	}

	private phoneNumber(fields?: string): Reply {
		const info: Record<string, unknown> = {
			verified_name: this.verifiedName,
			code_verification_status: 'VERIFIED',
			display_phone_number: this.displayPhoneNumber,
			quality_rating: 'GREEN',
			platform_type: 'CLOUD_API',
			throughput: { level: 'STANDARD' },
			id: this.phoneNumberId,
		};
		if (!fields) return json(200, info);
		// Graph returns only the requested fields, plus id.
		const wanted = new Set([...fields.split(','), 'id']);
		return json(200, Object.fromEntries(Object.entries(info).filter(([key]) => wanted.has(key))));
	}

	private send(req: RecordedRequest): Reply {
		const body = isRecord(req.body) ? req.body : {};
		if (body.status === 'read') return this.markRead(body);
		const problem = validateMessage(body);
		if (problem) return invalidParameter(problem);
		const to = String(body.to);
		const type = String(body.type ?? 'text');
		if (type !== 'template' && this.closedWindows.has(waId(to))) {
			return graphError(400, 131047, '(#131047) Re-engagement message', {
				details: 'Message failed to send because more than 24 hours have passed since the customer last replied to this number.',
			});
		}
		const id = `wamid.${Buffer.from(`${waId(to)}_${randomBytes(12).toString('hex').toUpperCase()}`)
			.toString('base64')
			.replace(/=+$/, '')}`;
		this.sentLog.push({ to, type, id, request: body });
		const message: Record<string, unknown> = { id };
		if (type === 'template') message.message_status = 'accepted';
		return json(200, { messaging_product: 'whatsapp', contacts: [{ input: to, wa_id: waId(to) }], messages: [message] });
	}

	private markRead(body: Record<string, unknown>): Reply {
		if (body.messaging_product !== 'whatsapp') return invalidParameter('The parameter messaging_product is required.');
		if (typeof body.message_id !== 'string' || body.message_id === '') return invalidParameter('The parameter message_id is required.');
		const typing = body.typing_indicator;
		if (typing !== undefined && (!isRecord(typing) || typing.type !== 'text')) {
			return invalidParameter(`Param typing_indicator['type'] must be one of {TEXT}.`);
		}
		this.readLog.push({ messageId: body.message_id, typing: typing !== undefined });
		return json(200, { success: true });
	}

	private mediaInfo(media: Required<GraphMedia>): Record<string, unknown> {
		const bytes = Buffer.from(media.bytes);
		const hash = createHash('sha256').update(bytes).digest('hex');
		return {
			url: `${this.url}/whatsapp_business/attachments/?mid=${media.id}&ext=${Math.floor(Date.now() / 1000)}&hash=${hash.slice(0, 16)}`,
			mime_type: media.mimeType,
			sha256: hash,
			file_size: bytes.length,
			id: media.id,
			messaging_product: 'whatsapp',
		};
	}

	private download(mediaId?: string): Reply {
		const media = mediaId ? this.media.get(mediaId) : undefined;
		if (!media) return graphError(404, 100, 'Media not found', { type: 'GraphMethodException' });
		return { status: 200, raw: Buffer.from(media.bytes), headers: { 'content-type': media.mimeType } };
	}
}
