// What the commerce trigger does with one request, without n8n: verify the signature on the raw
// body first (401, and nothing runs, when it fails), then parse the JSON (400 when it is not an
// object), then tell the event type from a field of the body. An event of another type is
// acknowledged and ignored, so the shop does not retry it forever.
import { asRecord, type JsonRecord } from '../shared/read';
import type { WebhookHeaders } from '../WhatsAppAiTrigger/providers/types';
import { verifyCommerceSignature, type SignatureSettings } from './signature';

export const EVENT_TYPES = ['abandonment', 'payment'] as const;
export type CommerceEventType = (typeof EVENT_TYPES)[number];

export const DEFAULT_EVENT_FIELD = 'event';
export const DEFAULT_ABANDONMENT_EVENTS = ['cart.abandoned', 'checkout.abandoned', 'abandoned_cart', 'abandonment'];
export const DEFAULT_PAYMENT_EVENTS = ['payment.succeeded', 'payment.approved', 'order.paid', 'payment'];

export interface RoutingSettings {
	/** The body field naming the event; dots reach into objects, e.g. "data.type". */
	eventField: string;
	abandonmentEvents: string[];
	paymentEvents: string[];
}

export type IntakeDecision =
	| { kind: 'reject'; httpStatus: 400 | 401; reason: string; missingSecret?: true }
	| { kind: 'ignore'; reason: string }
	| { kind: 'accept'; eventType: CommerceEventType; event: string; body: JsonRecord };

export function intakeCommerceWebhook(
	request: { rawBody: Buffer; headers: WebhookHeaders },
	signature: SignatureSettings,
	routing: RoutingSettings,
): IntakeDecision {
	const verified = verifyCommerceSignature(request.rawBody, request.headers, signature);
	if (!verified.ok)
		return {
			kind: 'reject',
			httpStatus: 401,
			reason: verified.reason,
			...(verified.missingSecret ? { missingSecret: true as const } : {}),
		};
	let parsed: unknown;
	try {
		parsed = JSON.parse(request.rawBody.toString('utf8'));
	} catch {
		return { kind: 'reject', httpStatus: 400, reason: 'the body is not JSON' };
	}
	const body = asRecord(parsed);
	if (!body) return { kind: 'reject', httpStatus: 400, reason: 'the body is not a JSON object' };
	const value = valueAt(body, routing.eventField || DEFAULT_EVENT_FIELD);
	const event = typeof value === 'string' ? value.trim() : '';
	if (!event) return { kind: 'ignore', reason: `no "${routing.eventField || DEFAULT_EVENT_FIELD}" field naming the event` };
	const eventType = eventTypeOf(event, routing);
	if (!eventType) return { kind: 'ignore', reason: `event "${event.slice(0, 60)}" is neither an abandonment nor a payment` };
	return { kind: 'accept', eventType, event, body };
}

export function eventTypeOf(
	event: string,
	routing: Pick<RoutingSettings, 'abandonmentEvents' | 'paymentEvents'>,
): CommerceEventType | undefined {
	const name = event.trim().toLowerCase();
	if (routing.abandonmentEvents.some((candidate) => candidate.trim().toLowerCase() === name)) return 'abandonment';
	if (routing.paymentEvents.some((candidate) => candidate.trim().toLowerCase() === name)) return 'payment';
	return undefined;
}

/** Comma- or line-separated names, trimmed, empty ones dropped. */
export function namesOf(value: unknown, fallback: string[]): string[] {
	if (typeof value !== 'string' || value.trim() === '') return fallback;
	return value
		.split(/[,\n]/)
		.map((name) => name.trim())
		.filter(Boolean);
}

function valueAt(body: JsonRecord, path: string): unknown {
	let node: unknown = body;
	for (const key of path.split('.')) {
		const record = asRecord(node);
		if (!record || !Object.prototype.hasOwnProperty.call(record, key)) return undefined;
		node = record[key];
	}
	return node;
}
