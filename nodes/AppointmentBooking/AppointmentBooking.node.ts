import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';
import { credentialTest } from '../shared/credentialTests';
import { operations, router } from './actions/router';

const operationProperties: INodeProperties[] = Object.values(operations).flatMap((operation) => operation.description);

export class AppointmentBooking implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Appointment Booking',
		name: 'appointmentBooking',
		icon: { light: 'file:../../icons/postgres.svg', dark: 'file:../../icons/postgres.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"]}}',
		description:
			'Finds free slots and books, confirms, cancels and reschedules appointments in the clinic\'s own Postgres, never giving one slot to two people; claims due reminders exactly once',
		defaults: { name: 'Appointment Booking' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'whatsAppAiPostgresApi', required: true, testedBy: 'whatsAppAiPostgresConnectionTest' }],
		properties: [
			{
				displayName: 'Operation',
				name: 'operation',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Add Time Off', value: 'addTimeOff', action: 'Block a practitioner s time off' },
					{ name: 'Book', value: 'book', action: 'Book a slot', description: 'Answers slot_taken with the next free alternatives when someone was faster' },
					{ name: 'Cancel', value: 'cancel', action: 'Cancel an appointment' },
					{ name: 'Claim Due Reminders', value: 'claimReminders', action: 'Claim the reminders due now', description: 'One item per reminder, each returned once across all workers' },
					{ name: 'Confirm', value: 'confirm', action: 'Confirm an appointment' },
					{ name: 'Create Practitioner', value: 'createPractitioner', action: 'Create a practitioner' },
					{ name: 'Find Slots', value: 'findSlots', action: 'Find free appointment slots', description: 'Earliest first, on the clinic\'s clock, never in the past' },
					{ name: 'List Practitioners', value: 'listPractitioners', action: 'List practitioners' },
					{ name: 'List Upcoming', value: 'listUpcoming', action: 'List a contact s upcoming appointments' },
					{ name: 'Mark Reminder Sent', value: 'markReminderSent', action: 'Mark a claimed reminder as sent' },
					{ name: 'Release Reminder', value: 'releaseReminder', action: 'Release a claimed reminder that could not be sent' },
					{ name: 'Reschedule', value: 'reschedule', action: 'Move an appointment', description: 'Atomic: the old slot is freed only if the new one is taken' },
					{ name: 'Set Weekly Hours', value: 'setWeeklyHours', action: 'Set a practitioner s weekly hours' },
					{ name: 'Update Practitioner', value: 'updatePractitioner', action: 'Update a practitioner' },
				],
				default: 'findSlots',
			},
			{ displayName: 'Tenant', name: 'tenant', type: 'string', default: '={{ $json.tenant || "default" }}', description: 'The clinic; every query is scoped to it' },
			{ displayName: 'Clinic Time Zone', name: 'timezone', type: 'string', default: 'America/Sao_Paulo', description: 'IANA time zone of the clinic; times are stored in UTC' },
			...operationProperties,
		],
	};

	methods = { credentialTest };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
