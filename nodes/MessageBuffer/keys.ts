// Redis keys of one conversation's message buffer. Both follow `${prefix}<kind>:${conversationKey}`,
// the shape the Opt-Out Guard's LGPD export and erase find by pattern, so they are covered there.

/** Hash: the pending burst (messages, newest id, first/last arrival) plus recent flush records. */
export function bufferKey(prefix: string, conversationKey: string): string {
	return `${prefix}buf:${conversationKey}`;
}

/** Sorted set: when each flush record in the buffer hash was written, so old ones can be pruned. */
export function bufferLogKey(prefix: string, conversationKey: string): string {
	return `${prefix}buflog:${conversationKey}`;
}

export function bufferKeysOf(prefix: string, conversationKey: string): string[] {
	return [bufferKey(prefix, conversationKey), bufferLogKey(prefix, conversationKey)];
}
