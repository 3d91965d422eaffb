// The simulator's memory: chats, their messages and the files sent in them. Everything lives in
// this process, so a page reload finds its chats and a restart starts clean. Every change is
// announced as an event, which the page receives over Server-Sent Events and waitForReply awaits.

import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { fileId } from './ids';
import { chatIdOf, type Chat, type ChatMessage, type ChatSnapshot, type Provider, type Tick } from './types';

export interface StoredFile {
	id: string;
	data: Buffer;
	mimeType: string;
	filename?: string;
	/** Hex SHA-256 of the bytes. */
	sha256: string;
}

/** Files by id, plus each provider's own name for them (WAHA file path, Graph media id, Evolution message id). */
export class FileStore {
	private readonly files = new Map<string, StoredFile>();
	private readonly aliases = new Map<string, string>();
	private bytes = 0;

	/** Oldest files are forgotten once the total passes this, so a long session cannot exhaust memory. */
	constructor(private readonly maxTotalBytes = 512 * 1024 * 1024) {}

	put(data: Buffer, mimeType: string, filename?: string): StoredFile {
		const file: StoredFile = { id: fileId(), data, mimeType, filename, sha256: createHash('sha256').update(data).digest('hex') };
		this.files.set(file.id, file);
		this.bytes += data.length;
		for (const [oldest, stored] of this.files) {
			if (this.bytes <= this.maxTotalBytes || oldest === file.id) break;
			this.delete(oldest, stored);
		}
		return file;
	}

	get(id: string): StoredFile | undefined {
		return this.files.get(id);
	}

	alias(namespace: Provider, key: string, id: string): void {
		this.aliases.set(`${namespace}\u0000${key}`, id);
	}

	byAlias(namespace: Provider, key: string): StoredFile | undefined {
		const id = this.aliases.get(`${namespace}\u0000${key}`);
		return id === undefined ? undefined : this.files.get(id);
	}

	/** Forget a file and its aliases (Graph DELETE /{media-id}). */
	remove(id: string): boolean {
		const file = this.files.get(id);
		if (file) this.delete(id, file);
		return file !== undefined;
	}

	clear(): void {
		this.files.clear();
		this.aliases.clear();
		this.bytes = 0;
	}

	private delete(id: string, file: StoredFile): void {
		this.files.delete(id);
		this.bytes -= file.data.length;
		for (const [key, target] of this.aliases) if (target === id) this.aliases.delete(key);
	}
}

export type MessageDraft = Omit<ChatMessage, 'seq' | 'chatId' | 'timestamp'> & { timestamp?: string };

export interface StoreEvents {
	chat: [Chat];
	message: [ChatMessage];
	removed: [string];
	cleared: [];
}

interface ChatState {
	chat: Chat;
	messages: ChatMessage[];
}

const TICK_ORDER: Tick[] = ['failed', 'sent', 'delivered', 'read'];

export class ChatStore extends EventEmitter<StoreEvents> {
	readonly files = new FileStore();
	private readonly chats = new Map<string, ChatState>();
	private readonly typingTimers = new Map<string, NodeJS.Timeout>();
	private seq = 0;

	constructor(private readonly typingTimeoutMs: number) {
		super();
		// Many SSE clients and waiters may listen at once.
		this.setMaxListeners(0);
	}

	/** The chat with this patient, created when new; a given name replaces the old one. */
	open(provider: Provider, phone: string, name?: string): Chat {
		const id = chatIdOf(provider, phone);
		const existing = this.chats.get(id);
		if (existing) {
			if (name && name !== existing.chat.name) {
				existing.chat.name = name;
				this.emit('chat', existing.chat);
			}
			return existing.chat;
		}
		const chat: Chat = {
			id,
			provider,
			phone,
			name: name || `Paciente ${phone.slice(-4)}`,
			typing: false,
			createdAt: new Date().toISOString(),
		};
		this.chats.set(id, { chat, messages: [] });
		this.emit('chat', chat);
		return chat;
	}

	chat(id: string): Chat | undefined {
		return this.chats.get(id)?.chat;
	}

