// Practitioners (doctors, vets, therapists) and their weekly working hours.
import type { Pool } from 'pg';
import { BookingError, invalidInput } from './errors';
import { ensureBookingSchema } from './migrations';
import { PRACTITIONER_COLUMNS, toPractitioner, type PractitionerRow } from './rows';
import { formatClock, parseClock } from './time';
import { withTransaction } from '../shared/clients/transaction';
import type { Db, Practitioner, WeeklyHours } from './types';
import {
	normalizeSpecies,
	optionalText,
	requireInteger,
	requirePractitionerId,
	requireTenant,
	requireText,
	requireTimeZone,
} from './validate';

export const DEFAULT_SLOT_MINUTES = 30;
const NAME_MAX = 200;

export interface CreatePractitionerInput {
	tenant: string;
	name: string;
	specialty: string;
	/** Species a veterinarian sees ('dog', 'cat'); a comma-separated string works too. */
	species?: string[] | string;
	active?: boolean;
}

export async function createPractitioner(pool: Pool, input: CreatePractitionerInput): Promise<Practitioner> {
	const tenant = requireTenant(input.tenant);
	const name = requireText('name', input.name, NAME_MAX);
	const specialty = requireText('specialty', input.specialty, NAME_MAX);
	const species = normalizeSpecies(input.species);
	await ensureBookingSchema(pool);
	const { rows } = await pool.query<{ id: string }>(
		'INSERT INTO practitioners (tenant, name, specialty, species, active) VALUES ($1, $2, $3, $4, $5) RETURNING id',
		[tenant, name, specialty, species, input.active ?? true],
	);
	return await getPractitioner(pool, { tenant, practitionerId: rows[0].id });
}

export interface UpdatePractitionerInput {
	tenant: string;
	practitionerId: string;
	name?: string;
	specialty?: string;
	species?: string[] | string;
	/** false hides the practitioner from searches and new bookings; existing appointments stay. */
	active?: boolean;
}

/** Changes only the fields given. */
export async function updatePractitioner(pool: Pool, input: UpdatePractitionerInput): Promise<Practitioner> {
	const tenant = requireTenant(input.tenant);
	const practitionerId = requirePractitionerId(input.practitionerId);
	const name = input.name === undefined ? null : requireText('name', input.name, NAME_MAX);
	const specialty = input.specialty === undefined ? null : requireText('specialty', input.specialty, NAME_MAX);
	const species = input.species === undefined ? null : normalizeSpecies(input.species);
	if (input.active !== undefined && typeof input.active !== 'boolean') throw invalidInput('active must be true or false');
	await ensureBookingSchema(pool);
	const { rowCount } = await pool.query(
		`UPDATE practitioners SET
			name = COALESCE($3, name),
			specialty = COALESCE($4, specialty),
			species = COALESCE($5, species),
			active = COALESCE($6, active),
			updated_at = now()
		WHERE tenant = $1 AND id = $2`,
		[tenant, practitionerId, name, specialty, species, input.active ?? null],
	);
	if (!rowCount) throw unknownPractitioner(practitionerId);
	return await getPractitioner(pool, { tenant, practitionerId });
}

export interface ListPractitionersInput {
	tenant: string;
	/** Case-insensitive. */
	specialty?: string;
	/** Only practitioners who see this species (or any species). */
	species?: string;
	practitionerId?: string;
	includeInactive?: boolean;
}

/** Practitioners with their weekly hours, by name. */
export async function listPractitioners(pool: Pool, input: ListPractitionersInput): Promise<Practitioner[]> {
	await ensureBookingSchema(pool);
	return await queryPractitioners(pool, input);
}

/** listPractitioners without the migration check, for use inside a transaction. */
export async function queryPractitioners(db: Db, input: ListPractitionersInput): Promise<Practitioner[]> {
	const tenant = requireTenant(input.tenant);
	const practitionerId = input.practitionerId === undefined ? null : requirePractitionerId(input.practitionerId);
	const specialty = optionalText('specialty', input.specialty, NAME_MAX);
	const species = optionalText('species', input.species, NAME_MAX)?.toLowerCase() ?? null;
	const { rows } = await db.query<PractitionerRow>(
		`SELECT ${PRACTITIONER_COLUMNS}
		FROM practitioners p
		WHERE p.tenant = $1
			AND ($2::uuid IS NULL OR p.id = $2)
			AND ($3::text IS NULL OR lower(p.specialty) = lower($3))
			AND ($4::text IS NULL OR cardinality(p.species) = 0 OR $4 = ANY (p.species))
			AND (p.active OR $5)
		ORDER BY p.name, p.id`,
		[tenant, practitionerId, specialty, species, input.includeInactive ?? false],
	);
	return rows.map(toPractitioner);
}

/** One practitioner, active or not; unknown_practitioner if the tenant has none with this id. */
export async function getPractitioner(pool: Pool, input: { tenant: string; practitionerId: string }): Promise<Practitioner> {
	await ensureBookingSchema(pool);
	const [practitioner] = await queryPractitioners(pool, { ...input, includeInactive: true });
	if (!practitioner) throw unknownPractitioner(input.practitionerId);
	return practitioner;
}

