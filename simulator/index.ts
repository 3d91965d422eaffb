// The WhatsApp simulator in-process: `npm start` and the e2e suite start it here and drive its
// patients through the returned handle; `npm run simulator` (main.ts) is a thin CLI around it.

import { resolveConfig, type SimulatorConfig, type SimulatorOptions } from './config';
import type { ProviderUrls } from './patient';
import { listen } from './server';
import { Simulator, type LoggedRequest, type MediaInput, type VerifyResult } from './simulator';
import type { StoreEvents } from './store';
import type { Chat, ChatMessage, ChatSnapshot, Provider } from './types';

export interface SimulatorHandle {
	/** The page, e.g. http://127.0.0.1:3030. */
	url: string;
	/** Base URLs for n8n's provider credentials (WAHA and Evolution "Base URL", Cloud API "Base URL"). */
	providerUrls: ProviderUrls;
	config: SimulatorConfig;
	openChat(provider: Provider, phone: string, name?: string): Chat;
	closeChat(provider: Provider, phone: string): boolean;
	chat(provider: Provider, phone: string): Chat | undefined;
	chats(): ChatSnapshot[];
	messages(provider: Provider, phone: string): ChatMessage[];
	say(provider: Provider, phone: string, text: string, options?: { name?: string; replyTo?: string }): Promise<ChatMessage>;
	sendMedia(provider: Provider, phone: string, media: MediaInput): Promise<ChatMessage>;
	clickButton(provider: Provider, phone: string, option: string, messageId?: string): Promise<ChatMessage>;
	waitForReply(provider: Provider, phone: string, predicate?: (message: ChatMessage) => boolean, timeoutMs?: number): Promise<ChatMessage>;
	expireWindow(phone: string): Chat;
	verifyCloudWebhook(): Promise<VerifyResult>;
	requests(provider?: Provider): LoggedRequest[];
	on<K extends keyof StoreEvents>(event: K, listener: (...args: StoreEvents[K]) => void): () => void;
	reset(): void;
	stop(): Promise<void>;
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<SimulatorHandle> {
	const config = resolveConfig(options);
	// The provider URLs embed the port, known only once listening (port 0): filled in place below.
	const urls: ProviderUrls = { waha: '', cloud: '', evolution: '' };
	const simulator = new Simulator(config, urls);
	const running = await listen(simulator, config.port, config.host);
	const base = (config.publicUrl || running.url).replace(/\/+$/, '');
	Object.assign(urls, { waha: `${base}/waha`, cloud: `${base}/cloud`, evolution: `${base}/evolution` });
	let stopped = false;
	return {
		url: running.url,
		providerUrls: { ...urls },
		config,
		openChat: (provider, phone, name) => simulator.openChat(provider, phone, name),
		closeChat: (provider, phone) => simulator.closeChat(provider, phone),
		chat: (provider, phone) => simulator.chat(provider, phone),
		chats: () => simulator.chats(),
		messages: (provider, phone) => simulator.messages(provider, phone),
		say: (provider, phone, text, sayOptions) => simulator.say(provider, phone, text, sayOptions),
		sendMedia: (provider, phone, media) => simulator.sendMedia(provider, phone, media),
		clickButton: (provider, phone, option, messageId) => simulator.clickButton(provider, phone, option, messageId),
		waitForReply: (provider, phone, predicate, timeoutMs) => simulator.waitForReply(provider, phone, predicate, timeoutMs),
		expireWindow: (phone) => simulator.expireWindow(phone),
		verifyCloudWebhook: () => simulator.verifyCloudWebhook(),
		requests: (provider) => simulator.requests(provider),
		on: (event, listener) => simulator.on(event, listener),
		reset: () => simulator.reset(),
		async stop() {
			if (stopped) return;
			stopped = true;
			simulator.close();
			await running.close();
		},
	};
}

export { ConfigError, DEFAULTS, mergeOptions, optionsFromArgs, optionsFromEnv, resolveConfig } from './config';
export { isProvider, PROVIDERS, SimulatorError } from './types';
export type { SimulatorConfig, SimulatorOptions } from './config';
export type { LoggedRequest, MediaInput, VerifyResult } from './simulator';
export type * from './types';
