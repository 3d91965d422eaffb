import { NodeOperationError, type IDataObject } from 'n8n-workflow';
import { setState as write } from '../..';
import type { MemoryOperation } from '../common';
import { showFor } from '../common';

export const setState: MemoryOperation = {
	option: { name: 'Set State', action: 'Set the conversation state' },
	description: [
		{
			displayName: 'Step',
			name: 'step',
			type: 'string',
			default: '',
			displayOptions: showFor('setState'),
			description: 'Where the person is in a question-and-answer flow, e.g. "ask_pet_name"; empty leaves it as is',
		},
		{ displayName: 'Variables (JSON)', name: 'variables', type: 'json', default: '{}', displayOptions: showFor('setState') },
		{
			displayName: 'Mode',
			name: 'mode',
			type: 'options',
			options: [
				{ name: 'Merge', value: 'merge', description: 'Keep other variables' },
				{ name: 'Replace', value: 'replace', description: 'Drop variables not given here' },
			],
			default: 'merge',
			displayOptions: showFor('setState'),
		},
		{
			displayName: 'TTL (Hours)',
			name: 'stateTtlHours',
			type: 'number',
			default: 24,
			displayOptions: showFor('setState'),
			description: '0 keeps the state until cleared',
		},
	],
	async execute(itemIndex, memory) {
		const raw = this.getNodeParameter('variables', itemIndex, '{}');
		let variables: Record<string, unknown>;
		try {
			variables = typeof raw === 'string' ? (JSON.parse(raw || '{}') as Record<string, unknown>) : (raw as Record<string, unknown>);
		} catch {
			throw new NodeOperationError(this.getNode(), 'Variables is not valid JSON', { itemIndex });
		}
		const step = (this.getNodeParameter('step', itemIndex, '') as string) || undefined;
		const state = await write(
			memory.redis,
			memory.prefix,
			memory.conversationKey,
			{ step, variables },
			{
				mode: this.getNodeParameter('mode', itemIndex, 'merge') as 'merge' | 'replace',
				ttlSeconds: Math.round(Number(this.getNodeParameter('stateTtlHours', itemIndex, 24)) * 3600),
			},
		);
		return { result: { state: state as unknown as IDataObject } };
	},
};
