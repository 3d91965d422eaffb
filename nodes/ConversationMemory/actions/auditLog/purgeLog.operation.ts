import { NodeOperationError } from 'n8n-workflow';
import { purgeOlderThan } from '../..';
import type { MemoryOperation } from '../common';
import { showFor } from '../common';

export const purgeLog: MemoryOperation = {
	option: { name: 'Purge Audit Log', action: 'Delete audit log rows past retention' },
	description: [
		{
			displayName: 'Tenant',
			name: 'purgeTenant',
			type: 'string',
			default: '={{ $json.tenant || "default" }}',
			displayOptions: showFor('purgeLog'),
		},
		{
			displayName: 'Keep Days',
			name: 'retentionDays',
			type: 'number',
			default: 180,
			typeOptions: { minValue: 1 },
			displayOptions: showFor('purgeLog'),
			description: 'Audit-log rows older than this are deleted',
		},
	],
	async execute(itemIndex, memory) {
		if (!memory.pool) throw new NodeOperationError(this.getNode(), 'Purge Audit Log needs the Postgres credential', { itemIndex });
		const deleted = await purgeOlderThan(
			memory.pool,
			this.getNodeParameter('purgeTenant', itemIndex) as string,
			this.getNodeParameter('retentionDays', itemIndex) as number,
		);
		return { result: { purged: deleted } };
	},
};
