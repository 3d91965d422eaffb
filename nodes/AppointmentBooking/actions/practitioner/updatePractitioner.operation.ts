import type { IDataObject } from 'n8n-workflow';
import { updatePractitioner as update } from '../..';
import type { BookingOperation } from '../common';
import { optionalString, showFor } from '../common';

const practitionerFields = (operation: string, required: boolean) => [
	{ displayName: 'Name', name: 'practitionerName', type: 'string' as const, default: '', required, displayOptions: showFor(operation) },
	{ displayName: 'Specialty', name: 'practitionerSpecialty', type: 'string' as const, default: '', required, displayOptions: showFor(operation), description: 'E.g. cardiology, general_practice.' },
	{ displayName: 'Species', name: 'species', type: 'string' as const, default: '', displayOptions: showFor(operation), description: 'For vets: comma-separated species seen, e.g. dog, cat' },
];

export const updatePractitioner: BookingOperation = {
	option: { name: 'Update Practitioner', action: 'Update a practitioner' },
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

function speciesOf(value: unknown): string[] | undefined {
	const text = optionalString(value);
	return text ? text.split(',').map((species) => species.trim()).filter(Boolean) : undefined;
}
