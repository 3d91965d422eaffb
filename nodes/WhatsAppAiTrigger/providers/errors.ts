/**
 * The webhook body is not the provider's envelope (not an object, wrong `object`, no `event`…).
 * Thrown by `parse` so the node can answer 400 with `reason`; odd content inside a valid envelope
 * never throws.
 */
export class WebhookPayloadError extends Error {
	readonly reason: string;

	constructor(reason: string) {
		super(`invalid webhook payload: ${reason}`);
		this.name = 'WebhookPayloadError';
		this.reason = reason;
	}
}
