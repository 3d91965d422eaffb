// The Graph API endpoints of the WhatsApp Cloud API: POST /{ver}/{phone-number-id}/messages
// (every message type, read receipts with the typing indicator), media upload, lookup, download
// and delete, and GET /{ver}/{phone-number-id} for the credential test. Requests need the
// bearer token; errors are Graph bodies {error:{message, type, code, error_data, fbtrace_id}}.

import { randomBytes } from 'node:crypto';
import { graphMediaId, wamid } from '../ids';
import { isRecord, json, jsonBody, nonEmptyString, type Handler, type Json, type Reply, type SimRequest } from '../http';
import { equalSecrets } from '../secrets';
import type { MessageDraft, StoredFile } from '../store';
import { phoneDigits, type ListSection, type MediaKind, type MediaRef, type MenuOption } from '../types';
import { MEDIA_TYPES, validateMessage } from './graphValidation';
import {
	businessMessage,
	chatOf,
	existingChat,
	guessMime,
	notice,
	react,
	recipientProblem,
	renderTemplate,
	showTyping,
	type ProviderDeps,
} from './outbound';

const DAY_MS = 24 * 60 * 60 * 1000;
export const OUTSIDE_WINDOW_CODE = 131047;
/** Where the simulator serves downloads, as Meta serves them from lookaside.fbsbx.com. */
const DOWNLOAD_PATH = '/whatsapp_business/attachments/';

interface GraphErrorInit {
	details?: string;
	subcode?: number;
	type?: string;
}

export function graphError(status: number, code: number, message: string, init: GraphErrorInit = {}): Reply {
	const error: Json = { message, type: init.type ?? 'OAuthException', code };
	if (init.subcode !== undefined) error.error_subcode = init.subcode;
	if (init.details !== undefined) error.error_data = { messaging_product: 'whatsapp', details: init.details };
	error.fbtrace_id = randomBytes(9).toString('base64').replace(/[+/=]/g, 'A');
	return json(status, { error });
}

/** A message naming something that does not exist (an unknown media id): Graph's #100. */
class InvalidParameter extends Error {}

const invalidParameter = (details: string) => graphError(400, 100, '(#100) Invalid parameter', { details });

