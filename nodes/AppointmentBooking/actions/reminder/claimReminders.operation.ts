import { NodeOperationError, type IDataObject } from 'n8n-workflow';
import { type ReminderKind, claimDueReminders } from '../..';
import type { BookingOperation } from '../common';
import { showFor, showForV1, showForV2 } from '../common';
import { reminderKindsFromHours } from '../../staffInputs';

export const claimReminders: BookingOperation = {
	option: {
		name: 'Claim Due Reminders',
		action: 'Claim the reminders due now',
		description: 'One item per reminder, each returned once across all workers',
	},
	description: [
		{
			displayName: 'Reminders',
			name: 'reminderKinds',
			type: 'string',
			default: '24h=1440, 2h=120',
			displayOptions: showForV1('claimReminders'),
			description:
				'Name=minutes before the appointment, comma-separated. Each reminder is returned once, even with several workers on the same schedule.',
		},
		{
			displayName: 'Send Reminders',
			name: 'reminderHours',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Reminder',
			default: { reminder: [{ hoursBefore: 24 }, { hoursBefore: 2 }] },
			displayOptions: showForV2('claimReminders'),
			description:
				'When to remind the patient, in hours before the appointment. Each reminder goes out once, even with several n8n workers.',
			options: [
				{
					displayName: 'Reminder',
					name: 'reminder',
					values: [
						{
							displayName: 'Hours Before',
							name: 'hoursBefore',
							type: 'number',
							default: 24,
							typeOptions: { minValue: 0.25, numberPrecision: 2 },
							description: 'E.g. 24 for the day before, 2 for two hours before.',
						},
					],
				},
			],
		},
		{
			displayName: 'Tolerance (Minutes)',
			name: 'toleranceMinutes',
			type: 'number',
			default: 60,
			displayOptions: showFor('claimReminders'),
			description: 'How late a reminder may still go out, e.g. after a restart',
		},
	],
	async execute(itemIndex, booking) {
		const kinds =
			this.getNode().typeVersion >= 2
				? reminderKindsFromHours(
						(this.getNodeParameter('reminderHours', itemIndex, {}) as { reminder?: { hoursBefore?: number }[] }).reminder,
					)
				: parseKinds(String(this.getNodeParameter('reminderKinds', itemIndex, '24h=1440, 2h=120')));
		if (!kinds) {
			const message =
				this.getNode().typeVersion >= 2
					? 'Add at least one reminder, each a number of hours above 0'
					: 'Reminders must look like "24h=1440, 2h=120" (name=minutes before)';
			throw new NodeOperationError(this.getNode(), message, { itemIndex });
		}
		const due = await claimDueReminders(booking.pool, {
			tenant: booking.tenant,
			kinds,
			toleranceMinutes: this.getNodeParameter('toleranceMinutes', itemIndex, 60) as number,
		});
		// One item per reminder, so the next node sends one message each.
		return due.map((reminder) => ({
			reminderId: reminder.reminderId,
			kind: reminder.kind,
			appointment: reminder.appointment as unknown as IDataObject,
			phone: reminder.appointment.contactPhone,
		}));
	},
};

function parseKinds(text: string): ReminderKind[] | undefined {
	const kinds = text
		.split(',')
		.map((entry) => entry.trim())
		.filter(Boolean)
		.map((entry) => /^([\w-]+)\s*=\s*(\d+)$/.exec(entry));
	if (kinds.length === 0 || kinds.some((match) => !match)) return undefined;
	return kinds.map((match) => ({ name: match![1], beforeMinutes: Number(match![2]) }));
}
