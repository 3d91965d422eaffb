import { NodeOperationError, type IDataObject } from 'n8n-workflow';
import { addTimeOff as addOff, createPractitioner as create, listPractitioners as list, setWeeklyHours as setHours, updatePractitioner as update } from '..';
import type { BookingOperation } from './common';
import { optionalString, showFor } from './common';

const practitionerFields = (operation: string, required: boolean) => [
	{ displayName: 'Name', name: 'practitionerName', type: 'string' as const, default: '', required, displayOptions: showFor(operation) },
	{ displayName: 'Specialty', name: 'practitionerSpecialty', type: 'string' as const, default: '', required, displayOptions: showFor(operation), description: 'E.g. cardiology, general_practice.' },
	{ displayName: 'Species', name: 'species', type: 'string' as const, default: '', displayOptions: showFor(operation), description: 'For vets: comma-separated species seen, e.g. dog, cat' },
];

export const createPractitioner: BookingOperation = {
	description: practitionerFields('createPractitioner', true),
	async execute(itemIndex, booking) {
		return (await create(booking.pool, {
			tenant: booking.tenant,
			name: String(this.getNodeParameter('practitionerName', itemIndex)),
			specialty: String(this.getNodeParameter('practitionerSpecialty', itemIndex)),
			species: speciesOf(this.getNodeParameter('species', itemIndex, '')),
		})) as unknown as IDataObject;
	},
};

export const updatePractitioner: BookingOperation = {
	description: [
		{ displayName: 'Practitioner ID', name: 'updatePractitionerId', type: 'string', default: '', required: true, displayOptions: showFor('updatePractitioner') },
		...practitionerFields('updatePractitioner', false),
		{ displayName: 'Active', name: 'active', type: 'boolean', default: true, displayOptions: showFor('updatePractitioner') },
	],
	async execute(itemIndex, booking) {
		return (await update(booking.pool, {
			tenant: booking.tenant,
			practitionerId: String(this.getNodeParameter('updatePractitionerId', itemIndex)),
			name: optionalString(this.getNodeParameter('practitionerName', itemIndex, '')),
			specialty: optionalString(this.getNodeParameter('practitionerSpecialty', itemIndex, '')),
			species: speciesOf(this.getNodeParameter('species', itemIndex, '')),
			active: this.getNodeParameter('active', itemIndex, true) as boolean,
		})) as unknown as IDataObject;
	},
};

export const listPractitioners: BookingOperation = {
	description: [],
	async execute(_itemIndex, booking) {
		const practitioners = await list(booking.pool, { tenant: booking.tenant });
		return { practitioners: practitioners as unknown as IDataObject[], count: practitioners.length };
	},
};

export const setWeeklyHours: BookingOperation = {
	description: [
		{ displayName: 'Practitioner ID', name: 'hoursPractitionerId', type: 'string', default: '', required: true, displayOptions: showFor('setWeeklyHours', 'addTimeOff') },
		{
			displayName: 'Weekly Hours (JSON)',
			name: 'weeklyHours',
			type: 'json',
			default: '[{"weekday": 1, "start": "08:00", "end": "12:00", "slotMinutes": 30}]',
			displayOptions: showFor('setWeeklyHours'),
			description: 'Replaces the practitioner\'s hours. Weekday 0 = Sunday … 6 = Saturday; times on the clinic\'s clock.',
		},
	],
	async execute(itemIndex, booking) {
		const raw = this.getNodeParameter('weeklyHours', itemIndex);
		let hours: unknown;
		try {
			hours = typeof raw === 'string' ? JSON.parse(raw) : raw;
		} catch {
			throw new NodeOperationError(this.getNode(), 'Weekly Hours is not valid JSON', { itemIndex });
		}
		if (!Array.isArray(hours)) throw new NodeOperationError(this.getNode(), 'Weekly Hours must be a JSON array', { itemIndex });
		return (await setHours(booking.pool, { tenant: booking.tenant, timezone: booking.timezone, practitionerId: String(this.getNodeParameter('hoursPractitionerId', itemIndex)), hours })) as unknown as IDataObject;
	},
};

export const addTimeOff: BookingOperation = {
	description: [
		{ displayName: 'Time Off Start', name: 'offStart', type: 'string', default: '', required: true, displayOptions: showFor('addTimeOff'), description: 'Date or local date-time' },
		{ displayName: 'Time Off End', name: 'offEnd', type: 'string', default: '', required: true, displayOptions: showFor('addTimeOff') },
		{ displayName: 'Reason', name: 'offReason', type: 'string', default: '', displayOptions: showFor('addTimeOff') },
	],
	async execute(itemIndex, booking) {
		return (await addOff(booking.pool, {
			tenant: booking.tenant,
			timezone: booking.timezone,
			practitionerId: String(this.getNodeParameter('hoursPractitionerId', itemIndex)),
			start: String(this.getNodeParameter('offStart', itemIndex)),
			end: String(this.getNodeParameter('offEnd', itemIndex)),
			reason: optionalString(this.getNodeParameter('offReason', itemIndex, '')),
		})) as unknown as IDataObject;
	},
};

function speciesOf(value: unknown): string[] | undefined {
	const text = optionalString(value);
	return text ? text.split(',').map((species) => species.trim()).filter(Boolean) : undefined;
}
