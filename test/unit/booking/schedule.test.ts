import {
	mergeIntervals,
	overlapsAny,
	slotStartingAt,
	slotsInWindow,
	toHoursRule,
	type HoursRule,
} from '../../../nodes/AppointmentBooking/schedule';
import { formatLocalIso } from '../../../nodes/AppointmentBooking/time';

const ms = (iso: string) => new Date(iso).getTime();
const localStarts = (rules: HoursRule[], from: string, to: string, zone: string) =>
	slotsInWindow(rules, ms(from), ms(to)).map((slot) => formatLocalIso(slot.start, zone));

function rule(weekday: number, start: string, end: string, slotMinutes: number, timezone: string): HoursRule {
	return toHoursRule({ weekday: weekday as 0, start, end, slotMinutes, timezone });
}

describe('slotsInWindow', () => {
	it('cuts a morning into slots in the clinic zone', () => {
		const rules = [rule(1, '09:00', '11:00', 30, 'America/Sao_Paulo')];
		expect(localStarts(rules, '2025-03-10T00:00:00Z', '2025-03-11T00:00:00Z', 'America/Sao_Paulo')).toEqual([
			'2025-03-10T09:00:00-03:00',
			'2025-03-10T09:30:00-03:00',
			'2025-03-10T10:00:00-03:00',
			'2025-03-10T10:30:00-03:00',
		]);
	});

	it('drops a last slot that would run past the shift, and keeps several shifts a day in order', () => {
		const rules = [rule(2, '14:00', '15:10', 30, 'UTC'), rule(2, '08:00', '09:00', 60, 'UTC')];
		expect(
			slotsInWindow(rules, ms('2025-03-11T00:00:00Z'), ms('2025-03-12T00:00:00Z')).map((slot) => new Date(slot.start).toISOString()),
		).toEqual(['2025-03-11T08:00:00.000Z', '2025-03-11T14:00:00.000Z', '2025-03-11T14:30:00.000Z']);
	});

	it('only returns starts inside the window (half-open)', () => {
		const rules = [rule(1, '09:00', '12:00', 60, 'UTC')];
		expect(slotsInWindow(rules, ms('2025-03-10T10:00:00Z'), ms('2025-03-10T11:00:00Z'))).toEqual([
			{ start: ms('2025-03-10T10:00:00Z'), end: ms('2025-03-10T11:00:00Z') },
		]);
	});

	it('keeps 09:00–12:00 local across the March and November changes in New York', () => {
		const weekdays = [1, 2, 3, 4, 5].map((day) => rule(day, '09:00', '12:00', 60, 'America/New_York'));
		expect(localStarts(weekdays, '2025-03-07T00:00:00Z', '2025-03-11T00:00:00Z', 'America/New_York')).toEqual([
			'2025-03-07T09:00:00-05:00',
			'2025-03-07T10:00:00-05:00',
			'2025-03-07T11:00:00-05:00',
			'2025-03-10T09:00:00-04:00',
			'2025-03-10T10:00:00-04:00',
			'2025-03-10T11:00:00-04:00',
		]);
		const november = slotsInWindow(weekdays, ms('2025-10-31T00:00:00Z'), ms('2025-11-04T00:00:00Z'));
		expect(november.map((slot) => new Date(slot.start).toISOString())).toEqual([
			'2025-10-31T13:00:00.000Z',
			'2025-10-31T14:00:00.000Z',
			'2025-10-31T15:00:00.000Z',
			'2025-11-03T14:00:00.000Z',
			'2025-11-03T15:00:00.000Z',
			'2025-11-03T16:00:00.000Z',
		]);
	});

	it('a shift across the spring-forward night lasts its real hours: no slot in the missing hour', () => {
		const rules = [rule(0, '01:00', '04:00', 60, 'America/New_York')];
		expect(localStarts(rules, '2025-03-09T00:00:00Z', '2025-03-10T00:00:00Z', 'America/New_York')).toEqual([
			'2025-03-09T01:00:00-05:00',
			'2025-03-09T03:00:00-04:00',
		]);
	});

	it('a shift across the fall-back night offers the repeated hour twice', () => {
		const rules = [rule(0, '00:00', '03:00', 60, 'America/New_York')];
		expect(localStarts(rules, '2025-11-02T00:00:00Z', '2025-11-03T00:00:00Z', 'America/New_York')).toEqual([
			'2025-11-02T00:00:00-04:00',
			'2025-11-02T01:00:00-04:00',
			'2025-11-02T01:00:00-05:00',
			'2025-11-02T02:00:00-05:00',
		]);
	});

	it('a shift starting inside the gap starts after it', () => {
		const rules = [rule(0, '01:30', '03:30', 30, 'Europe/Lisbon')];
		// 01:30 does not exist on 2025-03-30 in Lisbon: read as 02:30 WEST; 03:30 is a real time.
		expect(localStarts(rules, '2025-03-29T00:00:00Z', '2025-03-31T00:00:00Z', 'Europe/Lisbon')).toEqual([
			'2025-03-30T02:30:00+01:00',
			'2025-03-30T03:00:00+01:00',
		]);
	});

	it('supports 24:00 as the end of the day', () => {
		const rules = [rule(5, '22:00', '24:00', 60, 'UTC')];
		expect(
			slotsInWindow(rules, ms('2025-03-14T00:00:00Z'), ms('2025-03-16T00:00:00Z')).map((slot) => new Date(slot.end).toISOString()),
		).toEqual(['2025-03-14T23:00:00.000Z', '2025-03-15T00:00:00.000Z']);
	});

	it('finds the slot that starts at an exact instant, or none', () => {
		const rules = [rule(1, '09:00', '12:00', 30, 'America/Sao_Paulo')];
		expect(slotStartingAt(rules, ms('2025-03-10T12:30:00Z'))).toEqual({
			start: ms('2025-03-10T12:30:00Z'),
			end: ms('2025-03-10T13:00:00Z'),
		});
		expect(slotStartingAt(rules, ms('2025-03-10T12:15:00Z'))).toBeUndefined();
		expect(slotStartingAt(rules, ms('2025-03-11T12:30:00Z'))).toBeUndefined();
	});
});

describe('busy intervals', () => {
	it('merges overlapping and touching intervals', () => {
		expect(
			mergeIntervals([
				{ start: 5, end: 7 },
				{ start: 1, end: 3 },
				{ start: 3, end: 4 },
				{ start: 6, end: 9 },
				{ start: 10, end: 10 },
			]),
		).toEqual([
			{ start: 1, end: 4 },
			{ start: 5, end: 9 },
		]);
	});

	it('answers overlap for half-open intervals', () => {
		const busy = mergeIntervals([
			{ start: 30, end: 40 },
			{ start: 10, end: 20 },
		]);
		expect(overlapsAny(busy, 0, 10)).toBe(false);
		expect(overlapsAny(busy, 0, 11)).toBe(true);
		expect(overlapsAny(busy, 20, 30)).toBe(false);
		expect(overlapsAny(busy, 25, 35)).toBe(true);
		expect(overlapsAny(busy, 12, 13)).toBe(true);
		expect(overlapsAny(busy, 40, 50)).toBe(false);
		expect(overlapsAny([], 0, 1)).toBe(false);
	});
});
