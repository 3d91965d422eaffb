// The inbound side of a provider: check that a webhook really comes from it, then turn its body
// into the shared message schema. The send side (send, markRead, typing) is a separate interface
// owned by the Send node, so the trigger never loads HTTP client code.

import type { InboundMessage, Provider } from '../../shared/message';
import type { CredentialData, WebhookSecrets } from '../../shared/providers';
import type { MediaDownloader } from './media';
import type { WebhookRegistration } from './registration';

export type { WebhookSecrets } from '../../shared/providers';

export type WebhookHeaders = Record<string, string | string[] | undefined>;

export interface WebhookRequest {
	/** The exact bytes received; signatures are computed over them, never over re-serialized JSON. */
	rawBody: Buffer;
	/** Header names in any case (n8n/Express gives lower case). */
	headers: WebhookHeaders;
}

/**
 * `missingSecret` marks a refusal only because the credential has no secret to check with: the
 * node refuses it too unless the workflow explicitly allows unsigned webhooks.
 */
export type VerifyResult = { ok: true } | { ok: false; reason: string; missingSecret?: true };

export interface ParseContext {
	tenant: string;
	/** Clock for events that carry no timestamp; injectable for tests. */
	now?: () => Date;
}

/**
 * A normalized message plus what the node needs to filter it before it reaches a workflow.
 * `fromMe` lives here rather than in InboundMessage: echoes of our own sends are dropped by the
 * trigger (bot-loop guard), so downstream nodes never need the flag. Always false for statuses,
 * which are receipts from the recipient, not echoes.
 */
export interface ParsedMessage {
	message: InboundMessage;
	fromMe: boolean;
}

/** Session health, the same words for every provider; `providerStatus` keeps the original. */
export type SessionStatus = 'connected' | 'connecting' | 'pairing' | 'disconnected' | 'failed' | 'unknown';

export interface SessionEvent {
	provider: Provider;
	tenant: string;
	session: string;
	/** Provider event name, dotted lower case: 'session.status', 'connection.update', 'qrcode.updated'. */
	event: string;
	status: SessionStatus;
	providerStatus: string;
	/** ISO 8601. */
	timestamp: string;
}

/** Something valid that the trigger does not turn into a message (other event kinds, receipts we skip). */
export interface IgnoredEvent {
	reason: string;
}

export interface ParseResult {
	messages: ParsedMessage[];
	sessionEvents: SessionEvent[];
	ignored: IgnoredEvent[];
	/**
	 * Epoch milliseconds of the newest event in the body, as the provider itself stated it (never
	 * a fallback clock), so the node can refuse a replayed old body. Absent when the body states
	 * no usable time.
	 */
	sentAt?: number;
}

export interface InboundProvider {
	readonly name: Provider;
	verify(request: WebhookRequest, secrets: WebhookSecrets): VerifyResult;
	/**
	 * Never throws on odd content inside a valid envelope (unknown types become type 'unknown',
	 * unusable parts land in `ignored`). Throws WebhookPayloadError when the body is not this
	 * provider's envelope at all, which the node answers with 400.
	 */
	parse(body: unknown, context: ParseContext): ParseResult;
	/** Fetches a message's media from the provider itself (see media.ts). */
	downloadMedia: MediaDownloader;
	/** Sets and removes the webhook on activation; absent where the provider's dashboard owns it. */
	registration?: WebhookRegistration;
	/** Answers the provider's verification GET (Meta's hub.challenge); absent where none is sent. */
	answerChallenge?(query: Record<string, unknown>, credentials: CredentialData): ChallengeResult;
}

export type ChallengeResult = { ok: true; challenge: string } | { ok: false; reason: string };
