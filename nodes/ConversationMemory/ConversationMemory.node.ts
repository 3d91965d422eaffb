import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';
import { credentialTest } from '../shared/credentialTests';
import { operations, router } from './actions/router';

const operationProperties: INodeProperties[] = Object.values(operations).flatMap((operation) => operation.description);

export class ConversationMemory implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Conversation Memory',
		name: 'conversationMemory',
		icon: { light: 'file:../../icons/redis.svg', dark: 'file:../../icons/redis.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"]}}',
		description:
			'Remembers each WhatsApp conversation in Redis: history for the AI, question-and-answer state, human handoff and the 24-hour window; optional audit log in Postgres',
		defaults: { name: 'Conversation Memory' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: `={{ $parameter.operation === "checkPause" ? [{ "type": "${NodeConnectionTypes.Main}", "displayName": "Bot Active" }, { "type": "${NodeConnectionTypes.Main}", "displayName": "Human Active" }] : ["${NodeConnectionTypes.Main}"] }}`,
		credentials: [
			{ name: 'whatsAppAiRedisApi', required: true, testedBy: 'whatsAppAiRedisConnectionTest' },
			{ name: 'whatsAppAiPostgresApi', required: false, testedBy: 'whatsAppAiPostgresConnectionTest' },
		],
		properties: [
			{
				displayName: 'Operation',
				name: 'operation',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Append Turn', value: 'appendTurn', action: 'Append a turn to the history' },
					{ name: 'Check Pause', value: 'checkPause', action: 'Route by whether a human has taken over', description: 'Two outputs: Bot Active and Human Active' },
					{ name: 'Clear History', value: 'clearHistory', action: 'Clear the history' },
					{ name: 'Clear State', value: 'clearState', action: 'Clear the conversation state' },
					{ name: 'Get Last Inbound', value: 'getLastInbound', action: 'Get when the person last wrote', description: 'For the 24-hour customer-service window' },
					{ name: 'Get State', value: 'getState', action: 'Get the conversation state' },
					{ name: 'Load History', value: 'loadHistory', action: 'Load the last turns', description: 'Oldest first, ready for the Gemini Agent' },
					{ name: 'Pause Bot', value: 'pauseBot', action: 'Pause the bot for a human', description: 'Human handoff; resumes by itself' },
					{ name: 'Purge Audit Log', value: 'purgeLog', action: 'Delete audit log rows past retention' },
					{ name: 'Resume Bot', value: 'resumeBot', action: 'Resume the bot' },
					{ name: 'Set State', value: 'setState', action: 'Set the conversation state' },
				],
				default: 'appendTurn',
			},
			{
				displayName: 'Conversation Key',
				name: 'conversationKey',
				type: 'string',
				default: '={{ $json.conversationKey }}',
				description: 'Tenant, provider, session and phone, as the WhatsApp AI Trigger outputs it',
				displayOptions: { hide: { operation: ['purgeLog'] } },
			},
			...operationProperties,
		],
	};

	methods = { credentialTest };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
