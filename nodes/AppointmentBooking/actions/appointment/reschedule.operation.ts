import type { IDataObject } from 'n8n-workflow';
import { reschedule as move } from '../..';
import { answerable } from '../../answerable';
import type { BookingOperation } from '../common';
import { appointmentIdProperty, optionalString, restrictToContact, showFor } from '../common';

export const reschedule: BookingOperation = {
	option: { name: 'Reschedule', action: 'Move an appointment', description: 'Atomic: the old slot is freed only if the new one is taken' },
	description: [
		appointmentIdProperty('reschedule'),
		restrictToContact(['reschedule']),
		{
			displayName: 'New Start',
			name: 'newStart',
			type: 'string',
			default: '',
			required: true,
			displayOptions: showFor('reschedule'),
			description: "An ISO instant, or a local date-time on the clinic's clock; the old slot is freed only if this one is taken",
		},
	],
	async execute(itemIndex, booking) {
		const result = await answerable(
			async () =>
				await move(booking.pool, {
					tenant: booking.tenant,
					timezone: booking.timezone,
					appointmentId: String(this.getNodeParameter('appointmentId', itemIndex)),
					contactPhone: optionalString(this.getNodeParameter('contactPhone', itemIndex, '')),
					newStart: String(this.getNodeParameter('newStart', itemIndex)),
				}),
		);
		if ('ok' in result) return result as IDataObject;
		return { ok: true, appointment: result as unknown as IDataObject };
	},
};
