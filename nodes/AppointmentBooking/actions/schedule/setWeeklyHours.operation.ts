import { NodeOperationError, type IDataObject } from 'n8n-workflow';
import { setWeeklyHours as setHours } from '../..';
import type { BookingOperation } from '../common';
import { showFor } from '../common';

export const setWeeklyHours: BookingOperation = {
	option: { name: 'Set Weekly Hours', action: 'Set a practitioner s weekly hours' },
	description: [
		{ displayName: 'Practitioner ID', name: 'hoursPractitionerId', type: 'string', default: '', required: true, displayOptions: showFor('setWeeklyHours', 'addTimeOff') },
		{
			displayName: 'Weekly Hours (JSON)',
			name: 'weeklyHours',
			type: 'json',
			default: '[{"weekday": 1, "start": "08:00", "end": "12:00", "slotMinutes": 30}]',
			displayOptions: showFor('setWeeklyHours'),
			description: 'Replaces the practitioner\'s hours. Weekday 0 = Sunday … 6 = Saturday; times on the clinic\'s clock.',
		},
	],
	async execute(itemIndex, booking) {
		const raw = this.getNodeParameter('weeklyHours', itemIndex);
		let hours: unknown;
		try {
			hours = typeof raw === 'string' ? JSON.parse(raw) : raw;
		} catch {
			throw new NodeOperationError(this.getNode(), 'Weekly Hours is not valid JSON', { itemIndex });
		}
		if (!Array.isArray(hours)) throw new NodeOperationError(this.getNode(), 'Weekly Hours must be a JSON array', { itemIndex });
		return (await setHours(booking.pool, { tenant: booking.tenant, timezone: booking.timezone, practitionerId: String(this.getNodeParameter('hoursPractitionerId', itemIndex)), hours })) as unknown as IDataObject;
	},
};
