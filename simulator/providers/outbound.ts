// What the three providers' send endpoints share once the wire format is read: the chat a
// recipient names, a business message in it, media given as bytes or a URL, numbered menus,
// templates, receipts, and a notice in the chat when a request is refused.

import type { SimulatorConfig } from '../config';
import type { Sleeper } from '../http';
import { messageIdFor } from '../ids';
import type { ProviderUrls } from '../patient';
import type { WebhookRegistry } from '../registry';
import type { ChatStore, MessageDraft } from '../store';
import { isPhone, phoneDigits, type Chat, type ChatMessage, type MediaKind, type MediaRef, type MenuOption, type Provider } from '../types';

export interface ProviderDeps {
	store: ChatStore;
	config: SimulatorConfig;
	registry: WebhookRegistry;
	urls: ProviderUrls;
	sleeper: Sleeper;
	evolutionInstanceId: string;
}

/** Why a recipient cannot be a chat here, or undefined when it can. */
export function recipientProblem(to: string): string | undefined {
	const server = to.includes('@') ? to.slice(to.lastIndexOf('@') + 1).toLowerCase() : '';
	if (server !== '' && server !== 'c.us' && server !== 's.whatsapp.net')
		return `the simulator has only one-to-one chats, not ${server} chats`;
	return isPhone(phoneDigits(to)) ? undefined : `"${to}" is not a WhatsApp number`;
}

/** The chat with the recipient, opened when n8n writes first (a reminder, a campaign). */
export function chatOf(deps: ProviderDeps, provider: Provider, to: string): Chat {
	return deps.store.open(provider, phoneDigits(to));
}

/** The chat with the recipient, only when it already exists. */
export function existingChat(deps: ProviderDeps, provider: Provider, to: string): Chat | undefined {
	return deps.store.chat(`${provider}:${phoneDigits(to)}`);
}

export function businessMessage(deps: ProviderDeps, chat: Chat, draft: Omit<MessageDraft, 'id' | 'author'>): ChatMessage {
	return deps.store.add(chat.id, { ...draft, id: messageIdFor(chat.provider, chat.phone, true), author: 'business' });
}

/** Shows in the chat why the simulator refused what n8n sent, which n8n only reports as an error. */
export function notice(deps: ProviderDeps, chat: Chat | undefined, text: string): void {
	if (chat)
		deps.store.add(chat.id, {
			id: `notice-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`,
			author: 'system',
			kind: 'notice',
			text,
		});
}

// Lines like `2. Remarcar` or `3) Falar com a recepção — horário comercial`, numbered 1, 2, 3….
const OPTION_LINE = /^\s*(\d{1,2})[.)]\s+(.+?)\s*$/;

/**
 * The options of a numbered text menu (how the Send node renders buttons and lists on WAHA and
 * Evolution), or undefined when the text is not one. Options must run 1, 2, 3… in order.
 */
export function numberedMenu(text: string): MenuOption[] | undefined {
	const options: MenuOption[] = [];
	for (const line of text.split('\n')) {
		const match = OPTION_LINE.exec(line);
		if (!match || Number(match[1]) !== options.length + 1) continue;
		const [title, ...description] = match[2].split(' — ');
		options.push({ id: match[1], title: title.trim(), ...(description.length ? { description: description.join(' — ') } : {}) });
	}
	return options.length > 0 ? options : undefined;
}

/** A text message; on WAHA and Evolution a numbered menu in it becomes tappable. */
export function textDraft(provider: Provider, text: string, replyTo?: string): Omit<MessageDraft, 'id' | 'author'> {
	const menu = provider === 'cloud' ? undefined : numberedMenu(text);
	return { kind: 'text', text, replyTo, ...(menu ? { menu } : {}) };
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Bytes of standard base64 (whitespace allowed), or undefined when it is not base64. */
export function decodeBase64(value: string): Buffer | undefined {
	const compact = value.replace(/\s/g, '');
	if (compact.length === 0 || compact.length % 4 !== 0 || !BASE64.test(compact)) return undefined;
	return Buffer.from(compact, 'base64');
}

export function isHttpUrl(value: string): boolean {
	return /^https?:\/\/\S+$/i.test(value);
}

/** Stores bytes n8n sent inline, so the page can show them from /sim/media/<id>. */
export function storedMedia(deps: ProviderDeps, data: Buffer, mimeType: string, filename?: string): MediaRef {
	const file = deps.store.files.put(data, mimeType, filename);
	return { fileId: file.id, mimeType, filename, size: data.length };
}

const MIME_BY_EXTENSION: Record<string, string> = {
	jpg: 'image/jpeg',
	jpeg: 'image/jpeg',
	png: 'image/png',
	webp: 'image/webp',
	gif: 'image/gif',
	mp4: 'video/mp4',
	'3gp': 'video/3gpp',
	mp3: 'audio/mpeg',
	m4a: 'audio/mp4',
	aac: 'audio/aac',
	ogg: 'audio/ogg',
	oga: 'audio/ogg; codecs=opus',
	opus: 'audio/ogg; codecs=opus',
	pdf: 'application/pdf',
	txt: 'text/plain',
};

const MIME_BY_KIND: Record<MediaKind, string> = {
	image: 'image/jpeg',
	video: 'video/mp4',
	audio: 'audio/mpeg',
	voice: 'audio/ogg; codecs=opus',
	document: 'application/octet-stream',
	sticker: 'image/webp',
};

/** A MIME type for media named only by a URL or file name. */
export function guessMime(kind: MediaKind, nameOrUrl?: string): string {
	const path = (nameOrUrl ?? '').split(/[?#]/)[0];
	const extension = path.includes('.') ? path.split('.').pop()!.toLowerCase() : '';
	return MIME_BY_EXTENSION[extension] ?? MIME_BY_KIND[kind];
}

/** The body of a template as the patient reads it: `templates[name]` with {{n}} filled in, or '' when unknown. */
export function renderTemplate(templates: Record<string, string>, name: string, parameters: string[]): string {
	const body = templates[name];
	if (body === undefined) return '';
	return body.replace(/\{\{\s*(\d+)\s*\}\}/g, (placeholder, index: string) => parameters[Number(index) - 1] ?? placeholder);
}

/** Blue ticks on the chat's patient messages up to the newest one named (all when none). */
export function markRead(deps: ProviderDeps, provider: Provider, to: string, messageIds: string[] = []): void {
	const chat = existingChat(deps, provider, to);
	if (chat) deps.store.markRead(chat.id, messageIds);
}

/** "typing…" for `forMs` (capped at the typing timeout, as WhatsApp drops stale indicators). */
export function showTyping(deps: ProviderDeps, chat: Chat, on: boolean, forMs = deps.config.typingTimeoutMs): void {
	deps.store.setTyping(chat.id, on, Math.min(forMs, deps.config.typingTimeoutMs));
}

/** A business reaction on a message of this provider; false when no such message exists. */
export function react(deps: ProviderDeps, provider: Provider, messageId: string, emoji: string): boolean {
	const message = deps.store.find(provider, messageId);
	if (message) deps.store.react(message, 'business', emoji);
	return message !== undefined;
}
