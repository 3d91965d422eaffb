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
	if (!verdict.ok) return { kind: 'reject', httpStatus: 401, reason: verdict.reason };

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

	const dropped = parsed.ignored.map((event) => event.reason);
	const messages: InboundMessage[] = [];
	for (const { message, fromMe } of parsed.messages) {
		const isStatus = message.event === 'status';
		if (isStatus && !settings.emitStatuses) dropped.push(`status event (${message.status}) not requested`);
		else if (!isStatus && !settings.emitMessages) dropped.push('message events not requested');
		else if (!isStatus && fromMe && settings.ignoreOwnMessages) dropped.push('own message (echo)');
		else if (message.isGroup && settings.ignoreGroups) dropped.push('group chat');
		else messages.push(message);
	}
	const sessionEvents = settings.emitSessionEvents ? parsed.sessionEvents : [];
	if (!settings.emitSessionEvents && parsed.sessionEvents.length) dropped.push('session events not requested');
	return { kind: 'accept', messages, sessionEvents, dropped };
}
