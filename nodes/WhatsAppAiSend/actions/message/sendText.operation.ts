import type { SendOperation } from '../common';
import { collectionOf, optionalString, showFor } from '../common';

export const sendText: SendOperation = {
	option: { name: 'Send Text', action: 'Send a text message' },
	description: [
		{
			displayName: 'Text',
			name: 'text',
			type: 'string',
			typeOptions: { rows: 4 },
			default: '',
			required: true,
			displayOptions: showFor('sendText'),
			description: 'Above 4,096 characters it is sent as several messages, split at sentence ends, in order',
		},
		{
			displayName: 'Text Options',
			name: 'textOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			displayOptions: showFor('sendText'),
			options: [
				{
					displayName: 'Reply To Message ID',
					name: 'replyTo',
					type: 'string',
					default: '',
					description: 'Quote this message (the first part of a long text quotes it)',
				},
				{
					displayName: 'Link Preview',
					name: 'linkPreview',
					type: 'boolean',
					default: true,
					description: 'Whether WhatsApp shows a preview of the first link',
				},
			],
		},
	],
	typingText(itemIndex) {
		return this.getNodeParameter('text', itemIndex) as string;
	},
	async execute(itemIndex, provider, context, to) {
		const options = collectionOf(this, 'textOptions', itemIndex);
		return await provider.sendText(
			{
				to,
				text: this.getNodeParameter('text', itemIndex) as string,
				replyTo: optionalString(options.replyTo),
				linkPreview: options.linkPreview as boolean | undefined,
			},
			context,
		);
	},
};
