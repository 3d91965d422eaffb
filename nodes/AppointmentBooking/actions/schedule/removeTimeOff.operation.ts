import type { IDataObject } from 'n8n-workflow';
import { removeTimeOff as remove } from '../..';
import type { BookingOperation } from '../common';
import { showFor } from '../common';

export const removeTimeOff: BookingOperation = {
	option: { name: 'Remove Time Off', action: 'Remove a practitioner s time off' },
	description: [
		{
			displayName: 'Time Off ID',
			name: 'timeOffId',
			type: 'string',
			default: '',
			required: true,
			displayOptions: showFor('removeTimeOff'),
		},
	],
	async execute(itemIndex, booking) {
		const removed = await remove(booking.pool, {
			tenant: booking.tenant,
			timeOffId: String(this.getNodeParameter('timeOffId', itemIndex)),
		});
		return { ok: true, timeOff: removed as unknown as IDataObject };
	},
};
