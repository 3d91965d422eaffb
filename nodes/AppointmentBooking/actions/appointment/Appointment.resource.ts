import type { INodeProperties } from 'n8n-workflow';
import { operationProperty } from '../../../shared/operations';
import type { BookingOperation } from '../common';
import { findSlots } from './findSlots.operation';
import { getAppointment } from './getAppointment.operation';
import { book } from './book.operation';
import { confirm } from './confirm.operation';
import { cancel } from './cancel.operation';
import { recordOutcome } from './recordOutcome.operation';
import { reschedule } from './reschedule.operation';
import { listUpcoming } from './listUpcoming.operation';

export type AppointmentOperationName = 'findSlots' | 'book' | 'getAppointment' | 'confirm' | 'cancel' | 'reschedule' | 'recordOutcome' | 'listUpcoming';

export const appointmentOperations: Record<AppointmentOperationName, BookingOperation> = { findSlots, book, getAppointment, confirm, cancel, reschedule, recordOutcome, listUpcoming };

export const appointmentProperties: INodeProperties[] = [
	operationProperty(
		'appointment',
		[
			{ name: 'Book', value: 'book', action: 'Book a slot', description: 'Answers slot_taken with the next free alternatives when someone was faster' },
			{ name: 'Cancel', value: 'cancel', action: 'Cancel an appointment' },
			{ name: 'Confirm', value: 'confirm', action: 'Confirm an appointment' },
			{ name: 'Find Slots', value: 'findSlots', action: 'Find free appointment slots', description: 'Earliest first, on the clinic\'s clock, never in the past' },
			{ name: 'Get Appointment', value: 'getAppointment', action: 'Get an appointment' },
			{ name: 'List Upcoming', value: 'listUpcoming', action: 'List a contact s upcoming appointments' },
			{ name: 'Record Outcome', value: 'recordOutcome', action: 'Record whether the person came', description: 'Attended or no-show, after the appointment' },
			{ name: 'Reschedule', value: 'reschedule', action: 'Move an appointment', description: 'Atomic: the old slot is freed only if the new one is taken' },
		],
		'findSlots',
	),
	...Object.values(appointmentOperations).flatMap((operation) => operation.description),
];
