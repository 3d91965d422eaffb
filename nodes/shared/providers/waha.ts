import type { ProviderAccount } from './account';
import { text } from './account';

export const wahaAccount: ProviderAccount = {
	name: 'waha',
	label: 'WAHA',
	credentialType: 'whatsAppAiWahaApi',
	sessionOf: (credentials) => text(credentials, 'session') || 'default',
	webhookSecretsOf: (credentials) => ({ webhookHmacKey: text(credentials, 'webhookHmacKey') }),
	// WAHA's buttons and lists do not reach WhatsApp reliably: Send writes numbered menus.
	numberedMenus: true,
};
