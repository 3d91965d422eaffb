import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import type { Pool } from 'pg';
import type { ListedOperation } from '../../shared/operations';
import type { Cart } from '../types';

export interface CartContext {
	pool: Pool;
	tenant: string;
	locale: string;
	input: IDataObject;
}

export interface CartOperation extends ListedOperation {
	/** The result joins the item under `cart`. */
	execute(this: IExecuteFunctions, itemIndex: number, cart: CartContext): Promise<IDataObject>;
}

export const showFor = (...operations: string[]) => ({ show: { operation: operations } });

/** A trimmed string, or undefined for empty, null and undefined; numbers become text. */
export function optionalString(value: unknown): string | undefined {
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** A value passed on as given (a number or text), or undefined when empty. */
export function optionalValue(value: unknown): string | number | undefined {
	if (typeof value === 'number') return value;
	return optionalString(value);
}

/** A cart as the item carries it: its fields at the top of `cart`, next to the operation's own. */
export function cartFields(cart: Cart): IDataObject {
	return { ...cart } as unknown as IDataObject;
}

export const cartIdProperty = (operations: string[], required: boolean, description: string) => ({
	displayName: 'Cart ID',
	name: 'cartId',
	type: 'string' as const,
	default: '={{ $json.cart?.id }}',
	required,
	displayOptions: showFor(...operations),
	description,
});
