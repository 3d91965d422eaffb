import type { IDataObject } from 'n8n-workflow';
import { getAppointment as read } from '../..';
import type { BookingOperation } from '../common';
import { appointmentIdProperty, optionalString, restrictToContact } from '../common';

export const getAppointment: BookingOperation = {
	option: { name: 'Get Appointment', action: 'Get an appointment' },
	description: [appointmentIdProperty('getAppointment'), restrictToContact(['getAppointment'])],
	async execute(itemIndex, booking) {
		const appointment = await read(booking.pool, {
			tenant: booking.tenant,
			appointmentId: String(this.getNodeParameter('appointmentId', itemIndex)),
			contactPhone: optionalString(this.getNodeParameter('contactPhone', itemIndex, '')),
		});
		return { ok: true, appointment: appointment as unknown as IDataObject };
	},
};
