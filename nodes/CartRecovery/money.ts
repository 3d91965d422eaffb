// Amounts in and out. Shops send decimals ("199.90", 199.9, "199,90"); the database keeps integer
// minor units, so a payment matches its cart exactly or not at all (no floating-point "close
// enough"). More than two decimals is refused rather than rounded: rounding would let a wrong
// amount pass as the right one.
import { invalidInput } from './errors';

/** Large enough for any cart, small enough that cents stay exact in a JavaScript number. */
export const MAX_AMOUNT_CENTS = 100_000_000_000;
export const DEFAULT_CURRENCY = 'BRL';
export const DEFAULT_LOCALE = 'pt-BR';

const DECIMAL_TEXT = /^(\d{1,12})(?:[.,](\d{1,2}))?$/;

/** A positive amount in currency units as integer cents; `field` names it in the error. */
export function toCents(field: string, value: unknown): number {
	let cents: number | undefined;
	if (typeof value === 'number') {
		if (Number.isFinite(value)) {
			const scaled = value * 100;
			const rounded = Math.round(scaled);
			// 199.9 * 100 is 19989.999999999996: tolerate float noise, not a third decimal.
			if (Math.abs(scaled - rounded) < 1e-6) cents = rounded;
			else throw invalidInput(`${field} must have at most two decimals, got ${value}`);
		}
	} else if (typeof value === 'string') {
		const match = DECIMAL_TEXT.exec(value.trim());
		if (match) cents = Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
	}
	if (cents === undefined) throw invalidInput(`${field} must be a positive amount such as 199.90, got ${describe(value)}`);
	if (cents <= 0) throw invalidInput(`${field} must be greater than zero, got ${describe(value)}`);
	if (cents > MAX_AMOUNT_CENTS) throw invalidInput(`${field} is too large: ${describe(value)}`);
	return cents;
}

export function fromCents(cents: number): number {
	return Math.round(cents) / 100;
}

/** An ISO 4217 code in upper case; empty means the default (BRL). */
export function requireCurrency(value: unknown): string {
	if (value === undefined || value === null || value === '') return DEFAULT_CURRENCY;
	const code = typeof value === 'string' ? value.trim().toUpperCase() : '';
	if (!/^[A-Z]{3}$/.test(code) || !knownCurrencies().has(code)) {
		throw invalidInput(`currency must be an ISO 4217 code such as BRL, USD or EUR, got ${describe(value)}`);
	}
	return code;
}

let currencies: Set<string> | undefined;
function knownCurrencies(): Set<string> {
	currencies ??= new Set(Intl.supportedValuesOf('currency'));
	return currencies;
}

/** "R$ 199,90" (pt-BR), "$199.90" (en-US)...; the plain number when the locale is unknown. */
export function formatMoney(cents: number, currency: string, locale = DEFAULT_LOCALE): string {
	try {
		return new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: 2 })
			.format(fromCents(cents))
			.replace(/\u00a0/g, ' ');
	} catch {
		return `${currency} ${fromCents(cents).toFixed(2)}`;
	}
}

function describe(value: unknown): string {
	const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
	return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
