import type { IDataObject } from 'n8n-workflow';
import { recordPayment as record, type LinkType } from '../..';
import type { CartOperation } from '../common';
import { cartFields, optionalString, optionalValue, showFor } from '../common';

const show = showFor('recordPayment');

export const recordPayment: CartOperation = {
	option: {
		name: 'Record Payment',
		action: 'Record a payment of a cart',
		description: "Once per payment ID; the amount must be the cart's (or its discounted) value, to the cent",
	},
	description: [
		{
			displayName: 'Payment ID',
			name: 'paymentId',
			type: 'string',
			default: '={{ $json.body?.id }}',
			required: true,
			displayOptions: show,
			description: "The payment provider's ID; the same ID is recorded once",
		},
		{
			displayName: 'Cart',
			name: 'paymentCartId',
			type: 'string',
			default: '={{ $json.body?.cartId }}',
			required: true,
			displayOptions: show,
			description: "The shop's external ID of the cart (or the cart's ID)",
		},
		{
			displayName: 'Amount',
			name: 'amount',
			type: 'string',
			default: '={{ $json.body?.amount }}',
			required: true,
			displayOptions: show,
			description: 'What was paid, in currency units, e.g. 199.90',
		},
		{
			displayName: 'Currency',
			name: 'paymentCurrency',
			type: 'string',
			default: '={{ $json.body?.currency || "BRL" }}',
			displayOptions: show,
		},
		{
			displayName: 'Link Used',
			name: 'linkType',
			type: 'options',
			options: [
				{ name: 'From the Amount', value: 'auto', description: 'The value means the payment link, the discounted value the discount link' },
				{ name: 'Original Link', value: 'original' },
				{ name: 'Discount Link', value: 'discount' },
			],
			default: 'auto',
			displayOptions: show,
		},
		{
			displayName: 'Paid At',
			name: 'paidAt',
			type: 'string',
			default: '={{ $json.body?.paidAt }}',
			displayOptions: show,
			description: 'ISO 8601; empty means now',
		},
	],
	async execute(itemIndex, cart) {
		const result = await record(cart.pool, {
			tenant: cart.tenant,
			locale: cart.locale,
			paymentId: String(this.getNodeParameter('paymentId', itemIndex, '') ?? ''),
			cartId: String(this.getNodeParameter('paymentCartId', itemIndex, '') ?? ''),
			amount: optionalValue(this.getNodeParameter('amount', itemIndex, '')) ?? '',
			currency: optionalString(this.getNodeParameter('paymentCurrency', itemIndex, '')),
			linkType: this.getNodeParameter('linkType', itemIndex, 'auto') as LinkType | 'auto',
			paidAt: optionalString(this.getNodeParameter('paidAt', itemIndex, '')),
		});
		return { ...cartFields(result.cart), outcome: result.outcome, payment: result.payment as unknown as IDataObject };
	},
};
