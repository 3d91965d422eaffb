import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { getChroma, type ChromaCredentials } from '../../shared/clients/chroma';
import { getGemini } from '../../shared/gemini/adapter';
import type { GeminiCredentials } from '../../shared/gemini/types';
import { forEachItem } from '../../shared/itemLoop';
import { defineResource, entryNamed } from '../../shared/operations';
import { DEFAULT_DIMENSION, isKnowledgeBaseError } from '..';
import { count } from './count.operation';
import { deleteDocument } from './delete.operation';
import { getDocument } from './getDocument.operation';
import { query } from './query.operation';
import { upsert } from './upsert.operation';

export const { operations, properties: operationProperties } = defineResource(
	undefined,
	{ upsert, query, deleteDocument, count, getDocument },
	'query',
);

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const chroma = getChroma(await this.getCredentials<ChromaCredentials>('whatsAppAiChromaApi'));
	const gemini = getGemini(await this.getCredentials<GeminiCredentials>('whatsAppAiGeminiApi'));
	const items = this.getInputData();
	return await forEachItem(
		this,
		{
			outputs: 1,
			resultKey: 'knowledge',
			describe: (error) =>
				isKnowledgeBaseError(error)
					? { kind: error.kind, message: error.message, remote: error.kind === 'chroma' || error.kind === 'embedding' }
					: undefined,
		},
		async (itemIndex) => {
			const operation = entryNamed(this, operations, this.getNodeParameter('operation', itemIndex), 'operation', itemIndex);
			const embedding = this.getNodeParameter('embedding', itemIndex, {}) as IDataObject;
			const result = await operation.execute.call(this, itemIndex, {
				deps: {
					chroma,
					gemini,
					embeddingModel: (embedding.model as string) || undefined,
					dimension: Number(embedding.dimension ?? DEFAULT_DIMENSION),
				},
				tenant: String(this.getNodeParameter('tenant', itemIndex, 'default') || 'default'),
				input: items[itemIndex].json,
			});
			return { result };
		},
	);
}
