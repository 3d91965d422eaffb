import type { IDataObject } from 'n8n-workflow';
import { optOut as record, type OptOutCategory } from '../..';
import type { GuardOperation } from '../common';
import { categoryProperty, contactOf, showFor } from '../common';

export const optOut: GuardOperation = {
	option: { name: 'Opt Out', action: 'Opt a contact out' },
	description: [
		categoryProperty('optOut', 'all'),
		{ displayName: 'Reason', name: 'reason', type: 'string', default: '', displayOptions: showFor('optOut') },
	],
	async execute(itemIndex, guard) {
		const result = await record(guard.pool, guard.redis, guard.prefix, {
			...contactOf(this, itemIndex),
			category: this.getNodeParameter('optOutScope', itemIndex) as OptOutCategory,
			source: 'workflow',
			reason: (this.getNodeParameter('reason', itemIndex, '') as string) || undefined,
		});
		return { result: result as unknown as IDataObject };
	},
};
