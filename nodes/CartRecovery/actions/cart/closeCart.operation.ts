import { closeCart as close, type CloseStatus } from '../..';
import type { CartOperation } from '../common';
import { cartFields, optionalString, showFor } from '../common';

const show = showFor('closeCart');

export const closeCart: CartOperation = {
	option: {
		name: 'Close Cart',
		action: 'Close a cart without a payment',
		description: 'As declined, expired or opted out; a closed or paid cart stays as it is',
	},
	description: [
		{
			displayName: 'Cart ID',
			name: 'closeCartId',
			type: 'string',
			default: '={{ $json.cart?.id }}',
			displayOptions: show,
			description: 'The cart to close; empty closes every open cart of the phone below',
		},
		{
			displayName: 'Phone',
			name: 'closePhone',
			type: 'string',
			default: '={{ $json.phone }}',
			displayOptions: show,
			description: 'Used when Cart ID is empty',
		},
		{
			displayName: 'Close As',
			name: 'closeAs',
			type: 'options',
			options: [
				{ name: 'Declined', value: 'declined', description: 'The customer does not want it' },
				{ name: 'Expired', value: 'expired', description: 'Too old to pursue' },
				{ name: 'Opted Out', value: 'opted_out', description: 'The customer asked for no more messages' },
			],
			default: 'declined',
			displayOptions: show,
		},
		{
			displayName: 'Reason',
			name: 'closeReason',
			type: 'string',
			default: '',
			displayOptions: show,
			description: 'A word or two for the record; empty: customer, timeout or opt_out',
		},
	],
	async execute(itemIndex, cart) {
		const result = await close(cart.pool, {
			tenant: cart.tenant,
			locale: cart.locale,
			cartId: optionalString(this.getNodeParameter('closeCartId', itemIndex, '')),
			phone: optionalString(this.getNodeParameter('closePhone', itemIndex, '')),
			status: this.getNodeParameter('closeAs', itemIndex, 'declined') as CloseStatus,
			reason: optionalString(this.getNodeParameter('closeReason', itemIndex, '')),
		});
		if (result.outcome === 'no_open_cart') return { outcome: result.outcome, closed: 0 };
		return { ...cartFields(result.cart), outcome: result.outcome, closed: result.closed };
	},
};
