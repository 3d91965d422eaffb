// Carts: register an abandonment (idempotent by external id, refusing opted-out contacts), mark
// the first message sent, find a contact's open cart, close it, expire stale ones.
//
// Registration is safe under retries and concurrency with no read-then-write race: the unique
// (tenant, external_id) lets exactly one INSERT through (ON CONFLICT DO NOTHING); every other
// attempt answers `already_processed` with the same cart. Only the attempt that inserted may
// send the first message (`shouldContact`), unless that message never went out and its claim
// went stale (the execution that held it failed), so a later retry of the shop can take over.
import type { Pool } from 'pg';
import { status as optOutStatus } from '../OptOutGuard/store';
import { CartError, invalidInput } from './errors';
import { ensureCartSchema } from './migrations';
import { requireCurrency, toCents } from './money';
import { CART_COLUMNS, toCart, type CartRow } from './rows';
import { CLOSE_STATUSES, type Cart, type CloseStatus, type Db } from './types';
import {
	KEY_MAX,
	NAME_MAX,
	PRODUCT_MAX,
	isUuid,
	optionalHttpsUrl,
	optionalInstant,
	optionalText,
	requireHttpsUrl,
	requireInteger,
	requirePhone,
	requireTenant,
	requireText,
} from './validate';

/** How long an unsent first message stays claimed by the registration that inserted the cart. */
export const CONTACT_CLAIM_MS = 10 * 60_000;

export interface RegisterInput {
	tenant: string;
	externalId: string;
	phone: string | number;
	name: string;
	product: string;
	/** In currency units, e.g. 199.9 or "199,90". */
	value: number | string;
	/** ISO 4217; default BRL. */
	currency?: string;
	paymentLink: string;
	/** A second link at a lower price; needs discountValue. */
	discountLink?: string;
	discountValue?: number | string;
	/** When the checkout was abandoned; default now. */
	abandonedAt?: string | Date;
	now?: Date;
	/** For valueText and the other amounts as text; default pt-BR. */
	locale?: string;
}

export type RegisterResult =
	| { outcome: 'registered' | 'already_processed'; shouldContact: boolean; cart: Cart; superseded?: number }
	| { outcome: 'refused'; reason: 'opted_out'; optOutCategory: 'marketing' | 'all'; externalId: string; phone: string };

interface NewCart {
	tenant: string;
	externalId: string;
	phone: string;
	name: string;
	product: string;
	valueCents: number;
	currency: string;
	paymentLink: string;
	discountLink: string | null;
	discountValueCents: number | null;
	abandonedAt: Date;
}

/** Validates an abandonment event; throws invalid_input naming the first bad field. */
export function validateAbandonment(input: RegisterInput, now = new Date()): NewCart {
	const tenant = requireTenant(input.tenant);
	const externalId = requireText('externalId', input.externalId, KEY_MAX);
	const phone = requirePhone(input.phone);
	const name = requireText('name', input.name, NAME_MAX);
	const product = requireText('product', input.product, PRODUCT_MAX);
	const valueCents = toCents('value', input.value);
	const currency = requireCurrency(input.currency);
	const paymentLink = requireHttpsUrl('paymentLink', input.paymentLink);
	const discountLink = optionalHttpsUrl('discountLink', input.discountLink);
	const discountGiven = input.discountValue !== undefined && input.discountValue !== null && input.discountValue !== '';
	let discountValueCents: number | null = null;
	if (discountLink) {
		if (!discountGiven) throw invalidInput('discountValue is required with discountLink: the price the discount link charges');
		discountValueCents = toCents('discountValue', input.discountValue);
		if (discountValueCents >= valueCents) throw invalidInput('discountValue must be lower than value');
		if (discountLink === paymentLink) throw invalidInput('discountLink must differ from paymentLink');
	} else if (discountGiven) {
		throw invalidInput('discountValue was given without discountLink');
	}
	const abandonedAt = optionalInstant('abandonedAt', input.abandonedAt, now);
	return { tenant, externalId, phone, name, product, valueCents, currency, paymentLink, discountLink, discountValueCents, abandonedAt };
}

