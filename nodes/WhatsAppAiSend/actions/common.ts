import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import type { ListedOperation } from '../../shared/operations';
import type { OutboundProvider, SendContext, SendResult } from '../providers';

/** One operation of the Send node: its parameters and how it sends one item. */
export interface SendOperation extends ListedOperation {
	/** Text whose length sets the human-like typing delay, when the operation sends something readable. */
	typingText?(this: IExecuteFunctions, itemIndex: number): string | undefined;
	execute(this: IExecuteFunctions, itemIndex: number, provider: OutboundProvider, context: SendContext, to: string): Promise<SendResult>;
}

export const showFor = (operation: string) => ({ show: { operation: [operation] } });

export function optionalString(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

export function collectionOf(context: IExecuteFunctions, name: string, itemIndex: number): IDataObject {
	return context.getNodeParameter(name, itemIndex, {}) as IDataObject;
}
