import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { ListedOperation } from '../../shared/operations';
import type { Pool } from 'pg';

export interface BookingContext {
	pool: Pool;
	tenant: string;
	timezone: string;
	input: IDataObject;
}

export interface BookingOperation extends ListedOperation {
	/** The result joins the item under `booking`; an array gives one item per entry (claimed reminders). */
	execute(this: IExecuteFunctions, itemIndex: number, booking: BookingContext): Promise<IDataObject | IDataObject[]>;
}

export const showFor = (...operations: string[]) => ({ show: { operation: operations } });

/** Shown for these operations on version 1 nodes only (the JSON and free-text inputs kept for saved workflows). */
export const showForV1 = (...operations: string[]) => ({ show: { operation: operations, '@version': [1] } });

/** Shown for these operations from version 2 on (the structured inputs). */
export const showForV2 = (...operations: string[]) => ({ show: { operation: operations, '@version': [{ _cnd: { gte: 2 } }] } });

export function optionalString(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export function appointmentIdProperty(...operations: string[]): INodeProperties {
	return {
		displayName: 'Appointment ID',
		name: 'appointmentId',
		type: 'string',
		default: '={{ $json.booking?.appointment?.id }}',
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

/** Contact Phone on operations that change an appointment: when set, only that contact's can be changed. */
export const restrictToContact = (operations: string[]): INodeProperties =>
	contactPhoneProperty(
		operations,
		false,
		"When set, only this contact's appointment can be changed (use it when a patient asks on WhatsApp)",
	);

/** Name, specialty and species, required when creating a practitioner and optional when updating. */
export const practitionerFields = (operation: string, required: boolean): INodeProperties[] => [
	{ displayName: 'Name', name: 'practitionerName', type: 'string', default: '', required, displayOptions: showFor(operation) },
	{
		displayName: 'Specialty',
		name: 'practitionerSpecialty',
		type: 'string',
		default: '',
		required,
		displayOptions: showFor(operation),
		description: 'E.g. cardiology, general_practice.',
	},
	{
		displayName: 'Species',
		name: 'species',
		type: 'string',
		default: '',
		displayOptions: showFor(operation),
		description: 'For vets: comma-separated species seen, e.g. dog, cat',
	},
];

/** Comma-separated species as a list; empty means not given. */
export function speciesOf(value: unknown): string[] | undefined {
	const text = optionalString(value);
	return text
		? text
				.split(',')
				.map((species) => species.trim())
				.filter(Boolean)
		: undefined;
}
