import type { IDataObject } from 'n8n-workflow';
import { findSlots as search } from '../..';
import type { BookingOperation } from '../common';
import { optionalString, showFor } from '../common';

export const findSlots: BookingOperation = {
	option: {
		name: 'Find Slots',
		action: 'Find free appointment slots',
		description: "Earliest first, on the clinic's clock, never in the past",
	},
	description: [
		{
			displayName: 'Specialty',
			name: 'specialty',
			type: 'string',
			default: '',
			displayOptions: showFor('findSlots'),
			description: 'E.g. cardiology, dermatology; empty searches every practitioner.',
		},
		{ displayName: 'Practitioner ID', name: 'practitionerId', type: 'string', default: '', displayOptions: showFor('findSlots') },
		{
			displayName: 'From',
			name: 'from',
			type: 'string',
			default: '',
			displayOptions: showFor('findSlots'),
			description: "Date or date-time on the clinic's clock (e.g. 2026-12-01 or 2026-12-01T14:00); empty means now",
		},
		{
			displayName: 'To',
			name: 'to',
			type: 'string',
			default: '',
			displayOptions: showFor('findSlots'),
			description: "Date or date-time on the clinic's clock; empty searches the next weeks",
		},
		{
			displayName: 'Max Slots',
			name: 'maxSlots',
			type: 'number',
			default: 5,
			typeOptions: { minValue: 1, maxValue: 50 },
			displayOptions: showFor('findSlots'),
		},
	],
	async execute(itemIndex, booking) {
		const slots = await search(booking.pool, {
			tenant: booking.tenant,
			timezone: booking.timezone,
			specialty: optionalString(this.getNodeParameter('specialty', itemIndex, '')),
			practitionerId: optionalString(this.getNodeParameter('practitionerId', itemIndex, '')),
			from: optionalString(this.getNodeParameter('from', itemIndex, '')),
			to: optionalString(this.getNodeParameter('to', itemIndex, '')),
			limit: this.getNodeParameter('maxSlots', itemIndex, 5) as number,
		});
		return { slots: slots as unknown as IDataObject[], count: slots.length };
	},
};
