import type { IAuthenticateGeneric, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

export class WhatsAppAiWahaApi implements ICredentialType {
	name = 'whatsAppAiWahaApi';

	displayName = 'WhatsApp AI: WAHA API';

	icon = { light: 'file:../icons/waha.svg', dark: 'file:../icons/waha.dark.svg' } as const;

	documentationUrl = 'https://github.com/n8n-nodes-whatsapp-ai/n8n-nodes-whatsapp-ai#credentials';

	properties: INodeProperties[] = [
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'http://localhost:3000',
			placeholder: 'http://waha:3000',
			description: 'Where your WAHA server answers, without a trailing slash',
			required: true,
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'The WAHA_API_KEY of your server, sent as the X-Api-Key header',
		},
		{
			displayName: 'Session',
			name: 'session',
			type: 'string',
			default: 'default',
			description: 'The WAHA session (phone) that sends and receives',
			required: true,
		},
		// The rule guesses secrets from field names; an HMAC key is one (whoever has it can forge webhooks).
		// eslint-disable-next-line @n8n/community-nodes/credential-unnecessary-password
		{
			displayName: 'Webhook HMAC Key',
			name: 'webhookHmacKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'The key set in WAHA\'s webhook "hmac" config (WHATSAPP_HOOK_HMAC_KEY). Required: the trigger answers HTTP 401 to webhooks whose X-Webhook-Hmac signature does not match, and to every webhook while this is empty.',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: { 'X-Api-Key': '={{$credentials.apiKey}}' },
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/api/sessions',
			method: 'GET',
		},
	};
}
