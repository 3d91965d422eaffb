import { defineResource } from '../../../shared/operations';
import type { SendOperation } from '../common';
import { markRead } from './markRead.operation';
import { react } from './react.operation';
import { typing } from './typing.operation';

export type ChatOperationName = 'markRead' | 'react' | 'typing';

export const { operations: chatOperations, properties: chatProperties } = defineResource<ChatOperationName, SendOperation>(
	'chat',
	{ markRead, react, typing },
	'markRead',
);
