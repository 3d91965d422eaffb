import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { Pool } from 'pg';

export interface BookingContext {
	pool: Pool;
	tenant: string;
	timezone: string;
	input: IDataObject;
}

export interface BookingOperation {
	description: INodeProperties[];
	/** The result becomes the item's JSON (lists become one item per entry). */
	execute(this: IExecuteFunctions, itemIndex: number, booking: BookingContext): Promise<IDataObject | IDataObject[]>;
}

export const showFor = (...operations: string[]) => ({ show: { operation: operations } });

export function optionalString(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export function appointmentIdProperty(...operations: string[]): INodeProperties {
	return {
		displayName: 'Appointment ID',
		name: 'appointmentId',
		type: 'string',
		default: '={{ $json.appointment?.id ?? $json.id }}',
		required: true,
		displayOptions: showFor(...operations),
	};
}

export function contactPhoneProperty(operations: string[], required: boolean, description: string): INodeProperties {
	return {
		displayName: 'Contact Phone',
		name: 'contactPhone',
		type: 'string',
		default: '={{ $json.phone }}',
		required,
		displayOptions: showFor(...operations),
		description,
	};
}
