// Registry of inbound providers: the trigger looks its adapter up by the `provider` parameter,
// so adding a provider means adding a file and one line here, not an `if` in the node.

import { PROVIDERS, type Provider } from '../../shared/message';
import { cloudProvider } from './cloud';
import { evolutionProvider } from './evolution';
import type { InboundProvider } from './types';
import { wahaProvider } from './waha';

const REGISTRY: Record<Provider, InboundProvider> = {
	waha: wahaProvider,
	cloud: cloudProvider,
	evolution: evolutionProvider,
};

export function isProvider(value: unknown): value is Provider {
	return typeof value === 'string' && (PROVIDERS as readonly string[]).includes(value);
}

export function getProvider(name: string): InboundProvider {
	if (!isProvider(name)) {
		throw new Error(`unknown provider "${name}"; expected one of ${PROVIDERS.join(', ')}`);
	}
	return REGISTRY[name];
}

export { answerCloudChallenge, type ChallengeResult } from './cloud';
export { WebhookPayloadError } from './errors';
export type * from './types';
