// Gemini Agent: plain modules (no n8n import) for the node shell. runAgent answers one message;
// the rest is exported for the shell's options and for tests.
export { runAgent } from './agent';
export * from './types';
export { AgentError, type AgentErrorKind } from './errors';
export {
	DEFAULT_TURN_TIMEOUT_MS,
	DEFAULT_MAX_TOOL_STEPS,
	DEFAULT_MODEL_RETRIES,
	DEFAULT_KNOWLEDGE_TOP_K,
	DEFAULT_SLOTS_PER_OFFER,
} from './config';
export { DEFAULT_MAX_MEDIA_BYTES, allowedMimeType, prepareMedia } from './media';
export { renderTemplate } from './template';
export { defaultFallback, defaultRedirect, agentLanguageOf } from './texts';
export { Evidence, findUngrounded, scanText, type Violation } from './grounding';
export { declarationsFor, validateCall, OFFER_VARIABLE, parseOffer, type Offer, type OfferedSlot } from './tools';
export { DEFAULT_TOPIC_THRESHOLD, DEFAULT_TOPIC_GRACE_MS } from './topic';
export { DEFAULT_GEMINI_MODEL } from '../shared/gemini/adapter';
