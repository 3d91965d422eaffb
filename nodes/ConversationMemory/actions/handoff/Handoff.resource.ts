import { defineResource } from '../../../shared/operations';
import type { MemoryOperation } from '../common';
import { pauseBot } from './pauseBot.operation';
import { resumeBot } from './resumeBot.operation';
import { checkPause } from './checkPause.operation';

export type HandoffOperationName = 'pauseBot' | 'resumeBot' | 'checkPause';

export const { operations: handoffOperations, properties: handoffProperties } = defineResource<HandoffOperationName, MemoryOperation>(
	'handoff',
	{ pauseBot, resumeBot, checkPause },
	'checkPause',
);
