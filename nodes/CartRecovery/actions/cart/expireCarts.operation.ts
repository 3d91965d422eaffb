import type { IDataObject } from 'n8n-workflow';
import { expireStaleCarts } from '../..';
import type { CartOperation } from '../common';
import { showFor } from '../common';

export const expireCarts: CartOperation = {
	option: {
		name: 'Expire Old Carts',
		action: 'Expire old open carts',
		description: 'Closes as expired every open cart abandoned longer ago than the limit (run it on a schedule)',
	},
	description: [
		{
			displayName: 'Older Than (Hours)',
			name: 'olderThanHours',
			type: 'number',
			default: 72,
			typeOptions: { minValue: 1 },
			displayOptions: showFor('expireCarts'),
		},
	],
	async execute(itemIndex, cart) {
		const expired = await expireStaleCarts(cart.pool, {
			tenant: cart.tenant,
			locale: cart.locale,
			olderThanHours: this.getNodeParameter('olderThanHours', itemIndex, 72) as number,
		});
		return { expired: expired.length, carts: expired as unknown as IDataObject[] };
	},
};
