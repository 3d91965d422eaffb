import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { getPgPool, type PostgresCredentials } from '../../shared/clients/postgres';
import { getRedis, keyPrefixOf, type RedisCredentials } from '../../shared/clients/redis';
import { optionalCredentials } from '../../shared/credentials';
import { getGemini } from '../../shared/gemini/adapter';
import type { GeminiCredentials } from '../../shared/gemini/types';
import { describeAs, forEachItem } from '../../shared/itemLoop';
import { operationOf } from '../../shared/operations';
import { GuardInputError } from '..';
import { contactOperations } from './contact/Contact.resource';
import { contactDataOperations } from './contactData/ContactData.resource';
import { messageOperations } from './message/Message.resource';

export const resources = { message: messageOperations, contact: contactOperations, contactData: contactDataOperations };

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const checkingMessages = this.getNodeParameter('operation', 0, '') === 'checkMessage';
	const redisCredentials = await this.getCredentials<RedisCredentials>('whatsAppAiRedisApi');
	const pool = getPgPool(await this.getCredentials<PostgresCredentials>('whatsAppAiPostgresApi'));
	const geminiCredentials = await optionalCredentials<GeminiCredentials>(this, 'whatsAppAiGeminiApi');
	const gemini = geminiCredentials ? getGemini(geminiCredentials) : undefined;
	const redis = getRedis(redisCredentials);
	const prefix = keyPrefixOf(redisCredentials);
	const items = this.getInputData();

	return await forEachItem(
		this,
		{
			outputs: checkingMessages ? 2 : 1,
			resultKey: 'guard',
			describe: describeAs('invalid_input', GuardInputError),
			// A check that failed must never let a message through as Allowed: opt-outs are binding.
			errorOutput: checkingMessages ? 1 : 0,
		},
		async (itemIndex) => {
			const operation = operationOf(this, resources, itemIndex);
			return await operation.execute.call(this, itemIndex, { pool, redis, prefix, gemini, input: items[itemIndex].json });
		},
	);
}
