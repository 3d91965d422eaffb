// Payments: a conversion is recorded once, and only for the right amount.
// - Idempotent by payment id: the unique (tenant, payment_id) lets one INSERT through; a retried
//   webhook (also twenty at once) answers `already_processed` with the same payment and cart.
// - The amount must be the cart's, in cents: the original value (the payment link) or the
//   discounted value (the discount link). Anything else is an amount_mismatch error that names
//   what was expected; a different currency is a currency_mismatch. Never a silent success.
// - A cart is paid once: a second, different payment of a paid cart is already_converted (the
//   unique cart_id on cart_payments holds it even between two workers).
// A payment converts the cart whatever its state: a customer may pay after the conversation
// was closed, and that is still revenue the recovery brought back.
import type { Pool, PoolClient } from 'pg';
import { findCartRow, notFound, requireCartId } from './carts';
import { CartError, invalidInput } from './errors';
import { ensureCartSchema } from './migrations';
import { formatMoney, requireCurrency, toCents } from './money';
import { CART_COLUMNS, PAYMENT_COLUMNS, toCart, toPayment, type CartRow, type PaymentRow } from './rows';
import { withTransaction } from '../shared/clients/transaction';
import { LINK_TYPES, type Cart, type LinkType, type Payment } from './types';
import { KEY_MAX, optionalInstant, requireTenant, requireText } from './validate';

export interface PaymentInput {
	tenant: string;
	/** The payment provider's id of this payment: the idempotency key. */
	paymentId: string;
	/** The package's cart id (uuid) or the shop's external id of the abandoned checkout. */
	cartId: string;
	/** In currency units, e.g. 199.9 or "199,90". */
	amount: number | string;
	/** ISO 4217; default: the cart's currency must be BRL. */
	currency?: string;
	/** Which link was paid; 'auto' (default) tells it from the amount. */
	linkType?: LinkType | 'auto';
	paidAt?: string | Date;
	now?: Date;
	locale?: string;
}

export interface PaymentResult {
	outcome: 'recorded' | 'already_processed';
	payment: Payment;
	cart: Cart;
}

const UNIQUE_VIOLATION = '23505';

export async function recordPayment(pool: Pool, input: PaymentInput): Promise<PaymentResult> {
	const tenant = requireTenant(input.tenant);
	const paymentId = requireText('paymentId', input.paymentId, KEY_MAX);
	const cartId = requireCartId(input.cartId);
	const amountCents = toCents('amount', input.amount);
	const currency = requireCurrency(input.currency);
	const linkType = input.linkType === undefined || (input.linkType as string) === '' ? 'auto' : input.linkType;
	if (linkType !== 'auto' && !LINK_TYPES.includes(linkType)) {
		throw invalidInput(`linkType must be auto, original or discount, got ${String(input.linkType)}`);
	}
	const now = input.now ?? new Date();
	const paidAt = optionalInstant('paidAt', input.paidAt, now);
	await ensureCartSchema(pool);

	const existing = await findPayment(pool, tenant, paymentId);
	if (existing) return await replayOf(pool, existing, { cartId, amountCents, currency }, input.locale);

	try {
		return await withTransaction(pool, async (client) => {
			// The cart's row lock: payments of one cart (and its replies) take turns.
			const row = await findCartRow(client, tenant, cartId, true);
			if (!row) throw notFound(cartId);
			// A twin delivery may have committed while this one waited for the lock.
			const twin = await findPayment(client, tenant, paymentId);
			if (twin) return await replayOf(client, twin, { cartId, amountCents, currency }, input.locale);
			if (currency !== row.currency) {
				throw new CartError(
					'currency_mismatch',
					`Payment ${paymentId} is in ${currency}, but cart ${row.external_id} is in ${row.currency}`,
					{
						expectedCurrency: row.currency,
						currency,
					},
				);
			}
			const paidLink = linkOfAmount(row, amountCents, linkType, paymentId);
			if (row.status === 'converted') {
				const { rows } = await client.query<PaymentRow>(`SELECT ${PAYMENT_COLUMNS} FROM cart_payments WHERE cart_id = $1`, [row.id]);
				throw new CartError(
					'already_converted',
					`Cart ${row.external_id} was already paid by payment ${rows[0]?.payment_id ?? '(unknown)'}`,
					{
						cartId: row.id,
						paymentId: rows[0]?.payment_id,
					},
				);
			}
			const inserted = await client.query<PaymentRow>(
				`INSERT INTO cart_payments (tenant, payment_id, cart_id, amount_cents, currency, link_type, paid_at, created_at)
				VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${PAYMENT_COLUMNS}`,
				[tenant, paymentId, row.id, amountCents, currency, paidLink, paidAt, now],
			);
			const { rows } = await client.query<CartRow>(
				`UPDATE cart_recoveries SET status = 'converted', converted_at = $2, converted_link = $3,
					closed_at = COALESCE(closed_at, $4), close_reason = 'paid', updated_at = $4
				WHERE id = $1 RETURNING ${CART_COLUMNS}`,
				[row.id, paidAt, paidLink, now],
			);
			return { outcome: 'recorded' as const, payment: toPayment(inserted.rows[0], input.locale), cart: toCart(rows[0], input.locale) };
		});
	} catch (error) {
		// The same payment id recorded for another cart at the same moment: answer as a replay would.
		if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
			const twin = await findPayment(pool, tenant, paymentId);
			if (twin) return await replayOf(pool, twin, { cartId, amountCents, currency }, input.locale);
		}
		throw error;
	}
}

