// Database rows → the shapes the operations return. One place for the column lists, so every
// operation answers with the same fields.
import { formatLocalIso } from './time';
import type { Appointment, AppointmentStatus, Practitioner, TimeOff, WeeklyHours } from './types';

/** Appointment columns with the practitioner's name; FROM appointments a JOIN practitioners p. */
export const APPOINTMENT_COLUMNS = `a.id, a.tenant, a.practitioner_id, p.name AS practitioner_name, a.phone, a.contact_name,
	a.subject_name, a.subject_species, a.specialty, a.starts_at, a.ends_at, a.timezone, a.status, a.notes,
	a.cancel_reason, a.idempotency_key, a.created_at, a.updated_at`;

export interface AppointmentRow {
	id: string;
	tenant: string;
	practitioner_id: string;
	practitioner_name: string;
	phone: string;
	contact_name: string | null;
	subject_name: string | null;
	subject_species: string | null;
	specialty: string | null;
	starts_at: Date;
	ends_at: Date;
	timezone: string;
	status: AppointmentStatus;
	notes: string | null;
	cancel_reason: string | null;
	idempotency_key: string | null;
	created_at: Date;
	updated_at: Date;
}

export function toAppointment(row: AppointmentRow): Appointment {
	return {
		id: row.id,
		tenant: row.tenant,
		practitionerId: row.practitioner_id,
		practitionerName: row.practitioner_name,
		contactPhone: row.phone,
		contactName: row.contact_name,
		subjectName: row.subject_name,
		subjectSpecies: row.subject_species,
		specialty: row.specialty,
		start: row.starts_at.toISOString(),
		end: row.ends_at.toISOString(),
		localStart: formatLocalIso(row.starts_at, row.timezone),
		localEnd: formatLocalIso(row.ends_at, row.timezone),
		timezone: row.timezone,
		status: row.status,
		notes: row.notes,
		cancelReason: row.cancel_reason,
		idempotencyKey: row.idempotency_key,
		createdAt: row.created_at.toISOString(),
		updatedAt: row.updated_at.toISOString(),
	};
}

/** Practitioner columns with the weekly hours as JSON; FROM practitioners p. */
export const PRACTITIONER_COLUMNS = `p.id, p.tenant, p.name, p.specialty, p.species, p.active, p.created_at, p.updated_at,
	COALESCE((
		SELECT json_agg(json_build_object(
			'weekday', h.weekday,
			'start', to_char(h.start_time, 'HH24:MI'),
			'end', to_char(h.end_time, 'HH24:MI'),
			'slotMinutes', h.slot_minutes,
			'timezone', h.timezone
		) ORDER BY h.weekday, h.start_time)
		FROM practitioner_hours h WHERE h.practitioner_id = p.id
	), '[]'::json) AS hours`;

export interface PractitionerRow {
	id: string;
	tenant: string;
	name: string;
	specialty: string;
	species: string[];
	active: boolean;
	created_at: Date;
	updated_at: Date;
	hours: WeeklyHours[];
}

export function toPractitioner(row: PractitionerRow): Practitioner {
	return {
		id: row.id,
		tenant: row.tenant,
		name: row.name,
		specialty: row.specialty,
		species: row.species,
		active: row.active,
		hours: row.hours,
		createdAt: row.created_at.toISOString(),
		updatedAt: row.updated_at.toISOString(),
	};
}

export interface TimeOffRow {
	id: string;
	tenant: string;
	practitioner_id: string | null;
	starts_at: Date;
	ends_at: Date;
	reason: string | null;
}

export function toTimeOff(row: TimeOffRow): TimeOff {
	return {
		id: row.id,
		tenant: row.tenant,
		practitionerId: row.practitioner_id,
		start: row.starts_at.toISOString(),
		end: row.ends_at.toISOString(),
		reason: row.reason,
	};
}
