import type { IDataObject } from 'n8n-workflow';
import { getDocument as read } from '..';
import type { KnowledgeOperation } from './common';
import { showFor } from './common';

export const getDocument: KnowledgeOperation = {
	option: {
		name: 'Get Document',
		action: 'Get a stored document',
		description: 'Its chunks and metadata, to check what the assistant knows',
	},
	description: [
		{
			displayName: 'Document ID',
			name: 'getDocumentId',
			type: 'string',
			default: '',
			required: true,
			displayOptions: showFor('getDocument'),
		},
	],
	async execute(itemIndex, knowledge) {
		return (await read(knowledge.deps, {
			tenant: knowledge.tenant,
			documentId: String(this.getNodeParameter('getDocumentId', itemIndex)),
		})) as unknown as IDataObject;
	},
};
