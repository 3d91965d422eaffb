import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { getPgPool, type PostgresCredentials } from '../../shared/clients/postgres';
import { forEachItem } from '../../shared/itemLoop';
import { operationOf } from '../../shared/operations';
import { BookingError } from '../errors';
import { DEFAULT_TIMEZONE } from '../time';
import { appointmentOperations } from './appointment/Appointment.resource';
import { practitionerOperations } from './practitioner/Practitioner.resource';
import { reminderOperations } from './reminder/Reminder.resource';
import { scheduleOperations } from './schedule/Schedule.resource';

export const resources = {
	practitioner: practitionerOperations,
	schedule: scheduleOperations,
	appointment: appointmentOperations,
	reminder: reminderOperations,
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const pool = getPgPool(await this.getCredentials<PostgresCredentials>('whatsAppAiPostgresApi'));
	const items = this.getInputData();
	return await forEachItem(
		this,
		{
			outputs: 1,
			resultKey: 'booking',
			describe: (error) => (error instanceof BookingError ? { kind: error.code, message: error.message } : undefined),
		},
		async (itemIndex) => {
			const operation = operationOf(this, resources, itemIndex);
			const result = await operation.execute.call(this, itemIndex, {
				pool,
				tenant: String(this.getNodeParameter('tenant', itemIndex, 'default') || 'default'),
				timezone: String(this.getNodeParameter('timezone', itemIndex, DEFAULT_TIMEZONE) || DEFAULT_TIMEZONE),
				input: items[itemIndex].json,
			});
			// Claimed reminders fan out to one item each, so the next node sends one message each.
			return Array.isArray(result) ? { results: result } : { result };
		},
	);
}
