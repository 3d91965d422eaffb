import type { IDataObject } from 'n8n-workflow';
import { isBookingError } from './errors';

// Refusals a person (or an AI agent) can act on come back as data, with alternatives; anything
// else (unknown practitioner, bad input) is an error of the node.
const ANSWERABLE = new Set(['slot_taken', 'outside_hours', 'in_the_past', 'time_off']);

export async function answerable<T>(run: () => Promise<T>): Promise<T | IDataObject> {
	try {
		return await run();
	} catch (error) {
		if (isBookingError(error) && ANSWERABLE.has(error.code)) return { ok: false, ...(error.toJSON() as IDataObject) };
		throw error;
	}
}

