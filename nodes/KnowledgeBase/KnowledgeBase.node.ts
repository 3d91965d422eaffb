import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';
import { DEFAULT_EMBEDDING_MODEL } from '../shared/gemini/adapter';
import { operationProperties, router } from './actions/router';
import { DEFAULT_DIMENSION } from './collection';
import { TENANT_HINT } from '../shared/staffWords';
import { operationSubtitle } from '../shared/subtitle';

const properties: INodeProperties[] = [
	...operationProperties,
	{
		displayName: 'Tenant',
		name: 'tenant',
		type: 'string',
		default: '={{ $json.tenant || "default" }}',
		description: 'The clinic; each has its own collection',
		hint: TENANT_HINT,
	},
	{
		displayName: 'Embedding',
		name: 'embedding',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		description: 'Must stay the same for a tenant once it has documents',
		options: [
			{
				displayName: 'Dimension',
				name: 'dimension',
				type: 'number',
				default: DEFAULT_DIMENSION,
				typeOptions: { minValue: 128, maxValue: 3072 },
			},
			{ displayName: 'Model', name: 'model', type: 'string', default: DEFAULT_EMBEDDING_MODEL },
		],
	},
];

export class KnowledgeBase implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Knowledge Base',
		name: 'knowledgeBase',
		icon: { light: 'file:../../icons/knowledge.svg', dark: 'file:../../icons/knowledge.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: operationSubtitle(properties),
		description:
			"The clinic's own knowledge (hours, prices, address, exam preparation) in ChromaDB, embedded with Gemini: add documents, search them by meaning, delete and count; one collection per tenant",
		defaults: { name: 'Knowledge Base' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{ name: 'whatsAppAiChromaApi', displayName: 'ChromaDB (where the documents are stored)', required: true },
			{ name: 'whatsAppAiGeminiApi', displayName: 'Gemini (turns text into search vectors)', required: true },
		],
		properties,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
