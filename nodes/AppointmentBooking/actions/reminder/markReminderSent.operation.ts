import { markReminderSent as markSent } from '../..';
import type { BookingOperation } from '../common';
import { showFor } from '../common';

export const markReminderSent: BookingOperation = {
	option: { name: 'Mark Reminder Sent', action: 'Mark a claimed reminder as sent' },
	description: [
		{
			displayName: 'Reminder ID',
			name: 'reminderId',
			type: 'string',
			default: '={{ $json.booking?.reminderId }}',
			required: true,
			displayOptions: showFor('markReminderSent', 'releaseReminder'),
		},
	],
	async execute(itemIndex, booking) {
		return {
			reminderId: this.getNodeParameter('reminderId', itemIndex),
			marked: await markSent(booking.pool, { tenant: booking.tenant, reminderId: String(this.getNodeParameter('reminderId', itemIndex)) }),
		};
	},
};
