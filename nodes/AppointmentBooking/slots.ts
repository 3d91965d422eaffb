// Free slots: weekly hours, minus time off, minus open appointments, minus the past.
//
// Slots are computed in TypeScript from the hours (time zones and DST are handled by time.ts),
// and busy time is read from the database window by window: first two days, then four, eight…
// A search that finds enough slots early reads only those days' appointments (one indexed range
// scan per window), however many appointments the tables hold.
import type { Pool } from 'pg';
import { BookingError, invalidInput } from './errors';
import { ensureBookingSchema } from './migrations';
import { queryPractitioners, unknownPractitioner } from './practitioners';
import { mergeIntervals, overlapsAny, slotsInWindow, toHoursRule, type HoursRule, type Interval } from './schedule';
import { formatLocalIso } from './time';
import type { Db, Practitioner, Slot } from './types';
import { parseBound, requireAppointmentId, requireInteger, requireTenant, requireTimeZone } from './validate';

export const DEFAULT_SLOT_LIMIT = 10;
export const MAX_SLOT_LIMIT = 100;
export const DEFAULT_SEARCH_DAYS = 14;
export const MAX_SEARCH_DAYS = 92;

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const FIRST_WINDOW_MS = 2 * DAY_MS;
// The longest slot the schema allows (slot_minutes <= 720): busy time is read this far past a window.
const MAX_SLOT_MS = 720 * MINUTE_MS;

export interface FindSlotsInput {
	tenant: string;
	/** Case-insensitive; ignored when practitionerId is given. */
	specialty?: string;
	practitionerId?: string;
	/** Only vets who see this species (or any species). */
	species?: string;
	/** Instant, local date-time or date 'YYYY-MM-DD' (start of day). Default: now. */
	from?: string | Date;
	/** Instant, local date-time or date 'YYYY-MM-DD' (end of that day, included). Default: from + 14 days. */
	to?: string | Date;
	/** Default 10, at most 100. */
	limit?: number;
	/** The clinic's zone: reads local inputs and words localStart/localEnd. Default America/Sao_Paulo. */
	timezone?: string;
	now?: Date;
	/** Slots starting sooner than this after now are not offered. Default 0. */
	minNoticeMinutes?: number;
	/** Treat this appointment's own time as free (alternatives while rescheduling it). */
	ignoreAppointmentId?: string;
}

/** Free slots, earliest first (ties by practitioner name), at most `limit`. */
export async function findSlots(pool: Pool, input: FindSlotsInput): Promise<Slot[]> {
	await ensureBookingSchema(pool);
	return await searchSlots(pool, input);
}

/** findSlots without the migration check, for use inside a transaction. */
export async function searchSlots(db: Db, input: FindSlotsInput): Promise<Slot[]> {
	const tenant = requireTenant(input.tenant);
	const timeZone = requireTimeZone(input.timezone);
	const limit = requireInteger('limit', input.limit ?? DEFAULT_SLOT_LIMIT, 1, MAX_SLOT_LIMIT);
	const minNotice = requireInteger('minNoticeMinutes', input.minNoticeMinutes ?? 0, 0, 60 * 24 * 365);
	const ignored = input.ignoreAppointmentId === undefined ? null : requireAppointmentId(input.ignoreAppointmentId);
	const now = input.now ?? new Date();
	const earliest = now.getTime() + minNotice * MINUTE_MS;
	const requestedFrom = input.from === undefined ? now.getTime() : parseBound('from', input.from, timeZone, 'from').getTime();
	const from = Math.max(requestedFrom, earliest);
	const to = input.to === undefined ? requestedFrom + DEFAULT_SEARCH_DAYS * DAY_MS : parseBound('to', input.to, timeZone, 'to').getTime();
	if (to <= requestedFrom) throw invalidInput('the search must end after it starts');
	if (to - requestedFrom > MAX_SEARCH_DAYS * DAY_MS) throw invalidInput(`search at most ${MAX_SEARCH_DAYS} days at a time`);
	if (to <= from) throw new BookingError('in_the_past', 'That period is already over; search from now on');

	const practitioners = await queryPractitioners(db, {
		tenant,
		practitionerId: input.practitionerId,
		specialty: input.practitionerId === undefined ? input.specialty : undefined,
		species: input.species,
	});
	if (input.practitionerId !== undefined && practitioners.length === 0) throw unknownPractitioner(input.practitionerId);
	const schedules = practitioners
		.map((practitioner) => ({ practitioner, rules: practitioner.hours.map(toHoursRule) }))
		.filter((schedule) => schedule.rules.length > 0);
	if (schedules.length === 0) return [];

	const found: Slot[] = [];
	for (let windowStart = from, span = FIRST_WINDOW_MS; windowStart < to && found.length < limit; span *= 2) {
		const windowEnd = Math.min(to, windowStart + span);
		const busy = await busyIntervals(
			db,
			tenant,
			schedules.map((schedule) => schedule.practitioner.id),
			windowStart,
			windowEnd + MAX_SLOT_MS,
			ignored,
		);
		const free = schedules.flatMap(({ practitioner, rules }) => freeSlots(practitioner, rules, busy, windowStart, windowEnd));
		free.sort(
			(a, b) =>
				a.start - b.start || a.practitioner.name.localeCompare(b.practitioner.name) || a.practitioner.id.localeCompare(b.practitioner.id),
		);
		for (const slot of free.slice(0, limit - found.length)) found.push(toSlot(slot, timeZone));
		windowStart = windowEnd;
	}
	return found;
}