export interface WeeklyHoursInput {
	/** 0 = Sunday … 6 = Saturday. */
	weekday: number;
	/** 'HH:MM' local. */
	start: string;
	/** 'HH:MM' local, after start; '24:00' for the end of the day. */
	end: string;
	slotMinutes?: number;
	/** Defaults to the input's timezone. */
	timezone?: string;
}

export interface SetWeeklyHoursInput {
	tenant: string;
	practitionerId: string;
	/** The clinic's zone for rows that name none; default America/Sao_Paulo. */
	timezone?: string;
	/** The whole week: it replaces the hours the practitioner had. Several rows per day are fine. */
	hours: WeeklyHoursInput[];
}

/** Replaces the practitioner's weekly hours in one transaction; returns the practitioner. */
export async function setWeeklyHours(pool: Pool, input: SetWeeklyHoursInput): Promise<Practitioner> {
	const tenant = requireTenant(input.tenant);
	const practitionerId = requirePractitionerId(input.practitionerId);
	const hours = normalizeWeek(input.hours, requireTimeZone(input.timezone));
	await ensureBookingSchema(pool);
	await withTransaction(pool, async (client) => {
		// Locks the practitioner, so two concurrent replacements apply one after the other.
		const { rowCount } = await client.query('SELECT 1 FROM practitioners WHERE tenant = $1 AND id = $2 FOR UPDATE', [
			tenant,
			practitionerId,
		]);
		if (!rowCount) throw unknownPractitioner(practitionerId);
		await client.query('DELETE FROM practitioner_hours WHERE practitioner_id = $1', [practitionerId]);
		await client.query(
			`INSERT INTO practitioner_hours (tenant, practitioner_id, weekday, start_time, end_time, slot_minutes, timezone)
			SELECT $1, $2, weekday, start_time::time, end_time::time, slot_minutes, timezone
			FROM unnest($3::smallint[], $4::text[], $5::text[], $6::int[], $7::text[])
				AS week (weekday, start_time, end_time, slot_minutes, timezone)`,
			[
				tenant,
				practitionerId,
				hours.map((row) => row.weekday),
				hours.map((row) => row.start),
				hours.map((row) => row.end),
				hours.map((row) => row.slotMinutes),
				hours.map((row) => row.timezone),
			],
		);
		await client.query('UPDATE practitioners SET updated_at = now() WHERE id = $1', [practitionerId]);
	});
	return await getPractitioner(pool, { tenant, practitionerId });
}

/** Checks every row and that no two rows of one weekday overlap (the table's constraint says so too). */
function normalizeWeek(rows: WeeklyHoursInput[], defaultTimeZone: string): WeeklyHours[] {
	if (!Array.isArray(rows)) throw invalidInput('hours must be a list of {weekday, start, end, slotMinutes}');
	const week = rows.map((row, index) => {
		const label = `hours[${index}]`;
		if (!row || typeof row !== 'object') throw invalidInput(`${label} must be {weekday, start, end, slotMinutes}`);
		const weekday = requireInteger(`${label}.weekday (0 = Sunday … 6 = Saturday)`, row.weekday, 0, 6);
		const start = parseClock(row.start);
		const end = parseClock(row.end);
		if (start === undefined || start >= 1440) throw invalidInput(`${label}.start must be a time 'HH:MM', got ${String(row.start)}`);
		if (end === undefined) throw invalidInput(`${label}.end must be a time 'HH:MM' (or '24:00'), got ${String(row.end)}`);
		if (end <= start) throw invalidInput(`${label} ends (${row.end}) before it starts (${row.start}); split a night shift into two days`);
		const slotMinutes = requireInteger(`${label}.slotMinutes`, row.slotMinutes ?? DEFAULT_SLOT_MINUTES, 5, 720);
		if (slotMinutes > end - start) throw invalidInput(`${label} is shorter than one ${slotMinutes}-minute slot`);
		const timezone = row.timezone === undefined ? defaultTimeZone : requireTimeZone(row.timezone);
		return {
			weekday: weekday as WeeklyHours['weekday'],
			start: formatClock(start),
			end: formatClock(end),
			slotMinutes,
			timezone,
			startMinute: start,
			endMinute: end,
		};
	});
	const ordered = [...week].sort((a, b) => a.weekday - b.weekday || a.startMinute - b.startMinute);
	for (let index = 1; index < ordered.length; index++) {
		const [previous, current] = [ordered[index - 1], ordered[index]];
		if (previous.weekday === current.weekday && current.startMinute < previous.endMinute) {
			throw invalidInput(
				`hours overlap on weekday ${current.weekday}: ${previous.start}–${previous.end} and ${current.start}–${current.end}`,
			);
		}
	}
	return ordered.map(({ weekday, start, end, slotMinutes, timezone }) => ({ weekday, start, end, slotMinutes, timezone }));
}

export function unknownPractitioner(practitionerId: string): BookingError {
	return new BookingError('unknown_practitioner', `No practitioner with id ${practitionerId} in this clinic`);
}
