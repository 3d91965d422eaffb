import type { IDataObject } from 'n8n-workflow';
import { confirm as confirmAppointment } from '../..';
import type { BookingOperation } from '../common';
import { appointmentIdProperty, optionalString, restrictToContact } from '../common';

export const confirm: BookingOperation = {
	option: { name: 'Confirm', action: 'Confirm an appointment' },
	description: [appointmentIdProperty('confirm'), restrictToContact(['confirm'])],
	async execute(itemIndex, booking) {
		const appointment = await confirmAppointment(booking.pool, {
			tenant: booking.tenant,
			appointmentId: String(this.getNodeParameter('appointmentId', itemIndex)),
			contactPhone: optionalString(this.getNodeParameter('contactPhone', itemIndex, '')),
		});
		return { ok: true, appointment: appointment as unknown as IDataObject };
	},
};
