import { NodeOperationError, type IDataObject } from 'n8n-workflow';
import { eraseContactData, exportContactData, optIn as lift, optOut as record, recordConsent as consent, status as read, type OptOutCategory } from '..';
import type { GuardOperation } from './common';
import { contactOf, showFor } from './common';

const categoryProperty = (operation: string, defaultValue: OptOutCategory) => ({
	displayName: 'Category',
	name: 'optOutScope',
	type: 'options' as const,
	options: [
		{ name: 'All Messages', value: 'all' },
		{ name: 'Marketing Only', value: 'marketing' },
	],
	default: defaultValue,
	displayOptions: showFor(operation),
});

export const optOut: GuardOperation = {
	description: [categoryProperty('optOut', 'all'), { displayName: 'Reason', name: 'reason', type: 'string', default: '', displayOptions: showFor('optOut') }],
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

export const optIn: GuardOperation = {
	description: [categoryProperty('optIn', 'all')],
	async execute(itemIndex, guard) {
		const result = await lift(guard.pool, guard.redis, guard.prefix, { ...contactOf(this, itemIndex), category: this.getNodeParameter('optOutScope', itemIndex) as OptOutCategory });
		return { result: result as unknown as IDataObject };
	},
};

export const recordConsent: GuardOperation = {
	description: [
		{ displayName: 'Purpose', name: 'purpose', type: 'string', default: 'care', required: true, displayOptions: showFor('recordConsent'), description: 'What the person agreed to, e.g. care, marketing, data_processing' },
		{ displayName: 'Consent Text Version', name: 'textVersion', type: 'string', default: 'v1', required: true, displayOptions: showFor('recordConsent'), description: 'Which wording of the consent text the person saw' },
		{ displayName: 'Channel', name: 'channel', type: 'string', default: 'whatsapp', displayOptions: showFor('recordConsent') },
		{ displayName: 'Granted', name: 'granted', type: 'boolean', default: true, displayOptions: showFor('recordConsent'), description: 'Whether consent was given (false records a refusal or withdrawal)' },
	],
	async execute(itemIndex, guard) {
		const result = await consent(guard.pool, {
			...contactOf(this, itemIndex),
			purpose: this.getNodeParameter('purpose', itemIndex) as string,
			textVersion: this.getNodeParameter('textVersion', itemIndex) as string,
			channel: this.getNodeParameter('channel', itemIndex, 'whatsapp') as string,
			granted: this.getNodeParameter('granted', itemIndex, true) as boolean,
		});
		return { result: result as unknown as IDataObject };
	},
};

export const status: GuardOperation = {
	description: [],
	async execute(itemIndex, guard) {
		return { result: (await read(guard.pool, contactOf(this, itemIndex))) as unknown as IDataObject };
	},
};

export const exportData: GuardOperation = {
	description: [],
	async execute(itemIndex, guard) {
		const result = await exportContactData(guard.pool, guard.redis, { ...contactOf(this, itemIndex), prefix: guard.prefix });
		return { result: result as unknown as IDataObject };
	},
};

export const eraseData: GuardOperation = {
	description: [
		{
			displayName: 'Confirm Erase',
			name: 'confirmErase',
			type: 'boolean',
			default: false,
			displayOptions: showFor('eraseData'),
			description: 'Whether to really delete everything this package stores about the contact (LGPD erasure); it cannot be undone. An opt-out is kept as a salted hash so that it stays binding.',
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
