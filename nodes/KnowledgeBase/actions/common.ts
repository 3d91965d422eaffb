import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { ListedOperation } from '../../shared/operations';
import type { KnowledgeDeps } from '../types';

export interface KnowledgeContext {
	deps: KnowledgeDeps;
	tenant: string;
	input: IDataObject;
}

export interface KnowledgeOperation extends ListedOperation {
	/** The result joins the item under `knowledge`. */
	execute(this: IExecuteFunctions, itemIndex: number, knowledge: KnowledgeContext): Promise<IDataObject>;
}

export const showFor = (...operations: string[]) => ({ show: { operation: operations } });

/** A JSON parameter (object or JSON text); empty means undefined. */
export function jsonParameter(value: unknown): unknown {
	if (value === undefined || value === null || value === '' || value === '{}') return undefined;
	return typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
}

export function filterProperty(operations: string[], description: string): INodeProperties {
	return {
		displayName: 'Metadata Filter (JSON)',
		name: 'filter',
		type: 'json',
		default: '{}',
		displayOptions: showFor(...operations),
		description,
	};
}
