import type { IDataObject } from 'n8n-workflow';
import { recordConsent as consent } from '../..';
import type { GuardOperation } from '../common';
import { contactOf, showFor } from '../common';

export const recordConsent: GuardOperation = {
	option: { name: 'Record Consent', action: 'Record a contact s consent' },
	description: [
		{
			displayName: 'Purpose',
			name: 'purpose',
			type: 'string',
			default: 'care',
			required: true,
			displayOptions: showFor('recordConsent'),
			description: 'What the person agreed to, e.g. care, marketing, data_processing',
		},
		{
			displayName: 'Consent Text Version',
			name: 'textVersion',
			type: 'string',
			default: 'v1',
			required: true,
			displayOptions: showFor('recordConsent'),
			description: 'Which wording of the consent text the person saw',
		},
		{ displayName: 'Channel', name: 'channel', type: 'string', default: 'whatsapp', displayOptions: showFor('recordConsent') },
		{
			displayName: 'Granted',
			name: 'granted',
			type: 'boolean',
			default: true,
			displayOptions: showFor('recordConsent'),
			description: 'Whether consent was given (false records a refusal or withdrawal)',
		},
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
