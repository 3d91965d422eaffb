import {
	addDays,
	formatClock,
	formatLocalIso,
	isValidTimeZone,
	localDateTimeOf,
	LocalTimeError,
	offsetMsAt,
	parseClock,
	parseLocalDate,
	parseLocalDateTime,
	resolveLocalTime,
	startOfLocalDay,
	weekdayOf,
	zonedToUtc,
} from '../../../nodes/AppointmentBooking/time';

const HOUR = 3_600_000;
const at = (iso: string) => new Date(iso);
const local = (text: string) => parseLocalDateTime(text)!;

describe('zonedToUtc / formatLocalIso, ordinary times', () => {
	it.each([
		['2025-06-10T09:00', 'America/Sao_Paulo', '2025-06-10T12:00:00.000Z', '2025-06-10T09:00:00-03:00'],
		['2025-01-15T09:00', 'America/New_York', '2025-01-15T14:00:00.000Z', '2025-01-15T09:00:00-05:00'],
		['2025-07-15T09:00', 'America/New_York', '2025-07-15T13:00:00.000Z', '2025-07-15T09:00:00-04:00'],
		['2025-07-15T09:00', 'Europe/Lisbon', '2025-07-15T08:00:00.000Z', '2025-07-15T09:00:00+01:00'],
		['2025-12-31T23:30', 'Asia/Kathmandu', '2025-12-31T17:45:00.000Z', '2025-12-31T23:30:00+05:45'],
		['2025-03-01T00:00', 'UTC', '2025-03-01T00:00:00.000Z', '2025-03-01T00:00:00+00:00'],
	])('%s in %s is %s', (wall, zone, utc, iso) => {
		const instant = zonedToUtc(local(wall), zone);
		expect(instant.toISOString()).toBe(utc);
		expect(formatLocalIso(instant, zone)).toBe(iso);
		expect(resolveLocalTime(local(wall), zone).kind).toBe('unique');
	});

	it('reads an instant back as the wall clock, with weekday', () => {
		expect(localDateTimeOf(at('2025-03-10T12:30:15Z'), 'America/Sao_Paulo')).toEqual({
			year: 2025,
			month: 3,
			day: 10,
			hour: 9,
			minute: 30,
			second: 15,
			weekday: 1,
		});
		// Midnight is hour 0, never 24.
		expect(localDateTimeOf(at('2025-03-10T03:00:00Z'), 'America/Sao_Paulo').hour).toBe(0);
	});

	it('knows the offsets, including zones with no DST today', () => {
		expect(offsetMsAt(at('2025-01-15T12:00:00Z'), 'America/Sao_Paulo')).toBe(-3 * HOUR);
		expect(offsetMsAt(at('2025-07-15T12:00:00Z'), 'America/Sao_Paulo')).toBe(-3 * HOUR);
		expect(offsetMsAt(at('2025-07-15T12:00:00Z'), 'Asia/Kathmandu')).toBe(5.75 * HOUR);
	});
});

describe('DST gaps (clocks jump forward)', () => {
	it('New York 2025-03-09 02:30 does not exist; compatible moves it past the gap', () => {
		const resolution = resolveLocalTime(local('2025-03-09T02:30'), 'America/New_York');
		expect(resolution).toEqual({ kind: 'gap', earlier: at('2025-03-09T06:30:00Z'), later: at('2025-03-09T07:30:00Z') });
		expect(formatLocalIso(zonedToUtc(local('2025-03-09T02:30'), 'America/New_York'), 'America/New_York')).toBe('2025-03-09T03:30:00-04:00');
		expect(zonedToUtc(local('2025-03-09T02:30'), 'America/New_York', 'earlier').toISOString()).toBe('2025-03-09T06:30:00.000Z');
		expect(() => zonedToUtc(local('2025-03-09T02:30'), 'America/New_York', 'reject')).toThrow(LocalTimeError);
	});

	it('Lisbon 2025-03-30 01:15 does not exist', () => {
		const resolution = resolveLocalTime(local('2025-03-30T01:15'), 'Europe/Lisbon');
		expect(resolution.kind).toBe('gap');
		expect(formatLocalIso(zonedToUtc(local('2025-03-30T01:15'), 'Europe/Lisbon'), 'Europe/Lisbon')).toBe('2025-03-30T02:15:00+01:00');
	});

	it('São Paulo skipped midnight when it still had DST (2018-11-04): the day starts at 01:00', () => {
		expect(resolveLocalTime(local('2018-11-04T00:00'), 'America/Sao_Paulo').kind).toBe('gap');
		const start = startOfLocalDay({ year: 2018, month: 11, day: 4 }, 'America/Sao_Paulo');
		expect(formatLocalIso(start, 'America/Sao_Paulo')).toBe('2018-11-04T01:00:00-02:00');
	});

	it('the times on both sides of a gap stay unique', () => {
		expect(resolveLocalTime(local('2025-03-09T01:59'), 'America/New_York').kind).toBe('unique');
		expect(resolveLocalTime(local('2025-03-09T03:00'), 'America/New_York').kind).toBe('unique');
		expect(
			zonedToUtc(local('2025-03-09T03:00'), 'America/New_York').getTime() -
				zonedToUtc(local('2025-03-09T01:00'), 'America/New_York').getTime(),
		).toBe(HOUR);
	});
});

