import { NodeOperationError, type IDataObject, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';
import { getPgPool, type PostgresCredentials } from '../../shared/clients/postgres';
import { getRedis, keyPrefixOf, type RedisCredentials } from '../../shared/clients/redis';
import { forEachItem } from '../../shared/itemLoop';
import { MemoryInputError } from '../errors';
import { appendTurn } from './appendTurn.operation';
import type { MemoryOperation } from './common';
import { clearHistory, getLastInbound, loadHistory } from './loadHistory.operation';
import { checkPause, pauseBot, resumeBot } from './pause.operation';
import { purgeLog } from './purgeLog.operation';
import { clearState, getState, setState } from './state.operation';

export const operations: Record<string, MemoryOperation> = {
	appendTurn,
	loadHistory,
	clearHistory,
	getState,
	setState,
	clearState,
	pauseBot,
	resumeBot,
	checkPause,
	getLastInbound,
	purgeLog,
};

const NEEDS_NO_CONVERSATION = new Set(['purgeLog']);

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const operationName = this.getNodeParameter('operation', 0) as string;
	const redisCredentials = (await this.getCredentials('whatsAppAiRedisApi')) as unknown as RedisCredentials;
	const postgresCredentials = this.getNode().credentials?.whatsAppAiPostgresApi
		? ((await this.getCredentials('whatsAppAiPostgresApi')) as unknown as PostgresCredentials)
		: undefined;
	const redis = getRedis(redisCredentials);
	const prefix = keyPrefixOf(redisCredentials);
	const pool = postgresCredentials ? getPgPool(postgresCredentials) : undefined;
	const items = this.getInputData();

	return await forEachItem(
		this,
		operationName === 'checkPause' ? 2 : 1,
		async (itemIndex) => {
			const operation = operations[this.getNodeParameter('operation', itemIndex) as string];
			const conversationKey = String(this.getNodeParameter('conversationKey', itemIndex, '') ?? '').trim();
			if (!conversationKey && !NEEDS_NO_CONVERSATION.has(operationName)) {
				throw new NodeOperationError(this.getNode(), 'Conversation Key is empty: connect the WhatsApp AI Trigger or set it', { itemIndex });
			}
			const input = items[itemIndex].json as IDataObject;
			const { result, output } = await operation.execute.call(this, itemIndex, { redis, prefix, conversationKey, pool, input });
			return { json: { ...input, ...result }, output };
		},
		(error) => error instanceof MemoryInputError,
		// Unknown pause state: keep the bot quiet rather than talk over a human attendant.
		operationName === 'checkPause' ? 1 : 0,
	);
}
