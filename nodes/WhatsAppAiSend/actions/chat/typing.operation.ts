import type { SendOperation } from '../common';
import { optionalString, showFor } from '../common';

export const typing: SendOperation = {
	option: { name: 'Typing', action: 'Show or clear the typing indicator' },
	description: [
		{
			displayName: 'Typing',
			name: 'typingOn',
			type: 'boolean',
			default: true,
			displayOptions: showFor('typing'),
			description: 'Whether to show (on) or clear (off) the "typing…" indicator',
		},
		{
			displayName: 'Received Message ID',
			name: 'typingMessageId',
			type: 'string',
			default: '={{ $json.messageId }}',
			displayOptions: showFor('typing'),
			description: 'The Cloud API shows the indicator on a received message (it also marks it read)',
		},
	],
	async execute(itemIndex, provider, context, to) {
		return await provider.typing(
			{
				to,
				on: this.getNodeParameter('typingOn', itemIndex) as boolean,
				messageId: optionalString(this.getNodeParameter('typingMessageId', itemIndex, '')),
			},
			context,
		);
	},
};
