import type { IDataObject } from 'n8n-workflow';
import { addTimeOff as addOff } from '../..';
import type { BookingOperation } from '../common';
import { optionalString, showFor } from '../common';

export const addTimeOff: BookingOperation = {
	option: { name: 'Add Time Off', action: 'Block a practitioner s time off' },
	description: [
		{
			displayName: 'Time Off Start',
			name: 'offStart',
			type: 'string',
			default: '',
			required: true,
			displayOptions: showFor('addTimeOff'),
			description: 'Date or local date-time',
		},
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
