import type { IDataObject } from 'n8n-workflow';
import { status as read } from '../..';
import type { GuardOperation } from '../common';
import { contactOf } from '../common';

export const status: GuardOperation = {
	option: { name: 'Get Status', action: 'Get a contact s opt out and consent status' },
	description: [],
	async execute(itemIndex, guard) {
		return { result: (await read(guard.pool, contactOf(this, itemIndex))) as unknown as IDataObject };
	},
};
