// Time off: a practitioner's vacation or a whole clinic's holiday. Slots inside it are not
// offered and cannot be booked. Appointments already booked there stay (someone must call the
// patient), so adding time off reports them instead of cancelling them.
import type { Pool } from 'pg';
import { BookingError, invalidInput } from './errors';
import { ensureBookingSchema } from './migrations';
import { unknownPractitioner } from './practitioners';
import { APPOINTMENT_COLUMNS, toAppointment, toTimeOff, type AppointmentRow, type TimeOffRow } from './rows';
import type { Appointment, TimeOff } from './types';
import { isUuid, optionalText, parseBound, requirePractitionerId, requireTenant, requireTimeZone } from './validate';

const TIME_OFF_COLUMNS = 'id, tenant, practitioner_id, starts_at, ends_at, reason';

export interface AddTimeOffInput {
	tenant: string;
	/** Omit for the whole clinic. */
	practitionerId?: string;
	/** An instant, a local date-time, or a date 'YYYY-MM-DD' (from the start of that day). */
	start: string | Date;
	/** An instant, a local date-time, or a date 'YYYY-MM-DD' (to the end of that day). */
	end: string | Date;
	reason?: string;
	/** Zone for local dates and times; default America/Sao_Paulo. */
	timezone?: string;
}

export interface AddTimeOffResult {
	timeOff: TimeOff;
	/** Open appointments inside the time off, to be rescheduled by someone. */
	conflictingAppointments: Appointment[];
}

export async function addTimeOff(pool: Pool, input: AddTimeOffInput): Promise<AddTimeOffResult> {
	const tenant = requireTenant(input.tenant);
	const practitionerId =
		input.practitionerId === undefined || input.practitionerId === null ? null : requirePractitionerId(input.practitionerId);
	const timeZone = requireTimeZone(input.timezone);
	const start = parseBound('start', input.start, timeZone, 'from');
	const end = parseBound('end', input.end, timeZone, 'to');
	if (end <= start) throw invalidInput('time off must end after it starts');
	const reason = optionalText('reason', input.reason, 500);
	await ensureBookingSchema(pool);
	if (practitionerId) {
		const { rowCount } = await pool.query('SELECT 1 FROM practitioners WHERE tenant = $1 AND id = $2', [tenant, practitionerId]);
		if (!rowCount) throw unknownPractitioner(practitionerId);
	}
	const { rows } = await pool.query<TimeOffRow>(
		`INSERT INTO practitioner_time_off (tenant, practitioner_id, starts_at, ends_at, reason)
		VALUES ($1, $2, $3, $4, $5) RETURNING ${TIME_OFF_COLUMNS}`,
		[tenant, practitionerId, start, end, reason],
	);
	const conflicts = await pool.query<AppointmentRow>(
		`SELECT ${APPOINTMENT_COLUMNS}
		FROM appointments a JOIN practitioners p ON p.id = a.practitioner_id
		WHERE a.tenant = $1 AND ($2::uuid IS NULL OR a.practitioner_id = $2)
			AND a.status IN ('booked', 'confirmed') AND a.starts_at < $4 AND a.ends_at > $3
		ORDER BY a.starts_at`,
		[tenant, practitionerId, start, end],
	);
	return { timeOff: toTimeOff(rows[0]), conflictingAppointments: conflicts.rows.map(toAppointment) };
}

export interface ListTimeOffInput {
	tenant: string;
	/** Only this practitioner's time off and the clinic's. */
	practitionerId?: string;
	from?: string | Date;
	to?: string | Date;
	timezone?: string;
}

/** Time off overlapping [from, to) (default: from now on), earliest first. */
export async function listTimeOff(pool: Pool, input: ListTimeOffInput): Promise<TimeOff[]> {
	const tenant = requireTenant(input.tenant);
	const practitionerId = input.practitionerId === undefined ? null : requirePractitionerId(input.practitionerId);
	const timeZone = requireTimeZone(input.timezone);
	const from = input.from === undefined ? new Date() : parseBound('from', input.from, timeZone, 'from');
	const to = input.to === undefined ? null : parseBound('to', input.to, timeZone, 'to');
	await ensureBookingSchema(pool);
	const { rows } = await pool.query<TimeOffRow>(
		`SELECT ${TIME_OFF_COLUMNS} FROM practitioner_time_off
		WHERE tenant = $1 AND ($2::uuid IS NULL OR practitioner_id IS NULL OR practitioner_id = $2)
			AND ends_at > $3 AND ($4::timestamptz IS NULL OR starts_at < $4)
		ORDER BY starts_at, id`,
		[tenant, practitionerId, from, to],
	);
	return rows.map(toTimeOff);
}

export async function removeTimeOff(pool: Pool, input: { tenant: string; timeOffId: string }): Promise<TimeOff> {
	const tenant = requireTenant(input.tenant);
	if (!isUuid(input.timeOffId)) throw new BookingError('not_found', `No time off with id ${String(input.timeOffId)}`);
	await ensureBookingSchema(pool);
	const { rows } = await pool.query<TimeOffRow>(
		`DELETE FROM practitioner_time_off WHERE tenant = $1 AND id = $2 RETURNING ${TIME_OFF_COLUMNS}`,
		[tenant, input.timeOffId],
	);
	if (!rows[0]) throw new BookingError('not_found', `No time off with id ${input.timeOffId} in this clinic`);
	return toTimeOff(rows[0]);
}
