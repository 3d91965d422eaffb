import { NodeOperationError, type IDataObject } from 'n8n-workflow';
import { setWeeklyHours as setHours } from '../..';
import type { BookingOperation } from '../common';
import { showFor, showForV1, showForV2 } from '../common';
import { DEFAULT_SLOT_MINUTES, weeklyHoursFromRows, WEEKDAYS, type OpeningRow } from '../../staffInputs';

export const setWeeklyHours: BookingOperation = {
	option: { name: 'Set Weekly Hours', action: 'Set a practitioner s weekly hours' },
	description: [
		{
			displayName: 'Practitioner ID',
			name: 'hoursPractitionerId',
			type: 'string',
			default: '',
			required: true,
			displayOptions: showFor('setWeeklyHours', 'addTimeOff'),
		},
		{
			displayName: 'Weekly Hours (JSON)',
			name: 'weeklyHours',
			type: 'json',
			default: '[{"weekday": 1, "start": "08:00", "end": "12:00", "slotMinutes": 30}]',
			displayOptions: showForV1('setWeeklyHours'),
			description: "Replaces the practitioner's hours. Weekday 0 = Sunday … 6 = Saturday; times on the clinic's clock.",
		},
		{
			displayName: 'Opening Hours',
			name: 'openingHours',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true, sortable: true },
			placeholder: 'Add Opening Hours',
			default: { interval: [{ weekday: 1, start: '08:00', end: '12:00', slotMinutes: DEFAULT_SLOT_MINUTES }] },
			displayOptions: showForV2('setWeeklyHours'),
			description:
				"Replaces the practitioner's whole week. Add one row per day and period, e.g. Monday 08:00–12:00 and Monday 14:00–18:00; times on the clinic's clock.",
			options: [
				{
					displayName: 'Opening Hours',
					name: 'interval',
					values: [
						{
							displayName: 'Day',
							name: 'weekday',
							type: 'options',
							// Calendar order, Monday first, as staff read a week.
							options: [1, 2, 3, 4, 5, 6, 0].map((day) => ({ name: WEEKDAYS[day], value: day })),
							default: 1,
						},
						{
							displayName: 'Opens At',
							name: 'start',
							type: 'string',
							default: '08:00',
							placeholder: '08:00',
							description: 'Time as HH:MM, 24-hour clock',
						},
						{
							displayName: 'Closes At',
							name: 'end',
							type: 'string',
							default: '12:00',
							placeholder: '18:00',
							description: 'Time as HH:MM, 24-hour clock; 24:00 for midnight',
						},
						{
							displayName: 'Appointment Length (Minutes)',
							name: 'slotMinutes',
							type: 'number',
							default: DEFAULT_SLOT_MINUTES,
							typeOptions: { minValue: 5 },
							description: 'How long each appointment slot is',
						},
					],
				},
			],
		},
	],
	async execute(itemIndex, booking) {
		if (this.getNode().typeVersion >= 2) {
			const rows = (this.getNodeParameter('openingHours', itemIndex, {}) as { interval?: OpeningRow[] }).interval;
			const hours = weeklyHoursFromRows(rows);
			return (await setHours(booking.pool, {
				tenant: booking.tenant,
				timezone: booking.timezone,
				practitionerId: String(this.getNodeParameter('hoursPractitionerId', itemIndex)),
				hours,
			})) as unknown as IDataObject;
		}
		const raw = this.getNodeParameter('weeklyHours', itemIndex);
		let hours: unknown;
		try {
			hours = typeof raw === 'string' ? JSON.parse(raw) : raw;
		} catch {
			throw new NodeOperationError(this.getNode(), 'Weekly Hours is not valid JSON', { itemIndex });
		}
		if (!Array.isArray(hours)) throw new NodeOperationError(this.getNode(), 'Weekly Hours must be a JSON array', { itemIndex });
		return (await setHours(booking.pool, {
			tenant: booking.tenant,
			timezone: booking.timezone,
			practitionerId: String(this.getNodeParameter('hoursPractitionerId', itemIndex)),
			hours,
		})) as unknown as IDataObject;
	},
};
