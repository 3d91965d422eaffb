import type { IDataObject } from 'n8n-workflow';
import { recordOutcome as record } from '../..';
import type { BookingOperation } from '../common';
import { appointmentIdProperty, showFor } from '../common';

export const recordOutcome: BookingOperation = {
	option: { name: 'Record Outcome', action: 'Record whether the person came', description: 'Attended or no-show, after the appointment' },
	description: [
		appointmentIdProperty('recordOutcome'),
		{
			displayName: 'Outcome',
			name: 'outcome',
			type: 'options',
			options: [
				{ name: 'Attended', value: 'completed' },
				{ name: 'No-Show', value: 'no_show', description: 'The person did not come' },
			],
			default: 'completed',
			displayOptions: showFor('recordOutcome'),
		},
	],
	async execute(itemIndex, booking) {
		const appointment = await record(booking.pool, {
			tenant: booking.tenant,
			appointmentId: String(this.getNodeParameter('appointmentId', itemIndex)),
			outcome: this.getNodeParameter('outcome', itemIndex) as 'completed' | 'no_show',
		});
		return { ok: true, appointment: appointment as unknown as IDataObject };
	},
};
