// Where the patient's messages go. The configured webhook URL of each provider, plus the webhooks
// n8n registers itself when a trigger with "register webhook" is activated: WAHA keeps them in the
// session config (PUT /api/sessions/{name}), Evolution one per instance (POST /webhook/set). The
// Cloud API's subscription lives in Meta's dashboard, so only the configured URL counts there.

import type { SimulatorConfig } from './config';
import { isRecord, type Json } from './http';
import type { Provider } from './types';

export interface WebhookTarget {
	url: string;
	/** WAHA HMAC key or Cloud app secret to sign with; undefined sends unsigned. */
	secret?: string;
	/** Extra headers (Evolution webhook `headers`). */
	headers?: Record<string, string>;
	/** Registered by n8n through the provider API, rather than configured. */
	registered: boolean;
}

function stringsOf(value: unknown): Record<string, string> {
	if (!isRecord(value)) return {};
	return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

export class WebhookRegistry {
	/** WAHA session config, as the last PUT /api/sessions/{name} left it. */
	wahaConfig: Json = {};
	/** Evolution's webhook, as the last POST /webhook/set/{instance} left it. */
	evolutionWebhook?: Json;

	constructor(private readonly config: SimulatorConfig) {}

	clear(): void {
		this.wahaConfig = {};
		this.evolutionWebhook = undefined;
	}

	targets(provider: Provider): WebhookTarget[] {
		const registered = provider === 'waha' ? this.wahaTargets() : provider === 'evolution' ? this.evolutionTargets() : [];
		const configured = this.config[provider].webhookUrl;
		const secret = provider === 'waha' ? this.config.waha.hmacKey : provider === 'cloud' ? this.config.cloud.appSecret : undefined;
		// A URL n8n registered is posted to as registered (its key, its headers), and only once.
		if (configured && !registered.some((target) => target.url === configured)) {
			registered.push({ url: configured, secret: secret || undefined, registered: false });
		}
		return registered;
	}

	private wahaTargets(): WebhookTarget[] {
		const webhooks = Array.isArray(this.wahaConfig.webhooks) ? this.wahaConfig.webhooks.filter(isRecord) : [];
		return webhooks
			.filter((webhook) => typeof webhook.url === 'string' && listens(webhook.events, ['message', 'message.any', '*']))
			.map((webhook) => {
				const hmac = isRecord(webhook.hmac) && typeof webhook.hmac.key === 'string' ? webhook.hmac.key : undefined;
				const headers = Array.isArray(webhook.customHeaders) ? customHeaders(webhook.customHeaders) : {};
				return { url: webhook.url as string, secret: hmac || undefined, headers, registered: true };
			});
	}

	private evolutionTargets(): WebhookTarget[] {
		const webhook = this.evolutionWebhook;
		if (!webhook || webhook.enabled !== true || typeof webhook.url !== 'string') return [];
		if (!listens(webhook.events, ['MESSAGES_UPSERT', 'messages.upsert'])) return [];
		return [{ url: webhook.url, headers: stringsOf(webhook.headers), registered: true }];
	}
}

/** No event list means every event, as both providers treat it. */
function listens(events: unknown, wanted: string[]): boolean {
	if (!Array.isArray(events) || events.length === 0) return true;
	return events.some((event) => typeof event === 'string' && wanted.includes(event));
}

/** WAHA's customHeaders: [{name, value}]. */
function customHeaders(list: unknown[]): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const entry of list) {
		if (isRecord(entry) && typeof entry.name === 'string' && typeof entry.value === 'string') headers[entry.name] = entry.value;
	}
	return headers;
}