export async function registerAbandonment(pool: Pool, input: RegisterInput): Promise<RegisterResult> {
	const now = input.now ?? new Date();
	const cart = validateAbandonment(input, now);
	await ensureCartSchema(pool);

	const existing = await findByExternalId(pool, cart.tenant, cart.externalId);
	if (existing) return await alreadyProcessed(pool, existing, cart, now, input.locale);

	// Opt-outs and the suppression list of erased contacts, as the Opt-Out Guard keeps them.
	const consent = await optOutStatus(pool, { tenant: cart.tenant, phone: cart.phone });
	if (consent.blocked.marketing) {
		const categories = [...consent.optOuts.map((optOut) => optOut.category), ...consent.suppressed];
		return {
			outcome: 'refused',
			reason: 'opted_out',
			optOutCategory: categories.includes('all') ? 'all' : 'marketing',
			externalId: cart.externalId,
			phone: cart.phone,
		};
	}

	// One statement: insert, and close the contact's older open carts (this one replaces them).
	const { rows } = await pool.query<CartRow & { superseded: string }>(
		`WITH inserted AS (
			INSERT INTO cart_recoveries (tenant, external_id, phone, customer_name, product, value_cents, currency, payment_link,
				discount_link, discount_value_cents, abandoned_at, contact_claimed_at, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, $12)
			ON CONFLICT (tenant, external_id) DO NOTHING
			RETURNING ${CART_COLUMNS}
		), superseded AS (
			UPDATE cart_recoveries SET status = 'expired', close_reason = 'superseded', closed_at = $12, updated_at = $12
			WHERE tenant = $1 AND phone = $3 AND status = 'open' AND abandoned_at <= $11 AND EXISTS (SELECT 1 FROM inserted)
			RETURNING id
		)
		SELECT inserted.*, (SELECT count(*) FROM superseded) AS superseded FROM inserted`,
		[
			cart.tenant,
			cart.externalId,
			cart.phone,
			cart.name,
			cart.product,
			cart.valueCents,
			cart.currency,
			cart.paymentLink,
			cart.discountLink,
			cart.discountValueCents,
			cart.abandonedAt,
			now,
		],
	);
	if (rows[0]) {
		const superseded = Number(rows[0].superseded);
		return { outcome: 'registered', shouldContact: true, cart: toCart(rows[0], input.locale), ...(superseded > 0 ? { superseded } : {}) };
	}
	// Nothing inserted: a twin delivery of the same event got in a moment before this one.
	const twin = await findByExternalId(pool, cart.tenant, cart.externalId);
	if (!twin) throw new CartError('not_found', `The cart registered as ${cart.externalId} no longer exists; it may have been erased`);
	assertSameEvent(twin, cart);
	return { outcome: 'already_processed', shouldContact: false, cart: toCart(twin, input.locale) };
}

/** A retry: the same cart; it may send the first message only if that never went out and its claim is stale. */
async function alreadyProcessed(pool: Pool, existing: CartRow, cart: NewCart, now: Date, locale?: string): Promise<RegisterResult> {
	assertSameEvent(existing, cart);
	if (existing.status !== 'open' || existing.contacted_at !== null) {
		return { outcome: 'already_processed', shouldContact: false, cart: toCart(existing, locale) };
	}
	const consent = await optOutStatus(pool, { tenant: cart.tenant, phone: cart.phone });
	if (consent.blocked.marketing) return { outcome: 'already_processed', shouldContact: false, cart: toCart(existing, locale) };
	const { rows } = await pool.query<CartRow>(
		`UPDATE cart_recoveries SET contact_claimed_at = $2, updated_at = $2
		WHERE id = $1 AND status = 'open' AND contacted_at IS NULL
			AND (contact_claimed_at IS NULL OR contact_claimed_at < $3)
		RETURNING ${CART_COLUMNS}`,
		[existing.id, now, new Date(now.getTime() - CONTACT_CLAIM_MS)],
	);
	return { outcome: 'already_processed', shouldContact: rows.length === 1, cart: toCart(rows[0] ?? existing, locale) };
}

