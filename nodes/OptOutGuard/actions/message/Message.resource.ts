import type { INodeProperties } from 'n8n-workflow';
import { operationProperty } from '../../../shared/operations';
import type { GuardOperation } from '../common';
import { checkMessage } from './checkMessage.operation';

export type MessageOperationName = 'checkMessage';

export const messageOperations: Record<MessageOperationName, GuardOperation> = { checkMessage };

export const messageProperties: INodeProperties[] = [
	operationProperty(
		'message',
		[
			{ name: 'Check Message', value: 'checkMessage', action: 'Check a message against opt outs and rate limits', description: 'Two outputs: Allowed and Blocked' },
		],
		'checkMessage',
	),
	...Object.values(messageOperations).flatMap((operation) => operation.description),
];
