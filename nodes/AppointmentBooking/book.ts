// Booking a slot. Safe under concurrency and retries, with no read-then-write race:
// - two requests for one slot: the exclusion constraint lets exactly one INSERT through; the
//   other gets SQLSTATE 23P01, answered as slot_taken with the next free slots (writers of one
//   practitioner take turns first, so they never deadlock: see practitionerLock.ts);
// - one request sent twice (a webhook redelivery, an agent retrying a tool call): the unique
//   (tenant, idempotency_key) makes the second INSERT do nothing, and it answers with the first
//   request's appointment.
import type { Pool } from 'pg';
import { checkBookable, DEFAULT_ALTERNATIVES, withAlternatives } from './bookable';
import { BookingError, invalidInput, isDoubleBooking } from './errors';
import { ensureBookingSchema } from './migrations';
import { practitionerLockSql, retryOnDeadlock } from './practitionerLock';
import { APPOINTMENT_COLUMNS, toAppointment, type AppointmentRow } from './rows';
import { formatLocalIso } from './time';
import type { Appointment, Db } from './types';
import {
	optionalText,
	parseInstant,
	requireInteger,
	requirePhone,
	requirePractitionerId,
	requireTenant,
	requireTimeZone,
} from './validate';

const NAME_MAX = 200;
const NOTES_MAX = 2_000;
const KEY_MAX = 200;

export interface BookInput {
	tenant: string;
	practitionerId: string;
	/** A slot's start: an instant, or a local date-time on the clinic's clock. */
	start: string | Date;
	/** E.164 digits without '+' (a chat id works too). */
	contactPhone: string;
	contactName?: string;
	/** Who the visit is for when not the contact, e.g. the pet's name. */
	subjectName?: string;
	/** The pet's species; checked against the vet's species when the vet has a list. */
	subjectSpecies?: string;
	/** Default: the practitioner's specialty. */
	specialty?: string;
	notes?: string;
	/** The same key (per tenant) books once: a repeat returns the first appointment. */
	idempotencyKey?: string;
	/** The clinic's zone; default America/Sao_Paulo. */
	timezone?: string;
	now?: Date;
	/** How many free slots to offer when this one cannot be booked; default 3. */
	alternatives?: number;
}

export interface BookResult {
	appointment: Appointment;
	/** false when the idempotency key had already booked it. */
	created: boolean;
}

export async function book(pool: Pool, input: BookInput): Promise<BookResult> {
	const tenant = requireTenant(input.tenant);
	const practitionerId = requirePractitionerId(input.practitionerId);
	const timeZone = requireTimeZone(input.timezone);
	const start = parseInstant('start', input.start, timeZone);
	const phone = requirePhone(input.contactPhone);
	const idempotencyKey = optionalText('idempotencyKey', input.idempotencyKey, KEY_MAX);
	const fields = {
		contactName: optionalText('contactName', input.contactName, NAME_MAX),
		subjectName: optionalText('subjectName', input.subjectName, NAME_MAX),
		subjectSpecies: optionalText('subjectSpecies', input.subjectSpecies, NAME_MAX)?.toLowerCase() ?? null,
		specialty: optionalText('specialty', input.specialty, NAME_MAX),
		notes: optionalText('notes', input.notes, NOTES_MAX),
	};
	const alternatives = requireInteger('alternatives', input.alternatives ?? DEFAULT_ALTERNATIVES, 0, 20);
	const now = input.now ?? new Date();
	await ensureBookingSchema(pool);

	// A replay answers with the first result even if that slot has passed or changed since.
	if (idempotencyKey) {
		const existing = await findByIdempotencyKey(pool, tenant, idempotencyKey, phone);
		if (existing) return { appointment: existing, created: false };
	}
	try {
		const slot = await checkBookable(pool, { tenant, practitionerId, start, now, timeZone, subjectSpecies: fields.subjectSpecies });
		const inserted = await retryOnDeadlock(
			async () =>
				await insertAppointment(pool, {
					...fields,
					tenant,
					practitionerId,
					phone,
					specialty: fields.specialty ?? slot.practitioner.specialty,
					start: slot.start,
					end: slot.end,
					timeZone,
					idempotencyKey,
				}),
		);
		if (inserted) return { appointment: toAppointment(inserted), created: true };
		// Nothing inserted: a twin request with the same key got in a moment before this one.
		const twin = await findByIdempotencyKey(pool, tenant, idempotencyKey!, phone);
		if (!twin) throw new BookingError('not_found', 'The booking made with this idempotency key no longer exists; use a new key');
		return { appointment: twin, created: false };
	} catch (error) {
		if (isDoubleBooking(error)) {
			// A twin with the same key that got in first shows up as the slot being taken.
			const twin = idempotencyKey ? await findByIdempotencyKey(pool, tenant, idempotencyKey, phone) : undefined;
			if (twin) return { appointment: twin, created: false };
			error = new BookingError('slot_taken', `${formatLocalIso(start, timeZone)} is already taken`);
		}
		throw await withAlternatives(pool, error, { tenant, practitionerId, from: start, now, timeZone, count: alternatives });
	}
}

interface NewAppointment {
	tenant: string;
	practitionerId: string;
	phone: string;
	contactName: string | null;
	subjectName: string | null;
	subjectSpecies: string | null;
	specialty: string;
	start: Date;
	end: Date;
	timeZone: string;
	notes: string | null;
	idempotencyKey: string | null;
}

/**
 * One statement: take the practitioner's write turn, insert, let the constraints decide.
 * Undefined when the idempotency key was already used (ON CONFLICT DO NOTHING); an overlap
 * raises 23P01 from appointments_no_overlap.
 */
async function insertAppointment(db: Db, row: NewAppointment): Promise<AppointmentRow | undefined> {
	const { rows } = await db.query<AppointmentRow>(
		`WITH turn AS (
			SELECT ${practitionerLockSql('$2')}
		), inserted AS (
			INSERT INTO appointments (tenant, practitioner_id, phone, contact_name, subject_name, subject_species,
				specialty, starts_at, ends_at, timezone, notes, idempotency_key)
			SELECT $1::text, $2::uuid, $3::text, $4::text, $5::text, $6::text, $7::text, $8::timestamptz, $9::timestamptz,
				$10::text, $11::text, $12::text
			FROM turn
			ON CONFLICT (tenant, idempotency_key) DO NOTHING
			RETURNING *
		)
		SELECT ${APPOINTMENT_COLUMNS} FROM inserted a JOIN practitioners p ON p.id = a.practitioner_id`,
		[
			row.tenant,
			row.practitionerId,
			row.phone,
			row.contactName,
			row.subjectName,
			row.subjectSpecies,
			row.specialty,
			row.start,
			row.end,
			row.timeZone,
			row.notes,
			row.idempotencyKey,
		],
	);
	return rows[0];
}

/** The appointment booked with this key; refuses a key another contact used. */
async function findByIdempotencyKey(db: Db, tenant: string, key: string, phone: string): Promise<Appointment | undefined> {
	const { rows } = await db.query<AppointmentRow>(
		`SELECT ${APPOINTMENT_COLUMNS} FROM appointments a JOIN practitioners p ON p.id = a.practitioner_id
		WHERE a.tenant = $1 AND a.idempotency_key = $2`,
		[tenant, key],
	);
	if (!rows[0]) return undefined;
	// Never hand one contact's appointment to another because their keys collided.
	if (rows[0].phone !== phone) throw invalidInput('this idempotency key was already used for another booking; use a new key');
	return toAppointment(rows[0]);
}
