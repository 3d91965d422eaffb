import type { IAuthenticateGeneric, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

export class WhatsAppAiCloudApi implements ICredentialType {
	name = 'whatsAppAiCloudApi';

	displayName = 'WhatsApp AI: WhatsApp Cloud API';

	icon = {
		light: 'file:../icons/whatsappCloud.svg',
		dark: 'file:../icons/whatsappCloud.dark.svg',
	} as const;

	documentationUrl = 'https://github.com/n8n-nodes-whatsapp-ai/n8n-nodes-whatsapp-ai#credentials';

	properties: INodeProperties[] = [
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'A permanent System User token with whatsapp_business_messaging permission',
			required: true,
		},
		{
			displayName: 'Phone Number ID',
			name: 'phoneNumberId',
			type: 'string',
			default: '',
			description: 'The phone_number_id that sends messages (WhatsApp Manager → API Setup)',
			required: true,
		},
		{
			displayName: 'Business Account ID',
			name: 'businessAccountId',
			type: 'string',
			default: '',
			description: 'The WhatsApp Business Account (WABA) ID, used for templates',
		},
		{
			displayName: 'App Secret',
			name: 'appSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'The Meta app secret (App settings → Basic). Required by the trigger: it answers HTTP 401 to webhooks whose X-Hub-Signature-256 does not match, and to every webhook while this is empty.',
		},
		{
			displayName: 'Verify Token',
			name: 'verifyToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'The token you typed in the Meta webhook setup; the trigger answers the GET challenge only when it matches',
		},
		{
			displayName: 'API Version',
			name: 'apiVersion',
			type: 'string',
			default: 'v23.0',
			description: 'Graph API version, e.g. v23.0',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://graph.facebook.com',
			description: 'Graph API base URL; change only for a proxy or a test double',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: { Authorization: '=Bearer {{$credentials.accessToken}}' },
		},
	};

	// Reading the phone number proves the token and the phone number ID belong together.
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}/{{$credentials.apiVersion}}',
			url: '=/{{$credentials.phoneNumberId}}',
			method: 'GET',
		},
	};
}
