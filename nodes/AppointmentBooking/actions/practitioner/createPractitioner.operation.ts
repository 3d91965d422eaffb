import type { IDataObject } from 'n8n-workflow';
import { createPractitioner as create } from '../..';
import type { BookingOperation } from '../common';
import { practitionerFields, speciesOf } from '../common';

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
