import type Redis from 'ioredis';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { ListedOperation } from '../../shared/operations';
import type { Pool } from 'pg';
import type { GeminiAdapter } from '../../shared/gemini/adapter';
import type { ItemOutcome } from '../../shared/itemLoop';
import type { OptOutCategory } from '../types';

export interface GuardContext {
	pool: Pool;
	redis: Redis;
	prefix: string;
	gemini?: GeminiAdapter;
	input: IDataObject;
}

export interface GuardOperation extends ListedOperation {
	/** The result joins the item under `guard`; output 1 is "Blocked" for Check Message. */
	execute(this: IExecuteFunctions, itemIndex: number, guard: GuardContext): Promise<ItemOutcome>;
}

export const showFor = (...operations: string[]) => ({ show: { operation: operations } });

/** What an opt-out (or opt-in) covers: every message, or marketing only. */
export function categoryProperty(operation: string, defaultValue: OptOutCategory): INodeProperties {
	return {
		displayName: 'Category',
		name: 'optOutScope',
		type: 'options',
		options: [
			{ name: 'All Messages', value: 'all' },
			{ name: 'Marketing Only', value: 'marketing' },
		],
		default: defaultValue,
		displayOptions: showFor(operation),
	};
}

export function contactOf(context: IExecuteFunctions, itemIndex: number): { tenant: string; phone: string } {
	return {
		tenant: String(context.getNodeParameter('tenant', itemIndex, 'default') || 'default'),
		phone: String(context.getNodeParameter('phone', itemIndex, '') ?? '').replace(/\D/g, ''),
	};
}

export function listOf(value: unknown): string[] | undefined {
	if (typeof value !== 'string' || value.trim() === '') return undefined;
	return value
		.split(/[,\n]/)
		.map((entry) => entry.trim())
		.filter(Boolean);
}
