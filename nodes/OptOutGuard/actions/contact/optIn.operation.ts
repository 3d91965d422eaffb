import type { IDataObject } from 'n8n-workflow';
import { optIn as lift, type OptOutCategory } from '../..';
import type { GuardOperation } from '../common';
import { categoryProperty, contactOf } from '../common';

export const optIn: GuardOperation = {
	option: { name: 'Opt In', action: 'Opt a contact back in' },
	description: [categoryProperty('optIn', 'all')],
	async execute(itemIndex, guard) {
		const result = await lift(guard.pool, guard.redis, guard.prefix, {
			...contactOf(this, itemIndex),
			category: this.getNodeParameter('optOutScope', itemIndex) as OptOutCategory,
		});
		return { result: result as unknown as IDataObject };
	},
};
