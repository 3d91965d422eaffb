// Optional: point the provider's webhook at this trigger when the workflow is activated, and
// take it away when it is deactivated. WAHA keeps webhooks in the session config, Evolution API
// per instance; the Cloud API's subscription lives in the Meta app dashboard, so it is left alone.

export interface RegistrationHttp {
	json(method: 'GET' | 'POST' | 'PUT', url: string, body?: Record<string, unknown>): Promise<unknown>;
}

export interface RegistrationTarget {
	provider: string;
	baseUrl: string;
	/** WAHA session or Evolution instance. */
	session: string;
	webhookUrl: string;
	/** WAHA HMAC key, so WAHA signs what it sends. */
	hmacKey?: string;
	/** Evolution API key, sent back as a header so the trigger can check it. */
	apiKey?: string;
	statuses: boolean;
	sessions: boolean;
}

type Json = Record<string, unknown>;

const base = (target: RegistrationTarget) => target.baseUrl.replace(/\/+$/, '');

function wahaEvents(target: RegistrationTarget): string[] {
	return ['message', ...(target.statuses ? ['message.ack'] : []), ...(target.sessions ? ['session.status'] : [])];
}

function evolutionEvents(target: RegistrationTarget): string[] {
	return [
		'MESSAGES_UPSERT',
		...(target.statuses ? ['MESSAGES_UPDATE'] : []),
		...(target.sessions ? ['CONNECTION_UPDATE', 'QRCODE_UPDATED'] : []),
	];
}

async function wahaConfig(target: RegistrationTarget, http: RegistrationHttp): Promise<{ config: Json; webhooks: Json[] }> {
	const session = (await http.json('GET', `${base(target)}/api/sessions/${encodeURIComponent(target.session)}`)) as Json;
	const config = (session?.config as Json) ?? {};
	const webhooks = Array.isArray(config.webhooks) ? (config.webhooks as Json[]) : [];
	return { config, webhooks };
}

export async function isRegistered(target: RegistrationTarget, http: RegistrationHttp): Promise<boolean> {
	if (target.provider === 'waha') {
		const { webhooks } = await wahaConfig(target, http);
		return webhooks.some((webhook) => webhook.url === target.webhookUrl);
	}
	if (target.provider === 'evolution') {
		const webhook = (await http.json('GET', `${base(target)}/webhook/find/${encodeURIComponent(target.session)}`)) as Json | null;
		return webhook?.enabled === true && webhook.url === target.webhookUrl;
	}
	return true;
}

export async function register(target: RegistrationTarget, http: RegistrationHttp): Promise<void> {
	if (target.provider === 'waha') {
		const { config, webhooks } = await wahaConfig(target, http);
		const ours: Json = {
			url: target.webhookUrl,
			events: wahaEvents(target),
			// WAHA's own default is no retries; a clinic must not lose a message to a restart.
			retries: { policy: 'exponential', delaySeconds: 2, attempts: 15 },
			...(target.hmacKey ? { hmac: { key: target.hmacKey } } : {}),
		};
		const others = webhooks.filter((webhook) => webhook.url !== target.webhookUrl);
		await http.json('PUT', `${base(target)}/api/sessions/${encodeURIComponent(target.session)}`, {
			name: target.session,
			config: { ...config, webhooks: [...others, ours] },
		});
		return;
	}
	if (target.provider === 'evolution') {
		await http.json('POST', `${base(target)}/webhook/set/${encodeURIComponent(target.session)}`, {
			webhook: {
				enabled: true,
				url: target.webhookUrl,
				byEvents: false,
				base64: false,
				...(target.apiKey ? { headers: { apikey: target.apiKey } } : {}),
				events: evolutionEvents(target),
			},
		});
	}
}

export async function unregister(target: RegistrationTarget, http: RegistrationHttp): Promise<void> {
	if (target.provider === 'waha') {
		const { config, webhooks } = await wahaConfig(target, http);
		const others = webhooks.filter((webhook) => webhook.url !== target.webhookUrl);
		if (others.length === webhooks.length) return;
		await http.json('PUT', `${base(target)}/api/sessions/${encodeURIComponent(target.session)}`, {
			name: target.session,
			config: { ...config, webhooks: others },
		});
		return;
	}
	if (target.provider === 'evolution' && (await isRegistered(target, http))) {
		await http.json('POST', `${base(target)}/webhook/set/${encodeURIComponent(target.session)}`, {
			webhook: { enabled: false, url: target.webhookUrl, events: evolutionEvents(target) },
		});
	}
}
