import type { MessageLocation, MessageMedia, MessageType } from '../shared/message';

/** What the buffer keeps of one inbound message. */
export interface BufferedMessage {
	messageId: string;
	/** '' for media without a caption, voice notes, stickers. */
	text: string;
	type: MessageType;
	/** ISO 8601, the provider's send time. */
	timestamp: string;
	/** ISO 8601 to the millisecond, when the trigger accepted it; orders messages of the same second. */
	receivedAt?: string;
	media?: MessageMedia;
	location?: MessageLocation;
}

/** What joinBurst accepts: an InboundMessage fits, and so does anything with these fields. */
export interface BufferInput {
	messageId: string;
	/** Defaults to ''. */
	text?: string;
	/** Defaults to 'text' when there is text, 'unknown' when not. */
	type?: MessageType;
	/** Defaults to now. */
	timestamp?: string;
	/** The trigger's arrival time (InboundMessage.receivedAt); defaults to when the message joins. */
	receivedAt?: string;
	media?: MessageMedia;
	location?: MessageLocation;
}

/**
 * Why a burst was released: the contact went quiet; the burst hit maxMessages; its first message
 * waited maxWaitMs; a flush word or command matched; the flushWhen predicate said so.
 */
export type FlushReason = 'quiet' | 'max_messages' | 'max_wait' | 'flush_word' | 'flush_rule';

export interface BurstFlush {
	kind: 'flush';
	reason: FlushReason;
	/** In the order they were sent: by timestamp, then receivedAt, then the order they joined. */
	messages: BufferedMessage[];
	messageIds: string[];
	/** The non-empty texts joined with '\n'. */
	text: string;
	count: number;
	/** Earliest and latest message timestamps (ISO 8601). */
	firstAt: string;
	lastAt: string;
	/** How long this execution waited, from the call to the flush. */
	waitedMs: number;
	/** The flush word or command that matched this execution's message (reason 'flush_word'). */
	matched?: string;
	/** The flushWhen predicate threw; the burst was flushed rather than risk holding an emergency. */
	ruleError?: string;
}

export interface BurstSuperseded {
	kind: 'superseded';
	/**
	 * The message whose execution answers (or answered) the burst holding this message. '' when the
	 * buffer vanished under this execution (erased, e.g. an LGPD erase, or expired).
	 */
	by: string;
	waitedMs: number;
	/** This message id had joined before: a redelivery; another execution answers it. */
	duplicate: boolean;
}

export type BurstOutcome = BurstFlush | BurstSuperseded;

/** A claimed burst as the store keeps it, so a claim whose reply was lost can be read back. */
export interface ClaimRecord {
	by: string;
	reason: FlushReason;
	messages: BufferedMessage[];
}

export type StoreReply =
	| {
			state: 'pending';
			newest: string;
			/** Milliseconds since the burst's first and newest messages joined, on the store's clock. */
			firstAgeMs: number;
			lastAgeMs: number;
			count: number;
			duplicate: boolean;
	  }
	| {
			state: 'flushed';
			/** The claim that took this message; the caller's own token means the burst is the caller's. */
			token: string;
			/** Undefined only if the record was pruned, which takes longer than any wait. */
			claim?: ClaimRecord;
			duplicate: boolean;
	  }
	| { state: 'gone'; duplicate: boolean };

export interface JoinRequest {
	/** Unique per joinBurst call, so a retried command is recognised as the same caller. */
	token: string;
	ttlSeconds: number;
	quietPeriodMs: number;
	maxWaitMs: number;
	maxMessages: number;
	/** Flush at once, with this reason. */
	flushReason?: 'flush_word' | 'flush_rule';
}

export type PollRequest = Omit<JoinRequest, 'maxMessages' | 'flushReason'>;

/**
 * The atomic steps of the buffer. Each call is one atomic step on the store's own clock:
 * - join: add the message (once per id), then claim the whole burst if a rule says flush now;
 * - poll: read where the message stands, and claim the burst if the message is the newest and
 *   the quiet period or the maximum wait has passed.
 * A claim takes every pending message and removes it, so each message is flushed exactly once.
 */
export interface BurstStore {
	join(conversationKey: string, message: BufferedMessage, request: JoinRequest): Promise<StoreReply>;
	poll(conversationKey: string, messageId: string, request: PollRequest): Promise<StoreReply>;
}
