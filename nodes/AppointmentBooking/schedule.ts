// Weekly working hours → concrete slots, and the interval arithmetic that removes busy time.
// Pure: the database layer loads hours, appointments and time off, this decides what is free.
import { addDays, compareLocalDates, localDateTimeOf, parseClock, weekdayOf, zonedToUtc, type LocalDate } from './time';
import type { WeeklyHours } from './types';

const MINUTE_MS = 60_000;

/** A weekly-hours row with its wall times in minutes after local midnight. */
export interface HoursRule {
	weekday: number;
	startMinute: number;
	/** Up to 1440 (24:00). */
	endMinute: number;
	slotMinutes: number;
	timezone: string;
}

/** Half-open [start, end) in epoch milliseconds. */
export interface Interval {
	start: number;
	end: number;
}

export function toHoursRule(hours: WeeklyHours): HoursRule {
	return {
		weekday: hours.weekday,
		startMinute: parseClock(hours.start) ?? NaN,
		endMinute: parseClock(hours.end) ?? NaN,
		slotMinutes: hours.slotMinutes,
		timezone: hours.timezone,
	};
}

/**
 * The slots the rules offer whose start lies in [fromMs, toMs), in time order.
 *
 * A shift's two ends are read on the local clock of its own day, and slots are then cut in real
 * minutes from its start. So 09:00–12:00 stays 09:00–12:00 local on both sides of a DST change,
 * and a shift that spans the change itself (01:00–04:00 on the night clocks move) lasts the
 * hours it really lasts: no slot inside a skipped hour, no slot lost in a repeated one. A shift
 * end that falls in a gap is read as after the gap ('compatible').
 */
export function slotsInWindow(rules: HoursRule[], fromMs: number, toMs: number): Interval[] {
	const starts = new Map<number, number>();
	for (const rule of rules) {
		const slotMs = rule.slotMinutes * MINUTE_MS;
		if (!(slotMs > 0) || !(rule.endMinute > rule.startMinute)) continue;
		// One day of margin either side: the window's ends are instants, the rule's days are local.
		const first = addDays(localDateTimeOf(fromMs, rule.timezone), -1);
		const last = addDays(localDateTimeOf(toMs, rule.timezone), 1);
		for (let date: LocalDate = first; compareLocalDates(date, last) <= 0; date = addDays(date, 1)) {
			if (weekdayOf(date) !== rule.weekday) continue;
			const shiftStart = wallInstant(date, rule.startMinute, rule.timezone);
			const shiftEnd = wallInstant(date, rule.endMinute, rule.timezone);
			for (let start = shiftStart; start + slotMs <= shiftEnd; start += slotMs) {
				if (start >= toMs) break;
				if (start >= fromMs && !starts.has(start)) starts.set(start, start + slotMs);
			}
		}
	}
	return [...starts.entries()].sort((a, b) => a[0] - b[0]).map(([start, end]) => ({ start, end }));
}

/** The slot the rules offer that starts exactly at `startMs`, if any. */
export function slotStartingAt(rules: HoursRule[], startMs: number): Interval | undefined {
	return slotsInWindow(rules, startMs, startMs + 1)[0];
}

/** Sorted, non-overlapping union of the intervals (touching ones join). */
export function mergeIntervals(intervals: Interval[]): Interval[] {
	const sorted = intervals.filter((interval) => interval.end > interval.start).sort((a, b) => a.start - b.start);
	const merged: Interval[] = [];
	for (const interval of sorted) {
		const previous = merged[merged.length - 1];
		if (previous && interval.start <= previous.end) previous.end = Math.max(previous.end, interval.end);
		else merged.push({ ...interval });
	}
	return merged;
}

/** Whether [start, end) overlaps any interval of a mergeIntervals result (binary search). */
export function overlapsAny(merged: Interval[], start: number, end: number): boolean {
	// The last interval starting before `end` is the only one that can reach past `start`.
	let low = 0;
	let high = merged.length - 1;
	let candidate = -1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		if (merged[middle].start < end) {
			candidate = middle;
			low = middle + 1;
		} else {
			high = middle - 1;
		}
	}
	return candidate >= 0 && merged[candidate].end > start;
}

function wallInstant(date: LocalDate, minuteOfDay: number, timeZone: string): number {
	// 24:00 is midnight of the next day.
	const day = minuteOfDay >= 1440 ? addDays(date, 1) : date;
	const minutes = minuteOfDay % 1440;
	return zonedToUtc({ ...day, hour: Math.floor(minutes / 60), minute: minutes % 60 }, timeZone).getTime();
}
