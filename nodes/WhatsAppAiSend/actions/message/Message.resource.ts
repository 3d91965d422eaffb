import { defineResource } from '../../../shared/operations';
import type { SendOperation } from '../common';
import { sendButtons } from './sendButtons.operation';
import { sendList } from './sendList.operation';
import { sendMedia } from './sendMedia.operation';
import { sendTemplate } from './sendTemplate.operation';
import { sendText } from './sendText.operation';

export type MessageOperationName = 'sendText' | 'sendMedia' | 'sendButtons' | 'sendList' | 'sendTemplate';

export const { operations: messageOperations, properties: messageProperties } = defineResource<MessageOperationName, SendOperation>(
	'message',
	{ sendText, sendMedia, sendButtons, sendList, sendTemplate },
	'sendText',
);
