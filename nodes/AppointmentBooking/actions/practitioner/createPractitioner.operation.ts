import type { IDataObject } from 'n8n-workflow';
import { createPractitioner as create } from '../..';
import type { BookingOperation } from '../common';
import { optionalString, showFor } from '../common';

const practitionerFields = (operation: string, required: boolean) => [
	{ displayName: 'Name', name: 'practitionerName', type: 'string' as const, default: '', required, displayOptions: showFor(operation) },
	{ displayName: 'Specialty', name: 'practitionerSpecialty', type: 'string' as const, default: '', required, displayOptions: showFor(operation), description: 'E.g. cardiology, general_practice.' },
	{ displayName: 'Species', name: 'species', type: 'string' as const, default: '', displayOptions: showFor(operation), description: 'For vets: comma-separated species seen, e.g. dog, cat' },
];

export const createPractitioner: BookingOperation = {
	option: { name: 'Create Practitioner', action: 'Create a practitioner' },
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

function speciesOf(value: unknown): string[] | undefined {
	const text = optionalString(value);
	return text ? text.split(',').map((species) => species.trim()).filter(Boolean) : undefined;
}
