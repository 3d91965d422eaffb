import type { ProviderAccount } from './account';
import { text } from './account';

export const cloudAccount: ProviderAccount = {
	name: 'cloud',
	label: 'WhatsApp Cloud API',
	credentialType: 'whatsAppAiCloudApi',
	sessionOf: (credentials) => text(credentials, 'phoneNumberId'),
	webhookSecretsOf: (credentials) => ({ appSecret: text(credentials, 'appSecret') }),
	// Native buttons and lists: replies arrive as button/list events.
	numberedMenus: false,
};
