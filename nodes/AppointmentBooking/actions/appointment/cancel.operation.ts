import type { IDataObject } from 'n8n-workflow';
import { cancel as cancelAppointment } from '../..';
import type { BookingOperation } from '../common';
import { appointmentIdProperty, optionalString, restrictToContact, showFor } from '../common';

export const cancel: BookingOperation = {
	option: { name: 'Cancel', action: 'Cancel an appointment' },
	description: [
		appointmentIdProperty('cancel'),
		restrictToContact(['cancel']),
		{ displayName: 'Reason', name: 'cancelReason', type: 'string', default: '', displayOptions: showFor('cancel') },
	],
	async execute(itemIndex, booking) {
		const appointment = await cancelAppointment(booking.pool, {
			tenant: booking.tenant,
			appointmentId: String(this.getNodeParameter('appointmentId', itemIndex)),
			contactPhone: optionalString(this.getNodeParameter('contactPhone', itemIndex, '')),
			reason: optionalString(this.getNodeParameter('cancelReason', itemIndex, '')),
		});
		return { ok: true, appointment: appointment as unknown as IDataObject };
	},
};
