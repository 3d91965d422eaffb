import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeCredentialDescription,
	type INodeExecutionData,
	type INodeProperties,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';
import { credentialTest } from '../shared/credentialTests';
import { resourceProperty } from '../shared/operations';
import { PROVIDER_SHORT_NAMES, providerCredentials, providerProperty } from '../shared/providers';
import { labelOf, operationSubtitle } from '../shared/subtitle';
import { chatProperties } from './actions/chat/Chat.resource';
import { messageProperties } from './actions/message/Message.resource';
import { router } from './actions/router';
import { TENANT_HINT } from '../shared/staffWords';

// Provider's account slot (see providerCredentials for why the slots are built there), then Redis.
const credentials: INodeCredentialDescription[] = [
	...providerCredentials(),
	{
		name: 'whatsAppAiRedisApi',
		displayName: 'Redis (optional, for the 24-hour window and numbered menus)',
		required: false,
		testedBy: 'whatsAppAiRedisConnectionTest',
	},
];

const properties: INodeProperties[] = [
	providerProperty,
	resourceProperty(
		[
			{ name: 'Message', value: 'message', description: 'Text, media, buttons, lists and templates' },
			{ name: 'Chat', value: 'chat', description: 'Read receipts, reactions and the typing indicator' },
		],
		'message',
	),
	...messageProperties,
	...chatProperties,
	{
		displayName: 'To',
		name: 'to',
		type: 'string',
		default: '={{ $json.chatId }}',
		required: true,
		description: "Phone number (any format) or chat ID; the trigger's chatId by default",
	},
	{
		displayName: 'Tenant',
		name: 'tenant',
		type: 'string',
		default: '={{ $json.tenant || "default" }}',
		description: 'Scopes the remembered numbered menu so the trigger of the same tenant resolves the reply',
		hint: TENANT_HINT,
		displayOptions: { show: { operation: ['sendButtons', 'sendList'] } },
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Allow Private Media URLs',
				name: 'allowPrivateMediaUrls',
				type: 'boolean',
				default: false,
				description:
					'Whether Send Media may pass the provider a URL on a loopback, private or link-local address. Off, such URLs are refused, because WAHA or Evolution API would fetch them from inside your network.',
			},
			{
				displayName: 'Human-Like Typing Delay',
				name: 'typingDelay',
				type: 'boolean',
				default: false,
				description: 'Whether to show "typing…" for a time proportional to the reply\'s length before sending it',
			},
			{
				displayName: 'Retries',
				name: 'retries',
				type: 'number',
				default: 3,
				typeOptions: { minValue: 0, maxValue: 10 },
				description: 'Retries on 429 and 5xx with exponential backoff, honouring Retry-After; other errors are not retried',
			},
		],
	},
];

export class WhatsAppAiSend implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'WhatsApp AI Send',
		name: 'whatsAppAiSend',
		icon: { light: 'file:../../icons/send.svg', dark: 'file:../../icons/send.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: operationSubtitle(properties, labelOf('provider', PROVIDER_SHORT_NAMES)),
		description:
			'Sends WhatsApp text, media, buttons, lists, templates, reactions, read receipts and typing through WAHA, the WhatsApp Cloud API or Evolution API, with retries and 24-hour-window awareness',
		defaults: { name: 'WhatsApp AI Send' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main, NodeConnectionTypes.Main],
		// Short labels: the canvas cuts long ones. The hint below says what the second one means.
		outputNames: ['Sent', 'Needs Template'],
		credentials,
		hints: [
			{
				message:
					'Needs Template: the person last wrote more than 24 hours ago, so WhatsApp accepts only an approved template message (Cloud API error 131047). Connect this output to a Send Template step or to staff.',
				type: 'info',
				location: 'outputPane',
				whenToDisplay: 'always',
			},
		],
		properties,
	};

	methods = { credentialTest };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
