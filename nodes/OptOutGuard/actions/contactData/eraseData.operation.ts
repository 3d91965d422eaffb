import { NodeOperationError, type IDataObject } from 'n8n-workflow';
import { eraseContactData } from '../..';
import type { GuardOperation } from '../common';
import { contactOf, showFor } from '../common';

export const eraseData: GuardOperation = {
	option: { name: 'Erase Contact Data', action: 'Erase everything stored about a contact', description: 'LGPD erasure' },
	description: [
		{
			displayName: 'Confirm Erase',
			name: 'confirmErase',
			type: 'boolean',
			default: false,
			displayOptions: showFor('eraseData'),
			description:
				'Whether to really delete everything this package stores about the contact (LGPD erasure); it cannot be undone. An opt-out is kept as a salted hash so that it stays binding.',
		},
	],
	async execute(itemIndex, guard) {
		if (this.getNodeParameter('confirmErase', itemIndex, false) !== true) {
			throw new NodeOperationError(this.getNode(), 'Erase needs "Confirm Erase" switched on', { itemIndex });
		}
		const result = await eraseContactData(guard.pool, guard.redis, { ...contactOf(this, itemIndex), prefix: guard.prefix });
		return { result: result as unknown as IDataObject };
	},
};
