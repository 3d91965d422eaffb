// The Conversation Memory stores, for the node shell and for other nodes (Gemini Agent, Send,
// Opt-Out Guard) that read the same keys.
export * from './keys';
export * from './turns';
export * from './history';
export * from './state';
export * from './pause';
export * from './auditLog';
export { MEMORY_MIGRATIONS } from './migrations';
export { MemoryInputError } from './errors';
