import type { IDataObject } from 'n8n-workflow';
import { book as bookSlot } from '../..';
import { answerable } from '../../answerable';
import type { BookingOperation } from '../common';
import { contactPhoneProperty, optionalString, showFor } from '../common';
import { IDEMPOTENCY_KEY_HINT } from '../../../shared/staffWords';

export const book: BookingOperation = {
	option: {
		name: 'Book',
		action: 'Book a slot',
		description: 'Answers slot_taken with the next free alternatives when someone was faster',
	},
	description: [
		{
			displayName: 'Practitioner ID',
			name: 'bookPractitionerId',
			type: 'string',
			default: '={{ $json.booking?.slots?.[0]?.practitionerId }}',
			required: true,
			displayOptions: showFor('book'),
		},
		{
			displayName: 'Start',
			name: 'start',
			type: 'string',
			default: '={{ $json.booking?.slots?.[0]?.start }}',
			required: true,
			displayOptions: showFor('book'),
			description: "The slot's start: an ISO instant, or a local date-time on the clinic's clock",
		},
		contactPhoneProperty(['book'], true, 'Digits with country code'),
		{
			displayName: 'Contact Name',
			name: 'contactName',
			type: 'string',
			default: '={{ $json.contactName }}',
			displayOptions: showFor('book'),
		},
		{
			displayName: 'Booking Details',
			name: 'bookingDetails',
			type: 'collection',
			placeholder: 'Add Detail',
			default: {},
			displayOptions: showFor('book'),
			options: [
				{
					displayName: 'Idempotency Key',
					name: 'idempotencyKey',
					type: 'string',
					default: '',
					description: 'The same key books once: a repeated request returns the same appointment (e.g. the WhatsApp message ID)',
					hint: IDEMPOTENCY_KEY_HINT,
				},
				{ displayName: 'Notes', name: 'notes', type: 'string', default: '' },
				{ displayName: 'Specialty', name: 'specialty', type: 'string', default: '' },
				{
					displayName: 'Subject Name',
					name: 'subjectName',
					type: 'string',
					default: '',
					description: "Who the appointment is for, e.g. the pet's name",
				},
				{ displayName: 'Subject Species', name: 'subjectSpecies', type: 'string', default: '', description: 'E.g. dog, cat.' },
			],
		},
	],
	async execute(itemIndex, booking) {
		const details = this.getNodeParameter('bookingDetails', itemIndex, {}) as IDataObject;
		const result = await answerable(
			async () =>
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
		if ('ok' in result) return result as IDataObject;
		return { ok: true, created: result.created, appointment: result.appointment as unknown as IDataObject };
	},
};
