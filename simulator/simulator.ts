// The simulator without its HTTP listener: chats, the patient's actions and the provider
// endpoints, wired together. server.ts puts it on a port; tests and `npm start` drive it through
// the methods here, the page through the same methods behind /sim/api.

import type { SimulatorConfig } from './config';
import type { Handler } from './http';
import { Sleeper } from './http';
import { newInstanceId } from './inbound/payloads';
import { Patient, type FileInput, type ProviderUrls } from './patient';
import { cloudHandler } from './providers/cloud';
import { evolutionHandler } from './providers/evolution';
import type { ProviderDeps } from './providers/outbound';
import { wahaHandler } from './providers/waha';
import { WebhookRegistry } from './registry';
import { ChatStore, type StoreEvents } from './store';
import {
	chatIdOf,
	isPhone,
	isProvider,
	phoneDigits,
	SimulatorError,
	type Chat,
	type ChatMessage,
	type ChatSnapshot,
	type Provider,
} from './types';

export interface MediaInput {
	bytes: Buffer;
	mimeType: string;
	caption?: string;
	filename?: string;
	/** Audio as a voice note (default for Ogg/Opus) or as a file. */
	voice?: boolean;
}

/** One call n8n made to a provider endpoint. */
export interface LoggedRequest {
	provider: Provider;
	method: string;
	path: string;
	status: number;
	/** Parsed JSON; a short description for large or non-JSON bodies. */
	body: unknown;
	at: string;
}

export interface VerifyResult {
	ok: boolean;
	status?: number;
	/** Why the check failed. */
	error?: string;
}

const LOG_SIZE = 1000;
// Bounds the log's memory: 1000 entries of at most 16 KB each.
const LOGGED_BODY_BYTES = 16 * 1024;

export class Simulator {
	readonly store: ChatStore;
	readonly registry: WebhookRegistry;
	readonly handlers: Record<Provider, Handler>;
	readonly sleeper = new Sleeper();
	private readonly patient: Patient;
	private readonly log: LoggedRequest[] = [];

	constructor(
		readonly config: SimulatorConfig,
		readonly providerUrls: ProviderUrls,
	) {
		this.store = new ChatStore(config.typingTimeoutMs);
		this.registry = new WebhookRegistry(config);
		const evolutionInstanceId = newInstanceId();
		const deps: ProviderDeps = {
			store: this.store,
			config,
			registry: this.registry,
			urls: providerUrls,
			sleeper: this.sleeper,
			evolutionInstanceId,
		};
		this.patient = new Patient({ store: this.store, config, registry: this.registry, urls: providerUrls, evolutionInstanceId });
		this.handlers = { waha: wahaHandler(deps), cloud: cloudHandler(deps), evolution: evolutionHandler(deps) };
	}

	/** The chat with a patient, opened when new. */
	openChat(provider: Provider, phone: string, name?: string): Chat {
		return this.store.open(checkProvider(provider), checkPhone(phone), name?.trim() || undefined);
	}

	chat(provider: Provider, phone: string): Chat | undefined {
		return this.store.chat(chatIdOf(provider, phoneDigits(phone)));
	}

	chats(): ChatSnapshot[] {
		return structuredClone(this.store.snapshots());
	}

	closeChat(provider: Provider, phone: string): boolean {
		return this.store.remove(chatIdOf(provider, phoneDigits(phone)));
	}

	/** The chat's messages, oldest first (copies). */
	messages(provider: Provider, phone: string): ChatMessage[] {
		return structuredClone(this.store.messages(chatIdOf(provider, phoneDigits(phone))));
	}

	/** The patient types `text`; resolves once n8n answered the webhook (see the message's deliveries). */
	async say(provider: Provider, phone: string, text: string, options: { name?: string; replyTo?: string } = {}): Promise<ChatMessage> {
		const chat = this.openChat(provider, phone, options.name);
		return structuredClone(await this.patient.say(chat, text, options.replyTo));
	}

	async sendMedia(provider: Provider, phone: string, media: MediaInput): Promise<ChatMessage> {
		const chat = this.openChat(provider, phone);
		const file: FileInput = {
			data: media.bytes,
			mimeType: media.mimeType,
			caption: media.caption,
			filename: media.filename,
			voice: media.voice,
		};
		return structuredClone(await this.patient.sendFile(chat, file));
	}

	/**
	 * Taps a menu option by id, title or number: a Cloud API button or list row, or on WAHA and
	 * Evolution an option of a numbered text menu (sent as its number). `messageId` picks the
	 * menu; by default the newest one that offers the option.
	 */
	async clickButton(provider: Provider, phone: string, option: string, messageId?: string): Promise<ChatMessage> {
		const chat = this.chat(provider, phone);
		if (!chat) throw new SimulatorError(`there is no ${provider} chat with ${phone}`, 404);
		return structuredClone(await this.patient.choose(chat, option, messageId));
	}

