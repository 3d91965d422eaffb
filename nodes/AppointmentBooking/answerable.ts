import { isBookingError } from './errors';

// Refusals a person (or an AI agent) can act on come back as data, with alternatives; anything
// else (unknown practitioner, bad input) is an error of the node.
/** A refusal as data: `ok: false`, the code (e.g. slot_taken), a message and any alternatives. */
export type Refusal = { ok: false } & Record<string, unknown>;

const ANSWERABLE = new Set(['slot_taken', 'outside_hours', 'in_the_past', 'time_off']);

export async function answerable<T>(run: () => Promise<T>): Promise<T | Refusal> {
	try {
		return await run();
	} catch (error) {
		if (isBookingError(error) && ANSWERABLE.has(error.code)) return { ok: false, ...error.toJSON() };
		throw error;
	}
}
