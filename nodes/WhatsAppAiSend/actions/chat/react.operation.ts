import type { SendOperation } from '../common';
import { showFor } from '../common';

export const react: SendOperation = {
	option: { name: 'React', action: 'React to a message' },
	description: [
		{
			displayName: 'Message ID',
			name: 'messageId',
			type: 'string',
			default: '={{ $json.messageId }}',
			required: true,
			displayOptions: showFor('react'),
		},
		{
			displayName: 'Emoji',
			name: 'emoji',
			type: 'string',
			default: '👍',
			displayOptions: showFor('react'),
			description: 'One emoji; empty removes the reaction',
		},
		{
			displayName: 'Message Is Ours',
			name: 'fromMe',
			type: 'boolean',
			default: false,
			displayOptions: showFor('react'),
			description: 'Whether the message reacted to was sent by this number (Evolution API needs to know)',
		},
	],
	async execute(itemIndex, provider, context, to) {
		return await provider.react(
			{
				to,
				messageId: this.getNodeParameter('messageId', itemIndex) as string,
				emoji: this.getNodeParameter('emoji', itemIndex, '') as string,
				fromMe: this.getNodeParameter('fromMe', itemIndex, false) as boolean,
			},
			context,
		);
	},
};
