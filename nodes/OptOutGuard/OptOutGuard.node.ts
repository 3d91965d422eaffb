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
import { contactProperties } from './actions/contact/Contact.resource';
import { contactDataProperties } from './actions/contactData/ContactData.resource';
import { messageProperties } from './actions/message/Message.resource';
import { router } from './actions/router';
import { TENANT_HINT } from '../shared/staffWords';
import { operationSubtitle } from '../shared/subtitle';

const properties: INodeProperties[] = [
	resourceProperty(
		[
			{ name: 'Message', value: 'message', description: 'Check each inbound message: opt-out requests, opted-out contacts, rate limits' },
			{ name: 'Contact', value: 'contact', description: 'Opt a contact out or in, record consent, read their status' },
			{ name: 'Contact Data (LGPD)', value: 'contactData', description: 'Export or erase everything stored about a contact' },
		],
		'message',
	),
	...messageProperties,
	...contactProperties,
	...contactDataProperties,
	{ displayName: 'Tenant', name: 'tenant', type: 'string', default: '={{ $json.tenant || "default" }}', hint: TENANT_HINT },
	{
		displayName: 'Phone',
		name: 'phone',
		type: 'string',
		default: '={{ $json.phone }}',
		required: true,
		description: 'Digits, with country code',
	},
];

export class OptOutGuard implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Opt-Out Guard',
		name: 'optOutGuard',
		icon: { light: 'file:../../icons/guard.svg', dark: 'file:../../icons/guard.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: operationSubtitle(properties),
		description:
			"Honours opt-outs and consent (LGPD) and rate-limits each contact: routes messages to Allowed or Blocked, records opt-out and opt-in requests, exports and erases a contact's data",
		defaults: { name: 'Opt-Out Guard' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: `={{ $parameter.operation === "checkMessage" ? [{ "type": "${NodeConnectionTypes.Main}", "displayName": "Allowed" }, { "type": "${NodeConnectionTypes.Main}", "displayName": "Blocked" }] : ["${NodeConnectionTypes.Main}"] }}`,
		credentials: [
			{
				name: 'whatsAppAiPostgresApi',
				displayName: 'Postgres (opt-outs and consent)',
				required: true,
				testedBy: 'whatsAppAiPostgresConnectionTest',
			},
			{ name: 'whatsAppAiRedisApi', displayName: 'Redis (rate limit)', required: true, testedBy: 'whatsAppAiRedisConnectionTest' },
			{ name: 'whatsAppAiGeminiApi', displayName: 'Gemini (optional, AI check of unclear messages)', required: false },
		],
		properties,
	};

	methods = { credentialTest };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