describe('DST overlaps (clocks go back)', () => {
	it('New York 2025-11-02 01:30 happens twice; compatible takes the first', () => {
		const resolution = resolveLocalTime(local('2025-11-02T01:30'), 'America/New_York');
		expect(resolution).toEqual({ kind: 'overlap', earlier: at('2025-11-02T05:30:00Z'), later: at('2025-11-02T06:30:00Z') });
		expect(zonedToUtc(local('2025-11-02T01:30'), 'America/New_York').toISOString()).toBe('2025-11-02T05:30:00.000Z');
		expect(zonedToUtc(local('2025-11-02T01:30'), 'America/New_York', 'later').toISOString()).toBe('2025-11-02T06:30:00.000Z');
		expect(formatLocalIso(at('2025-11-02T05:30:00Z'), 'America/New_York')).toBe('2025-11-02T01:30:00-04:00');
		expect(formatLocalIso(at('2025-11-02T06:30:00Z'), 'America/New_York')).toBe('2025-11-02T01:30:00-05:00');
		expect(() => zonedToUtc(local('2025-11-02T01:30'), 'America/New_York', 'reject')).toThrow(/happens twice/);
	});

	it('Lisbon 2025-10-26 01:30 happens twice', () => {
		expect(resolveLocalTime(local('2025-10-26T01:30'), 'Europe/Lisbon')).toEqual({
			kind: 'overlap',
			earlier: at('2025-10-26T00:30:00Z'),
			later: at('2025-10-26T01:30:00Z'),
		});
	});

	it('São Paulo lived 23:00–24:00 twice on 2019-02-16', () => {
		expect(resolveLocalTime(local('2019-02-16T23:30'), 'America/Sao_Paulo').kind).toBe('overlap');
	});

	it('09:00 is 09:00 on both sides of every change', () => {
		for (const [zone, before, after] of [
			['America/New_York', '2025-03-07', '2025-03-10'],
			['America/New_York', '2025-10-31', '2025-11-03'],
			['Europe/Lisbon', '2025-03-28', '2025-03-31'],
			['Europe/Lisbon', '2025-10-24', '2025-10-27'],
		]) {
			for (const date of [before, after]) {
				const instant = zonedToUtc(local(`${date}T09:00`), zone);
				expect(localDateTimeOf(instant, zone)).toMatchObject({ hour: 9, minute: 0 });
			}
			const gap = zonedToUtc(local(`${after}T09:00`), zone).getTime() - zonedToUtc(local(`${before}T09:00`), zone).getTime();
			expect(Math.abs(gap - 3 * 24 * HOUR)).toBe(HOUR);
		}
	});
});

describe('calendar helpers', () => {
	it('parses real dates and refuses the rest', () => {
		expect(parseLocalDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
		expect(parseLocalDate('2025-02-29')).toBeUndefined();
		expect(parseLocalDate('2025-13-01')).toBeUndefined();
		expect(parseLocalDate('10/03/2025')).toBeUndefined();
		expect(parseLocalDateTime('2025-03-10 09:30')).toEqual({ year: 2025, month: 3, day: 10, hour: 9, minute: 30, second: 0 });
		expect(parseLocalDateTime('2025-03-10T24:00')).toBeUndefined();
		expect(parseLocalDateTime('2025-03-10T09:30:00Z')).toBeUndefined();
	});

	it('adds days across months and leap years; weekday 0 is Sunday', () => {
		expect(addDays({ year: 2024, month: 2, day: 28 }, 1)).toEqual({ year: 2024, month: 2, day: 29 });
		expect(addDays({ year: 2025, month: 12, day: 31 }, 1)).toEqual({ year: 2026, month: 1, day: 1 });
		expect(addDays({ year: 2025, month: 3, day: 1 }, -1)).toEqual({ year: 2025, month: 2, day: 28 });
		expect(weekdayOf({ year: 2025, month: 3, day: 9 })).toBe(0);
		expect(weekdayOf({ year: 2025, month: 3, day: 15 })).toBe(6);
	});

	it('reads and writes clock times, 24:00 included', () => {
		expect(parseClock('09:30')).toBe(570);
		expect(parseClock('9:05')).toBe(545);
		expect(parseClock('24:00')).toBe(1440);
		expect(parseClock('18:00:00')).toBe(1080);
		expect(parseClock('24:30')).toBeUndefined();
		expect(parseClock('12:60')).toBeUndefined();
		expect(parseClock('noon')).toBeUndefined();
		expect(formatClock(570)).toBe('09:30');
		expect(formatClock(1440)).toBe('24:00');
	});

	it('knows which zone names are real', () => {
		expect(isValidTimeZone('America/Sao_Paulo')).toBe(true);
		expect(isValidTimeZone('UTC')).toBe(true);
		expect(isValidTimeZone('Mars/Olympus')).toBe(false);
		expect(isValidTimeZone('')).toBe(false);
		expect(isValidTimeZone(undefined)).toBe(false);
	});
});
