import { baseOf, type Json, type RegistrationHttp, type RegistrationTarget, type WebhookRegistration } from '../registration';

function events(target: RegistrationTarget): string[] {
	return ['message', ...(target.statuses ? ['message.ack'] : []), ...(target.sessions ? ['session.status'] : [])];
}

async function sessionConfig(target: RegistrationTarget, http: RegistrationHttp): Promise<{ config: Json; webhooks: Json[] }> {
	const session = (await http.json('GET', `${baseOf(target)}/api/sessions/${encodeURIComponent(target.session)}`)) as Json;
	const config = (session?.config as Json) ?? {};
	const webhooks = Array.isArray(config.webhooks) ? (config.webhooks as Json[]) : [];
	return { config, webhooks };
}

async function saveWebhooks(target: RegistrationTarget, http: RegistrationHttp, config: Json, webhooks: Json[]): Promise<void> {
	await http.json('PUT', `${baseOf(target)}/api/sessions/${encodeURIComponent(target.session)}`, {
		name: target.session,
		config: { ...config, webhooks },
	});
}

/** WAHA keeps webhooks in the session's config; ours is added or removed beside the others. */
export const wahaRegistration: WebhookRegistration = {
	async isRegistered(target, http) {
		const { webhooks } = await sessionConfig(target, http);
		return webhooks.some((webhook) => webhook.url === target.webhookUrl);
	},
	async register(target, http) {
		const { config, webhooks } = await sessionConfig(target, http);
		const ours: Json = {
			url: target.webhookUrl,
			events: events(target),
			// WAHA's own default is no retries; a clinic must not lose a message to a restart.
			retries: { policy: 'exponential', delaySeconds: 2, attempts: 15 },
			...(target.secret ? { hmac: { key: target.secret } } : {}),
		};
		await saveWebhooks(target, http, config, [...webhooks.filter((webhook) => webhook.url !== target.webhookUrl), ours]);
	},
	async unregister(target, http) {
		const { config, webhooks } = await sessionConfig(target, http);
		const others = webhooks.filter((webhook) => webhook.url !== target.webhookUrl);
		if (others.length !== webhooks.length) await saveWebhooks(target, http, config, others);
	},
};
