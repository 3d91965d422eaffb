import { defineResource } from '../../../shared/operations';
import type { GuardOperation } from '../common';
import { checkMessage } from './checkMessage.operation';

export type MessageOperationName = 'checkMessage';

export const { operations: messageOperations, properties: messageProperties } = defineResource<MessageOperationName, GuardOperation>(
	'message',
	{ checkMessage },
	'checkMessage',
);
