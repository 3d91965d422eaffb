// Whether a practitioner can be booked at a given start, and the free slots to offer when not.
// Shared by book and reschedule. The checks here give clear answers (outside hours, time off,
// in the past); whether the slot is still free is decided by the database constraint at insert
// or update time, never by a read beforehand.
import type { Pool } from 'pg';
import { BookingError, invalidInput, type BookingErrorCode } from './errors';
import { queryPractitioners, unknownPractitioner } from './practitioners';
import { slotStartingAt, toHoursRule } from './schedule';
import { searchSlots } from './slots';
import { formatLocalIso } from './time';
import type { Db, Practitioner, Slot } from './types';

export const DEFAULT_ALTERNATIVES = 3;

export interface BookableSlot {
	practitioner: Practitioner;
	start: Date;
	end: Date;
}

export interface BookableQuery {
	tenant: string;
	practitionerId: string;
	start: Date;
	now: Date;
	timeZone: string;
	/** Species of the patient, checked against the vet's list. */
	subjectSpecies?: string | null;
}

export async function checkBookable(db: Db, query: BookableQuery): Promise<BookableSlot> {
	const [practitioner] = await queryPractitioners(db, {
		tenant: query.tenant,
		practitionerId: query.practitionerId,
		includeInactive: true,
	});
	if (!practitioner) throw unknownPractitioner(query.practitionerId);
	if (!practitioner.active) throw new BookingError('unknown_practitioner', `${practitioner.name} is not taking appointments`);
	const when = formatLocalIso(query.start, query.timeZone);
	if (query.start.getTime() < query.now.getTime()) throw new BookingError('in_the_past', `${when} has already passed`);
	const species = query.subjectSpecies?.toLowerCase();
	if (species && practitioner.species.length > 0 && !practitioner.species.includes(species)) {
		throw invalidInput(`${practitioner.name} does not see ${species} (sees ${practitioner.species.join(', ')})`);
	}
	const slot = slotStartingAt(practitioner.hours.map(toHoursRule), query.start.getTime());
	if (!slot) throw new BookingError('outside_hours', `${practitioner.name} has no appointment starting at ${when}`);
	const { rows } = await db.query<{ reason: string | null }>(
		`SELECT reason FROM practitioner_time_off
		WHERE tenant = $1 AND (practitioner_id IS NULL OR practitioner_id = $2)
			AND tstzrange(starts_at, ends_at, '[)') && tstzrange($3, $4, '[)')
		LIMIT 1`,
		[query.tenant, practitioner.id, new Date(slot.start), new Date(slot.end)],
	);
	if (rows[0]) {
		const reason = rows[0].reason ? ` (${rows[0].reason})` : '';
		throw new BookingError('time_off', `${practitioner.name} is not working at ${when}${reason}`);
	}
	return { practitioner, start: new Date(slot.start), end: new Date(slot.end) };
}

const WITH_ALTERNATIVES: readonly BookingErrorCode[] = ['slot_taken', 'outside_hours', 'in_the_past', 'time_off'];

export interface AlternativesQuery {
	tenant: string;
	practitionerId: string;
	/** Search from here (or from now, if later). */
	from: Date;
	now: Date;
	timeZone: string;
	count: number;
}

/**
 * The same error with the next free slots attached: the same practitioner's first, else the
 * earliest of the practitioner's specialty. Runs on the pool, after any transaction has ended.
 * Other errors come back unchanged.
 */
export async function withAlternatives(pool: Pool, error: unknown, query: AlternativesQuery): Promise<unknown> {
	if (!(error instanceof BookingError) || !WITH_ALTERNATIVES.includes(error.code) || query.count === 0) return error;
	// Alternatives are a courtesy: failing to find them must not hide the real answer.
	const alternatives = await nextFreeSlots(pool, query).catch((): Slot[] => []);
	return new BookingError(
		error.code,
		alternatives.length > 0 ? `${error.message}. Free times: ${describe(alternatives)}` : error.message,
		alternatives,
	);
}

async function nextFreeSlots(pool: Pool, query: AlternativesQuery): Promise<Slot[]> {
	const base = {
		tenant: query.tenant,
		from: new Date(Math.max(query.from.getTime(), query.now.getTime())),
		now: query.now,
		timezone: query.timeZone,
		limit: query.count,
	};
	const same = await searchSlots(pool, { ...base, practitionerId: query.practitionerId });
	if (same.length > 0) return same;
	const [practitioner] = await queryPractitioners(pool, {
		tenant: query.tenant,
		practitionerId: query.practitionerId,
		includeInactive: true,
	});
	return practitioner ? await searchSlots(pool, { ...base, specialty: practitioner.specialty }) : [];
}

function describe(slots: Slot[]): string {
	return slots.map((slot) => `${slot.localStart.slice(0, 16).replace('T', ' ')} (${slot.practitionerName})`).join(', ');
}