	messages(chatId: string): ChatMessage[] {
		return this.chats.get(chatId)?.messages ?? [];
	}

	snapshots(): ChatSnapshot[] {
		return [...this.chats.values()].map(({ chat, messages }) => ({ chat, messages }));
	}

	remove(chatId: string): boolean {
		if (!this.chats.delete(chatId)) return false;
		this.stopTypingTimer(chatId);
		this.emit('removed', chatId);
		return true;
	}

	clear(): void {
		for (const timer of this.typingTimers.values()) clearTimeout(timer);
		this.typingTimers.clear();
		this.chats.clear();
		this.files.clear();
		this.emit('cleared');
	}

	/** Appends a message; one from the business ends "typing…", as on a phone. */
	add(chatId: string, draft: MessageDraft): ChatMessage {
		const state = this.stateOf(chatId);
		const message: ChatMessage = { ...draft, seq: ++this.seq, chatId, timestamp: draft.timestamp ?? new Date().toISOString() };
		state.messages.push(message);
		if (message.author === 'patient') state.chat.lastPatientAt = Date.parse(message.timestamp);
		this.emit('message', message);
		if (message.author === 'business') this.setTyping(chatId, false);
		else if (message.author === 'patient') this.emit('chat', state.chat);
		return message;
	}

	update(message: ChatMessage, patch: Partial<ChatMessage>): ChatMessage {
		Object.assign(message, patch);
		this.emit('message', message);
		return message;
	}

	/** A message of this provider anywhere, by its provider id. */
	find(provider: Provider, messageId: string): ChatMessage | undefined {
		for (const { chat, messages } of this.chats.values()) {
			if (chat.provider !== provider) continue;
			const message = messages.find((candidate) => candidate.id === messageId);
			if (message) return message;
		}
		return undefined;
	}

	setTyping(chatId: string, on: boolean, forMs = this.typingTimeoutMs): void {
		const state = this.chats.get(chatId);
		if (!state) return;
		this.stopTypingTimer(chatId);
		if (on) {
			// WhatsApp drops a typing indicator nobody renews; so does the simulator.
			const timer = setTimeout(() => this.setTyping(chatId, false), Math.max(0, forMs));
			timer.unref();
			this.typingTimers.set(chatId, timer);
		}
		if (state.chat.typing === on) return;
		state.chat.typing = on;
		this.emit('chat', state.chat);
	}

	/**
	 * Blue ticks: reading a message reads every earlier one, so the patient's messages up to the
	 * newest one named turn read (all of them when none is named). Returns how many changed.
	 */
	markRead(chatId: string, messageIds: string[] = []): number {
		const messages = this.messages(chatId);
		const named = new Set(messageIds);
		let upTo = messages.length - 1;
		if (named.size > 0) {
			upTo = -1;
			messages.forEach((message, index) => named.has(message.id) && (upTo = index));
		}
		let changed = 0;
		for (const message of messages.slice(0, upTo + 1)) {
			if (message.author !== 'patient' || message.status === 'read') continue;
			this.update(message, { status: 'read' });
			changed++;
		}
		return changed;
	}

	/** Raises a patient message's tick, never lowers it (a late webhook answer must not undo a read). */
	raiseTick(message: ChatMessage, tick: Tick): void {
		const current = message.status ?? 'sent';
		const lower = tick === 'failed' ? current === 'read' : TICK_ORDER.indexOf(tick) <= TICK_ORDER.indexOf(current);
		if (!lower) this.update(message, { status: tick });
	}

	react(message: ChatMessage, who: 'business' | 'patient', emoji: string): void {
		const reactions = { ...message.reactions };
		// An empty emoji takes the reaction away, as on WhatsApp.
		if (emoji === '') delete reactions[who];
		else reactions[who] = emoji;
		this.update(message, { reactions });
	}

	private stateOf(chatId: string): ChatState {
		const state = this.chats.get(chatId);
		if (!state) throw new Error(`no chat ${chatId}`);
		return state;
	}

	private stopTypingTimer(chatId: string): void {
		const timer = this.typingTimers.get(chatId);
		if (timer) clearTimeout(timer);
		this.typingTimers.delete(chatId);
	}
}
