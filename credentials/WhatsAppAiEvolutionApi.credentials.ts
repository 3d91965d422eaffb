import type { IAuthenticateGeneric, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

export class WhatsAppAiEvolutionApi implements ICredentialType {
	name = 'whatsAppAiEvolutionApi';

	displayName = 'WhatsApp AI: Evolution API';

	icon = { light: 'file:../icons/evolution.svg', dark: 'file:../icons/evolution.dark.svg' } as const;

	documentationUrl = 'https://github.com/n8n-nodes-whatsapp-ai/n8n-nodes-whatsapp-ai#credentials';

	properties: INodeProperties[] = [
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'http://localhost:8080',
			description: 'Where your Evolution API server answers, without a trailing slash',
			required: true,
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'The instance API key (or the global key), sent as the apikey header; the trigger also checks it on incoming webhooks',
			required: true,
		},
		{
			displayName: 'Instance',
			name: 'instance',
			type: 'string',
			default: '',
			description: 'The Evolution API instance name that sends and receives',
			required: true,
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: { apikey: '={{$credentials.apiKey}}' },
		},
	};

	// connectionState needs both a valid key and an existing instance.
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '=/instance/connectionState/{{encodeURIComponent($credentials.instance)}}',
			method: 'GET',
		},
	};
}
