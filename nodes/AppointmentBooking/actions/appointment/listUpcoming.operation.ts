import type { IDataObject } from 'n8n-workflow';
import { listUpcoming as upcoming } from '../..';
import type { BookingOperation } from '../common';
import { contactPhoneProperty } from '../common';

export const listUpcoming: BookingOperation = {
	option: { name: 'List Upcoming', action: 'List a contact s upcoming appointments' },
	description: [contactPhoneProperty(['listUpcoming'], true, 'Digits with country code')],
	async execute(itemIndex, booking) {
		const appointments = await upcoming(booking.pool, {
			tenant: booking.tenant,
			contactPhone: String(this.getNodeParameter('contactPhone', itemIndex)),
		});
		return { appointments: appointments as unknown as IDataObject[], count: appointments.length };
	},
};
