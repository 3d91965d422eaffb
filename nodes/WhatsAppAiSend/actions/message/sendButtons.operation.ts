import type { SendOperation } from '../common';
import { showFor } from '../common';
import { menuTextDescription, readMenuText } from './menuText';

export const sendButtons: SendOperation = {
	option: {
		name: 'Send Buttons',
		action: 'Send reply buttons',
		description: 'Native on the Cloud API; a numbered text menu on WAHA and Evolution API',
	},
	description: [
		...menuTextDescription('sendButtons'),
		{
			displayName: 'Buttons',
			name: 'buttons',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			default: {},
			placeholder: 'Add Button',
			description: 'Up to 3 buttons, titles up to 20 characters',
			displayOptions: showFor('sendButtons'),
			options: [
				{
					displayName: 'Button',
					name: 'button',
					values: [
						{ displayName: 'ID', name: 'id', type: 'string', default: '', description: 'What the reply reports back (button.ID)' },
						{ displayName: 'Title', name: 'title', type: 'string', default: '' },
					],
				},
			],
		},
	],
	typingText(itemIndex) {
		return this.getNodeParameter('body', itemIndex) as string;
	},
	async execute(itemIndex, provider, context, to) {
		const buttons = (this.getNodeParameter('buttons.button', itemIndex, []) as Array<{ id: string; title: string }>).map(
			(button, index) => ({ id: button.id || String(index + 1), title: button.title }),
		);
		return await provider.sendButtons({ to, ...readMenuText(this, itemIndex), buttons }, context);
	},
};
