// Redis keys of one conversation's memory. The patterns are a contract: the Opt-Out Guard's
// LGPD export and erase find a contact's data by them, so change them only together.

export function historyKey(prefix: string, conversationKey: string): string {
	return `${prefix}hist:${conversationKey}`;
}

export function stateKey(prefix: string, conversationKey: string): string {
	return `${prefix}state:${conversationKey}`;
}

export function pauseKey(prefix: string, conversationKey: string): string {
	return `${prefix}pause:${conversationKey}`;
}

export function lastInboundKey(prefix: string, conversationKey: string): string {
	return `${prefix}last:${conversationKey}`;
}
