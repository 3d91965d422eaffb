// Input checks shared by the operations. Everything a person or an AI agent can get wrong
// becomes an invalid_input BookingError that says what was expected, before any SQL runs.
import { keyPartProblem } from '../shared/keyParts';
import { phoneFromChatId } from '../shared/phone';
import { BookingError, invalidInput } from './errors';
import { DEFAULT_TIMEZONE, addDays, isValidTimeZone, parseLocalDate, parseLocalDateTime, resolveLocalTime, startOfLocalDay } from './time';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PHONE = /^\d{5,20}$/;
// An instant must say where it is: Z or an offset. Without one it is a local reading.
const HAS_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

export function requireTenant(tenant: unknown): string {
	const problem = keyPartProblem('tenant', tenant);
	if (problem) throw invalidInput(problem);
	return tenant as string;
}

export function isUuid(value: unknown): value is string {
	return typeof value === 'string' && UUID.test(value);
}

/** A practitioner id that cannot exist is simply an unknown practitioner. */
export function requirePractitionerId(value: unknown): string {
	if (!isUuid(value)) throw new BookingError('unknown_practitioner', `No practitioner with id ${String(value)}`);
	return value.toLowerCase();
}

export function requireAppointmentId(value: unknown): string {
	if (!isUuid(value)) throw new BookingError('not_found', `No appointment with id ${String(value)}`);
	return value.toLowerCase();
}

/** E.164 digits without '+'; chat ids ('5511…@c.us') and formatted numbers are accepted. */
export function requirePhone(value: unknown): string {
	const digits = typeof value === 'string' ? phoneFromChatId(value) : '';
	if (!PHONE.test(digits)) throw invalidInput('contact phone must be E.164 digits without "+", e.g. 5511999990000');
	return digits;
}

export function requireTimeZone(value: unknown): string {
	const timeZone = value === undefined || value === null || value === '' ? DEFAULT_TIMEZONE : value;
	if (!isValidTimeZone(timeZone)) throw invalidInput(`timezone must be an IANA zone such as America/Sao_Paulo, got ${String(value)}`);
	return timeZone;
}

/** Trimmed text or null; refuses text longer than `max` characters. */
export function optionalText(name: string, value: unknown, max: number): string | null {
	if (value === undefined || value === null) return null;
	if (typeof value !== 'string') throw invalidInput(`${name} must be text`);
	const trimmed = value.trim();
	if (trimmed.length > max) throw invalidInput(`${name} must be at most ${max} characters`);
	return trimmed === '' ? null : trimmed;
}

export function requireText(name: string, value: unknown, max: number): string {
	const text = optionalText(name, value, max);
	if (text === null) throw invalidInput(`${name} is required`);
	return text;
}

export function requireInteger(name: string, value: unknown, min: number, max: number): number {
	if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
		throw invalidInput(`${name} must be a whole number from ${min} to ${max}, got ${String(value)}`);
	}
	return value;
}

/**
 * An instant from a Date, an ISO string with Z or an offset, or a local reading with no offset
 * ('2025-03-10T09:00' or '2025-03-10 09:00'), which is read on the clinic's clock.
 */
export function parseInstant(name: string, value: unknown, timeZone: string): Date {
	if (value instanceof Date) {
		if (Number.isNaN(value.getTime())) throw invalidInput(`${name} is not a valid date`);
		return value;
	}
	if (typeof value !== 'string' || value.trim() === '')
		throw invalidInput(`${name} is required (ISO 8601, e.g. 2025-03-10T09:00:00-03:00)`);
	const text = value.trim();
	if (!HAS_OFFSET.test(text)) {
		const local = parseLocalDateTime(text);
		if (!local) throw invalidInput(`${name} is not a date and time: ${text}`);
		const resolution = resolveLocalTime(local, timeZone);
		// A clock reading skipped by DST names no moment; guessing one would book the wrong hour.
		if (resolution.kind === 'gap') throw invalidInput(`${name} ${text} does not exist in ${timeZone} (the clocks skip it that day)`);
		// A reading lived twice is its first occurrence; the slot's ISO start with offset is exact.
		return resolution.kind === 'unique' ? resolution.instant : resolution.earlier;
	}
	const instant = new Date(text);
	if (Number.isNaN(instant.getTime())) throw invalidInput(`${name} is not a valid ISO 8601 date and time: ${text}`);
	return instant;
}

/**
 * A search bound: an instant as parseInstant, or a bare date 'YYYY-MM-DD' in the clinic's zone,
 * which as `from` means the start of that day and as `to` the end of it (the day is included).
 */
export function parseBound(name: string, value: unknown, timeZone: string, side: 'from' | 'to'): Date {
	if (typeof value === 'string') {
		const date = parseLocalDate(value);
		if (date) return startOfLocalDay(side === 'from' ? date : addDays(date, 1), timeZone);
	}
	return parseInstant(name, value, timeZone);
}

/** Lower-case species names, without blanks or repeats. */
export function normalizeSpecies(value: unknown): string[] {
	if (value === undefined || value === null) return [];
	const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : undefined;
	if (!list || list.some((item) => typeof item !== 'string')) throw invalidInput('species must be a list of names, e.g. ["dog", "cat"]');
	return [...new Set((list as string[]).map((item) => item.trim().toLowerCase()).filter((item) => item !== ''))];
}
