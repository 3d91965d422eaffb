import type { INodeProperties } from 'n8n-workflow';
import { operationProperty } from '../../../shared/operations';
import type { MemoryOperation } from '../common';
import { purgeLog } from './purgeLog.operation';

export type AuditLogOperationName = 'purgeLog';

export const auditLogOperations: Record<AuditLogOperationName, MemoryOperation> = { purgeLog };

export const auditLogProperties: INodeProperties[] = [
	operationProperty(
		'auditLog',
		[
			{ name: 'Purge Audit Log', value: 'purgeLog', action: 'Delete audit log rows past retention' },
		],
		'purgeLog',
	),
	...Object.values(auditLogOperations).flatMap((operation) => operation.description),
];
