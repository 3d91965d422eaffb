import type { IDataObject } from 'n8n-workflow';
import { checkPause as check } from '../..';
import type { MemoryOperation } from '../common';

/** Two outputs: Bot Active (0) and Human Active (1). */
export const checkPause: MemoryOperation = {
	option: {
		name: 'Check Pause',
		action: 'Route by whether a human has taken over',
		description: 'Two outputs: Bot Active and Human Active',
	},
	description: [],
	async execute(_itemIndex, memory) {
		const status = await check(memory.redis, memory.prefix, memory.conversationKey);
		return { result: { pause: status as unknown as IDataObject }, output: status.paused ? 1 : 0 };
	},
};
