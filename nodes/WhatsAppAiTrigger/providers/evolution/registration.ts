import { baseOf, type Json, type RegistrationTarget, type WebhookRegistration } from '../registration';

function events(target: RegistrationTarget): string[] {
	return [
		'MESSAGES_UPSERT',
		...(target.statuses ? ['MESSAGES_UPDATE'] : []),
		...(target.sessions ? ['CONNECTION_UPDATE', 'QRCODE_UPDATED'] : []),
	];
}

const setUrl = (target: RegistrationTarget) => `${baseOf(target)}/webhook/set/${encodeURIComponent(target.session)}`;

/** Evolution API has one webhook per instance; the API key rides along as a header to check. */
export const evolutionRegistration: WebhookRegistration = {
	async isRegistered(target, http) {
		const webhook = (await http.json('GET', `${baseOf(target)}/webhook/find/${encodeURIComponent(target.session)}`)) as Json | null;
		return webhook?.enabled === true && webhook.url === target.webhookUrl;
	},
	async register(target, http) {
		await http.json('POST', setUrl(target), {
			webhook: {
				enabled: true,
				url: target.webhookUrl,
				byEvents: false,
				base64: false,
				...(target.secret ? { headers: { apikey: target.secret } } : {}),
				events: events(target),
			},
		});
	},
	async unregister(target, http) {
		if (!(await this.isRegistered(target, http))) return;
		await http.json('POST', setUrl(target), { webhook: { enabled: false, url: target.webhookUrl, events: events(target) } });
	},
};
