// What the cart-recovery modules take and give. Money is kept in minor units (cents) as
// integers, so a payment is compared with the cart exactly; values for people are decimals.
import type { Pool, PoolClient } from 'pg';

/** A pool, or one client inside a transaction. */
export type Db = Pool | PoolClient;

export const CART_STATUSES = ['open', 'converted', 'declined', 'expired', 'opted_out'] as const;
export type CartStatus = (typeof CART_STATUSES)[number];

/** Ways a conversation ends without a payment. */
export const CLOSE_STATUSES = ['declined', 'expired', 'opted_out'] as const;
export type CloseStatus = (typeof CLOSE_STATUSES)[number];

/** Which of the cart's links: the full price, or the discounted one. */
export const LINK_TYPES = ['original', 'discount'] as const;
export type LinkType = (typeof LINK_TYPES)[number];

export interface Cart {
	id: string;
	tenant: string;
	/** The shop's id of the abandoned checkout; unique per tenant. */
	externalId: string;
	/** E.164 digits without '+'. */
	phone: string;
	name: string;
	product: string;
	/** In currency units, e.g. 199.9. */
	value: number;
	valueCents: number;
	currency: string;
	/** The value as people read it, e.g. "R$ 199,90". */
	valueText: string;
	paymentLink: string;
	discountLink: string | null;
	discountValue: number | null;
	discountValueCents: number | null;
	discountValueText: string | null;
	status: CartStatus;
	closeReason: string | null;
	abandonedAt: string;
	/** When the first message (the template) went out; null until Mark Contacted. */
	contactedAt: string | null;
	/** When the customer first answered. */
	repliedAt: string | null;
	/** Customer messages answered so far. */
	exchanges: number;
	/** Replies that newly offered the discount link. */
	discountOffers: number;
	/** The link the last reply carried. */
	offeredLink: LinkType | null;
	convertedAt: string | null;
	convertedLink: LinkType | null;
	closedAt: string | null;
	createdAt: string;
	updatedAt: string;
}

export interface Payment {
	id: string;
	paymentId: string;
	cartId: string;
	amount: number;
	amountCents: number;
	currency: string;
	amountText: string;
	linkType: LinkType;
	paidAt: string;
	createdAt: string;
}