/** The same external id must name the same checkout: another phone, value or currency is a conflict, not a retry. */
function assertSameEvent(row: CartRow, cart: NewCart): void {
	const differing = [
		row.phone !== cart.phone ? 'phone' : '',
		Number(row.value_cents) !== cart.valueCents ? 'value' : '',
		row.currency !== cart.currency ? 'currency' : '',
	].filter(Boolean);
	if (differing.length > 0) {
		throw new CartError(
			'conflict',
			`External id ${cart.externalId} was already registered with a different ${differing.join(', ')}; use a new external id for a new cart`,
			{ cartId: row.id, fields: differing },
		);
	}
}

async function findByExternalId(db: Db, tenant: string, externalId: string): Promise<CartRow | undefined> {
	const { rows } = await db.query<CartRow>(`SELECT ${CART_COLUMNS} FROM cart_recoveries WHERE tenant = $1 AND external_id = $2`, [
		tenant,
		externalId,
	]);
	return rows[0];
}

export interface CartRef {
	tenant: string;
	/** The package's id (uuid) or the shop's external id. */
	cartId: string;
	locale?: string;
}

/** By the package's id (a uuid) or by the shop's external id. */
export async function findCartRow(db: Db, tenant: string, cartId: string, forUpdate = false): Promise<CartRow | undefined> {
	const lock = forUpdate ? ' FOR UPDATE' : '';
	if (isUuid(cartId)) {
		const { rows } = await db.query<CartRow>(`SELECT ${CART_COLUMNS} FROM cart_recoveries WHERE tenant = $1 AND id = $2${lock}`, [
			tenant,
			cartId.toLowerCase(),
		]);
		if (rows[0]) return rows[0];
	}
	const { rows } = await db.query<CartRow>(`SELECT ${CART_COLUMNS} FROM cart_recoveries WHERE tenant = $1 AND external_id = $2${lock}`, [
		tenant,
		cartId,
	]);
	return rows[0];
}

export function requireCartId(value: unknown): string {
	return requireText('cartId', value, KEY_MAX);
}

export function notFound(cartId: string): CartError {
	return new CartError('not_found', `No cart ${cartId} in this tenant`);
}

export async function getCart(pool: Pool, ref: CartRef): Promise<Cart> {
	const tenant = requireTenant(ref.tenant);
	const cartId = requireCartId(ref.cartId);
	await ensureCartSchema(pool);
	const row = await findCartRow(pool, tenant, cartId);
	if (!row) throw notFound(cartId);
	return toCart(row, ref.locale);
}

/** After the first message (the template) went out: records when, once. */
export async function markContacted(pool: Pool, ref: CartRef & { now?: Date }): Promise<{ firstContact: boolean; cart: Cart }> {
	const tenant = requireTenant(ref.tenant);
	const cartId = requireCartId(ref.cartId);
	const now = ref.now ?? new Date();
	await ensureCartSchema(pool);
	const row = await findCartRow(pool, tenant, cartId);
	if (!row) throw notFound(cartId);
	const { rows } = await pool.query<CartRow>(
		`UPDATE cart_recoveries SET contacted_at = $2, updated_at = $2 WHERE id = $1 AND contacted_at IS NULL RETURNING ${CART_COLUMNS}`,
		[row.id, now],
	);
	return { firstContact: rows.length === 1, cart: toCart(rows[0] ?? row, ref.locale) };
}

/** The contact's most recent open cart, or undefined. */
export async function getOpenCart(
	pool: Pool,
	input: { tenant: string; phone: string | number; locale?: string },
): Promise<Cart | undefined> {
	const tenant = requireTenant(input.tenant);
	const phone = requirePhone(input.phone);
	await ensureCartSchema(pool);
	const { rows } = await pool.query<CartRow>(
		`SELECT ${CART_COLUMNS} FROM cart_recoveries WHERE tenant = $1 AND phone = $2 AND status = 'open'
		ORDER BY abandoned_at DESC, created_at DESC LIMIT 1`,
		[tenant, phone],
	);
	return rows[0] ? toCart(rows[0], input.locale) : undefined;
}

