import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { MenuText } from '../../providers';
import { optionalString } from '../common';

// Body, header, footer and the numbered-menu instruction shared by buttons and lists.
export function menuTextDescription(operation: string): INodeProperties[] {
	const show = { show: { operation: [operation] } };
	return [
		{ displayName: 'Body', name: 'body', type: 'string', typeOptions: { rows: 3 }, default: '', required: true, displayOptions: show },
		{
			displayName: 'Menu Options',
			name: 'menuOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			displayOptions: show,
			options: [
				{ displayName: 'Footer', name: 'footer', type: 'string', default: '' },
				{ displayName: 'Header', name: 'header', type: 'string', default: '' },
				{
					displayName: 'Numbered Menu Instruction',
					name: 'menuInstruction',
					type: 'string',
					default: 'Responda com o número da opção.',
					description: 'Last line of the numbered text menu that WAHA and Evolution API get instead of native buttons and lists',
				},
				{ displayName: 'Reply To Message ID', name: 'replyTo', type: 'string', default: '' },
			],
		},
	];
}

export function readMenuText(context: IExecuteFunctions, itemIndex: number): MenuText {
	const options = context.getNodeParameter('menuOptions', itemIndex, {}) as Record<string, unknown>;
	return {
		body: context.getNodeParameter('body', itemIndex) as string,
		header: optionalString(options.header),
		footer: optionalString(options.footer),
		replyTo: optionalString(options.replyTo),
		menuInstruction: typeof options.menuInstruction === 'string' ? options.menuInstruction : undefined,
	};
}
