import type { INodeProperties } from 'n8n-workflow';
import { operationProperty } from '../../../shared/operations';
import type { SendOperation } from '../common';
import { sendButtons } from './sendButtons.operation';
import { sendList } from './sendList.operation';
import { sendMedia } from './sendMedia.operation';
import { sendTemplate } from './sendTemplate.operation';
import { sendText } from './sendText.operation';

export type MessageOperationName = 'sendText' | 'sendMedia' | 'sendButtons' | 'sendList' | 'sendTemplate';

export const messageOperations: Record<MessageOperationName, SendOperation> = { sendText, sendMedia, sendButtons, sendList, sendTemplate };

export const messageProperties: INodeProperties[] = [
	operationProperty(
		'message',
		[
			{ name: 'Send Buttons', value: 'sendButtons', action: 'Send reply buttons', description: 'Native on the Cloud API; a numbered text menu on WAHA and Evolution API' },
			{ name: 'Send List', value: 'sendList', action: 'Send a list menu', description: 'Native on the Cloud API; a numbered text menu on WAHA and Evolution API' },
			{ name: 'Send Media', value: 'sendMedia', action: 'Send an image document audio voice note or video' },
			{ name: 'Send Template', value: 'sendTemplate', action: 'Send an approved template', description: 'Cloud API only' },
			{ name: 'Send Text', value: 'sendText', action: 'Send a text message' },
		],
		'sendText',
	),
	...Object.values(messageOperations).flatMap((operation) => operation.description),
];
