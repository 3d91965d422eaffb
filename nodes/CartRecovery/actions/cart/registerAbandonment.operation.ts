import { registerAbandonment as register } from '../..';
import type { CartOperation } from '../common';
import { cartFields, optionalString, optionalValue, showFor } from '../common';

const show = showFor('registerAbandonment');

export const registerAbandonment: CartOperation = {
	option: {
		name: 'Register Abandonment',
		action: 'Register an abandoned cart',
		description: 'Once per external ID: a retry answers already_processed; contacts who opted out of marketing are refused',
	},
	description: [
		{
			displayName: 'External ID',
			name: 'externalId',
			type: 'string',
			default: '={{ $json.body?.id }}',
			required: true,
			displayOptions: show,
			description: "The shop's ID of the abandoned checkout; the same ID registers once",
		},
		{
			displayName: 'Customer Phone',
			name: 'phone',
			type: 'string',
			default: '={{ $json.body?.customer?.phone }}',
			required: true,
			displayOptions: show,
			description: 'E.164, with country code, e.g. +5511999990000',
		},
		{
			displayName: 'Customer Name',
			name: 'customerName',
			type: 'string',
			default: '={{ $json.body?.customer?.name }}',
			required: true,
			displayOptions: show,
		},
		{
			displayName: 'Product',
			name: 'product',
			type: 'string',
			default: '={{ $json.body?.product }}',
			required: true,
			displayOptions: show,
			description: 'What was left in the cart, as the customer should read it',
		},
		{
			displayName: 'Value',
			name: 'value',
			type: 'string',
			default: '={{ $json.body?.value }}',
			required: true,
			displayOptions: show,
			description: "The cart's total in currency units, e.g. 199.90",
		},
		{
			displayName: 'Currency',
			name: 'currency',
			type: 'string',
			default: '={{ $json.body?.currency || "BRL" }}',
			displayOptions: show,
			description: 'ISO 4217 code, e.g. BRL',
		},
		{
			displayName: 'Payment Link',
			name: 'paymentLink',
			type: 'string',
			default: '={{ $json.body?.paymentLink }}',
			required: true,
			displayOptions: show,
			description: 'An https link that pays the full value',
		},
		{
			displayName: 'Discount Link',
			name: 'discountLink',
			type: 'string',
			default: '={{ $json.body?.discountLink }}',
			displayOptions: show,
			description: 'Optional: an https link at a lower price, offered only after a price objection (or above the threshold)',
		},
		{
			displayName: 'Discount Value',
			name: 'discountValue',
			type: 'string',
			default: '={{ $json.body?.discountValue }}',
			displayOptions: show,
			description: 'What the discount link charges; required with a discount link',
		},
		{
			displayName: 'Abandoned At',
			name: 'abandonedAt',
			type: 'string',
			default: '={{ $json.body?.abandonedAt }}',
			displayOptions: show,
			description: 'When the checkout was abandoned (ISO 8601); empty means now',
		},
	],
	async execute(itemIndex, cart) {
		const result = await register(cart.pool, {
			tenant: cart.tenant,
			locale: cart.locale,
			externalId: String(this.getNodeParameter('externalId', itemIndex, '') ?? ''),
			phone: String(this.getNodeParameter('phone', itemIndex, '') ?? ''),
			name: String(this.getNodeParameter('customerName', itemIndex, '') ?? ''),
			product: String(this.getNodeParameter('product', itemIndex, '') ?? ''),
			value: optionalValue(this.getNodeParameter('value', itemIndex, '')) ?? '',
			currency: optionalString(this.getNodeParameter('currency', itemIndex, '')),
			paymentLink: String(this.getNodeParameter('paymentLink', itemIndex, '') ?? ''),
			discountLink: optionalString(this.getNodeParameter('discountLink', itemIndex, '')),
			discountValue: optionalValue(this.getNodeParameter('discountValue', itemIndex, '')),
			abandonedAt: optionalString(this.getNodeParameter('abandonedAt', itemIndex, '')),
		});
		if (result.outcome === 'refused') return { ...result, shouldContact: false };
		const { cart: registered, ...outcome } = result;
		return { ...cartFields(registered), ...outcome };
	},
};
