// Input checks. Everything a shop's webhook or a workflow can get wrong becomes an invalid_input
// CartError that says what was expected, before any SQL runs.
import { keyPartProblem } from '../shared/keyParts';
import { invalidInput } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// E.164: a country code (no leading zero) and the number, at most 15 digits in all.
const E164 = /^[1-9]\d{7,14}$/;
// What people and shop platforms put between the digits: spaces, dots, dashes, parentheses.
const PHONE_PUNCTUATION = /[\s().-]/g;
// Control characters and the Unicode line/paragraph separators: never in a name or a key.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

export const NAME_MAX = 100;
export const PRODUCT_MAX = 200;
export const KEY_MAX = 200;
export const URL_MAX = 2_048;

export function requireTenant(tenant: unknown): string {
	const problem = keyPartProblem('tenant', tenant);
	if (problem) throw invalidInput(problem);
	return tenant as string;
}

export function isUuid(value: unknown): value is string {
	return typeof value === 'string' && UUID.test(value);
}

/**
 * E.164 digits without '+': "+55 (11) 99999-0000", "5511999990000" and 5511999990000 all give
 * "5511999990000". Letters, a chat id, a number without country code or over 15 digits are refused.
 */
export function requirePhone(value: unknown): string {
	const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : typeof value === 'string' ? value.trim() : '';
	const digits = text.replace(PHONE_PUNCTUATION, '').replace(/^\+/, '');
	if (!E164.test(digits)) {
		throw invalidInput(`phone must be an E.164 number with country code (8 to 15 digits, e.g. +5511999990000), got ${shown(value)}`);
	}
	return digits;
}

/** Trimmed, non-empty, at most `max` characters, no control characters. */
export function requireText(field: string, value: unknown, max: number): string {
	const text = optionalText(field, value, max);
	if (text === null) throw invalidInput(`${field} is required`);
	return text;
}

export function optionalText(field: string, value: unknown, max: number): string | null {
	if (value === undefined || value === null) return null;
	if (typeof value === 'number' && Number.isFinite(value)) value = String(value);
	if (typeof value !== 'string') throw invalidInput(`${field} must be text`);
	const text = value.trim();
	if (text === '') return null;
	if (text.length > max) throw invalidInput(`${field} must be at most ${max} characters`);
	if (CONTROL.test(text)) throw invalidInput(`${field} must not contain control characters or line breaks`);
	return text;
}

/**
 * An https URL a customer can open: absolute, https, a host name, no user name or password in
 * it (a classic phishing disguise), no spaces. Returned as given (trimmed), so the link the
 * customer sees is the shop's, character for character.
 */
export function requireHttpsUrl(field: string, value: unknown): string {
	const text = typeof value === 'string' ? value.trim() : '';
	if (text === '') throw invalidInput(`${field} is required`);
	return checkedUrl(field, text);
}

export function optionalHttpsUrl(field: string, value: unknown): string | null {
	const text = typeof value === 'string' ? value.trim() : value === undefined || value === null ? '' : undefined;
	if (text === undefined) throw invalidInput(`${field} must be an https URL`);
	return text === '' ? null : checkedUrl(field, text);
}

function checkedUrl(field: string, text: string): string {
	if (text.length > URL_MAX) throw invalidInput(`${field} must be at most ${URL_MAX} characters`);
	if (/\s/.test(text) || CONTROL.test(text)) throw invalidInput(`${field} must not contain spaces`);
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		throw invalidInput(`${field} must be an https URL, e.g. https://shop.example/pay/123, got ${shown(text)}`);
	}
	if (url.protocol !== 'https:') throw invalidInput(`${field} must use https, got ${shown(text)}`);
	if (!url.hostname || !url.hostname.includes('.')) throw invalidInput(`${field} must name a host, got ${shown(text)}`);
	if (url.username || url.password) throw invalidInput(`${field} must not contain a user name or password`);
	return text;
}

/** A date (ISO 8601 or a Date) no later than a few minutes after `now`; undefined gives `now`. */
export function optionalInstant(field: string, value: unknown, now: Date): Date {
	if (value === undefined || value === null || value === '') return now;
	const date = value instanceof Date ? value : typeof value === 'string' || typeof value === 'number' ? new Date(value) : undefined;
	if (!date || Number.isNaN(date.getTime()))
		throw invalidInput(`${field} must be a date such as 2030-03-04T10:00:00Z, got ${shown(value)}`);
	if (date.getTime() > now.getTime() + 5 * 60_000) throw invalidInput(`${field} is in the future: ${date.toISOString()}`);
	if (date.getUTCFullYear() < 2000) throw invalidInput(`${field} is too far in the past: ${date.toISOString()}`);
	return date;
}

export function requireInteger(field: string, value: unknown, min: number, max: number): number {
	const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof number !== 'number' || !Number.isInteger(number) || number < min || number > max) {
		throw invalidInput(`${field} must be a whole number from ${min} to ${max}, got ${shown(value)}`);
	}
	return number;
}

export function shown(value: unknown): string {
	const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
	return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
