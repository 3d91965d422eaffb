import type Redis from 'ioredis';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { Pool } from 'pg';

/** What every memory operation gets: the item's conversation and the shared clients. */
export interface MemoryContext {
	redis: Redis;
	prefix: string;
	conversationKey: string;
	/** Only when a Postgres credential is set (audit log). */
	pool?: Pool;
	input: IDataObject;
}

export interface MemoryOperation {
	description: INodeProperties[];
	/** Fields merged into the item's JSON; `output` 1 is "Human Active" for Check Pause. */
	execute(this: IExecuteFunctions, itemIndex: number, memory: MemoryContext): Promise<{ result: IDataObject; output?: number }>;
}

export const showFor = (...operations: string[]) => ({ show: { operation: operations } });
