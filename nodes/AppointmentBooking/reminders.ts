// Reminders (24 h and 2 h before, or any kinds the workflow names), each handed out once ever,
// however many n8n workers run the same schedule at the same moment.
//
// Claiming is one statement: INSERT the due (appointment, kind, start) rows into
// appointment_reminders ... ON CONFLICT DO NOTHING RETURNING. The unique constraint is the
// arbiter: of several workers inserting the same reminder, exactly one gets the row back. Why
// not SELECT … FOR UPDATE SKIP LOCKED: that needs a table of pending reminders to lock (or a
// flag on appointments) and a transaction held open while the message is sent; an insert
// leaves a permanent record instead, needs no open transaction, and survives worker restarts.
// The start is part of the key, so a rescheduled appointment is reminded of its new time.
//
// The claim is the point of no return (at most once): a worker that claims and then fails to
// send calls releaseReminder, so a later run (still inside the tolerance) claims it again;
// a worker that dies in between leaves a row with sent_at NULL, visible to monitoring.
import type { Pool } from 'pg';
import { invalidInput } from './errors';
import { ensureBookingSchema } from './migrations';
import { APPOINTMENT_COLUMNS, toAppointment, type AppointmentRow } from './rows';
import type { Appointment } from './types';
import { optionalText, requireInteger, requireTenant } from './validate';

export interface ReminderKind {
	/** Stored with the claim, e.g. '24h'. */
	name: string;
	/** Due this many minutes before the start. */
	beforeMinutes: number;
	/** Still sent up to this many minutes late (a missed or slow run); default: the input's. */
	toleranceMinutes?: number;
}

export const DEFAULT_REMINDER_KINDS: ReminderKind[] = [
	{ name: '24h', beforeMinutes: 24 * 60 },
	{ name: '2h', beforeMinutes: 2 * 60 },
];
export const DEFAULT_TOLERANCE_MINUTES = 60;
export const DEFAULT_CLAIM_LIMIT = 500;

export interface ClaimRemindersInput {
	/** Omit to claim for every tenant (one schedule serving several clinics). */
	tenant?: string;
	kinds?: ReminderKind[];
	now?: Date;
	toleranceMinutes?: number;
	/** At most this many per call; default 500. Call again for the rest. */
	limit?: number;
	/** Stored with the claim, for diagnosis (e.g. the n8n execution id). */
	workerId?: string;
}

export interface DueReminder {
	reminderId: string;
	kind: string;
	appointment: Appointment;
}

/**
 * Claims and returns the reminders due now: kind K of an open appointment is due from
 * `beforeMinutes` before its start until `toleranceMinutes` later (and never after the start),
 * if the appointment was booked before that moment (a booking made 3 hours ahead gets no
 * 24-hour reminder: its booking message was the reminder). Earliest appointments first.
 */
