import type { IDataObject } from 'n8n-workflow';
import { listPractitioners as list } from '../..';
import type { BookingOperation } from '../common';

export const listPractitioners: BookingOperation = {
	option: { name: 'List Practitioners', action: 'List practitioners' },
	description: [],
	async execute(_itemIndex, booking) {
		const practitioners = await list(booking.pool, { tenant: booking.tenant });
		return { practitioners: practitioners as unknown as IDataObject[], count: practitioners.length };
	},
};
