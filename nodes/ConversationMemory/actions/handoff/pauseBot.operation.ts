import type { IDataObject } from 'n8n-workflow';
import { DEFAULT_PAUSE_MINUTES, pauseBot as pause } from '../..';
import type { MemoryOperation } from '../common';
import { showFor } from '../common';

export const pauseBot: MemoryOperation = {
	option: { name: 'Pause Bot', action: 'Pause the bot for a human', description: 'Human handoff; resumes by itself' },
	description: [
		{
			displayName: 'Paused By',
			name: 'pausedBy',
			type: 'string',
			default: '',
			required: true,
			displayOptions: showFor('pauseBot'),
			description: "Who took over, e.g. the attendant's name",
		},
		{
			displayName: 'Minutes',
			name: 'pauseMinutes',
			type: 'number',
			default: DEFAULT_PAUSE_MINUTES,
			displayOptions: showFor('pauseBot'),
			description: 'The bot resumes by itself after this long',
		},
		{ displayName: 'Reason', name: 'pauseReason', type: 'string', default: '', displayOptions: showFor('pauseBot') },
	],
	async execute(itemIndex, memory) {
		const status = await pause(memory.redis, memory.prefix, memory.conversationKey, {
			by: this.getNodeParameter('pausedBy', itemIndex) as string,
			minutes: this.getNodeParameter('pauseMinutes', itemIndex, DEFAULT_PAUSE_MINUTES) as number,
			reason: (this.getNodeParameter('pauseReason', itemIndex, '') as string) || undefined,
		});
		return { result: { pause: status as unknown as IDataObject } };
	},
};
