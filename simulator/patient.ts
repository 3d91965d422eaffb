// The patient's side: what typing, sending a file or tapping a menu option does. Each action
// becomes a message in the chat and a webhook per target, built and signed the way the chat's
// provider would, and the answers n8n gives set the message's ticks.

import type { SimulatorConfig } from './config';
import { messageIdFor, graphMediaId } from './ids';
import { deliver } from './inbound/deliver';
import {
	cloudMessageEvent,
	evolutionMessageEvent,
	wahaFileName,
	wahaMessageEvent,
	type PatientContent,
	type PatientEnvelope,
} from './inbound/payloads';
import { signCloud, signEvolution, signWaha, type SignedWebhook } from './inbound/sign';
import type { WebhookRegistry, WebhookTarget } from './registry';
import type { ChatStore, MessageDraft } from './store';
import {
	SimulatorError,
	type Chat,
	type ChatMessage,
	type Choice,
	type Delivery,
	type MediaKind,
	type MenuOption,
	type Provider,
} from './types';

export type ProviderUrls = Record<Provider, string>;

export interface PatientDeps {
	store: ChatStore;
	config: SimulatorConfig;
	registry: WebhookRegistry;
	urls: ProviderUrls;
	evolutionInstanceId: string;
}

export interface FileInput {
	data: Buffer;
	mimeType: string;
	filename?: string;
	/** Shown under images, videos and documents. */
	caption?: string;
	/** Send audio as a voice note; by default Opus/Ogg audio is one and other audio is a file. */
	voice?: boolean;
}

/** What a file is on WhatsApp, from its MIME type: WebP images are stickers, Opus audio is a voice note. */
export function mediaKindOf(mimeType: string, voice?: boolean): MediaKind {
	const mime = mimeType.toLowerCase();
	if (mime.startsWith('image/webp')) return 'sticker';
	if (mime.startsWith('image/')) return 'image';
	if (mime.startsWith('video/')) return 'video';
	if (mime.startsWith('audio/')) return (voice ?? /^audio\/ogg\b/.test(mime)) ? 'voice' : 'audio';
	return 'document';
}

export class Patient {
	constructor(private readonly deps: PatientDeps) {}

	async say(chat: Chat, text: string, replyTo?: string): Promise<ChatMessage> {
		if (text.trim() === '') throw new SimulatorError('the message is empty');
		return await this.post(chat, { kind: 'text', text }, { kind: 'text', text }, replyTo);
	}

	async sendFile(chat: Chat, file: FileInput): Promise<ChatMessage> {
		if (file.data.length === 0) throw new SimulatorError('the file is empty');
		if (file.data.length > this.deps.config.maxUploadBytes) {
			throw new SimulatorError(`the file is ${file.data.length} bytes; WhatsApp takes at most ${this.deps.config.maxUploadBytes}`, 413);
		}
		const type = mediaKindOf(file.mimeType, file.voice);
		const messageId = messageIdFor(chat.provider, chat.phone, false);
		const stored = this.deps.store.files.put(file.data, file.mimeType, file.filename);
		const ref = this.mediaRef(chat.provider, messageId, stored.id, file.mimeType);
		const caption = file.caption?.trim() ? file.caption : undefined;
		const content: PatientContent = {
			kind: 'media',
			type,
			mimeType: file.mimeType,
			data: file.data,
			filename: file.filename,
			caption,
			ref,
		};
		const draft: MessageDraft = {
			id: messageId,
			author: 'patient',
			kind: type,
			text: caption ?? '',
			media: { fileId: stored.id, mimeType: file.mimeType, filename: file.filename, size: file.data.length },
		};
		return await this.send(chat, draft, content);
	}

	/**
	 * Taps a menu option: `option` is an option's id, its title or (numbered menus) its number,
	 * looked up in `messageId`'s menu or else the newest business message that offers it.
	 */
	async choose(chat: Chat, option: string, messageId?: string): Promise<ChatMessage> {
		const found = this.findOption(chat, option, messageId);
		if (!found) throw new SimulatorError(`no menu in this chat offers "${option}"`, 404);
		const { message, chosen, kind } = found;
		const choice = { kind, id: chosen.id, title: chosen.title, messageId: message.id };
		if (kind === 'number') {
			// WAHA and Evolution menus are numbered text: the patient answers with the number.
			return await this.post(chat, { kind: 'text', text: chosen.id, choice }, { kind: 'text', text: chosen.id });
		}
		const content: PatientContent = { kind, id: chosen.id, title: chosen.title, description: chosen.description, contextId: message.id };
		return await this.post(chat, { kind: 'text', text: chosen.title, choice, replyTo: message.id }, content);
	}

