import { countChunks } from '..';
import type { KnowledgeOperation } from './common';
import { filterProperty, jsonParameter } from './common';

export const count: KnowledgeOperation = {
	option: { name: 'Count', action: 'Count stored chunks' },
	description: [filterProperty(['count'], 'Count only chunks whose metadata match')],
	async execute(itemIndex, knowledge) {
		return {
			chunks: await countChunks(knowledge.deps, {
				tenant: knowledge.tenant,
				filter: jsonParameter(this.getNodeParameter('filter', itemIndex, '{}')),
			}),
		};
	},
};
