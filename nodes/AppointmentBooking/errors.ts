// Errors a patient, the clinic staff or an AI agent can act on. Each has a stable code (the
// agent branches on it; the node shell maps it to NodeOperationError) and, where useful, the
// free slots to offer instead.
import type { Slot } from './types';

export const BOOKING_ERROR_CODES = [
	'slot_taken',
	'outside_hours',
	'in_the_past',
	'unknown_practitioner',
	'not_found',
	'invalid_input',
	'time_off',
	/** The appointment's status does not allow it (confirm a cancelled one, cancel a completed one). */
	'invalid_status',
] as const;

export type BookingErrorCode = (typeof BOOKING_ERROR_CODES)[number];

export class BookingError extends Error {
	constructor(
		readonly code: BookingErrorCode,
		message: string,
		/** Free slots to offer instead, earliest first (slot_taken, outside_hours, in_the_past, time_off). */
		readonly alternatives?: Slot[],
	) {
		super(message);
		this.name = 'BookingError';
	}

	toJSON(): { code: BookingErrorCode; message: string; alternatives?: Slot[] } {
		return { code: this.code, message: this.message, ...(this.alternatives ? { alternatives: this.alternatives } : {}) };
	}
}

export function isBookingError(error: unknown, code?: BookingErrorCode): error is BookingError {
	return error instanceof BookingError && (code === undefined || error.code === code);
}

export function invalidInput(message: string): BookingError {
	return new BookingError('invalid_input', message);
}

/** SQLSTATE of a pg error, if it is one. */
export function sqlStateOf(error: unknown): string | undefined {
	const code = (error as { code?: unknown } | null)?.code;
	return typeof code === 'string' ? code : undefined;
}

const EXCLUSION_VIOLATION = '23P01';

/** The database refused a second open appointment over the same time (appointments_no_overlap). */
export function isDoubleBooking(error: unknown): boolean {
	return sqlStateOf(error) === EXCLUSION_VIOLATION && (error as { constraint?: unknown }).constraint === 'appointments_no_overlap';
}
