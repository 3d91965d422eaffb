import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';
import { credentialTest } from '../shared/credentialTests';
import { DEFAULT_TIMEZONE } from './time';
import { timeZoneNames } from './staffInputs';
import { resourceProperty } from '../shared/operations';
import { appointmentProperties } from './actions/appointment/Appointment.resource';
import { practitionerProperties } from './actions/practitioner/Practitioner.resource';
import { reminderProperties } from './actions/reminder/Reminder.resource';
import { router } from './actions/router';
import { scheduleProperties } from './actions/schedule/Schedule.resource';
import { TENANT_HINT } from '../shared/staffWords';
import { operationSubtitle } from '../shared/subtitle';

const properties: INodeProperties[] = [
	resourceProperty(
		[
			{
				name: 'Slot and Appointment',
				value: 'appointment',
				description: "Find free slots, book, confirm, cancel, reschedule, list a contact's appointments",
			},
			{ name: 'Practitioner', value: 'practitioner', description: "The clinic's doctors and vets" },
			{ name: 'Hours and Time Off', value: 'schedule', description: 'When each practitioner sees patients' },
			{ name: 'Reminder', value: 'reminder', description: 'Appointment reminders, each sent once across workers' },
		],
		'appointment',
	),
	...appointmentProperties,
	...practitionerProperties,
	...scheduleProperties,
	...reminderProperties,
	{
		displayName: 'Tenant',
		name: 'tenant',
		type: 'string',
		default: '={{ $json.tenant || "default" }}',
		description: 'The clinic; every query is scoped to it',
		hint: TENANT_HINT,
	},
	{
		displayName: 'Clinic Time Zone',
		name: 'timezone',
		type: 'string',
		default: DEFAULT_TIMEZONE,
		description: 'IANA time zone of the clinic; times are stored in UTC',
		displayOptions: { show: { '@version': [1] } },
	},
	{
		displayName: 'Clinic Time Zone',
		name: 'timezone',
		type: 'options',
		options: timeZoneNames().map((zone) => ({ name: zone.replace(/_/g, ' '), value: zone })),
		default: DEFAULT_TIMEZONE,
		description: "The clinic's local time: opening hours and appointment times are read and shown on this clock",
		displayOptions: { show: { '@version': [{ _cnd: { gte: 2 } }] } },
	},
];

export class AppointmentBooking implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Appointment Booking',
		name: 'appointmentBooking',
		icon: { light: 'file:../../icons/booking.svg', dark: 'file:../../icons/booking.dark.svg' },
		group: ['transform'],
		// Version 2: opening hours, reminders and the time zone as lists instead of JSON and free text.
		version: [1, 2],
		defaultVersion: 2,
		subtitle: operationSubtitle(properties),
		description:
			"Finds free slots and books, confirms, cancels and reschedules appointments in the clinic's own Postgres, never giving one slot to two people; claims due reminders exactly once",
		defaults: { name: 'Appointment Booking' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: 'whatsAppAiPostgresApi',
				displayName: 'Postgres (appointments and schedules)',
				required: true,
				testedBy: 'whatsAppAiPostgresConnectionTest',
			},
		],
		properties,
	};

	methods = { credentialTest };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
