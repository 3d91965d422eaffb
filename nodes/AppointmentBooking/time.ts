// Wall-clock time in a named time zone ↔ UTC instants, with Intl only (no date library).
// Clinics think in local dates and times ("Mondays 09:00–12:00 in São Paulo"); the database
// stores instants. The two meet here, and the awkward hours are handled explicitly: a local
// time skipped by a DST change (gap) or lived twice (overlap) is resolved on purpose, never by
// accident of arithmetic.

export const DEFAULT_TIMEZONE = 'America/Sao_Paulo';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** A calendar date with no zone; month is 1–12. */
export interface LocalDate {
	year: number;
	month: number;
	day: number;
}

/** A wall-clock reading with no zone. */
export interface LocalDateTime extends LocalDate {
	hour: number;
	minute: number;
	second?: number;
}

/**
 * What to do with a local time that does not map to exactly one instant:
 * - compatible: a gap moves forward by the gap's length, an overlap takes the earlier instant
 *   (what Temporal and most calendars do);
 * - earlier / later: the earlier or later of the two candidate instants;
 * - reject: throw a LocalTimeError.
 */
export type Disambiguation = 'compatible' | 'earlier' | 'later' | 'reject';

export type LocalTimeResolution =
	| { kind: 'unique'; instant: Date }
	/** Lived twice (clocks went back): the first and the second time. */
	| { kind: 'overlap'; earlier: Date; later: Date }
	/** Never lived (clocks went forward): the reading with the offset before and after the change. */
	| { kind: 'gap'; earlier: Date; later: Date };

export class LocalTimeError extends RangeError {
	constructor(message: string) {
		super(message);
		this.name = 'LocalTimeError';
	}
}

// Building a DateTimeFormat is far slower than using one; zones are few, so keep them.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
	let formatter = formatters.get(timeZone);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric',
		});
		formatters.set(timeZone, formatter);
	}
	return formatter;
}

/** True for an IANA zone name Intl knows ('America/Sao_Paulo', 'UTC'); false for anything else. */
export function isValidTimeZone(timeZone: unknown): timeZone is string {
	if (typeof timeZone !== 'string' || timeZone.trim() === '') return false;
	try {
		formatterFor(timeZone);
		return true;
	} catch {
		return false;
	}
}

/** The wall-clock reading of an instant in a zone (seconds precision), with weekday 0 = Sunday. */
export function localDateTimeOf(instant: Date | number, timeZone: string): Required<LocalDateTime> & { weekday: number } {
	const ms = typeof instant === 'number' ? instant : instant.getTime();
	const fields: Record<string, number> = {};
	for (const part of formatterFor(timeZone).formatToParts(ms)) {
		if (part.type !== 'literal') fields[part.type] = Number(part.value);
	}
	const local = {
		year: fields.year,
		month: fields.month,
		day: fields.day,
		// Some ICU versions print midnight as 24 even with h23.
		hour: fields.hour === 24 ? 0 : fields.hour,
		minute: fields.minute,
		second: fields.second,
	};
	return { ...local, weekday: weekdayOf(local) };
}

/** Milliseconds the zone is ahead of UTC at this instant (São Paulo: -3 h). */
export function offsetMsAt(instant: Date | number, timeZone: string): number {
	const ms = typeof instant === 'number' ? instant : instant.getTime();
	const wholeSecond = Math.floor(ms / 1000) * 1000;
	return wallMsOf(localDateTimeOf(wholeSecond, timeZone)) - wholeSecond;
}

/** Every instant that reads as `local` on the zone's clocks, and what kind of reading it is. */
export function resolveLocalTime(local: LocalDateTime, timeZone: string): LocalTimeResolution {
	const wall = wallMsOf(local);
	// No zone changes its offset twice within two days, so the offsets a day either side are
	// the only candidates; each is kept only if it really reads back as the same wall time.
	const offsets = [offsetMsAt(wall - DAY_MS, timeZone), offsetMsAt(wall + DAY_MS, timeZone)];
	const candidates = [...new Set(offsets.map((offset) => wall - offset))]
		.filter((ms) => wallMsOf(localDateTimeOf(ms, timeZone)) === wall)
		.sort((a, b) => a - b);
	if (candidates.length === 1) return { kind: 'unique', instant: new Date(candidates[0]) };
	if (candidates.length === 2) return { kind: 'overlap', earlier: new Date(candidates[0]), later: new Date(candidates[1]) };
	const shifted = offsets.map((offset) => wall - offset).sort((a, b) => a - b);
	return { kind: 'gap', earlier: new Date(shifted[0]), later: new Date(shifted[1]) };
}

