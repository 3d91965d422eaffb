import type { INodeProperties } from 'n8n-workflow';
import { operationProperty } from '../../../shared/operations';
import type { MemoryOperation } from '../common';
import { getState } from './getState.operation';
import { setState } from './setState.operation';
import { clearState } from './clearState.operation';

export type StateOperationName = 'getState' | 'setState' | 'clearState';

export const stateOperations: Record<StateOperationName, MemoryOperation> = { getState, setState, clearState };

export const stateProperties: INodeProperties[] = [
	operationProperty(
		'state',
		[
			{ name: 'Clear State', value: 'clearState', action: 'Clear the conversation state' },
			{ name: 'Get State', value: 'getState', action: 'Get the conversation state' },
			{ name: 'Set State', value: 'setState', action: 'Set the conversation state' },
		],
		'getState',
	),
	...Object.values(stateOperations).flatMap((operation) => operation.description),
];
