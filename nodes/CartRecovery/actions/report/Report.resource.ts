import { defineResource } from '../../../shared/operations';
import type { CartOperation } from '../common';
import { getStats } from './getStats.operation';
import { renderDashboard } from './renderDashboard.operation';

export type ReportOperationName = 'getStats' | 'renderDashboard';

export const { operations: reportOperations, properties: reportProperties } = defineResource<ReportOperationName, CartOperation>(
	'report',
	{ getStats, renderDashboard },
	'getStats',
);
