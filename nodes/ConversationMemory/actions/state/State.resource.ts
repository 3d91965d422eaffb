import { defineResource } from '../../../shared/operations';
import type { MemoryOperation } from '../common';
import { getState } from './getState.operation';
import { setState } from './setState.operation';
import { clearState } from './clearState.operation';

export type StateOperationName = 'getState' | 'setState' | 'clearState';

export const { operations: stateOperations, properties: stateProperties } = defineResource<StateOperationName, MemoryOperation>(
	'state',
	{ getState, setState, clearState },
	'getState',
);
