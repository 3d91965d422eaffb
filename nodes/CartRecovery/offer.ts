// Which link a reply carries, and when the conversation ends. The rule is pure (chooseOffer);
// decideOffer applies it to a cart under a row lock and records the exchange, once per inbound
// message, so concurrent or redelivered replies neither skip nor double-count an exchange.
//
// The rules:
// - the original link first: the first message (the template) and every reply carry it, unless
// - the customer objects to the price, or the cart is worth at least the discount threshold,
//   and the cart has a discount link: then the reply offers the discount link;
// - at most `maxDiscountOffers` replies newly offer the discount (default 1); once offered, the
//   discount link stays the link of the conversation (a customer who was offered a lower price
//   is not sent the higher one again), without counting as a new offer;
// - each customer message answered is an exchange; the reply to the `maxExchanges`-th (default
//   5) is the last, and the cart closes as declined ('exchange_limit').
import { randomUUID } from 'crypto';
import type { Pool } from 'pg';
import { findCartRow, notFound, requireCartId } from './carts';
import { ensureCartSchema } from './migrations';
import { detectPriceObjection, type PriceObjection } from './priceObjection';
import { CART_COLUMNS, toCart, type CartRow } from './rows';
import { withTransaction } from '../shared/clients/transaction';
import type { Cart, LinkType } from './types';
import { KEY_MAX, optionalText, requireInteger, requireTenant } from './validate';
import { toCents } from './money';

export const DEFAULT_MAX_EXCHANGES = 5;
export const DEFAULT_MAX_DISCOUNT_OFFERS = 1;

export type OfferReason =
	/** No objection and under the threshold: the full price. */
	| 'original_first'
	/** The cart has no discount link to offer. */
	| 'no_discount_link'
	| 'price_objection'
	| 'value_threshold'
	/** Eligible, but the discount was already offered as often as allowed (and never shown: limit 0). */
	| 'discount_limit_reached'
	/** The discount was offered before and stands. */
	| 'discount_already_offered';

export interface OfferState {
	hasDiscountLink: boolean;
	valueCents: number;
	/** Replies that newly offered the discount so far. */
	discountOffers: number;
	/** The link the previous reply carried. */
	offeredLink: LinkType | null;
}

export interface OfferRules {
	maxDiscountOffers: number;
	/** Carts worth at least this many cents get the discount without an objection; undefined: off. */
	discountThresholdCents?: number;
}

export interface OfferChoice {
	linkType: LinkType;
	/** This reply newly offers the discount (counts towards maxDiscountOffers). */
	newDiscountOffer: boolean;
	reason: OfferReason;
}

export function chooseOffer(state: OfferState, priceObjection: boolean, rules: OfferRules): OfferChoice {
	if (!state.hasDiscountLink) return { linkType: 'original', newDiscountOffer: false, reason: 'no_discount_link' };
	const overThreshold = rules.discountThresholdCents !== undefined && state.valueCents >= rules.discountThresholdCents;
	const eligible = priceObjection || overThreshold;
	const reason: OfferReason = priceObjection ? 'price_objection' : 'value_threshold';
	const offeredBefore = state.discountOffers > 0 && state.offeredLink === 'discount';
	if (eligible && state.discountOffers < rules.maxDiscountOffers) return { linkType: 'discount', newDiscountOffer: true, reason };
	if (offeredBefore) return { linkType: 'discount', newDiscountOffer: false, reason: 'discount_already_offered' };
	if (eligible) return { linkType: 'original', newDiscountOffer: false, reason: 'discount_limit_reached' };
	return { linkType: 'original', newDiscountOffer: false, reason: 'original_first' };
}

export interface DecideInput {
	tenant: string;
	/** The package's cart id (uuid) or the shop's external id. */
	cartId: string;
	/** What the customer wrote. */
	text: string;
	/** The inbound message's id: a redelivered message gets the same decision and is not counted again. */
	messageId?: string;
	maxExchanges?: number;
	maxDiscountOffers?: number;
	/** In currency units; carts worth at least this get the discount without an objection. Empty: off. */
	discountThreshold?: number | string;
	now?: Date;
	locale?: string;
}

export interface OfferDecision {
	/** 'reply': answer with `offerLink`; 'none': the cart is no longer open, send nothing about it. */
	action: 'reply' | 'none';
	offerType: LinkType | null;
	offerLink: string | null;
	/** The price the offered link charges, as people read it. */
	offerValueText: string | null;
	newDiscountOffer: boolean;
	reason: OfferReason | 'closed';
	priceObjection: boolean;
	/** The customer's words that were read as an objection. */
	objectionMatched?: string;
	/** This message's number in the conversation (1 = the customer's first reply). */
	exchange: number;
	maxExchanges: number;
	/** This is the last reply: the cart has been closed as declined (exchange_limit). */
	lastExchange: boolean;
	/** The same message was decided before; this is that decision again. */
	replayed: boolean;
	cart: Cart;
}

