import type { INodeProperties } from 'n8n-workflow';
import { operationProperty } from '../../../shared/operations';
import type { SendOperation } from '../common';
import { markRead } from './markRead.operation';
import { react } from './react.operation';
import { typing } from './typing.operation';

export type ChatOperationName = 'markRead' | 'react' | 'typing';

export const chatOperations: Record<ChatOperationName, SendOperation> = { markRead, react, typing };

export const chatProperties: INodeProperties[] = [
	operationProperty(
		'chat',
		[
			{ name: 'Mark as Read', value: 'markRead', action: 'Mark messages as read' },
			{ name: 'React', value: 'react', action: 'React to a message' },
			{ name: 'Typing', value: 'typing', action: 'Show or clear the typing indicator' },
		],
		'markRead',
	),
	...Object.values(chatOperations).flatMap((operation) => operation.description),
];
