import type { INodeProperties } from 'n8n-workflow';
import { operationProperty } from '../../../shared/operations';
import type { BookingOperation } from '../common';
import { claimReminders } from './claimReminders.operation';
import { markReminderSent } from './markReminderSent.operation';
import { releaseReminder } from './releaseReminder.operation';

export type ReminderOperationName = 'claimReminders' | 'markReminderSent' | 'releaseReminder';

export const reminderOperations: Record<ReminderOperationName, BookingOperation> = { claimReminders, markReminderSent, releaseReminder };

export const reminderProperties: INodeProperties[] = [
	operationProperty(
		'reminder',
		[
			{ name: 'Claim Due Reminders', value: 'claimReminders', action: 'Claim the reminders due now', description: 'One item per reminder, each returned once across all workers' },
			{ name: 'Mark Reminder Sent', value: 'markReminderSent', action: 'Mark a claimed reminder as sent' },
			{ name: 'Release Reminder', value: 'releaseReminder', action: 'Release a claimed reminder that could not be sent' },
		],
		'claimReminders',
	),
	...Object.values(reminderOperations).flatMap((operation) => operation.description),
];
