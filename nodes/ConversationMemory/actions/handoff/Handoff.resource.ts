import type { INodeProperties } from 'n8n-workflow';
import { operationProperty } from '../../../shared/operations';
import type { MemoryOperation } from '../common';
import { pauseBot } from './pauseBot.operation';
import { resumeBot } from './resumeBot.operation';
import { checkPause } from './checkPause.operation';

export type HandoffOperationName = 'pauseBot' | 'resumeBot' | 'checkPause';

export const handoffOperations: Record<HandoffOperationName, MemoryOperation> = { pauseBot, resumeBot, checkPause };

export const handoffProperties: INodeProperties[] = [
	operationProperty(
		'handoff',
		[
			{ name: 'Check Pause', value: 'checkPause', action: 'Route by whether a human has taken over', description: 'Two outputs: Bot Active and Human Active' },
			{ name: 'Pause Bot', value: 'pauseBot', action: 'Pause the bot for a human', description: 'Human handoff; resumes by itself' },
			{ name: 'Resume Bot', value: 'resumeBot', action: 'Resume the bot' },
		],
		'checkPause',
	),
	...Object.values(handoffOperations).flatMap((operation) => operation.description),
];
