import type { INodeProperties } from 'n8n-workflow';
import type { Provider } from './message';

// The provider choice every WhatsApp node offers, and which credential type each one needs.

export const PROVIDER_CREDENTIAL: Record<Provider, string> = {
	waha: 'whatsAppAiWahaApi',
	cloud: 'whatsAppAiCloudApi',
	evolution: 'whatsAppAiEvolutionApi',
};

export const providerProperty: INodeProperties = {
	displayName: 'Provider',
	name: 'provider',
	type: 'options',
	options: [
		{ name: 'Evolution API', value: 'evolution' },
		{ name: 'WAHA', value: 'waha' },
		{ name: 'WhatsApp Cloud API (Meta)', value: 'cloud' },
	],
	default: 'waha',
};
