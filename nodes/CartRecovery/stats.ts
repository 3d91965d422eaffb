// The recovery funnel of a period, as a cohort: the carts abandoned in [from, to) and what became
// of them (contacted, replied, converted, opted out...), with the revenue their payments
// recovered. A cart abandoned on the 1st and paid on the 3rd counts in the period of the 1st,
// so a funnel's steps always describe the same carts and the conversion rate stays below 1.
import type { Pool } from 'pg';
import { invalidInput } from './errors';
import { ensureCartSchema } from './migrations';
import { formatMoney, fromCents } from './money';
import { requireInteger, requireTenant } from './validate';

export interface StatsInput {
	tenant: string;
	/** Start of the period (inclusive); default `to` minus `days`. */
	from?: string | Date;
	/** End of the period (exclusive); default now. */
	to?: string | Date;
	/** Length of the period ending at `to` when `from` is not given; default 7. */
	days?: number;
	now?: Date;
	locale?: string;
}

export interface MoneyTotal {
	currency: string;
	amount: number;
	amountCents: number;
	amountText: string;
}

export interface CartStats {
	from: string;
	to: string;
	days: number;
	/** Carts registered (contacts who had opted out are refused and not counted). */
	abandoned: number;
	/** Carts whose first message went out. */
	contacted: number;
	/** Carts whose customer answered at least once. */
	replied: number;
	/** Carts paid. */
	converted: number;
	/** converted / abandoned, 0 when nothing was abandoned; four decimals. */
	conversionRate: number;
	/** Paid through the discount link. */
	convertedWithDiscount: number;
	/** Customers who opted out during the conversation. */
	optOuts: number;
	declined: number;
	expired: number;
	open: number;
	/** What the converted carts paid, per currency. */
	revenueRecovered: MoneyTotal[];
	/** What the abandoned carts were worth, per currency. */
	abandonedValue: MoneyTotal[];
}

export const DEFAULT_STATS_DAYS = 7;

interface CountsRow {
	abandoned: string;
	contacted: string;
	replied: string;
	converted: string;
	converted_with_discount: string;
	opt_outs: string;
	declined: string;
	expired: string;
	open: string;
}

export async function cartStats(pool: Pool, input: StatsInput): Promise<CartStats> {
	const tenant = requireTenant(input.tenant);
	const { from, to } = periodOf(input);
	await ensureCartSchema(pool);
	const range = [tenant, from, to];
	const [counts, revenue, value] = await Promise.all([
		pool.query<CountsRow>(
			`SELECT count(*) AS abandoned,
				count(*) FILTER (WHERE contacted_at IS NOT NULL) AS contacted,
				count(*) FILTER (WHERE replied_at IS NOT NULL) AS replied,
				count(*) FILTER (WHERE status = 'converted') AS converted,
				count(*) FILTER (WHERE status = 'converted' AND converted_link = 'discount') AS converted_with_discount,
				count(*) FILTER (WHERE status = 'opted_out') AS opt_outs,
				count(*) FILTER (WHERE status = 'declined') AS declined,
				count(*) FILTER (WHERE status = 'expired') AS expired,
				count(*) FILTER (WHERE status = 'open') AS open
			FROM cart_recoveries WHERE tenant = $1 AND abandoned_at >= $2 AND abandoned_at < $3`,
			range,
		),
		pool.query<{ currency: string; cents: string }>(
			`SELECT p.currency, sum(p.amount_cents) AS cents FROM cart_payments p
			JOIN cart_recoveries c ON c.tenant = p.tenant AND c.id = p.cart_id
			WHERE c.tenant = $1 AND c.abandoned_at >= $2 AND c.abandoned_at < $3
			GROUP BY p.currency ORDER BY sum(p.amount_cents) DESC, p.currency`,
			range,
		),
		pool.query<{ currency: string; cents: string }>(
			`SELECT currency, sum(value_cents) AS cents FROM cart_recoveries
			WHERE tenant = $1 AND abandoned_at >= $2 AND abandoned_at < $3
			GROUP BY currency ORDER BY sum(value_cents) DESC, currency`,
			range,
		),
	]);
	const row = counts.rows[0];
	const n = (value: string | undefined) => Number(value ?? 0);
	const abandoned = n(row?.abandoned);
	const converted = n(row?.converted);
	const totals = (rows: { currency: string; cents: string }[]): MoneyTotal[] =>
		rows.map((total) => ({
			currency: total.currency,
			amount: fromCents(Number(total.cents)),
			amountCents: Number(total.cents),
			amountText: formatMoney(Number(total.cents), total.currency, input.locale),
		}));
	return {
		from: from.toISOString(),
		to: to.toISOString(),
		days: Math.round(((to.getTime() - from.getTime()) / 86_400_000) * 100) / 100,
		abandoned,
		contacted: n(row?.contacted),
		replied: n(row?.replied),
		converted,
		conversionRate: abandoned === 0 ? 0 : Math.round((converted / abandoned) * 10_000) / 10_000,
		convertedWithDiscount: n(row?.converted_with_discount),
		optOuts: n(row?.opt_outs),
		declined: n(row?.declined),
		expired: n(row?.expired),
		open: n(row?.open),
		revenueRecovered: totals(revenue.rows),
		abandonedValue: totals(value.rows),
	};
}

export function periodOf(input: Pick<StatsInput, 'from' | 'to' | 'days' | 'now'>): { from: Date; to: Date } {
	const to = dateOf('to', input.to) ?? input.now ?? new Date();
	const given = dateOf('from', input.from);
	const days = requireInteger('days', input.days ?? DEFAULT_STATS_DAYS, 1, 3_660);
	const from = given ?? new Date(to.getTime() - days * 86_400_000);
	if (from.getTime() >= to.getTime()) throw invalidInput(`from (${from.toISOString()}) must be before to (${to.toISOString()})`);
	return { from, to };
}

function dateOf(field: string, value: unknown): Date | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined;
	if (!date || Number.isNaN(date.getTime())) throw invalidInput(`${field} must be a date such as 2030-03-01, got ${String(value)}`);
	return date;
}
