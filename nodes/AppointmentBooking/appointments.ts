// Reading and changing the status of appointments: get, list a contact's upcoming ones,
// confirm, cancel, record the outcome. Each change is one conditional UPDATE, so two workers
// acting on the same appointment cannot both apply a change the status no longer allows.
import type { Pool } from 'pg';
import { BookingError, invalidInput } from './errors';
import { ensureBookingSchema } from './migrations';
import { APPOINTMENT_COLUMNS, toAppointment, type AppointmentRow } from './rows';
import type { Appointment, AppointmentStatus, Db } from './types';
import { optionalText, requireAppointmentId, requireInteger, requirePhone, requireTenant } from './validate';

export interface AppointmentRef {
	tenant: string;
	appointmentId: string;
	/** When given, the appointment must be this contact's (a patient acting over WhatsApp). */
	contactPhone?: string;
}

export async function getAppointment(pool: Pool, ref: AppointmentRef): Promise<Appointment> {
	const { tenant, id, phone } = readRef(ref);
	await ensureBookingSchema(pool);
	return toAppointment(await loadRow(pool, tenant, id, phone));
}

export interface ListUpcomingInput {
	tenant: string;
	contactPhone: string;
	now?: Date;
	/** Default 10, at most 100. */
	limit?: number;
	includeCancelled?: boolean;
}

/** The contact's appointments that have not started yet, earliest first. */
export async function listUpcoming(pool: Pool, input: ListUpcomingInput): Promise<Appointment[]> {
	const tenant = requireTenant(input.tenant);
	const phone = requirePhone(input.contactPhone);
	const limit = requireInteger('limit', input.limit ?? 10, 1, 100);
	await ensureBookingSchema(pool);
	const { rows } = await pool.query<AppointmentRow>(
		`SELECT ${APPOINTMENT_COLUMNS} FROM appointments a JOIN practitioners p ON p.id = a.practitioner_id
		WHERE a.tenant = $1 AND a.phone = $2 AND a.starts_at >= $3
			AND (a.status IN ('booked', 'confirmed') OR ($4 AND a.status = 'cancelled'))
		ORDER BY a.starts_at, a.id
		LIMIT $5`,
		[tenant, phone, input.now ?? new Date(), input.includeCancelled ?? false, limit],
	);
	return rows.map(toAppointment);
}

/** booked → confirmed. Confirming a confirmed appointment returns it unchanged. */
export async function confirm(pool: Pool, ref: AppointmentRef & { now?: Date }): Promise<Appointment> {
	return await changeStatus(pool, ref, {
		action: 'confirm',
		set: "status = 'confirmed'",
		from: ['booked', 'confirmed'],
		notStarted: true,
	});
}

/** booked/confirmed → cancelled, freeing the slot. Cancelling a cancelled appointment returns it unchanged. */
export async function cancel(pool: Pool, ref: AppointmentRef & { reason?: string; now?: Date }): Promise<Appointment> {
	const reason = optionalText('reason', ref.reason, 500);
	return await changeStatus(pool, ref, {
		action: 'cancel',
		set: "status = 'cancelled', cancel_reason = $6",
		params: [reason],
		from: ['booked', 'confirmed'],
		notStarted: true,
		alreadyDone: 'cancelled',
	});
}

/** After the start: booked/confirmed → completed or no_show. */
export async function recordOutcome(
	pool: Pool,
	ref: AppointmentRef & { outcome: 'completed' | 'no_show'; now?: Date },
): Promise<Appointment> {
	if (ref.outcome !== 'completed' && ref.outcome !== 'no_show') throw invalidInput('outcome must be completed or no_show');
	return await changeStatus(pool, ref, {
		action: `mark as ${ref.outcome}`,
		set: `status = '${ref.outcome}'`,
		from: ['booked', 'confirmed'],
		notStarted: false,
		alreadyDone: ref.outcome,
	});
}

interface StatusChange {
	action: string;
	/** SET clause; $6… are `params`. */
	set: string;
	params?: unknown[];
	/** Statuses the change applies to. */
	from: AppointmentStatus[];
	/** true: only before the start; false: only after it. */
	notStarted: boolean;
	/** A status that means the change was already made (answered with the row, not an error). */
	alreadyDone?: AppointmentStatus;
}

async function changeStatus(pool: Pool, ref: AppointmentRef & { now?: Date }, change: StatusChange): Promise<Appointment> {
	const { tenant, id, phone } = readRef(ref);
	const now = ref.now ?? new Date();
	await ensureBookingSchema(pool);
	const { rows } = await pool.query<AppointmentRow>(
		`WITH changed AS (
			UPDATE appointments SET ${change.set}, updated_at = now()
			WHERE tenant = $1 AND id = $2 AND ($3::text IS NULL OR phone = $3)
				AND status = ANY ($5::text[])
				AND ${change.notStarted ? 'starts_at > $4' : 'starts_at <= $4'}
			RETURNING *
		)
		SELECT ${APPOINTMENT_COLUMNS} FROM changed a JOIN practitioners p ON p.id = a.practitioner_id`,
		[tenant, id, phone, now, change.from, ...(change.params ?? [])],
	);
	if (rows[0]) return toAppointment(rows[0]);
	// Nothing changed: say why, from the row as it is now.
	const current = await loadRow(pool, tenant, id, phone);
	if (current.status === change.alreadyDone) return toAppointment(current);
	if (!change.from.includes(current.status)) {
		throw new BookingError('invalid_status', `Cannot ${change.action} an appointment that is ${current.status.replace('_', ' ')}`);
	}
	if (change.notStarted) throw new BookingError('in_the_past', `Cannot ${change.action} an appointment that has already started`);
	throw new BookingError('invalid_status', `Cannot ${change.action} an appointment that has not started yet`);
}

/** The row, or not_found (also when it belongs to another tenant or contact). */
export async function loadRow(db: Db, tenant: string, id: string, phone: string | null, lock = false): Promise<AppointmentRow> {
	const { rows } = await db.query<AppointmentRow>(
		`SELECT ${APPOINTMENT_COLUMNS} FROM appointments a JOIN practitioners p ON p.id = a.practitioner_id
		WHERE a.tenant = $1 AND a.id = $2 AND ($3::text IS NULL OR a.phone = $3)
		${lock ? 'FOR UPDATE OF a' : ''}`,
		[tenant, id, phone],
	);
	if (!rows[0]) throw new BookingError('not_found', `No appointment with id ${id}`);
	return rows[0];
}

export function readRef(ref: AppointmentRef): { tenant: string; id: string; phone: string | null } {
	return {
		tenant: requireTenant(ref.tenant),
		id: requireAppointmentId(ref.appointmentId),
		phone: ref.contactPhone === undefined ? null : requirePhone(ref.contactPhone),
	};
}
