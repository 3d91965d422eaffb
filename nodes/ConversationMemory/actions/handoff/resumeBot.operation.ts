import { resumeBot as resume } from '../..';
import type { MemoryOperation } from '../common';

export const resumeBot: MemoryOperation = {
	option: { name: 'Resume Bot', action: 'Resume the bot' },
	description: [],
	async execute(_itemIndex, memory) {
		return { result: { pause: { paused: false, resumed: await resume(memory.redis, memory.prefix, memory.conversationKey) } } };
	},
};
