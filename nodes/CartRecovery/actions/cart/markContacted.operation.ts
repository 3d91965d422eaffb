import { markContacted as mark } from '../..';
import type { CartOperation } from '../common';
import { cartFields, cartIdProperty } from '../common';

export const markContacted: CartOperation = {
	option: {
		name: 'Mark Contacted',
		action: 'Mark a cart as contacted',
		description: 'After the first message went out; counts the cart as contacted in the stats',
	},
	description: [cartIdProperty(['markContacted'], true, "The cart (its ID or the shop's external ID)")],
	async execute(itemIndex, cart) {
		const result = await mark(cart.pool, {
			tenant: cart.tenant,
			locale: cart.locale,
			cartId: String(this.getNodeParameter('cartId', itemIndex, '') ?? ''),
		});
		return { ...cartFields(result.cart), firstContact: result.firstContact };
	},
};
