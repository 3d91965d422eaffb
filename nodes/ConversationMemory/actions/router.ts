import { NodeOperationError, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';
import { getPgPool, type PostgresCredentials } from '../../shared/clients/postgres';
import { getRedis, keyPrefixOf, type RedisCredentials } from '../../shared/clients/redis';
import { optionalCredentials } from '../../shared/credentials';
import { describeAs, forEachItem } from '../../shared/itemLoop';
import { operationOf } from '../../shared/operations';
import { MemoryInputError } from '../errors';
import { auditLogOperations } from './auditLog/AuditLog.resource';
import { handoffOperations } from './handoff/Handoff.resource';
import { historyOperations } from './history/History.resource';
import { stateOperations } from './state/State.resource';

export const resources = { history: historyOperations, state: stateOperations, handoff: handoffOperations, auditLog: auditLogOperations };

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const checkingPause = this.getNodeParameter('operation', 0, '') === 'checkPause';
	const redisCredentials = await this.getCredentials<RedisCredentials>('whatsAppAiRedisApi');
	const postgresCredentials = await optionalCredentials<PostgresCredentials>(this, 'whatsAppAiPostgresApi');
	const redis = getRedis(redisCredentials);
	const prefix = keyPrefixOf(redisCredentials);
	const pool = postgresCredentials ? getPgPool(postgresCredentials) : undefined;
	const items = this.getInputData();

	return await forEachItem(
		this,
		{
			outputs: checkingPause ? 2 : 1,
			resultKey: 'memory',
			describe: describeAs('invalid_input', MemoryInputError),
			// Unknown pause state: keep the bot quiet rather than talk over a human attendant.
			errorOutput: checkingPause ? 1 : 0,
		},
		async (itemIndex) => {
			const operation = operationOf(this, resources, itemIndex);
			const conversationKey = String(this.getNodeParameter('conversationKey', itemIndex, '') ?? '').trim();
			if (!conversationKey && this.getNodeParameter('resource', itemIndex) !== 'auditLog') {
				throw new NodeOperationError(this.getNode(), 'Conversation Key is empty: connect the WhatsApp AI Trigger or set it', { itemIndex });
			}
			return await operation.execute.call(this, itemIndex, { redis, prefix, conversationKey, pool, input: items[itemIndex].json });
		},
	);
}
