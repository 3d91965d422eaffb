import { NodeOperationError, type IDataObject } from 'n8n-workflow';
import { DEFAULT_CHUNK_OVERLAP, DEFAULT_CHUNK_SIZE, textFromFile, upsertDocuments, type DocumentInput } from '..';
import type { KnowledgeOperation } from './common';
import { jsonParameter, showFor } from './common';

export const upsert: KnowledgeOperation = {
	option: {
		name: 'Add or Update Document',
		action: 'Add or update a document',
		description: 'Chunks and embeds it; the same Document ID replaces what was stored',
	},
	description: [
		{
			displayName: 'Source',
			name: 'documentSource',
			type: 'options',
			options: [
				{ name: 'Text', value: 'text', description: 'Text written here or taken from the item' },
				{ name: 'File', value: 'binary', description: 'A text, Markdown, CSV, JSON or HTML file in the item' },
			],
			default: 'text',
			displayOptions: showFor('upsert'),
		},
		{
			displayName: 'Text',
			name: 'text',
			type: 'string',
			typeOptions: { rows: 6 },
			default: '',
			required: true,
			displayOptions: { show: { operation: ['upsert'], documentSource: ['text'] } },
		},
		{
			displayName: 'Input Binary Field',
			name: 'binaryProperty',
			type: 'string',
			default: 'data',
			required: true,
			displayOptions: { show: { operation: ['upsert'], documentSource: ['binary'] } },
		},
		{
			displayName: 'Document ID',
			name: 'documentId',
			type: 'string',
			default: '',
			displayOptions: showFor('upsert'),
			description:
				'Stable name of the document, e.g. "horarios" or "preparo-exames"; ingesting it again replaces its chunks. Empty: the file name.',
		},
		{ displayName: 'Title', name: 'title', type: 'string', default: '', displayOptions: showFor('upsert') },
		{
			displayName: 'Document Options',
			name: 'documentOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			displayOptions: showFor('upsert'),
			options: [
				{ displayName: 'Chunk Overlap (Characters)', name: 'chunkOverlap', type: 'number', default: DEFAULT_CHUNK_OVERLAP },
				{ displayName: 'Chunk Size (Characters)', name: 'chunkSize', type: 'number', default: DEFAULT_CHUNK_SIZE },
				{
					displayName: 'Metadata (JSON)',
					name: 'metadata',
					type: 'json',
					default: '{}',
					description: 'Flat values only, e.g. {"category": "prices"}; filterable in Search',
				},
				{
					displayName: 'Source Label',
					name: 'source',
					type: 'string',
					default: '',
					description: 'Where it came from, e.g. "faq" or a URL',
				},
			],
		},
	],
	async execute(itemIndex, knowledge) {
		const options = this.getNodeParameter('documentOptions', itemIndex, {}) as IDataObject;
		let text: string;
		let fileName: string | undefined;
		if (this.getNodeParameter('documentSource', itemIndex, 'text') === 'binary') {
			const property = this.getNodeParameter('binaryProperty', itemIndex) as string;
			const binary = this.getInputData()[itemIndex].binary?.[property];
			if (!binary) throw new NodeOperationError(this.getNode(), `This item has no binary field "${property}"`, { itemIndex });
			fileName = binary.fileName;
			text = textFromFile({ data: await this.helpers.getBinaryDataBuffer(itemIndex, property), fileName, mimeType: binary.mimeType }).text;
		} else {
			text = String(this.getNodeParameter('text', itemIndex, ''));
		}
		const documentId = String(this.getNodeParameter('documentId', itemIndex, '') || fileName || '').trim();
		if (!documentId)
			throw new NodeOperationError(this.getNode(), 'Document ID is empty: name the document (or ingest a file, whose name is used)', {
				itemIndex,
			});
		const document: DocumentInput = {
			documentId,
			text,
			title: (this.getNodeParameter('title', itemIndex, '') as string) || undefined,
			source: (options.source as string) || fileName || undefined,
			metadata: jsonParameter(options.metadata) as Record<string, unknown> | undefined,
		};
		const result = await upsertDocuments(knowledge.deps, {
			tenant: knowledge.tenant,
			documents: [document],
			chunkSize: options.chunkSize as number | undefined,
			chunkOverlap: options.chunkOverlap as number | undefined,
		});
		return { ...result.documents[0], collection: result.collection, embedded: result.embedded } as unknown as IDataObject;
	},
};
