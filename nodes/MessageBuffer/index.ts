// The Message Buffer, for the node shell (its own node or a Conversation Memory operation).
export * from './types';
export * from './keys';
export * from './flushRules';
export * from './options';
export { joinBurst, joinBurstIn, toBufferedMessage, flushOf, STORE_RETRY_DELAYS_MS } from './buffer';
export { redisBurstStore, parseClaim } from './store';
export { BufferInputError } from './errors';
