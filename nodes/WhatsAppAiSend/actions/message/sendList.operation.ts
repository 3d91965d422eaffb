import type { ListSection } from '../../providers';
import type { SendOperation } from '../common';
import { optionalString, showFor } from '../common';
import { menuTextDescription, readMenuText } from './menuText';

type RowParameter = { id: string; title: string; description?: string; section?: string };

export const sendList: SendOperation = {
	option: {
		name: 'Send List',
		action: 'Send a list menu',
		description: 'Native on the Cloud API; a numbered text menu on WAHA and Evolution API',
	},
	description: [
		...menuTextDescription('sendList'),
		{
			displayName: 'Button Label',
			name: 'buttonLabel',
			type: 'string',
			default: 'Ver opções',
			required: true,
			displayOptions: showFor('sendList'),
			description: 'Label of the button that opens the list (up to 20 characters)',
		},
		{
			displayName: 'Rows',
			name: 'rows',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			default: {},
			placeholder: 'Add Row',
			description: 'Up to 10 rows; rows with the same section title are grouped',
			displayOptions: showFor('sendList'),
			options: [
				{
					displayName: 'Row',
					name: 'row',
					values: [
						{ displayName: 'Description', name: 'description', type: 'string', default: '' },
						{ displayName: 'ID', name: 'id', type: 'string', default: '' },
						{ displayName: 'Section Title', name: 'section', type: 'string', default: '' },
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
		const rows = this.getNodeParameter('rows.row', itemIndex, []) as RowParameter[];
		// Rows with the same section title form one section, wherever they stand in the list.
		const sections: ListSection[] = [];
		rows.forEach((row, index) => {
			const title = optionalString(row.section);
			let section = sections.find((candidate) => candidate.title === title);
			if (!section) {
				section = { title, rows: [] };
				sections.push(section);
			}
			section.rows.push({ id: row.id || String(index + 1), title: row.title, description: optionalString(row.description) });
		});
		return await provider.sendList(
			{ to, ...readMenuText(this, itemIndex), buttonLabel: this.getNodeParameter('buttonLabel', itemIndex) as string, sections },
			context,
		);
	},
};
