import { getLastInbound as lastInbound, withinCustomerWindow } from '../..';
import type { MemoryOperation } from '../common';

export const getLastInbound: MemoryOperation = {
	description: [],
	async execute(_itemIndex, memory) {
		const at = await lastInbound(memory.redis, memory.prefix, memory.conversationKey);
		return { result: { lastInboundAt: at, withinCustomerWindow: withinCustomerWindow(at) } };
	},
};
