// The Booking node's structured inputs (version 2) turned into what the booking modules take:
// weekly hours as rows of day + opening and closing time, reminders as hours before, the time
// zone from a list. No n8n import, so it is tested directly.

import type { ReminderKind } from './reminders';

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export interface OpeningRow {
	/** 0 = Sunday … 6 = Saturday. */
	weekday?: number | string;
	start?: string;
	end?: string;
	slotMinutes?: number;
}

export interface WeeklyHoursRow {
	weekday: number;
	start: string;
	end: string;
	slotMinutes: number;
}

export const DEFAULT_SLOT_MINUTES = 30;

/** fixedCollection rows → the hours setWeeklyHours takes; the times are checked there. */
export function weeklyHoursFromRows(rows: OpeningRow[] | undefined): WeeklyHoursRow[] {
	return (rows ?? []).map((row) => ({
		weekday: Number(row.weekday),
		start: String(row.start ?? '').trim(),
		end: String(row.end ?? '').trim(),
		slotMinutes: Number(row.slotMinutes ?? DEFAULT_SLOT_MINUTES),
	}));
}

/** "Hours before" rows → reminder kinds named like the old defaults: 24 → "24h", 0.5 → "30min". */
export function reminderKindsFromHours(rows: { hoursBefore?: number }[] | undefined): ReminderKind[] | undefined {
	const hours = (rows ?? []).map((row) => Number(row.hoursBefore));
	if (hours.length === 0 || hours.some((value) => !Number.isFinite(value) || value <= 0)) return undefined;
	return hours.map((value) => {
		const beforeMinutes = Math.round(value * 60);
		return { name: beforeMinutes % 60 === 0 ? `${beforeMinutes / 60}h` : `${beforeMinutes}min`, beforeMinutes };
	});
}

/** Every IANA time zone this Node.js knows, plus UTC, sorted; the editor shows them as a list. */
export function timeZoneNames(): string[] {
	const supported = (Intl as unknown as { supportedValuesOf?: (key: 'timeZone') => string[] }).supportedValuesOf?.('timeZone') ?? [];
	return [...new Set([...supported, 'UTC', 'America/Sao_Paulo'])].sort((a, b) => a.localeCompare(b));
}
