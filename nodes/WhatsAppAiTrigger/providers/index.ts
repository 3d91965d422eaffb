// Registry of inbound providers: the trigger looks its adapter up by the `provider` parameter,
// so adding a provider means adding a folder and one line here, not an `if` in the node.

import type { Provider } from '../../shared/message';
import { accountOf, isProvider } from '../../shared/providers';
import { cloudProvider } from './cloud';
import { evolutionProvider } from './evolution';
import type { InboundProvider } from './types';
import { wahaProvider } from './waha';

const REGISTRY: Record<Provider, InboundProvider> = {
	waha: wahaProvider,
	cloud: cloudProvider,
	evolution: evolutionProvider,
};

export { isProvider };

/** The inbound half of a provider; throws for a name that is not one. */
export function getProvider(name: string): InboundProvider {
	return REGISTRY[accountOf(name).name];
}

export { answerCloudChallenge } from './cloud';
export { WebhookPayloadError } from './errors';
export type * from './types';
export type { MediaLimits } from './media';
export type { RegistrationHttp, RegistrationTarget } from './registration';
