import type { ProviderAccount } from './account';
import { text } from './account';

export const evolutionAccount: ProviderAccount = {
	name: 'evolution',
	label: 'Evolution API',
	credentialType: 'whatsAppAiEvolutionApi',
	sessionOf: (credentials) => text(credentials, 'instance'),
	// Evolution signs nothing: the instance key it sends back is the secret.
	webhookSecretsOf: (credentials) => ({ apiKey: text(credentials, 'apiKey') }),
	numberedMenus: true,
};
