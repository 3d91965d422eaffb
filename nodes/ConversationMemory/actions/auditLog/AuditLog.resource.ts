import { defineResource } from '../../../shared/operations';
import type { MemoryOperation } from '../common';
import { purgeLog } from './purgeLog.operation';

export type AuditLogOperationName = 'purgeLog';

export const { operations: auditLogOperations, properties: auditLogProperties } = defineResource<AuditLogOperationName, MemoryOperation>(
	'auditLog',
	{ purgeLog },
	'purgeLog',
);
