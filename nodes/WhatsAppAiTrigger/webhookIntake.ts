// What the trigger does with one webhook, as plain functions: verify, parse, filter by the
// node's options, then (with Redis) drop redelivered events. The node shell only adapts n8n's
// request/response objects to these.
import type { InboundMessage } from '../shared/message';
import { getProvider, WebhookPayloadError } from './providers';
import type { SessionEvent, WebhookRequest, WebhookSecrets } from './providers/types';

export interface IntakeSettings {
	provider: string;
	tenant: string;
	emitMessages: boolean;
	emitStatuses: boolean;
	emitSessionEvents: boolean;
	ignoreOwnMessages: boolean;
	ignoreGroups: boolean;
	/** Accept webhooks when the credential has no secret to verify them with (local tests only). */
	allowUnsigned: boolean;
	/** Refuse a body whose newest event the provider dated longer ago than this; 0 = no limit. */
	maxEventAgeMs: number;
	/** Clock for the age check; injectable for tests. */
	now?: () => number;
}

export type IntakeItem = InboundMessage | SessionEvent;

export type IntakeDecision =
	| { kind: 'reject'; httpStatus: 400 | 401; reason: string }
	| { kind: 'accept'; messages: InboundMessage[]; sessionEvents: SessionEvent[]; dropped: string[] };

/** Verify the signature on the raw bytes, parse, and keep what the node's options ask for. */
export function intakeWebhook(
	request: WebhookRequest & { body: unknown },
	secrets: WebhookSecrets,
	settings: IntakeSettings,
): IntakeDecision {
	const provider = getProvider(settings.provider);
	const verdict = provider.verify(request, secrets);
	if (!verdict.ok && !(verdict.missingSecret && settings.allowUnsigned)) {
		const reason = verdict.missingSecret
			? `${verdict.reason}, so unsigned webhooks are refused; set the secret (or turn on Allow Unsigned Webhooks for a local test)`
			: verdict.reason;
		return { kind: 'reject', httpStatus: 401, reason };
	}

	let body = request.body;
	// n8n parses JSON bodies already; a body it could not parse arrives as the raw text.
	if (body === undefined || body === null || typeof body === 'string' || Buffer.isBuffer(body)) {
		const text = request.rawBody.toString('utf8');
		try {
			body = JSON.parse(text);
		} catch {
			return { kind: 'reject', httpStatus: 400, reason: 'body is not valid JSON' };
		}
	}

	let parsed;
	try {
		parsed = provider.parse(body, { tenant: settings.tenant });
	} catch (error) {
		if (error instanceof WebhookPayloadError) return { kind: 'reject', httpStatus: 400, reason: error.reason };
		throw error;
	}

	const stale = staleness(parsed.sentAt, settings);
	if (stale) return { kind: 'reject', httpStatus: 401, reason: stale };

	const dropped = parsed.ignored.map((event) => event.reason);
	const receivedAt = new Date((settings.now ?? Date.now)()).toISOString();
	const messages: InboundMessage[] = [];
	for (const { message, fromMe } of parsed.messages) {
		const isStatus = message.event === 'status';
		if (isStatus && !settings.emitStatuses) dropped.push(`status event (${message.status}) not requested`);
		else if (!isStatus && !settings.emitMessages) dropped.push('message events not requested');
		else if (!isStatus && fromMe && settings.ignoreOwnMessages) dropped.push('own message (echo)');
		else if (message.isGroup && settings.ignoreGroups) dropped.push('group chat');
		else messages.push({ ...message, receivedAt });
	}
	const sessionEvents = settings.emitSessionEvents ? parsed.sessionEvents : [];
	if (!settings.emitSessionEvents && parsed.sessionEvents.length) dropped.push('session events not requested');
	return { kind: 'accept', messages, sessionEvents, dropped };
}

/**
 * Why a signed body is too old to accept (a replay of a captured webhook), or undefined. Judged
 * by the newest event the provider dated: a signature covers those dates, so they cannot be
 * refreshed by whoever replays the body.
 */
function staleness(sentAt: number | undefined, settings: IntakeSettings): string | undefined {
	if (sentAt === undefined || settings.maxEventAgeMs <= 0) return undefined;
	const age = (settings.now ?? Date.now)() - sentAt;
	if (age <= settings.maxEventAgeMs) return undefined;
	return `event dated ${new Date(sentAt).toISOString()} is ${describeAge(age)} old, over the ${describeAge(settings.maxEventAgeMs)} limit (replayed or long delayed)`;
}

function describeAge(ms: number): string {
	const minutes = Math.round(ms / 60_000);
	if (minutes < 120) return `${minutes} min`;
	const hours = Math.round(minutes / 60);
	return hours < 48 ? `${hours} h` : `${Math.round(hours / 24)} days`;
}
