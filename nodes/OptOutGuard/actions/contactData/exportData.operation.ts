import type { IDataObject } from 'n8n-workflow';
import { exportContactData } from '../..';
import type { GuardOperation } from '../common';
import { contactOf } from '../common';

export const exportData: GuardOperation = {
	option: { name: 'Export Contact Data', action: 'Export everything stored about a contact', description: 'LGPD access request' },
	description: [],
	async execute(itemIndex, guard) {
		const result = await exportContactData(guard.pool, guard.redis, { ...contactOf(this, itemIndex), prefix: guard.prefix });
		return { result: result as unknown as IDataObject };
	},
};
