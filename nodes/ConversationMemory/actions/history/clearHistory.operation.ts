import { clearHistory as clear } from '../..';
import type { MemoryOperation } from '../common';

export const clearHistory: MemoryOperation = {
	option: { name: 'Clear History', action: 'Clear the history' },
	description: [],
	async execute(_itemIndex, memory) {
		return { result: { cleared: await clear(memory.redis, memory.prefix, memory.conversationKey) } };
	},
};