	/**
	 * The first business message after the patient's last message that matches `predicate`,
	 * already received or still to come. Rejects after `timeoutMs` with what the chat shows.
	 */
	async waitForReply(
		provider: Provider,
		phone: string,
		predicate: (message: ChatMessage) => boolean = () => true,
		timeoutMs = 10_000,
	): Promise<ChatMessage> {
		const chatId = chatIdOf(provider, phoneDigits(phone));
		const after = Math.max(
			0,
			...this.store
				.messages(chatId)
				.filter((message) => message.author === 'patient')
				.map((message) => message.seq),
		);
		const matches = (message: ChatMessage) =>
			message.chatId === chatId && message.author === 'business' && message.seq > after && predicate(message);
		const found = this.store.messages(chatId).find(matches);
		if (found) return structuredClone(found);
		return await new Promise((resolve, reject) => {
			const onMessage = (message: ChatMessage) => {
				if (!matches(message)) return;
				finish();
				resolve(structuredClone(message));
			};
			const timer = setTimeout(() => {
				finish();
				reject(new Error(`no matching reply in the ${provider} chat with ${phone} within ${timeoutMs} ms; ${this.describe(chatId)}`));
			}, timeoutMs);
			const finish = () => {
				clearTimeout(timer);
				this.store.off('message', onMessage);
			};
			this.store.on('message', onMessage);
		});
	}

	/** Lets `phone`'s Cloud API 24-hour window lapse, as if the patient last wrote a day ago. */
	expireWindow(phone: string): Chat {
		const chat = this.chat('cloud', phone);
		if (!chat) throw new SimulatorError(`there is no cloud chat with ${phone}`, 404);
		chat.lastPatientAt = Date.now() - 24 * 60 * 60 * 1000 - 1000;
		this.store.emit('chat', chat);
		return structuredClone(chat);
	}

	/** Meta's subscription check against n8n: GET ?hub.mode=subscribe&hub.verify_token=…&hub.challenge=…. */
	async verifyCloudWebhook(): Promise<VerifyResult> {
		const { webhookUrl, verifyToken } = this.config.cloud;
		if (!webhookUrl) return { ok: false, error: 'no Cloud API webhook URL is configured' };
		const challenge = String(Math.floor(Math.random() * 1e9));
		const url = new URL(webhookUrl);
		url.searchParams.set('hub.mode', 'subscribe');
		url.searchParams.set('hub.challenge', challenge);
		url.searchParams.set('hub.verify_token', verifyToken);
		try {
			const response = await fetch(url, { signal: AbortSignal.timeout(this.config.webhookTimeoutMs) });
			const text = (await response.text()).trim();
			if (response.status === 200 && text === challenge) return { ok: true, status: 200 };
			return {
				ok: false,
				status: response.status,
				error: response.status === 200 ? 'n8n answered without the challenge' : text.slice(0, 300),
			};
		} catch (error) {
			return { ok: false, error: error instanceof Error ? error.message : String(error) };
		}
	}

	/** Calls n8n made to the provider endpoints, oldest first (the last 1000). */
	requests(provider?: Provider): LoggedRequest[] {
		return structuredClone(this.log.filter((entry) => provider === undefined || entry.provider === provider));
	}

	logRequest(provider: Provider, method: string, path: string, status: number, raw: Buffer): void {
		let body: unknown;
		if (raw.length > LOGGED_BODY_BYTES) body = `(${raw.length} bytes)`;
		else if (raw.length > 0) {
			try {
				body = JSON.parse(raw.toString('utf8'));
			} catch {
				body = `(${raw.length} bytes, not JSON)`;
			}
		}
		this.log.push({ provider, method, path, status, body, at: new Date().toISOString() });
		if (this.log.length > LOG_SIZE) this.log.splice(0, this.log.length - LOG_SIZE);
	}

	/** Every chat, file, registered webhook and logged request forgotten. */
	reset(): void {
		this.store.clear();
		this.registry.clear();
		this.log.length = 0;
	}

	/** Subscribes to chat changes; returns the unsubscribe function. */
	on<K extends keyof StoreEvents>(event: K, listener: (...args: StoreEvents[K]) => void): () => void {
		this.store.on(event, listener as never);
		return () => this.store.off(event, listener as never);
	}

	close(): void {
		this.sleeper.cancelAll();
		this.store.clear();
		this.store.removeAllListeners();
	}

	/** What a failed wait shows: the last messages and, for the patient's, what n8n answered. */
	private describe(chatId: string): string {
		const recent = this.store.messages(chatId).slice(-4);
		if (recent.length === 0) return 'the chat is empty';
		const lines = recent.map((message) => {
			const answers = (message.deliveries ?? []).map(
				(delivery) => `${delivery.status ?? 'no answer'}${delivery.error ? ` ${delivery.error}` : ''}`,
			);
			return `${message.author}: ${JSON.stringify(message.text.slice(0, 80))}${answers.length ? ` (n8n: ${answers.join(', ')})` : ''}`;
		});
		return `last messages: ${lines.join(' | ')}`;
	}
}

function checkProvider(provider: unknown): Provider {
	if (!isProvider(provider)) throw new SimulatorError(`unknown provider "${String(provider)}"; use waha, cloud or evolution`);
	return provider;
}

function checkPhone(phone: string): string {
	const digits = phoneDigits(String(phone));
	if (!isPhone(digits)) throw new SimulatorError(`"${phone}" is not a phone number (8 to 15 digits, country code first)`);
	return digits;
}
