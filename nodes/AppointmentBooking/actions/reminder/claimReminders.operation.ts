import { NodeOperationError, type IDataObject } from 'n8n-workflow';
import { type ReminderKind, claimDueReminders } from '../..';
import type { BookingOperation } from '../common';
import { showFor } from '../common';

export const claimReminders: BookingOperation = {
	option: { name: 'Claim Due Reminders', action: 'Claim the reminders due now', description: 'One item per reminder, each returned once across all workers' },
	description: [
		{
			displayName: 'Reminders',
			name: 'reminderKinds',
			type: 'string',
			default: '24h=1440, 2h=120',
			displayOptions: showFor('claimReminders'),
			description: 'Name=minutes before the appointment, comma-separated. Each reminder is returned once, even with several workers on the same schedule.',
		},
		{ displayName: 'Tolerance (Minutes)', name: 'toleranceMinutes', type: 'number', default: 60, displayOptions: showFor('claimReminders'), description: 'How late a reminder may still go out, e.g. after a restart' },
	],
	async execute(itemIndex, booking) {
		const kinds = parseKinds(String(this.getNodeParameter('reminderKinds', itemIndex, '24h=1440, 2h=120')));
		if (!kinds) throw new NodeOperationError(this.getNode(), 'Reminders must look like "24h=1440, 2h=120" (name=minutes before)', { itemIndex });
		const due = await claimDueReminders(booking.pool, { tenant: booking.tenant, kinds, toleranceMinutes: this.getNodeParameter('toleranceMinutes', itemIndex, 60) as number });
		// One item per reminder, so the next node sends one message each.
		return due.map((reminder) => ({ reminderId: reminder.reminderId, kind: reminder.kind, appointment: reminder.appointment as unknown as IDataObject, phone: reminder.appointment.contactPhone }));
	},
};

function parseKinds(text: string): ReminderKind[] | undefined {
	const kinds = text.split(',').map((entry) => entry.trim()).filter(Boolean).map((entry) => /^([\w-]+)\s*=\s*(\d+)$/.exec(entry));
	if (kinds.length === 0 || kinds.some((match) => !match)) return undefined;
	return kinds.map((match) => ({ name: match![1], beforeMinutes: Number(match![2]) }));
}
