import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';
import { credentialTest } from '../shared/credentialTests';
import { resourceProperty } from '../shared/operations';
import { auditLogProperties } from './actions/auditLog/AuditLog.resource';
import { handoffProperties } from './actions/handoff/Handoff.resource';
import { historyProperties } from './actions/history/History.resource';
import { router } from './actions/router';
import { stateProperties } from './actions/state/State.resource';
import { CONVERSATION_KEY_HINT } from '../shared/staffWords';
import { operationSubtitle } from '../shared/subtitle';

const properties: INodeProperties[] = [
	resourceProperty(
		[
			{ name: 'History', value: 'history', description: 'The turns of the conversation, for the Gemini Agent' },
			{ name: 'State', value: 'state', description: 'Where the person is in a question-and-answer flow, and its answers' },
			{ name: 'Human Handoff', value: 'handoff', description: 'Pause the bot while a person from the clinic answers' },
			{ name: 'Audit Log', value: 'auditLog', description: 'The long-term log in Postgres' },
		],
		'history',
	),
	...historyProperties,
	...stateProperties,
	...handoffProperties,
	...auditLogProperties,
	{
		displayName: 'Conversation Key',
		name: 'conversationKey',
		type: 'string',
		default: '={{ $json.conversationKey }}',
		description: 'Tenant, provider, session and phone, as the WhatsApp AI Trigger outputs it',
		hint: CONVERSATION_KEY_HINT,
		displayOptions: { hide: { resource: ['auditLog'] } },
	},
];

export class ConversationMemory implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Conversation Memory',
		name: 'conversationMemory',
		icon: { light: 'file:../../icons/memory.svg', dark: 'file:../../icons/memory.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: operationSubtitle(properties),
		description:
			'Remembers each WhatsApp conversation in Redis: history for the AI, question-and-answer state, human handoff and the 24-hour window; optional audit log in Postgres',
		defaults: { name: 'Conversation Memory' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: `={{ $parameter.operation === "checkPause" ? [{ "type": "${NodeConnectionTypes.Main}", "displayName": "Bot Active" }, { "type": "${NodeConnectionTypes.Main}", "displayName": "Human Active" }] : ["${NodeConnectionTypes.Main}"] }}`,
		credentials: [
			{
				name: 'whatsAppAiRedisApi',
				displayName: 'Redis (conversation history and handoff)',
				required: true,
				testedBy: 'whatsAppAiRedisConnectionTest',
			},
			{
				name: 'whatsAppAiPostgresApi',
				displayName: 'Postgres (optional, long-term audit log)',
				required: false,
				testedBy: 'whatsAppAiPostgresConnectionTest',
			},
		],
		properties,
	};

	methods = { credentialTest };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
