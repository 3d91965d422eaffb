import type { IDataObject } from 'n8n-workflow';
import { DEFAULT_TOP_K, MAX_TOP_K, queryKnowledge } from '..';
import type { KnowledgeOperation } from './common';
import { filterProperty, jsonParameter, showFor } from './common';

export const query: KnowledgeOperation = {
	option: {
		name: 'Search',
		action: 'Search the knowledge base',
		description: 'The passages nearest in meaning to a question, best first, with scores',
	},
	description: [
		{ displayName: 'Query', name: 'query', type: 'string', default: '={{ $json.text }}', required: true, displayOptions: showFor('query') },
		{
			displayName: 'Top K',
			name: 'topK',
			type: 'number',
			default: DEFAULT_TOP_K,
			typeOptions: { minValue: 1, maxValue: MAX_TOP_K },
			displayOptions: showFor('query'),
		},
		{
			displayName: 'Min Score',
			name: 'minScore',
			type: 'number',
			default: 0,
			typeOptions: { minValue: 0, maxValue: 1, numberPrecision: 2 },
			displayOptions: showFor('query'),
			description: 'Passages scoring lower (0 to 1, cosine similarity) are left out',
		},
		filterProperty(
			['query'],
			'Only passages whose metadata match, e.g. {"documentId": "precos"} or {"category": {"$in": ["prices", "hours"]}}',
		),
	],
	async execute(itemIndex, knowledge) {
		const passages = await queryKnowledge(knowledge.deps, {
			tenant: knowledge.tenant,
			query: String(this.getNodeParameter('query', itemIndex, '')),
			topK: this.getNodeParameter('topK', itemIndex, DEFAULT_TOP_K) as number,
			minScore: this.getNodeParameter('minScore', itemIndex, 0) as number,
			filter: jsonParameter(this.getNodeParameter('filter', itemIndex, '{}')),
		});
		return { passages: passages as unknown as IDataObject[], count: passages.length };
	},
};