	private findOption(chat: Chat, option: string, messageId?: string) {
		const wanted = option.trim().toLowerCase();
		const candidates = this.deps.store
			.messages(chat.id)
			.filter((message) => message.author === 'business' && (messageId === undefined || message.id === messageId))
			.reverse();
		for (const message of candidates) {
			const menus: Array<[Choice['kind'], MenuOption[]]> = [
				['button', message.buttons ?? []],
				['list', message.list?.sections.flatMap((section) => section.rows) ?? []],
				['number', message.menu ?? []],
			];
			for (const [kind, options] of menus) {
				const chosen =
					options.find((candidate) => candidate.id === option) ??
					options.find((candidate) => candidate.title.trim().toLowerCase() === wanted);
				if (chosen) return { message, chosen, kind };
			}
		}
		return undefined;
	}

	private async post(
		chat: Chat,
		draft: Omit<MessageDraft, 'id' | 'author'>,
		content: PatientContent,
		replyTo?: string,
	): Promise<ChatMessage> {
		const id = messageIdFor(chat.provider, chat.phone, false);
		return await this.send(chat, { ...draft, id, author: 'patient', replyTo: replyTo ?? draft.replyTo }, content);
	}

	/** Stores the message, posts it to every target at once, then shows what n8n answered. */
	private async send(chat: Chat, draft: MessageDraft, content: PatientContent): Promise<ChatMessage> {
		const { store } = this.deps;
		const message = store.add(chat.id, { ...draft, status: 'sent', deliveries: [] });
		const envelope: PatientEnvelope = {
			phone: chat.phone,
			name: chat.name,
			messageId: message.id,
			now: new Date(message.timestamp),
			// A Cloud menu choice names its menu in `context`; quoting it again would be wrong.
			replyTo: content.kind === 'button' || content.kind === 'list' ? undefined : draft.replyTo,
		};
		const targets = this.deps.registry.targets(chat.provider);
		const deliveries: Delivery[] =
			targets.length === 0
				? [{ url: '', ok: false, error: `no n8n webhook URL is configured for ${chat.provider}`, at: new Date().toISOString() }]
				: await Promise.all(
						targets.map((target) =>
							deliver(target.url, this.webhookFor(chat.provider, target, envelope, content), this.deps.config.webhookTimeoutMs),
						),
					);
		store.update(message, { deliveries });
		store.raiseTick(message, deliveries.every((delivery) => delivery.ok) ? 'delivered' : 'failed');
		return message;
	}

	private webhookFor(provider: Provider, target: WebhookTarget, envelope: PatientEnvelope, content: PatientContent): SignedWebhook {
		const { config, urls, evolutionInstanceId } = this.deps;
		const business = { phone: config.businessPhone, name: config.businessName };
		let signed: SignedWebhook;
		if (provider === 'waha') {
			signed = signWaha(wahaMessageEvent(config.waha.session, business, envelope, content), target.secret, envelope.now.getTime());
		} else if (provider === 'cloud') {
			signed = signCloud(cloudMessageEvent(config.cloud, business, envelope, content), target.secret);
		} else {
			const account = {
				instance: config.evolution.instance,
				instanceId: evolutionInstanceId,
				apiKey: config.evolution.apiKey,
				serverUrl: urls.evolution,
			};
			signed = signEvolution(evolutionMessageEvent(account, business, envelope, content, target.url), target.headers);
		}
		// Configured extra headers never replace the signature.
		return { raw: signed.raw, headers: { ...target.headers, ...signed.headers } };
	}

	/** Where n8n fetches the file: a WAHA file URL, a Graph media id; Evolution finds it by message id. */
	private mediaRef(provider: Provider, messageId: string, storedId: string, mimeType: string): string {
		const { files } = this.deps.store;
		if (provider === 'waha') {
			const path = `${this.deps.config.waha.session}/${wahaFileName(messageId, mimeType)}`;
			files.alias('waha', path, storedId);
			return `${this.deps.urls.waha}/api/files/${path}`;
		}
		if (provider === 'cloud') {
			const mediaId = graphMediaId();
			files.alias('cloud', mediaId, storedId);
			return mediaId;
		}
		files.alias('evolution', messageId, storedId);
		return messageId;
	}
}
