// A fake clock and an in-memory model of the buffer's two Lua scripts (nodes/MessageBuffer/store.ts),
// step for step, on the fake clock. The integration tests hold the real scripts to the same behaviour.
import type { BufferClock } from '../../../nodes/MessageBuffer/options';
import type {
	BufferedMessage,
	BurstStore,
	ClaimRecord,
	FlushReason,
	JoinRequest,
	PollRequest,
	StoreReply,
} from '../../../nodes/MessageBuffer/types';

export class FakeClock implements BufferClock {
	time = 0;
	private timers: { at: number; order: number; resolve: () => void }[] = [];
	private order = 0;

	now(): number {
		return this.time;
	}

	sleep(ms: number): Promise<void> {
		return new Promise((resolve) => this.timers.push({ at: this.time + ms, order: this.order++, resolve }));
	}

	/** Moves time forward, waking sleepers in time order and letting each run before the next. */
	async advance(ms: number): Promise<void> {
		const end = this.time + ms;
		await settle();
		for (;;) {
			const due = this.timers.filter((timer) => timer.at <= end).sort((a, b) => a.at - b.at || a.order - b.order)[0];
			if (!due) break;
			this.timers = this.timers.filter((timer) => timer !== due);
			this.time = due.at;
			due.resolve();
			await settle();
		}
		this.time = end;
		await settle();
	}

	get sleepers(): number {
		return this.timers.length;
	}
}

/** Lets every pending promise chain run (the fake store answers in microtasks). */
export async function settle(): Promise<void> {
	for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
}

interface Burst {
	messages: BufferedMessage[];
	first: number;
	last: number;
}

interface Conversation {
	burst?: Burst;
	flushedBy: Map<string, string>;
	claims: Map<string, string>;
}

export class MemoryStore implements BurstStore {
	readonly conversations = new Map<string, Conversation>();
	joins = 0;
	polls = 0;

	constructor(private readonly clock: BufferClock) {}

	async join(key: string, message: BufferedMessage, request: JoinRequest): Promise<StoreReply> {
		this.joins++;
		const now = this.clock.now();
		const conversation = this.conversation(key);
		const flushedBy = conversation.flushedBy.get(message.messageId);
		if (flushedBy !== undefined) return this.flushed(conversation, flushedBy, true);
		const duplicate = conversation.burst?.messages.some((m) => m.messageId === message.messageId) ?? false;
		if (!duplicate) {
			conversation.burst ??= { messages: [], first: now, last: now };
			conversation.burst.messages.push(JSON.parse(JSON.stringify(message)) as BufferedMessage);
			conversation.burst.last = now;
		}
		const burst = conversation.burst!;
		const newest = burst.messages[burst.messages.length - 1].messageId;
		let reason: FlushReason | undefined = request.flushReason;
		if (!reason && burst.messages.length >= request.maxMessages) reason = 'max_messages';
		if (!reason && newest === message.messageId) reason = dueReason(now, burst, request);
		if (reason) return this.claim(conversation, request.token, message.messageId, reason, duplicate);
		return {
			state: 'pending',
			newest,
			firstAgeMs: now - burst.first,
			lastAgeMs: now - burst.last,
			count: burst.messages.length,
			duplicate,
		};
	}

	async poll(key: string, messageId: string, request: PollRequest): Promise<StoreReply> {
		this.polls++;
		const now = this.clock.now();
		const conversation = this.conversation(key);
		const flushedBy = conversation.flushedBy.get(messageId);
		if (flushedBy !== undefined) return this.flushed(conversation, flushedBy, false);
		const burst = conversation.burst;
		if (!burst || !burst.messages.some((m) => m.messageId === messageId)) return { state: 'gone', duplicate: false };
		const newest = burst.messages[burst.messages.length - 1].messageId;
		if (newest === messageId) {
			const reason = dueReason(now, burst, request);
			if (reason) return this.claim(conversation, request.token, messageId, reason, false);
		}
		return {
			state: 'pending',
			newest,
			firstAgeMs: now - burst.first,
			lastAgeMs: now - burst.last,
			count: burst.messages.length,
			duplicate: false,
		};
	}

	/** What a conversation holds pending, for assertions. */
	pending(key: string): string[] {
		return this.conversations.get(key)?.burst?.messages.map((m) => m.messageId) ?? [];
	}

	/** Forget a conversation, as an erase or an expiry would. */
	erase(key: string): void {
		this.conversations.delete(key);
	}

	private conversation(key: string): Conversation {
		let conversation = this.conversations.get(key);
		if (!conversation) {
			conversation = { flushedBy: new Map(), claims: new Map() };
			this.conversations.set(key, conversation);
		}
		return conversation;
	}

	private claim(conversation: Conversation, token: string, by: string, reason: FlushReason, duplicate: boolean): StoreReply {
		const messages = conversation.burst?.messages ?? [];
		for (const message of messages) conversation.flushedBy.set(message.messageId, token);
		conversation.burst = undefined;
		conversation.claims.set(token, JSON.stringify({ by, reason, messages }));
		return this.flushed(conversation, token, duplicate);
	}

	private flushed(conversation: Conversation, token: string, duplicate: boolean): StoreReply {
		const stored = conversation.claims.get(token);
		const claim = stored === undefined ? undefined : (JSON.parse(stored) as ClaimRecord);
		return { state: 'flushed', token, claim, duplicate };
	}
}

function dueReason(now: number, burst: Burst, request: PollRequest): FlushReason | undefined {
	if (now - burst.last >= request.quietPeriodMs) return 'quiet';
	if (now - burst.first >= request.maxWaitMs) return 'max_wait';
	return undefined;
}
