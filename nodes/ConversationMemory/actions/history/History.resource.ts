import { defineResource } from '../../../shared/operations';
import type { MemoryOperation } from '../common';
import { appendTurn } from './appendTurn.operation';
import { loadHistory } from './loadHistory.operation';
import { clearHistory } from './clearHistory.operation';
import { getLastInbound } from './getLastInbound.operation';

export type HistoryOperationName = 'appendTurn' | 'loadHistory' | 'clearHistory' | 'getLastInbound';

export const { operations: historyOperations, properties: historyProperties } = defineResource<HistoryOperationName, MemoryOperation>(
	'history',
	{ appendTurn, loadHistory, clearHistory, getLastInbound },
	'appendTurn',
);
