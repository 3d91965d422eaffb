import { DEFAULT_HISTORY_LIMIT, loadGeminiHistory } from '../..';
import type { MemoryOperation } from '../common';
import { showFor } from '../common';

export const loadHistory: MemoryOperation = {
	option: { name: 'Load History', action: 'Load the last turns', description: 'Oldest first, ready for the Gemini Agent' },
	description: [
		{
			displayName: 'Last N Turns',
			name: 'lastTurns',
			type: 'number',
			default: DEFAULT_HISTORY_LIMIT,
			typeOptions: { minValue: 1 },
			displayOptions: showFor('loadHistory'),
		},
	],
	async execute(itemIndex, memory) {
		const limit = this.getNodeParameter('lastTurns', itemIndex, DEFAULT_HISTORY_LIMIT) as number;
		const history = await loadGeminiHistory(memory.redis, memory.prefix, memory.conversationKey, { limit });
		return { result: { turns: history.turns, contents: history.contents, systemNotes: history.systemNotes } as never };
	},
};