/** Which link an amount pays: the value or the discounted value; a given link type must match its amount. */
function linkOfAmount(row: CartRow, amountCents: number, linkType: LinkType | 'auto', paymentId: string): LinkType {
	const expected: Partial<Record<LinkType, number>> = { original: Number(row.value_cents) };
	if (row.discount_value_cents !== null) expected.discount = Number(row.discount_value_cents);
	const candidates = linkType === 'auto' ? (Object.keys(expected) as LinkType[]) : [linkType];
	const matched = candidates.find((candidate) => expected[candidate] === amountCents);
	if (matched) return matched;
	const what = (link: LinkType) =>
		expected[link] === undefined ? `no ${link} link` : `${formatMoney(expected[link]!, row.currency)} (${link} link)`;
	throw new CartError(
		'amount_mismatch',
		`Payment ${paymentId} of ${formatMoney(amountCents, row.currency)} does not match cart ${row.external_id}: expected ${candidates.map(what).join(' or ')}`,
		{
			amountCents,
			expectedCents: Object.fromEntries(candidates.filter((link) => expected[link] !== undefined).map((link) => [link, expected[link]])),
		},
	);
}

async function findPayment(db: Pool | PoolClient, tenant: string, paymentId: string): Promise<PaymentRow | undefined> {
	const { rows } = await db.query<PaymentRow>(`SELECT ${PAYMENT_COLUMNS} FROM cart_payments WHERE tenant = $1 AND payment_id = $2`, [
		tenant,
		paymentId,
	]);
	return rows[0];
}

/** A retry must be the same payment: another cart or amount under the same payment id is a conflict. */
async function replayOf(
	db: Pool | PoolClient,
	payment: PaymentRow,
	request: { cartId: string; amountCents: number; currency: string },
	locale?: string,
): Promise<PaymentResult> {
	const cart = await findCartRow(db, payment.tenant, payment.cart_id);
	if (!cart) throw notFound(payment.cart_id);
	const sameCart = request.cartId === cart.id || request.cartId === cart.external_id;
	if (!sameCart || Number(payment.amount_cents) !== request.amountCents || payment.currency !== request.currency) {
		throw new CartError(
			'conflict',
			`Payment ${payment.payment_id} was already recorded for cart ${cart.external_id} with ${formatMoney(Number(payment.amount_cents), payment.currency)}; a retry must carry the same cart and amount`,
			{ cartId: cart.id, amountCents: Number(payment.amount_cents) },
		);
	}
	return { outcome: 'already_processed', payment: toPayment(payment, locale), cart: toCart(cart, locale) };
}
