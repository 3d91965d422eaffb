import type { IDataObject } from 'n8n-workflow';
import { book as bookSlot, cancel as cancelAppointment, confirm as confirmAppointment, listUpcoming as upcoming, reschedule as move } from '..';
import { answerable } from '../answerable';
import type { BookingOperation } from './common';
import { appointmentIdProperty, contactPhoneProperty, optionalString, showFor } from './common';

export const book: BookingOperation = {
	description: [
		{ displayName: 'Practitioner ID', name: 'bookPractitionerId', type: 'string', default: '={{ $json.slot?.practitionerId }}', required: true, displayOptions: showFor('book') },
		{ displayName: 'Start', name: 'start', type: 'string', default: '={{ $json.slot?.start }}', required: true, displayOptions: showFor('book'), description: 'The slot\'s start: an ISO instant, or a local date-time on the clinic\'s clock' },
		contactPhoneProperty(['book'], true, 'Digits with country code'),
		{ displayName: 'Contact Name', name: 'contactName', type: 'string', default: '={{ $json.contactName }}', displayOptions: showFor('book') },
		{
			displayName: 'Booking Details',
			name: 'bookingDetails',
			type: 'collection',
			placeholder: 'Add Detail',
			default: {},
			displayOptions: showFor('book'),
			options: [
				{ displayName: 'Idempotency Key', name: 'idempotencyKey', type: 'string', default: '', description: 'The same key books once: a repeated request returns the same appointment (e.g. the WhatsApp message ID)' },
				{ displayName: 'Notes', name: 'notes', type: 'string', default: '' },
				{ displayName: 'Specialty', name: 'specialty', type: 'string', default: '' },
				{ displayName: 'Subject Name', name: 'subjectName', type: 'string', default: '', description: 'Who the appointment is for, e.g. the pet\'s name' },
				{ displayName: 'Subject Species', name: 'subjectSpecies', type: 'string', default: '', description: 'E.g. dog, cat.' },
			],
		},
	],
	async execute(itemIndex, booking) {
		const details = this.getNodeParameter('bookingDetails', itemIndex, {}) as IDataObject;
		const result = await answerable(async () =>
			await bookSlot(booking.pool, {
				tenant: booking.tenant,
				timezone: booking.timezone,
				practitionerId: String(this.getNodeParameter('bookPractitionerId', itemIndex)),
				start: String(this.getNodeParameter('start', itemIndex)),
				contactPhone: String(this.getNodeParameter('contactPhone', itemIndex)),
				contactName: optionalString(this.getNodeParameter('contactName', itemIndex, '')),
				idempotencyKey: optionalString(details.idempotencyKey),
				notes: optionalString(details.notes),
				specialty: optionalString(details.specialty),
				subjectName: optionalString(details.subjectName),
				subjectSpecies: optionalString(details.subjectSpecies),
			}),
		);
		return 'appointment' in result ? { ok: true, created: result.created, appointment: result.appointment as unknown as IDataObject } : (result as IDataObject);
	},
};

const restrictToContact = (operations: string[]) =>
	contactPhoneProperty(operations, false, 'When set, only this contact\'s appointment can be changed (use it when a patient asks on WhatsApp)');

export const confirm: BookingOperation = {
	description: [appointmentIdProperty('confirm'), restrictToContact(['confirm'])],
	async execute(itemIndex, booking) {
		const appointment = await confirmAppointment(booking.pool, { tenant: booking.tenant, appointmentId: String(this.getNodeParameter('appointmentId', itemIndex)), contactPhone: optionalString(this.getNodeParameter('contactPhone', itemIndex, '')) });
		return { ok: true, appointment: appointment as unknown as IDataObject };
	},
};

export const cancel: BookingOperation = {
	description: [appointmentIdProperty('cancel'), restrictToContact(['cancel']), { displayName: 'Reason', name: 'cancelReason', type: 'string', default: '', displayOptions: showFor('cancel') }],
	async execute(itemIndex, booking) {
		const appointment = await cancelAppointment(booking.pool, {
			tenant: booking.tenant,
			appointmentId: String(this.getNodeParameter('appointmentId', itemIndex)),
			contactPhone: optionalString(this.getNodeParameter('contactPhone', itemIndex, '')),
			reason: optionalString(this.getNodeParameter('cancelReason', itemIndex, '')),
		});
		return { ok: true, appointment: appointment as unknown as IDataObject };
	},
};

export const reschedule: BookingOperation = {
	description: [
		appointmentIdProperty('reschedule'),
		restrictToContact(['reschedule']),
		{ displayName: 'New Start', name: 'newStart', type: 'string', default: '', required: true, displayOptions: showFor('reschedule'), description: 'An ISO instant, or a local date-time on the clinic\'s clock; the old slot is freed only if this one is taken' },
	],
	async execute(itemIndex, booking) {
		const result = await answerable(async () =>
			await move(booking.pool, {
				tenant: booking.tenant,
				timezone: booking.timezone,
				appointmentId: String(this.getNodeParameter('appointmentId', itemIndex)),
				contactPhone: optionalString(this.getNodeParameter('contactPhone', itemIndex, '')),
				newStart: String(this.getNodeParameter('newStart', itemIndex)),
			}),
		);
		return 'id' in result && 'status' in result ? { ok: true, appointment: result as unknown as IDataObject } : (result as IDataObject);
	},
};

export const listUpcoming: BookingOperation = {
	description: [contactPhoneProperty(['listUpcoming'], true, 'Digits with country code')],
	async execute(itemIndex, booking) {
		const appointments = await upcoming(booking.pool, { tenant: booking.tenant, contactPhone: String(this.getNodeParameter('contactPhone', itemIndex)) });
		return { appointments: appointments as unknown as IDataObject[], count: appointments.length };
	},
};
