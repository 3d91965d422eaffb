// Safe readers for untrusted webhook JSON: every accessor answers undefined (or a fallback)
// instead of throwing, so odd payloads degrade to 'unknown' rather than to a 500.

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asRecord(value: unknown): JsonRecord | undefined {
	return isRecord(value) ? value : undefined;
}

export function asList(value: unknown): unknown[] {
	return Array.isArray(value) ? value : [];
}

/** A non-empty string, or undefined. */
export function asText(value: unknown): string | undefined {
	return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The first key present as a non-empty string; covers spelling variants such as `stanzaId`/`stanzaID`. */
export function textAt(node: JsonRecord | undefined, ...keys: string[]): string | undefined {
	if (!node) return undefined;
	for (const key of keys) {
		const value = asText(node[key]);
		if (value !== undefined) return value;
	}
	return undefined;
}

/** A finite number from a number or a numeric string (WAHA sends coordinates as strings). */
export function asNumber(value: unknown): number | undefined {
	if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
	if (typeof value === 'string' && value.trim() !== '') {
		const parsed = Number(value);
		return Number.isFinite(parsed) ? parsed : undefined;
	}
	// protobuf Long as JSON ({low, high}), as some Baileys builds serialize timestamps
	const long = asRecord(value);
	if (long && typeof long.low === 'number' && typeof long.high === 'number') {
		return long.high * 2 ** 32 + (long.low >>> 0);
	}
	return undefined;
}

// Seconds this large would be past the year 5000, so the value must be milliseconds.
const MILLISECONDS_THRESHOLD = 1e11;

/** Epoch seconds (fractions allowed) or milliseconds, told apart by size, as ISO 8601. */
export function epochToIso(value: unknown, fallback: Date): string {
	const millis = epochMillis(value);
	return (millis === undefined ? fallback : new Date(millis)).toISOString();
}

/** Epoch seconds or milliseconds (a number or numeric text) as milliseconds, or undefined. */
export function epochMillis(value: unknown): number | undefined {
	const epoch = asNumber(value);
	if (epoch === undefined || epoch <= 0) return undefined;
	const millis = Math.round(epoch >= MILLISECONDS_THRESHOLD ? epoch : epoch * 1000);
	return Number.isNaN(new Date(millis).getTime()) ? undefined : millis;
}

/** A date string in any form Date understands, as ISO 8601 (UTC). */
export function dateTextToIso(value: unknown, fallback: Date): string {
	const text = asText(value);
	const date = text === undefined ? undefined : new Date(text);
	return date && !Number.isNaN(date.getTime()) ? date.toISOString() : fallback.toISOString();
}
