import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { getPgPool, type PostgresCredentials } from '../../shared/clients/postgres';
import { forEachItem } from '../../shared/itemLoop';
import { BookingError, DEFAULT_TIMEZONE } from '..';
import { book, cancel, confirm, listUpcoming, reschedule } from './appointments.operation';
import type { BookingOperation } from './common';
import { addTimeOff, createPractitioner, listPractitioners, setWeeklyHours, updatePractitioner } from './practitioners.operation';
import { claimReminders, markReminderSent, releaseReminder } from './reminders.operation';
import { findSlots } from './slots.operation';

export const operations: Record<string, BookingOperation> = {
	findSlots,
	book,
	confirm,
	cancel,
	reschedule,
	listUpcoming,
	claimReminders,
	markReminderSent,
	releaseReminder,
	createPractitioner,
	updatePractitioner,
	listPractitioners,
	setWeeklyHours,
	addTimeOff,
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const pool = getPgPool((await this.getCredentials('whatsAppAiPostgresApi')) as unknown as PostgresCredentials);
	const items = this.getInputData();
	const [results] = await forEachItem(
		this,
		1,
		async (itemIndex) => {
			const operation = operations[this.getNodeParameter('operation', itemIndex) as string];
			const context = {
				pool,
				tenant: String(this.getNodeParameter('tenant', itemIndex, 'default') || 'default'),
				timezone: String(this.getNodeParameter('timezone', itemIndex, DEFAULT_TIMEZONE) || DEFAULT_TIMEZONE),
				input: items[itemIndex].json as IDataObject,
			};
			const result = await operation.execute.call(this, itemIndex, context);
			// Claimed reminders fan out to one item each; other lists stay one item.
			return { json: Array.isArray(result) ? { reminders: result } : result };
		},
		(error) => error instanceof BookingError,
	);
	return [fanOutReminders(results)];
}

function fanOutReminders(results: INodeExecutionData[]): INodeExecutionData[] {
	return results.flatMap((item) => {
		const reminders = item.json.reminders;
		if (!Array.isArray(reminders) || item.json.error) return [item];
		return (reminders as IDataObject[]).map((json) => ({ json, pairedItem: item.pairedItem }));
	});
}
