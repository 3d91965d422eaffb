import { NodeOperationError, type IDataObject, type INode } from 'n8n-workflow';
import { appendTurn as append, DEFAULT_HISTORY_TTL_SECONDS, DEFAULT_MAX_TURNS, groupMemberOf, logTurn, type TurnRole } from '../..';
import type { MemoryOperation } from '../common';
import { showFor } from '../common';
import { APPEND_TURN_HINT } from '../../../shared/staffWords';

export const appendTurn: MemoryOperation = {
	option: {
		name: 'Add Message to History',
		action: 'Add a message to the conversation history',
		description: 'Remember one message (a "turn") of the chat',
	},
	description: [
		{
			displayName: 'Role',
			name: 'role',
			type: 'options',
			options: [
				{ name: 'User', value: 'user', description: 'The person writing on WhatsApp' },
				{ name: 'Assistant', value: 'assistant', description: 'The bot or the clinic staff' },
				{ name: 'System', value: 'system', description: 'A note for the model, not shown to the person' },
			],
			default: 'user',
			hint: APPEND_TURN_HINT,
			displayOptions: showFor('appendTurn'),
		},
		{
			displayName: 'Text',
			name: 'text',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '={{ $json.text }}',
			displayOptions: showFor('appendTurn'),
		},
		{
			displayName: 'Message ID',
			name: 'messageId',
			type: 'string',
			default: '={{ $json.messageId }}',
			displayOptions: showFor('appendTurn'),
			description: 'Logs a redelivered message once',
		},
		{
			displayName: 'Append Options',
			name: 'appendOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			displayOptions: showFor('appendTurn'),
			options: [
				{
					displayName: 'Audit Log in Postgres',
					name: 'auditLog',
					type: 'boolean',
					default: false,
					description: 'Whether to also write the turn to the conversation_log table (needs the Postgres credential)',
				},
				{
					displayName: 'Inactivity TTL (Minutes)',
					name: 'ttlMinutes',
					type: 'number',
					default: 30,
					description: 'History is forgotten after this long without a new turn; 0 keeps it',
				},
				{ displayName: 'Max Turns Kept', name: 'maxTurns', type: 'number', default: DEFAULT_MAX_TURNS, typeOptions: { minValue: 1 } },
				{ displayName: 'Metadata (JSON)', name: 'metadata', type: 'json', default: '{}' },
			],
		},
	],
	async execute(itemIndex, memory) {
		const options = this.getNodeParameter('appendOptions', itemIndex, {}) as IDataObject;
		const role = this.getNodeParameter('role', itemIndex) as TurnRole;
		const text = String(this.getNodeParameter('text', itemIndex, '') ?? '');
		const messageId = (this.getNodeParameter('messageId', itemIndex, '') as string) || undefined;
		const metadata = parseMetadata(options.metadata, this.getNode(), itemIndex);
		// A group's history and log rows are keyed by the group: the member's number on each turn
		// (taken from the trigger's item) is what lets an LGPD erase find theirs.
		const phone = groupMemberOf(memory.input);
		// Checked before anything is stored, so a retry of the item cannot append the turn twice.
		if (options.auditLog === true && !memory.pool)
			throw new NodeOperationError(this.getNode(), 'Audit Log needs the Postgres credential', { itemIndex });
		const length = await append(
			memory.redis,
			memory.prefix,
			memory.conversationKey,
			{ role, text, messageId, phone, metadata },
			{
				ttlSeconds: Math.round(Number(options.ttlMinutes ?? DEFAULT_HISTORY_TTL_SECONDS / 60) * 60),
				maxTurns: Number(options.maxTurns ?? DEFAULT_MAX_TURNS),
			},
		);
		let logged: boolean | undefined;
		if (options.auditLog === true && memory.pool) {
			logged = await logTurn(memory.pool, {
				tenant: String(memory.input.tenant ?? memory.conversationKey.split(':')[0]),
				conversationKey: memory.conversationKey,
				phone,
				role,
				text,
				messageId,
				metadata,
			});
		}
		return { result: { appended: true, historyLength: length, ...(logged !== undefined ? { logged } : {}) } };
	},
};

function parseMetadata(value: unknown, node: INode, itemIndex: number): Record<string, unknown> | undefined {
	if (value === undefined || value === '' || value === '{}') return undefined;
	if (typeof value === 'object') return value as Record<string, unknown>;
	try {
		return JSON.parse(String(value)) as Record<string, unknown>;
	} catch {
		throw new NodeOperationError(node, 'Metadata is not valid JSON', { itemIndex });
	}
}
