import type { SendOperation } from '../common';
import { showFor } from '../common';

export const sendTemplate: SendOperation = {
	option: { name: 'Send Template', action: 'Send an approved template', description: 'Cloud API only' },
	description: [
		{
			displayName: 'Template Name',
			name: 'templateName',
			type: 'string',
			default: '',
			required: true,
			displayOptions: showFor('sendTemplate'),
			description:
				'An approved template of your WhatsApp Business Account (Cloud API only); the only kind of message allowed outside the 24-hour window',
		},
		{
			displayName: 'Language Code',
			name: 'templateLanguage',
			type: 'string',
			default: 'pt_BR',
			required: true,
			displayOptions: showFor('sendTemplate'),
		},
		{
			displayName: 'Body Parameters',
			name: 'templateParameters',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			default: {},
			placeholder: 'Add Parameter',
			description: 'Values for {{1}}, {{2}}, … in order',
			displayOptions: showFor('sendTemplate'),
			options: [
				{ displayName: 'Parameter', name: 'parameter', values: [{ displayName: 'Value', name: 'value', type: 'string', default: '' }] },
			],
		},
	],
	async execute(itemIndex, provider, context, to) {
		const parameters = (this.getNodeParameter('templateParameters.parameter', itemIndex, []) as Array<{ value: string }>).map(
			(p) => p.value,
		);
		return await provider.sendTemplate(
			{
				to,
				name: this.getNodeParameter('templateName', itemIndex) as string,
				language: this.getNodeParameter('templateLanguage', itemIndex) as string,
				parameters,
			},
			context,
		);
	},
};
