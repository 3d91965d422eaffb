import { defineResource } from '../../../shared/operations';
import type { BookingOperation } from '../common';
import { claimReminders } from './claimReminders.operation';
import { markReminderSent } from './markReminderSent.operation';
import { releaseReminder } from './releaseReminder.operation';

export type ReminderOperationName = 'claimReminders' | 'markReminderSent' | 'releaseReminder';

export const { operations: reminderOperations, properties: reminderProperties } = defineResource<ReminderOperationName, BookingOperation>(
	'reminder',
	{ claimReminders, markReminderSent, releaseReminder },
	'claimReminders',
);
