import type { INodeProperties } from 'n8n-workflow';
import { PROVIDERS, type Provider } from '../message';
import type { ProviderAccount } from './account';
import { cloudAccount } from './cloud';
import { evolutionAccount } from './evolution';
import { wahaAccount } from './waha';

// The providers every WhatsApp node offers. Adding one: its account here, its inbound half in
// WhatsAppAiTrigger/providers/ and its outbound half in WhatsAppAiSend/providers/.

const ACCOUNTS: Record<Provider, ProviderAccount> = { waha: wahaAccount, cloud: cloudAccount, evolution: evolutionAccount };

export function isProvider(value: unknown): value is Provider {
	return typeof value === 'string' && (PROVIDERS as readonly string[]).includes(value);
}

/** The account facts of a provider; throws for a name that is not one. */
export function accountOf(name: unknown): ProviderAccount {
	if (!isProvider(name)) throw new Error(`unknown provider "${String(name)}"; expected one of ${PROVIDERS.join(', ')}`);
	return ACCOUNTS[name];
}

export const providerProperty: INodeProperties = {
	displayName: 'Provider',
	name: 'provider',
	type: 'options',
	options: [
		{ name: evolutionAccount.label, value: 'evolution' },
		{ name: wahaAccount.label, value: 'waha' },
		{ name: 'WhatsApp Cloud API (Meta)', value: 'cloud' },
	],
	default: 'waha',
};

export type { CredentialData, ProviderAccount, WebhookSecrets } from './account';
