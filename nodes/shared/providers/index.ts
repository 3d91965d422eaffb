import type { INodeCredentialDescription, INodeProperties } from 'n8n-workflow';
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
	noDataExpression: true,
	options: [
		{ name: evolutionAccount.label, value: 'evolution', description: 'A self-hosted Evolution API server' },
		{ name: wahaAccount.label, value: 'waha', description: 'A self-hosted WAHA server (WhatsApp HTTP API)' },
		{ name: 'WhatsApp Cloud API (Meta)', value: 'cloud', description: "Meta's official WhatsApp Business Platform" },
	],
	default: 'waha',
	description: 'Which WhatsApp service this number is connected through; the account to use is asked for below',
};

/** The provider's readable name, for subtitles: "WAHA", "Cloud API", "Evolution API". */
export const PROVIDER_SHORT_NAMES: Readonly<Record<Provider, string>> = { waha: 'WAHA', cloud: 'Cloud API', evolution: 'Evolution API' };

const PROVIDER_CREDENTIALS: Readonly<Record<Provider, { name: string; displayName: string }>> = {
	waha: { name: 'whatsAppAiWahaApi', displayName: 'WAHA Account' },
	cloud: { name: 'whatsAppAiCloudApi', displayName: 'WhatsApp Cloud API Account' },
	evolution: { name: 'whatsAppAiEvolutionApi', displayName: 'Evolution API Account' },
};

/**
 * The credential slots of a node with a Provider field: one account slot per provider, shown for
 * that provider only.
 *
 * Why WAHA uses `show` and the others `hide`: n8n's editor (getMainAuthField in 2.x) treats a
 * field as the node's "authentication" field when every one of its option values appears in some
 * credential's `displayOptions.show`; it then removes that field from the node panel and shows it
 * as an unlabelled dropdown inside the credential window. With `show` on every provider slot,
 * Provider vanished from the panel. Listing only WAHA under `show` keeps Provider a normal field
 * (and the credential picker is placed right after it); `hide` selects the other two just the
 * same, at run time too (NodeHelpers.displayParameter reads both).
 */
export function providerCredentials(): INodeCredentialDescription[] {
	return PROVIDERS.map((provider) => {
		const others = PROVIDERS.filter((other) => other !== provider);
		return {
			...PROVIDER_CREDENTIALS[provider],
			required: true,
			displayOptions: provider === 'waha' ? { show: { provider: [provider] } } : { hide: { provider: others } },
		};
	});
}

export type { CredentialData, ProviderAccount, WebhookSecrets } from './account';