/** The instant at which the zone's clocks read `local`, resolving gaps and overlaps as asked. */
export function zonedToUtc(local: LocalDateTime, timeZone: string, disambiguation: Disambiguation = 'compatible'): Date {
	const resolution = resolveLocalTime(local, timeZone);
	if (resolution.kind === 'unique') return resolution.instant;
	if (disambiguation === 'reject') {
		const what = resolution.kind === 'gap' ? 'does not exist (clocks jump forward)' : 'happens twice (clocks go back)';
		throw new LocalTimeError(`${formatLocalDateTime(local)} ${what} in ${timeZone}`);
	}
	if (disambiguation === 'earlier') return resolution.earlier;
	if (disambiguation === 'later') return resolution.later;
	// compatible: a gap reading is taken with the offset in force before it (so it lands after
	// the gap); an overlap reading is the first time the clocks show it.
	return resolution.kind === 'gap' ? resolution.later : resolution.earlier;
}

/** ISO 8601 with the zone's offset at that instant: 2025-03-10T09:00:00-04:00. */
export function formatLocalIso(instant: Date | number, timeZone: string): string {
	const local = localDateTimeOf(instant, timeZone);
	const offsetMinutes = Math.round(offsetMsAt(instant, timeZone) / MINUTE_MS);
	const sign = offsetMinutes < 0 ? '-' : '+';
	const absolute = Math.abs(offsetMinutes);
	return `${formatLocalDateTime(local)}${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

/** 2025-03-10T09:00:00 (no offset). */
export function formatLocalDateTime(local: LocalDateTime): string {
	return `${formatLocalDate(local)}T${pad(local.hour)}:${pad(local.minute)}:${pad(local.second ?? 0)}`;
}

export function formatLocalDate(date: LocalDate): string {
	return `${String(date.year).padStart(4, '0')}-${pad(date.month)}-${pad(date.day)}`;
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?$/;

/** 'YYYY-MM-DD' → LocalDate, or undefined unless it is a real calendar date. */
export function parseLocalDate(text: string): LocalDate | undefined {
	const match = LOCAL_DATE.exec(text.trim());
	if (!match) return undefined;
	const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
	return isRealDate(date) ? date : undefined;
}

/** 'YYYY-MM-DDTHH:mm[:ss]' with no offset → LocalDateTime, or undefined. */
export function parseLocalDateTime(text: string): LocalDateTime | undefined {
	const match = LOCAL_DATE_TIME.exec(text.trim());
	if (!match) return undefined;
	const local = {
		year: Number(match[1]),
		month: Number(match[2]),
		day: Number(match[3]),
		hour: Number(match[4]),
		minute: Number(match[5]),
		second: Number(match[6] ?? 0),
	};
	if (!isRealDate(local) || local.hour > 23 || local.minute > 59 || local.second > 59) return undefined;
	return local;
}

/** Calendar arithmetic on a zoneless date (month and year boundaries, leap years). */
export function addDays(date: LocalDate, days: number): LocalDate {
	const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day) + days * DAY_MS);
	return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday, as JavaScript's getDay and Postgres' extract(dow). */
export function weekdayOf(date: LocalDate): number {
	return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** Negative, zero or positive as a is before, equal to or after b. */
export function compareLocalDates(a: LocalDate, b: LocalDate): number {
	return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The first instant of a local date (midnight, or the end of a gap where midnight is skipped). */
export function startOfLocalDay(date: LocalDate, timeZone: string): Date {
	return zonedToUtc({ ...date, hour: 0, minute: 0 }, timeZone, 'compatible');
}

const CLOCK = /^(\d{1,2}):(\d{2})(?::00)?$/;

/** '09:30' → 570 minutes after midnight; '24:00' (end of day) → 1440; undefined if malformed. */
export function parseClock(text: string): number | undefined {
	const match = CLOCK.exec(String(text).trim());
	if (!match) return undefined;
	const hours = Number(match[1]);
	const minutes = Number(match[2]);
	if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return undefined;
	return hours * 60 + minutes;
}

/** 570 → '09:30'; 1440 → '24:00'. */
export function formatClock(minutesAfterMidnight: number): string {
	return `${pad(Math.floor(minutesAfterMidnight / 60))}:${pad(minutesAfterMidnight % 60)}`;
}

/** The wall reading as if it were UTC: the arithmetic scale on which offsets are measured. */
function wallMsOf(local: LocalDateTime): number {
	return Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second ?? 0);
}

function isRealDate(date: LocalDate): boolean {
	if (date.month < 1 || date.month > 12 || date.day < 1) return false;
	const roundTrip = addDays(date, 0);
	return roundTrip.year === date.year && roundTrip.month === date.month && roundTrip.day === date.day;
}

function pad(value: number): string {
	return String(value).padStart(2, '0');
}
