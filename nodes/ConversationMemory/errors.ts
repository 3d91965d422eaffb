// Input the memory modules refuse. The node shell turns it into a NodeOperationError with the
// item index; Redis and Postgres failures pass through unchanged.

export class MemoryInputError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'MemoryInputError';
	}
}

export function assertInteger(name: string, value: number, min: number): void {
	if (!Number.isInteger(value) || value < min) {
		throw new MemoryInputError(`${name} must be a whole number of at least ${min}, got ${value}`);
	}
}

/** ISO 8601 of a Date or date string; refuses what does not parse. */
export function toIso(name: string, value: string | Date): string {
	const date = value instanceof Date ? value : new Date(value);
	if (Number.isNaN(date.getTime())) throw new MemoryInputError(`${name} is not a valid date: ${String(value)}`);
	return date.toISOString();
}