interface FreeSlot extends Interval {
	practitioner: Practitioner;
}

function freeSlots(
	practitioner: Practitioner,
	rules: HoursRule[],
	busy: Map<string | null, Interval[]>,
	from: number,
	to: number,
): FreeSlot[] {
	const taken = mergeIntervals([...(busy.get(practitioner.id) ?? []), ...(busy.get(null) ?? [])]);
	return slotsInWindow(rules, from, to)
		.filter((slot) => !overlapsAny(taken, slot.start, slot.end))
		.map((slot) => ({ ...slot, practitioner }));
}

/** Open appointments and time off overlapping [from, to), by practitioner (null: the whole clinic). */
async function busyIntervals(
	db: Db,
	tenant: string,
	practitionerIds: string[],
	from: number,
	to: number,
	ignoredAppointmentId: string | null,
): Promise<Map<string | null, Interval[]>> {
	const { rows } = await db.query<{ practitioner_id: string | null; starts_at: Date; ends_at: Date }>(
		`SELECT practitioner_id, starts_at, ends_at FROM appointments
		WHERE practitioner_id = ANY ($1::uuid[]) AND status <> 'cancelled'
			-- Appointments last at most 12 hours, so the start bound keeps this a b-tree range scan.
			AND starts_at < $3 AND starts_at > $2::timestamptz - interval '12 hours' AND ends_at > $2
			AND ($5::uuid IS NULL OR id <> $5)
		UNION ALL
		SELECT practitioner_id, starts_at, ends_at FROM practitioner_time_off
		WHERE tenant = $4 AND (practitioner_id IS NULL OR practitioner_id = ANY ($1::uuid[]))
			AND tstzrange(starts_at, ends_at, '[)') && tstzrange($2, $3, '[)')`,
		[practitionerIds, new Date(from), new Date(to), tenant, ignoredAppointmentId],
	);
	const byPractitioner = new Map<string | null, Interval[]>();
	for (const row of rows) {
		const list = byPractitioner.get(row.practitioner_id) ?? [];
		list.push({ start: row.starts_at.getTime(), end: row.ends_at.getTime() });
		byPractitioner.set(row.practitioner_id, list);
	}
	return byPractitioner;
}

function toSlot(slot: FreeSlot, timeZone: string): Slot {
	return {
		practitionerId: slot.practitioner.id,
		practitionerName: slot.practitioner.name,
		specialty: slot.practitioner.specialty,
		start: new Date(slot.start).toISOString(),
		end: new Date(slot.end).toISOString(),
		localStart: formatLocalIso(slot.start, timeZone),
		localEnd: formatLocalIso(slot.end, timeZone),
		timezone: timeZone,
	};
}
