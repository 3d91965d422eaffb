import type { SendOperation } from '../common';
import { showFor } from '../common';

export const markRead: SendOperation = {
	option: { name: 'Mark as Read', action: 'Mark messages as read' },
	description: [
		{
			displayName: 'Message IDs',
			name: 'readMessageIds',
			type: 'string',
			default: '={{ $json.messageId }}',
			displayOptions: showFor('markRead'),
			description: 'Comma-separated; WAHA marks the whole chat when empty',
		},
	],
	async execute(itemIndex, provider, context, to) {
		const ids = (this.getNodeParameter('readMessageIds', itemIndex, '') as string)
			.split(',')
			.map((id) => id.trim())
			.filter(Boolean);
		return await provider.markRead({ to, messageIds: ids }, context);
	},
};