interface ExchangeRow {
	seq: number;
	price_objection: boolean;
	link_type: LinkType;
	new_discount_offer: boolean;
	decision_reason: OfferReason;
}

export async function decideOffer(pool: Pool, input: DecideInput): Promise<OfferDecision> {
	const tenant = requireTenant(input.tenant);
	const cartId = requireCartId(input.cartId);
	const messageId = optionalText('messageId', input.messageId, KEY_MAX) ?? `auto:${randomUUID()}`;
	const maxExchanges = requireInteger('maxExchanges', input.maxExchanges ?? DEFAULT_MAX_EXCHANGES, 1, 100);
	const rules: OfferRules = {
		maxDiscountOffers: requireInteger('maxDiscountOffers', input.maxDiscountOffers ?? DEFAULT_MAX_DISCOUNT_OFFERS, 0, 100),
		discountThresholdCents:
			input.discountThreshold === undefined ||
			input.discountThreshold === null ||
			input.discountThreshold === '' ||
			input.discountThreshold === 0
				? undefined
				: toCents('discountThreshold', input.discountThreshold),
	};
	const now = input.now ?? new Date();
	const objection = detectPriceObjection(input.text ?? '');
	await ensureCartSchema(pool);

	return await withTransaction(pool, async (client) => {
		// The cart's row lock makes the replies of one cart take turns.
		const row = await findCartRow(client, tenant, cartId, true);
		if (!row) throw notFound(cartId);
		const decided = await client.query<ExchangeRow>(
			'SELECT seq, price_objection, link_type, new_discount_offer, decision_reason FROM cart_exchanges WHERE cart_id = $1 AND message_id = $2',
			[row.id, messageId],
		);
		if (decided.rows[0]) return replay(row, decided.rows[0], maxExchanges, input.locale);
		if (row.status !== 'open') return closedDecision(row, maxExchanges, objection, input.locale);

		const exchange = row.exchanges + 1;
		const choice = chooseOffer(
			{
				hasDiscountLink: row.discount_link !== null,
				valueCents: Number(row.value_cents),
				discountOffers: row.discount_offers,
				offeredLink: row.offered_link,
			},
			objection.objection,
			rules,
		);
		await client.query(
			`INSERT INTO cart_exchanges (cart_id, message_id, seq, price_objection, link_type, new_discount_offer, decision_reason, created_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
			[row.id, messageId, exchange, objection.objection, choice.linkType, choice.newDiscountOffer, choice.reason, now],
		);
		const last = exchange >= maxExchanges;
		const { rows } = await client.query<CartRow>(
			`UPDATE cart_recoveries SET exchanges = $2, replied_at = COALESCE(replied_at, $3), updated_at = $3,
				discount_offers = discount_offers + $4, offered_link = $5,
				status = CASE WHEN $6 THEN 'declined' ELSE status END,
				close_reason = CASE WHEN $6 THEN 'exchange_limit' ELSE close_reason END,
				closed_at = CASE WHEN $6 THEN $3 ELSE closed_at END
			WHERE id = $1 RETURNING ${CART_COLUMNS}`,
			[row.id, exchange, now, choice.newDiscountOffer ? 1 : 0, choice.linkType, last],
		);
		return decision(toCart(rows[0], input.locale), choice, objection, exchange, maxExchanges, last, false);
	});
}

function decision(
	cart: Cart,
	choice: OfferChoice,
	objection: PriceObjection,
	exchange: number,
	maxExchanges: number,
	lastExchange: boolean,
	replayed: boolean,
): OfferDecision {
	const discount = choice.linkType === 'discount';
	return {
		action: 'reply',
		offerType: choice.linkType,
		offerLink: discount ? cart.discountLink : cart.paymentLink,
		offerValueText: discount ? cart.discountValueText : cart.valueText,
		newDiscountOffer: choice.newDiscountOffer,
		reason: choice.reason,
		priceObjection: objection.objection,
		...(objection.matched ? { objectionMatched: objection.matched } : {}),
		exchange,
		maxExchanges,
		lastExchange,
		replayed,
		cart,
	};
}

function replay(row: CartRow, exchange: ExchangeRow, maxExchanges: number, locale?: string): OfferDecision {
	const choice: OfferChoice = {
		linkType: exchange.link_type,
		newDiscountOffer: exchange.new_discount_offer,
		reason: exchange.decision_reason,
	};
	const last = row.close_reason === 'exchange_limit' && exchange.seq === row.exchanges;
	return decision(toCart(row, locale), choice, { objection: exchange.price_objection }, exchange.seq, maxExchanges, last, true);
}

function closedDecision(row: CartRow, maxExchanges: number, objection: PriceObjection, locale?: string): OfferDecision {
	return {
		action: 'none',
		offerType: null,
		offerLink: null,
		offerValueText: null,
		newDiscountOffer: false,
		reason: 'closed',
		priceObjection: objection.objection,
		...(objection.matched ? { objectionMatched: objection.matched } : {}),
		exchange: row.exchanges,
		maxExchanges,
		lastExchange: false,
		replayed: false,
		cart: toCart(row, locale),
	};
}
