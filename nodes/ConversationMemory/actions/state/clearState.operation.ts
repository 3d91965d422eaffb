import { clearState as clear } from '../..';
import type { MemoryOperation } from '../common';

export const clearState: MemoryOperation = {
	option: { name: 'Clear State', action: 'Clear the conversation state' },
	description: [],
	async execute(_itemIndex, memory) {
		return { result: { cleared: await clear(memory.redis, memory.prefix, memory.conversationKey) } };
	},
};
