import { clearHistory as clear, DEFAULT_HISTORY_LIMIT, getLastInbound as lastInbound, loadGeminiHistory, withinCustomerWindow } from '..';
import type { MemoryOperation } from './common';
import { showFor } from './common';

export const loadHistory: MemoryOperation = {
	description: [
		{ displayName: 'Last N Turns', name: 'lastTurns', type: 'number', default: DEFAULT_HISTORY_LIMIT, typeOptions: { minValue: 1 }, displayOptions: showFor('loadHistory') },
	],
	async execute(itemIndex, memory) {
		const limit = this.getNodeParameter('lastTurns', itemIndex, DEFAULT_HISTORY_LIMIT) as number;
		const history = await loadGeminiHistory(memory.redis, memory.prefix, memory.conversationKey, { limit });
		return { result: { history: { turns: history.turns, contents: history.contents, systemNotes: history.systemNotes } as never } };
	},
};

export const clearHistory: MemoryOperation = {
	description: [],
	async execute(_itemIndex, memory) {
		return { result: { memory: { cleared: await clear(memory.redis, memory.prefix, memory.conversationKey) } } };
	},
};

export const getLastInbound: MemoryOperation = {
	description: [],
	async execute(_itemIndex, memory) {
		const at = await lastInbound(memory.redis, memory.prefix, memory.conversationKey);
		return { result: { lastInbound: { at, withinCustomerWindow: withinCustomerWindow(at) } } };
	},
};
