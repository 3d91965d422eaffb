import type { INodeProperties } from 'n8n-workflow';
import { operationProperty } from '../../../shared/operations';
import type { MemoryOperation } from '../common';
import { appendTurn } from './appendTurn.operation';
import { loadHistory } from './loadHistory.operation';
import { clearHistory } from './clearHistory.operation';
import { getLastInbound } from './getLastInbound.operation';

export type HistoryOperationName = 'appendTurn' | 'loadHistory' | 'clearHistory' | 'getLastInbound';

export const historyOperations: Record<HistoryOperationName, MemoryOperation> = { appendTurn, loadHistory, clearHistory, getLastInbound };

export const historyProperties: INodeProperties[] = [
	operationProperty(
		'history',
		[
			{ name: 'Append Turn', value: 'appendTurn', action: 'Append a turn to the history' },
			{ name: 'Clear History', value: 'clearHistory', action: 'Clear the history' },
			{ name: 'Get Last Inbound', value: 'getLastInbound', action: 'Get when the person last wrote', description: 'For the 24-hour customer-service window' },
			{ name: 'Load History', value: 'loadHistory', action: 'Load the last turns', description: 'Oldest first, ready for the Gemini Agent' },
		],
		'appendTurn',
	),
	...Object.values(historyOperations).flatMap((operation) => operation.description),
];
