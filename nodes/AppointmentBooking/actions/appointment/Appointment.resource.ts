import { defineResource } from '../../../shared/operations';
import type { BookingOperation } from '../common';
import { findSlots } from './findSlots.operation';
import { getAppointment } from './getAppointment.operation';
import { book } from './book.operation';
import { confirm } from './confirm.operation';
import { cancel } from './cancel.operation';
import { recordOutcome } from './recordOutcome.operation';
import { reschedule } from './reschedule.operation';
import { listUpcoming } from './listUpcoming.operation';

export type AppointmentOperationName =
	'findSlots' | 'book' | 'getAppointment' | 'confirm' | 'cancel' | 'reschedule' | 'recordOutcome' | 'listUpcoming';

export const { operations: appointmentOperations, properties: appointmentProperties } = defineResource<
	AppointmentOperationName,
	BookingOperation
>('appointment', { findSlots, book, getAppointment, confirm, cancel, reschedule, recordOutcome, listUpcoming }, 'findSlots');
