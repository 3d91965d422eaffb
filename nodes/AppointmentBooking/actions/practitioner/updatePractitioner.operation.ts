import type { IDataObject } from 'n8n-workflow';
import { updatePractitioner as update } from '../..';
import type { BookingOperation } from '../common';
import { optionalString, practitionerFields, showFor, speciesOf } from '../common';

export const updatePractitioner: BookingOperation = {
	option: { name: 'Update Practitioner', action: 'Update a practitioner' },
	description: [
		{
			displayName: 'Practitioner ID',
			name: 'updatePractitionerId',
			type: 'string',
			default: '',
			required: true,
			displayOptions: showFor('updatePractitioner'),
		},
		...practitionerFields('updatePractitioner', false),
		{
			displayName: 'Active',
			name: 'active',
			type: 'options',
			options: [
				{ name: 'Leave As Is', value: '' },
				{ name: 'Active', value: 'active', description: 'Offered in slot searches' },
				{ name: 'Inactive', value: 'inactive', description: 'Kept with their appointments, but no longer offered' },
			],
			default: '',
			displayOptions: showFor('updatePractitioner'),
		},
	],
	async execute(itemIndex, booking) {
		return (await update(booking.pool, {
			tenant: booking.tenant,
			practitionerId: String(this.getNodeParameter('updatePractitionerId', itemIndex)),
			name: optionalString(this.getNodeParameter('practitionerName', itemIndex, '')),
			specialty: optionalString(this.getNodeParameter('practitionerSpecialty', itemIndex, '')),
			species: speciesOf(this.getNodeParameter('species', itemIndex, '')),
			active: activeOf(this.getNodeParameter('active', itemIndex, '')),
		})) as unknown as IDataObject;
	},
};

/** The Active choice as the module takes it: undefined leaves the practitioner as they are. */
function activeOf(value: unknown): boolean | undefined {
	return value === 'active' ? true : value === 'inactive' ? false : undefined;
}
