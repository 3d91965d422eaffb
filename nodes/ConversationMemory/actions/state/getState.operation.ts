import type { IDataObject } from 'n8n-workflow';
import { getState as read } from '../..';
import type { MemoryOperation } from '../common';

export const getState: MemoryOperation = {
	option: { name: 'Get State', action: 'Get the conversation state' },
	description: [],
	async execute(_itemIndex, memory) {
		return {
			result: { state: ((await read(memory.redis, memory.prefix, memory.conversationKey)) ?? { variables: {} }) as unknown as IDataObject },
		};
	},
};
