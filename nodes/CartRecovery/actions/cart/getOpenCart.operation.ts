import { getOpenCart as getOpen } from '../..';
import type { CartOperation } from '../common';
import { cartFields, showFor } from '../common';

export const getOpenCart: CartOperation = {
	option: {
		name: 'Get Open Cart',
		action: 'Get the open cart of a contact',
		description: "The contact's most recent open cart; found is false when there is none",
	},
	description: [
		{
			displayName: 'Phone',
			name: 'contactPhone',
			type: 'string',
			default: '={{ $json.phone }}',
			required: true,
			displayOptions: showFor('getOpenCart'),
			description: 'The customer who wrote',
		},
	],
	async execute(itemIndex, cart) {
		const open = await getOpen(cart.pool, {
			tenant: cart.tenant,
			locale: cart.locale,
			phone: String(this.getNodeParameter('contactPhone', itemIndex, '') ?? ''),
		});
		return open ? { found: true, ...cartFields(open) } : { found: false };
	},
};
