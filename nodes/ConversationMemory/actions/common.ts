import type Redis from 'ioredis';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import type { ListedOperation } from '../../shared/operations';
import type { Pool } from 'pg';
import type { ItemOutcome } from '../../shared/itemLoop';

/** What every memory operation gets: the item's conversation and the shared clients. */
export interface MemoryContext {
	redis: Redis;
	prefix: string;
	conversationKey: string;
	/** Only when a Postgres credential is set (audit log). */
	pool?: Pool;
	input: IDataObject;
}

export interface MemoryOperation extends ListedOperation {
	/** The result joins the item under `memory`; output 1 is "Human Active" for Check Pause. */
	execute(this: IExecuteFunctions, itemIndex: number, memory: MemoryContext): Promise<ItemOutcome>;
}

export const showFor = (...operations: string[]) => ({ show: { operation: operations } });