export function cloudHandler(deps: ProviderDeps): Handler {
	const settings = deps.config.cloud;

	function authorize(request: SimRequest): Reply | undefined {
		if (!settings.accessToken) return undefined;
		const header = request.headers.authorization ?? '';
		const token = /^Bearer\s+/i.test(header) ? header.replace(/^Bearer\s+/i, '') : (request.query.get('access_token') ?? '');
		if (equalSecrets(token, settings.accessToken)) return undefined;
		const reply = graphError(401, 190, 'Invalid OAuth access token - Cannot parse access token');
		reply.headers = {
			'www-authenticate': 'OAuth "Facebook Platform" "invalid_token" "Invalid OAuth access token - Cannot parse access token"',
		};
		return reply;
	}

	function unsupported(method: string, id: string): Reply {
		return graphError(
			400,
			100,
			`Unsupported ${method.toLowerCase()} request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api`,
			{ subcode: 33, type: 'GraphMethodException' },
		);
	}

	function phoneNumber(fields: string | null): Reply {
		const info: Json = {
			verified_name: deps.config.businessName,
			code_verification_status: 'VERIFIED',
			display_phone_number: `+${deps.config.businessPhone}`,
			quality_rating: 'GREEN',
			platform_type: 'CLOUD_API',
			throughput: { level: 'STANDARD' },
			id: settings.phoneNumberId,
		};
		if (!fields) return json(200, info);
		// Graph answers only the fields asked for, plus the id.
		const wanted = new Set([...fields.split(','), 'id']);
		return json(200, Object.fromEntries(Object.entries(info).filter(([key]) => wanted.has(key))));
	}

	function mediaInfo(id: string, file: StoredFile): Json {
		return {
			url: `${deps.urls.cloud}${DOWNLOAD_PATH}?mid=${id}&ext=${Math.floor(Date.now() / 1000)}&hash=${file.sha256.slice(0, 16)}`,
			mime_type: file.mimeType,
			sha256: file.sha256,
			file_size: file.data.length,
			id,
			messaging_product: 'whatsapp',
		};
	}

	async function upload(request: SimRequest): Promise<Reply> {
		const contentType = String(request.headers['content-type'] ?? '');
		if (!contentType.startsWith('multipart/form-data')) return invalidParameter('media upload must be multipart/form-data');
		let form: FormData;
		try {
			form = await new Response(request.body, { headers: { 'content-type': contentType } }).formData();
		} catch {
			return invalidParameter('the multipart body could not be read');
		}
		if (form.get('messaging_product') !== 'whatsapp') return invalidParameter('messaging_product is required');
		const file = form.get('file');
		if (!(file instanceof Blob)) return invalidParameter('file is required');
		const mimeType = String(form.get('type') ?? '') || file.type;
		if (!mimeType) return invalidParameter('type is required');
		const data = Buffer.from(await file.arrayBuffer());
		if (data.length > deps.config.maxUploadBytes)
			return graphError(400, 131052, '(#131052) Media upload error', { details: 'The file is too large.' });
		const id = graphMediaId();
		const stored = deps.store.files.put(data, mimeType, file instanceof File ? file.name : undefined);
		deps.store.files.alias('cloud', id, stored.id);
		return json(200, { id });
	}

	/** The file a media object names by id (uploaded) or by link. */
	function mediaRef(type: MediaKind, media: Json): MediaRef {
		const filename = nonEmptyString(media.filename) ? media.filename : undefined;
		if (nonEmptyString(media.link)) return { url: media.link, mimeType: guessMime(type, filename ?? media.link), filename };
		const file = deps.store.files.byAlias('cloud', String(media.id));
		if (!file) throw new InvalidParameter(`Media id ${String(media.id)} does not exist or was deleted.`);
		return { fileId: file.id, mimeType: file.mimeType, filename: filename ?? file.filename, size: file.data.length };
	}

	/** What a valid message shows in the chat. */
	function draftOf(type: string, body: Json): Omit<MessageDraft, 'id' | 'author'> {
		const payload = body[type] as Json;
		const replyTo = isRecord(body.context) ? String(body.context.message_id) : undefined;
		switch (type) {
			case 'text':
				return { kind: 'text', text: String(payload.body), replyTo };
			case 'interactive':
				return interactiveDraft(payload, replyTo);
			case 'template':
				return templateDraft(payload);
			case 'location': {
				const location = {
					latitude: Number(payload.latitude),
					longitude: Number(payload.longitude),
					...(nonEmptyString(payload.name) ? { name: payload.name } : {}),
					...(nonEmptyString(payload.address) ? { address: payload.address } : {}),
				};
				return { kind: 'location', text: [location.name, location.address].filter(Boolean).join('\n'), location, replyTo };
			}
			case 'contacts':
				return { kind: 'contacts', text: contactsText(body.contacts as unknown[]), replyTo };
			default: {
				// A voice note is an Opus `audio` message.
				const media = mediaRef(type as MediaKind, payload);
				const kind: MediaKind = type === 'audio' && /^audio\/ogg\b/i.test(media.mimeType) ? 'voice' : (type as MediaKind);
				return { kind, text: nonEmptyString(payload.caption) ? payload.caption : '', media, replyTo };
			}
		}
	}

	function interactiveDraft(interactive: Json, replyTo: string | undefined): Omit<MessageDraft, 'id' | 'author'> {
		const header = isRecord(interactive.header) ? interactive.header : undefined;
		const draft: Omit<MessageDraft, 'id' | 'author'> = {
			kind: 'text',
			text: isRecord(interactive.body) ? String(interactive.body.text ?? '') : '',
			replyTo,
			...(header?.type === 'text' && nonEmptyString(header.text) ? { header: header.text } : {}),
			...(isRecord(interactive.footer) && nonEmptyString(interactive.footer.text) ? { footer: interactive.footer.text } : {}),
		};
		if (header && MEDIA_TYPES.has(String(header.type)) && isRecord(header[String(header.type)])) {
			draft.media = mediaRef(header.type as MediaKind, header[String(header.type)] as Json);
		}
		const action = isRecord(interactive.action) ? interactive.action : {};
		if (interactive.type === 'button') {
			const buttons = (action.buttons as Json[]).map((button) => {
				const reply = button.reply as Json;
				return { id: String(reply.id), title: String(reply.title) };
			});
			return { ...draft, kind: 'buttons', buttons };
		}
		if (interactive.type === 'list') {
			const sections: ListSection[] = (action.sections as Json[]).map((section) => ({
				...(nonEmptyString(section.title) ? { title: section.title } : {}),
				rows: (section.rows as Json[]).map((row): MenuOption => ({
					id: String(row.id),
					title: String(row.title),
					...(nonEmptyString(row.description) ? { description: row.description } : {}),
				})),
			}));
			return { ...draft, kind: 'list', list: { button: String(action.button), sections } };
		}
		return draft;
	}

	function templateDraft(template: Json): Omit<MessageDraft, 'id' | 'author'> {
		const components = Array.isArray(template.components) ? template.components.filter(isRecord) : [];
		const body = components.find((component) => String(component.type).toLowerCase() === 'body');
		const parameters = (Array.isArray(body?.parameters) ? body.parameters.filter(isRecord) : []).map((parameter) =>
			String(parameter.text ?? (isRecord(parameter.currency) ? parameter.currency.fallback_value : '') ?? ''),
		);
		const name = String(template.name);
		const language = String((template.language as Json).code);
		return { kind: 'template', text: renderTemplate(deps.config.templates, name, parameters), template: { name, language, parameters } };
	}

	/** Outside the 24-hour window only templates reach the patient (error 131047). */
	function windowClosed(to: string, type: string): boolean {
		if (!settings.enforceWindow || type === 'template') return false;
		const last = existingChat(deps, 'cloud', to)?.lastPatientAt;
		return last === undefined || Date.now() - last > DAY_MS;
	}

	function readReceipt(body: Json): Reply {
		if (body.messaging_product !== 'whatsapp') return invalidParameter('The parameter messaging_product is required.');
		if (!nonEmptyString(body.message_id)) return invalidParameter('The parameter message_id is required.');
		const typing = body.typing_indicator;
		if (typing !== undefined && (!isRecord(typing) || typing.type !== 'text')) {
			return invalidParameter(`Param typing_indicator['type'] must be one of {TEXT}.`);
		}
		const message = deps.store.find('cloud', body.message_id);
		if (!message) return invalidParameter(`Message ${body.message_id} not found.`);
		deps.store.markRead(message.chatId, [message.id]);
		// The indicator rides on the receipt; it ends with the reply or after 25 s.
		const chat = deps.store.chat(message.chatId);
		if (typing !== undefined && chat) showTyping(deps, chat, true);
		return json(200, { success: true });
	}

	function send(body: Json): Reply {
		if (body.status === 'read') return readReceipt(body);
		const problem = validateMessage(body);
		const to = nonEmptyString(body.to) ? body.to : '';
		if (problem) return refuse(to, invalidParameter(problem), problem);
		const addressProblem = recipientProblem(to);
		if (addressProblem) return refuse(to, invalidParameter(addressProblem), addressProblem);
		const type = String(body.type ?? 'text');
		if (windowClosed(to, type)) {
			const details = 'Message failed to send because more than 24 hours have passed since the customer last replied to this number.';
			return refuse(to, graphError(400, OUTSIDE_WINDOW_CODE, '(#131047) Re-engagement message', { details }), `131047 ${details}`);
		}
		if (type === 'reaction') {
			const reaction = body.reaction as Json;
			react(deps, 'cloud', String(reaction.message_id), String(reaction.emoji));
			// A reaction is a message of its own, with its own id.
			return accepted(to, wamid(phoneDigits(to)), type);
		}
		let draft: Omit<MessageDraft, 'id' | 'author'>;
		try {
			draft = draftOf(type, body);
		} catch (error) {
			if (!(error instanceof InvalidParameter)) throw error;
			return refuse(to, invalidParameter(error.message), error.message);
		}
		return accepted(to, businessMessage(deps, chatOf(deps, 'cloud', to), draft).id, type);
	}

	function accepted(to: string, id: string, type: string): Reply {
		return json(200, {
			messaging_product: 'whatsapp',
			contacts: [{ input: to, wa_id: phoneDigits(to) }],
			messages: [type === 'template' ? { id, message_status: 'accepted' } : { id }],
		});
	}

	function refuse(to: string, reply: Reply, reason: string): Reply {
		notice(deps, existingChat(deps, 'cloud', to), `The Cloud API refused a message from n8n (HTTP ${reply.status}): ${reason}`);
		return reply;
	}

	function download(mediaId: string | null): Reply {
		const file = mediaId ? deps.store.files.byAlias('cloud', mediaId) : undefined;
		if (!file) return graphError(404, 100, 'Media not found', { type: 'GraphMethodException' });
		return { status: 200, raw: file.data, headers: { 'content-type': file.mimeType } };
	}

	return async (request) => {
		const denied = authorize(request);
		if (denied) return denied;
		const { method, path } = request;
		if (method === 'GET' && (path === DOWNLOAD_PATH || path === DOWNLOAD_PATH.slice(0, -1))) return download(request.query.get('mid'));
		const match = /^\/(v\d+\.\d+)\/([^/]+)(?:\/(messages|media))?\/?$/.exec(path);
		if (!match) return graphError(400, 2500, `Unknown path components: ${path}`);
		const [, , id, edge] = match;
		if (edge !== undefined) {
			if (method !== 'POST' || id !== settings.phoneNumberId) return unsupported(method, id);
			if (edge === 'media') return await upload(request);
			const parsed = jsonBody(request);
			if (!parsed.ok) return invalidParameter(`the body is not JSON: ${parsed.reason}`);
			return send(isRecord(parsed.value) ? parsed.value : {});
		}
		if (method === 'GET' && id === settings.phoneNumberId) return phoneNumber(request.query.get('fields'));
		const file = deps.store.files.byAlias('cloud', id);
		if (file && method === 'GET') return json(200, mediaInfo(id, file));
		if (file && method === 'DELETE') {
			deps.store.files.remove(file.id);
			return json(200, { success: true });
		}
		return unsupported(method, id);
	};
}

/** Shared contact cards as lines `Name: +55 …`. */
function contactsText(cards: unknown[]): string {
	return cards
		.filter(isRecord)
		.map((card) => {
			const name = isRecord(card.name) ? String(card.name.formatted_name ?? '') : '';
			const phones = (Array.isArray(card.phones) ? card.phones.filter(isRecord) : []).map((phone) => String(phone.phone ?? ''));
			return [name, phones.join(', ')].filter(Boolean).join(': ');
		})
		.join('\n');
}
