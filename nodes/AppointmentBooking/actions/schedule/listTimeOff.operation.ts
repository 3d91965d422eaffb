import type { IDataObject } from 'n8n-workflow';
import { listTimeOff as list } from '../..';
import type { BookingOperation } from '../common';
import { optionalString, showFor } from '../common';

export const listTimeOff: BookingOperation = {
	option: { name: 'List Time Off', action: 'List practitioners time off' },
	description: [
		{
			displayName: 'Practitioner ID',
			name: 'timeOffPractitionerId',
			type: 'string',
			default: '',
			displayOptions: showFor('listTimeOff'),
			description: "Empty lists every practitioner's time off",
		},
		{
			displayName: 'From',
			name: 'timeOffFrom',
			type: 'string',
			default: '',
			displayOptions: showFor('listTimeOff'),
			description: 'Date or local date-time; empty means now',
		},
		{
			displayName: 'To',
			name: 'timeOffTo',
			type: 'string',
			default: '',
			displayOptions: showFor('listTimeOff'),
			description: 'Date or local date-time; empty means no end',
		},
	],
	async execute(itemIndex, booking) {
		const timeOff = await list(booking.pool, {
			tenant: booking.tenant,
			timezone: booking.timezone,
			practitionerId: optionalString(this.getNodeParameter('timeOffPractitionerId', itemIndex, '')),
			from: optionalString(this.getNodeParameter('timeOffFrom', itemIndex, '')),
			to: optionalString(this.getNodeParameter('timeOffTo', itemIndex, '')),
		});
		return { timeOff: timeOff as unknown as IDataObject[], count: timeOff.length };
	},
};
