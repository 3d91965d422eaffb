import { releaseReminder as release } from '../..';
import type { BookingOperation } from '../common';

export const releaseReminder: BookingOperation = {
	option: { name: 'Release Reminder', action: 'Release a claimed reminder that could not be sent' },
	description: [],
	async execute(itemIndex, booking) {
		return {
			reminderId: this.getNodeParameter('reminderId', itemIndex),
			released: await release(booking.pool, { tenant: booking.tenant, reminderId: String(this.getNodeParameter('reminderId', itemIndex)) }),
		};
	},
};
