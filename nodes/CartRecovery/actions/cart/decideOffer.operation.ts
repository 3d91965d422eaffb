import { decideOffer as decide, DEFAULT_MAX_DISCOUNT_OFFERS, DEFAULT_MAX_EXCHANGES } from '../..';
import type { CartOperation } from '../common';
import { cartFields, cartIdProperty, optionalString, showFor } from '../common';

const show = showFor('decideOffer');

export const decideOffer: CartOperation = {
	option: {
		name: 'Decide Offer',
		action: 'Decide the offer for a reply',
		description:
			"Records the customer's message as an exchange and picks the link the reply carries: original first, discount after a price objection",
	},
	description: [
		cartIdProperty(['decideOffer'], true, 'The cart the customer is answering about'),
		{
			displayName: 'Customer Message',
			name: 'customerText',
			type: 'string',
			default: '={{ $json.text }}',
			displayOptions: show,
			description: 'Read for price objections ("muito caro", "desconto?", "too expensive")',
		},
		{
			displayName: 'Message ID',
			name: 'messageId',
			type: 'string',
			default: '={{ $json.messageId }}',
			displayOptions: show,
			description: 'A redelivered message gets the same decision and is not counted again',
		},
		{
			displayName: 'Max Exchanges',
			name: 'maxExchanges',
			type: 'number',
			default: DEFAULT_MAX_EXCHANGES,
			typeOptions: { minValue: 1, maxValue: 100 },
			displayOptions: show,
			description: 'The reply to this many customer messages is the last; the cart then closes as declined',
		},
		{
			displayName: 'Max Discount Offers',
			name: 'maxDiscountOffers',
			type: 'number',
			default: DEFAULT_MAX_DISCOUNT_OFFERS,
			typeOptions: { minValue: 0, maxValue: 100 },
			displayOptions: show,
			description: 'How many replies may newly offer the discount link; 0 never offers it',
		},
		{
			displayName: 'Discount Threshold',
			name: 'discountThreshold',
			type: 'number',
			default: 0,
			typeOptions: { minValue: 0, numberPrecision: 2 },
			displayOptions: show,
			description: 'Carts worth at least this (currency units) get the discount without a price objection; 0 turns this off',
		},
	],
	async execute(itemIndex, cart) {
		const {
			cart: decided,
			reason,
			...decision
		} = await decide(cart.pool, {
			tenant: cart.tenant,
			locale: cart.locale,
			cartId: String(this.getNodeParameter('cartId', itemIndex, '') ?? ''),
			text: String(this.getNodeParameter('customerText', itemIndex, '') ?? ''),
			messageId: optionalString(this.getNodeParameter('messageId', itemIndex, '')),
			maxExchanges: this.getNodeParameter('maxExchanges', itemIndex, DEFAULT_MAX_EXCHANGES) as number,
			maxDiscountOffers: this.getNodeParameter('maxDiscountOffers', itemIndex, DEFAULT_MAX_DISCOUNT_OFFERS) as number,
			discountThreshold: (this.getNodeParameter('discountThreshold', itemIndex, 0) as number) || undefined,
		});
		return { ...cartFields(decided), ...decision, offerReason: reason };
	},
};
