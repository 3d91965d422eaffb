import { NodeOperationError } from 'n8n-workflow';
import { deleteByFilter, deleteDocuments } from '..';
import type { KnowledgeOperation } from './common';
import { filterProperty, jsonParameter, showFor } from './common';

export const deleteDocument: KnowledgeOperation = {
	option: { name: 'Delete', action: 'Delete documents', description: 'By document ID, or every chunk whose metadata match a filter' },
	description: [
		{
			displayName: 'Document IDs',
			name: 'documentIds',
			type: 'string',
			default: '',
			displayOptions: showFor('deleteDocument'),
			description: 'Comma-separated; empty uses the filter',
		},
		filterProperty(['deleteDocument'], 'Used when Document IDs is empty, e.g. {"source": "old-faq"}'),
	],
	async execute(itemIndex, knowledge) {
		const ids = String(this.getNodeParameter('documentIds', itemIndex, ''))
			.split(',')
			.map((id) => id.trim())
			.filter(Boolean);
		if (ids.length) return await deleteDocuments(knowledge.deps, { tenant: knowledge.tenant, documentIds: ids });
		const filter = jsonParameter(this.getNodeParameter('filter', itemIndex, '{}'));
		if (filter === undefined)
			throw new NodeOperationError(this.getNode(), 'Name the documents or give a filter: deleting everything is not done here', {
				itemIndex,
			});
		return await deleteByFilter(knowledge.deps, { tenant: knowledge.tenant, filter });
	},
};
