import type Redis from 'ioredis';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { Pool } from 'pg';
import type { GeminiAdapter } from '../../shared/gemini/adapter';

export interface GuardContext {
	pool: Pool;
	redis: Redis;
	prefix: string;
	gemini?: GeminiAdapter;
	input: IDataObject;
}

export interface GuardOperation {
	description: INodeProperties[];
	/** Fields merged into the item's JSON under `guard`; output 1 is "Blocked" for Check Message. */
	execute(this: IExecuteFunctions, itemIndex: number, guard: GuardContext): Promise<{ result: IDataObject; output?: number }>;
}

export const showFor = (...operations: string[]) => ({ show: { operation: operations } });

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