export interface CloseInput {
	tenant: string;
	/** The cart to close; without it, every open cart of `phone`. */
	cartId?: string;
	phone?: string | number;
	/** What the conversation ended as. */
	status: CloseStatus;
	/** Why, in a word or two (default: customer, timeout, opt_out). */
	reason?: string;
	now?: Date;
	locale?: string;
}

export type CloseResult =
	| { outcome: 'closed'; closed: number; cart: Cart }
	| { outcome: 'already_closed'; closed: 0; cart: Cart }
	| { outcome: 'no_open_cart'; closed: 0 };

const DEFAULT_REASONS: Record<CloseStatus, string> = { declined: 'customer', expired: 'timeout', opted_out: 'opt_out' };

/** Ends a conversation without a payment. Closing a closed (or paid) cart changes nothing. */
export async function closeCart(pool: Pool, input: CloseInput): Promise<CloseResult> {
	const tenant = requireTenant(input.tenant);
	if (!(CLOSE_STATUSES as readonly string[]).includes(input.status)) {
		throw invalidInput(`status must be one of ${CLOSE_STATUSES.join(', ')}, got ${String(input.status)}`);
	}
	const reason = optionalText('reason', input.reason, 100) ?? DEFAULT_REASONS[input.status];
	const cartId = optionalText('cartId', input.cartId, KEY_MAX);
	const now = input.now ?? new Date();
	await ensureCartSchema(pool);
	if (cartId) {
		const row = await findCartRow(pool, tenant, cartId);
		if (!row) throw notFound(cartId);
		const { rows } = await pool.query<CartRow>(
			`UPDATE cart_recoveries SET status = $2, close_reason = $3, closed_at = $4, updated_at = $4
			WHERE id = $1 AND status = 'open' RETURNING ${CART_COLUMNS}`,
			[row.id, input.status, reason, now],
		);
		if (rows[0]) return { outcome: 'closed', closed: 1, cart: toCart(rows[0], input.locale) };
		const current = await findCartRow(pool, tenant, row.id);
		return { outcome: 'already_closed', closed: 0, cart: toCart(current ?? row, input.locale) };
	}
	if (input.phone === undefined || input.phone === '') throw invalidInput('cartId or phone is required to close a cart');
	const phone = requirePhone(input.phone);
	const { rows } = await pool.query<CartRow>(
		`UPDATE cart_recoveries SET status = $3, close_reason = $4, closed_at = $5, updated_at = $5
		WHERE tenant = $1 AND phone = $2 AND status = 'open' RETURNING ${CART_COLUMNS}`,
		[tenant, phone, input.status, reason, now],
	);
	if (rows.length === 0) return { outcome: 'no_open_cart', closed: 0 };
	const latest = rows.sort((a, b) => b.abandoned_at.getTime() - a.abandoned_at.getTime())[0];
	return { outcome: 'closed', closed: rows.length, cart: toCart(latest, input.locale) };
}

/** Closes as expired every open cart abandoned longer ago than `olderThanHours`; returns the carts closed. */
export async function expireStaleCarts(
	pool: Pool,
	input: { tenant: string; olderThanHours: number; now?: Date; locale?: string },
): Promise<Cart[]> {
	const tenant = requireTenant(input.tenant);
	const hours = requireInteger('olderThanHours', input.olderThanHours, 1, 24 * 365);
	const now = input.now ?? new Date();
	await ensureCartSchema(pool);
	const { rows } = await pool.query<CartRow>(
		`UPDATE cart_recoveries SET status = 'expired', close_reason = 'timeout', closed_at = $2, updated_at = $2
		WHERE tenant = $1 AND status = 'open' AND abandoned_at < $3 RETURNING ${CART_COLUMNS}`,
		[tenant, now, new Date(now.getTime() - hours * 3_600_000)],
	);
	return rows.map((row) => toCart(row, input.locale));
}
