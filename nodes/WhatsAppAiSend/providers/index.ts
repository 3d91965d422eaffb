// Registry of outbound providers: the Send node looks its provider up by the `provider`
// parameter, so adding a provider means adding a file and one line here, not an `if` per operation.

import { PROVIDERS, type Provider } from '../../shared/message';
import { cloudOutbound } from './cloud';
import { evolutionOutbound } from './evolution';
import type { OutboundProvider } from './types';
import { wahaOutbound } from './waha';

const REGISTRY: Record<Provider, OutboundProvider> = {
	waha: wahaOutbound,
	cloud: cloudOutbound,
	evolution: evolutionOutbound,
};

export function getOutboundProvider(name: string): OutboundProvider {
	if (!(PROVIDERS as readonly string[]).includes(name)) {
		throw new Error(`unknown provider "${name}"; expected one of ${PROVIDERS.join(', ')}`);
	}
	return REGISTRY[name as Provider];
}

export { DEFAULT_GRAPH_VERSION, OUTSIDE_WINDOW_CODE, RATE_LIMIT_CODES } from './cloud';
export { isSendError, SendError, type SendErrorDetails, type SendErrorKind } from './errors';
export { buttonsMenu, conversationKeyForRecipient, DEFAULT_MENU_INSTRUCTION, listMenu, type NumberedMenu } from './menu';
export { callWithRetry, failureOf, type ResponseClassifier } from './transport';
export { typeLikeHuman, typingDelayMs, type HumanTypingOutcome, type TypingDelayOptions } from './typing';
export { LIMITS } from './validate';
export type * from './types';
