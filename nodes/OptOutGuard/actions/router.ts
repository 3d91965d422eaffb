import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { getPgPool, type PostgresCredentials } from '../../shared/clients/postgres';
import { getRedis, keyPrefixOf, type RedisCredentials } from '../../shared/clients/redis';
import { getGemini } from '../../shared/gemini/adapter';
import type { GeminiCredentials } from '../../shared/gemini/types';
import { forEachItem } from '../../shared/itemLoop';
import { GuardInputError } from '..';
import { checkMessage } from './checkMessage.operation';
import type { GuardOperation } from './common';
import { eraseData, exportData, optIn, optOut, recordConsent, status } from './contact.operation';

export const operations: Record<string, GuardOperation> = { checkMessage, optOut, optIn, recordConsent, status, exportData, eraseData };

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const operationName = this.getNodeParameter('operation', 0) as string;
	const redisCredentials = (await this.getCredentials('whatsAppAiRedisApi')) as unknown as RedisCredentials;
	const pool = getPgPool((await this.getCredentials('whatsAppAiPostgresApi')) as unknown as PostgresCredentials);
	const gemini = this.getNode().credentials?.whatsAppAiGeminiApi
		? getGemini((await this.getCredentials('whatsAppAiGeminiApi')) as unknown as GeminiCredentials)
		: undefined;
	const redis = getRedis(redisCredentials);
	const prefix = keyPrefixOf(redisCredentials);
	const items = this.getInputData();

	return await forEachItem(
		this,
		operationName === 'checkMessage' ? 2 : 1,
		async (itemIndex) => {
			const operation = operations[this.getNodeParameter('operation', itemIndex) as string];
			const input = items[itemIndex].json as IDataObject;
			const { result, output } = await operation.execute.call(this, itemIndex, { pool, redis, prefix, gemini, input });
			return { json: { ...input, guard: result }, output };
		},
		(error) => error instanceof GuardInputError,
		// A check that failed must never let a message through as Allowed: opt-outs are binding.
		operationName === 'checkMessage' ? 1 : 0,
	);
}
