// Rows as Postgres returns them, and the views the modules hand out. pg returns bigint as text:
// cents are converted here, once (they are far below 2^53).
import { formatMoney, fromCents } from './money';
import type { Cart, CartStatus, LinkType, Payment } from './types';

export interface CartRow {
	id: string;
	tenant: string;
	external_id: string;
	phone: string;
	customer_name: string;
	product: string;
	value_cents: string | number;
	currency: string;
	payment_link: string;
	discount_link: string | null;
	discount_value_cents: string | number | null;
	status: CartStatus;
	close_reason: string | null;
	abandoned_at: Date;
	contact_claimed_at: Date | null;
	contacted_at: Date | null;
	replied_at: Date | null;
	exchanges: number;
	discount_offers: number;
	offered_link: LinkType | null;
	converted_at: Date | null;
	converted_link: LinkType | null;
	closed_at: Date | null;
	created_at: Date;
	updated_at: Date;
}

export interface PaymentRow {
	id: string;
	tenant: string;
	payment_id: string;
	cart_id: string;
	amount_cents: string | number;
	currency: string;
	link_type: LinkType;
	paid_at: Date;
	created_at: Date;
}

export const CART_COLUMNS = `id, tenant, external_id, phone, customer_name, product, value_cents, currency, payment_link,
	discount_link, discount_value_cents, status, close_reason, abandoned_at, contact_claimed_at, contacted_at, replied_at,
	exchanges, discount_offers, offered_link, converted_at, converted_link, closed_at, created_at, updated_at`;

export const PAYMENT_COLUMNS = 'id, tenant, payment_id, cart_id, amount_cents, currency, link_type, paid_at, created_at';

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

export function toCart(row: CartRow, locale?: string): Cart {
	const valueCents = Number(row.value_cents);
	const discountCents = row.discount_value_cents === null ? null : Number(row.discount_value_cents);
	return {
		id: row.id,
		tenant: row.tenant,
		externalId: row.external_id,
		phone: row.phone,
		name: row.customer_name,
		product: row.product,
		value: fromCents(valueCents),
		valueCents,
		currency: row.currency,
		valueText: formatMoney(valueCents, row.currency, locale),
		paymentLink: row.payment_link,
		discountLink: row.discount_link,
		discountValue: discountCents === null ? null : fromCents(discountCents),
		discountValueCents: discountCents,
		discountValueText: discountCents === null ? null : formatMoney(discountCents, row.currency, locale),
		status: row.status,
		closeReason: row.close_reason,
		abandonedAt: row.abandoned_at.toISOString(),
		contactedAt: iso(row.contacted_at),
		repliedAt: iso(row.replied_at),
		exchanges: row.exchanges,
		discountOffers: row.discount_offers,
		offeredLink: row.offered_link,
		convertedAt: iso(row.converted_at),
		convertedLink: row.converted_link,
		closedAt: iso(row.closed_at),
		createdAt: row.created_at.toISOString(),
		updatedAt: row.updated_at.toISOString(),
	};
}

export function toPayment(row: PaymentRow, locale?: string): Payment {
	const amountCents = Number(row.amount_cents);
	return {
		id: row.id,
		paymentId: row.payment_id,
		cartId: row.cart_id,
		amount: fromCents(amountCents),
		amountCents,
		currency: row.currency,
		amountText: formatMoney(amountCents, row.currency, locale),
		linkType: row.link_type,
		paidAt: row.paid_at.toISOString(),
		createdAt: row.created_at.toISOString(),
	};
}
