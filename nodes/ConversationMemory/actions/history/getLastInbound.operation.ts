import { getLastInbound as lastInbound, withinCustomerWindow } from '../..';
import type { MemoryOperation } from '../common';

export const getLastInbound: MemoryOperation = {
	option: { name: 'Get Last Inbound', action: 'Get when the person last wrote', description: 'For the 24-hour customer-service window' },
	description: [],
	async execute(_itemIndex, memory) {
		const at = await lastInbound(memory.redis, memory.prefix, memory.conversationKey);
		return { result: { lastInboundAt: at, withinCustomerWindow: withinCustomerWindow(at) } };
	},
};