export async function claimDueReminders(pool: Pool, input: ClaimRemindersInput = {}): Promise<DueReminder[]> {
	const tenant = input.tenant === undefined ? null : requireTenant(input.tenant);
	const defaultTolerance = requireInteger('toleranceMinutes', input.toleranceMinutes ?? DEFAULT_TOLERANCE_MINUTES, 1, 7 * 24 * 60);
	const kinds = normalizeKinds(input.kinds ?? DEFAULT_REMINDER_KINDS, defaultTolerance);
	const limit = requireInteger('limit', input.limit ?? DEFAULT_CLAIM_LIMIT, 1, 10_000);
	const workerId = optionalText('workerId', input.workerId, 200);
	await ensureBookingSchema(pool);
	const { rows } = await pool.query<AppointmentRow & { reminder_id: string; kind: string }>(
		`WITH kinds AS (
			SELECT * FROM unnest($1::text[], $2::int[], $3::int[]) AS k (name, before_minutes, tolerance_minutes)
		), due AS (
			SELECT a.id, a.starts_at, k.name AS kind
			FROM kinds k
			JOIN appointments a
				ON a.starts_at <= $4::timestamptz + make_interval(mins => k.before_minutes)
				AND a.starts_at > $4::timestamptz + make_interval(mins => k.before_minutes - k.tolerance_minutes)
				AND a.created_at <= a.starts_at - make_interval(mins => k.before_minutes)
			WHERE a.status IN ('booked', 'confirmed') AND a.starts_at > $4
				AND ($5::text IS NULL OR a.tenant = $5)
				-- Claimed before: skip here so the limit counts only new work.
				AND NOT EXISTS (
					SELECT 1 FROM appointment_reminders r
					WHERE r.appointment_id = a.id AND r.kind = k.name AND r.starts_at = a.starts_at
				)
			ORDER BY a.starts_at, a.id, k.name
			LIMIT $6
		), claimed AS (
			-- One order for every worker: concurrent claims of the same rows wait, never deadlock.
			INSERT INTO appointment_reminders (appointment_id, kind, starts_at, claimed_by)
			SELECT id, kind, starts_at, $7 FROM due ORDER BY starts_at, id, kind
			ON CONFLICT ON CONSTRAINT appointment_reminders_once DO NOTHING
			RETURNING id, appointment_id, kind
		)
		SELECT c.id AS reminder_id, c.kind, ${APPOINTMENT_COLUMNS}
		FROM claimed c
		JOIN appointments a ON a.id = c.appointment_id
		JOIN practitioners p ON p.id = a.practitioner_id
		ORDER BY a.starts_at, a.id, c.kind`,
		[
			kinds.map((kind) => kind.name),
			kinds.map((kind) => kind.beforeMinutes),
			kinds.map((kind) => kind.toleranceMinutes),
			input.now ?? new Date(),
			tenant,
			limit,
			workerId,
		],
	);
	return rows.map((row) => ({ reminderId: String(row.reminder_id), kind: row.kind, appointment: toAppointment(row) }));
}

/**
 * Records that the claimed reminder went out; false if the tenant has no such claim (a reminder
 * id of another clinic is treated as unknown, never marked).
 */
export async function markReminderSent(pool: Pool, input: { tenant: string; reminderId: string; sentAt?: Date }): Promise<boolean> {
	const tenant = requireTenant(input.tenant);
	await ensureBookingSchema(pool);
	const { rowCount } = await pool.query(
		`UPDATE appointment_reminders r SET sent_at = COALESCE(r.sent_at, $3)
		FROM appointments a WHERE r.id = $1 AND a.id = r.appointment_id AND a.tenant = $2`,
		[requireReminderId(input.reminderId), tenant, input.sentAt ?? new Date()],
	);
	return rowCount === 1;
}

/** Gives back a claim of the tenant's that was not sent (the send failed), so a later run can claim it again. */
export async function releaseReminder(pool: Pool, input: { tenant: string; reminderId: string }): Promise<boolean> {
	const tenant = requireTenant(input.tenant);
	await ensureBookingSchema(pool);
	const { rowCount } = await pool.query(
		`DELETE FROM appointment_reminders r USING appointments a
		WHERE r.id = $1 AND r.sent_at IS NULL AND a.id = r.appointment_id AND a.tenant = $2`,
		[requireReminderId(input.reminderId), tenant],
	);
	return rowCount === 1;
}

function normalizeKinds(kinds: ReminderKind[], defaultTolerance: number): Required<ReminderKind>[] {
	if (!Array.isArray(kinds) || kinds.length === 0)
		throw invalidInput('kinds must list at least one reminder, e.g. {name: "24h", beforeMinutes: 1440}');
	const names = new Set<string>();
	return kinds.map((kind, index) => {
		const name = optionalText(`kinds[${index}].name`, kind?.name, 50);
		if (!name) throw invalidInput(`kinds[${index}].name is required`);
		if (names.has(name)) throw invalidInput(`reminder kind ${name} is listed twice`);
		names.add(name);
		const beforeMinutes = requireInteger(`kinds[${index}].beforeMinutes`, kind.beforeMinutes, 1, 60 * 24 * 60);
		const toleranceMinutes = requireInteger(
			`kinds[${index}].toleranceMinutes`,
			kind.toleranceMinutes ?? defaultTolerance,
			1,
			beforeMinutes,
		);
		return { name, beforeMinutes, toleranceMinutes };
	});
}

function requireReminderId(value: unknown): string {
	const text = String(value ?? '');
	if (!/^\d{1,18}$/.test(text)) throw invalidInput(`reminderId must be the id claimDueReminders returned, got ${text}`);
	return text;
}
