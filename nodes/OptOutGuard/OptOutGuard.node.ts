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

export class OptOutGuard implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Opt-Out Guard',
		name: 'optOutGuard',
		icon: { light: 'file:../../icons/whatsappAi.svg', dark: 'file:../../icons/whatsappAi.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"]}}',
		description:
			'Honours opt-outs and consent (LGPD) and rate-limits each contact: routes messages to Allowed or Blocked, records opt-out and opt-in requests, exports and erases a contact\'s data',
		defaults: { name: 'Opt-Out Guard' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: `={{ $parameter.operation === "checkMessage" ? [{ "type": "${NodeConnectionTypes.Main}", "displayName": "Allowed" }, { "type": "${NodeConnectionTypes.Main}", "displayName": "Blocked" }] : ["${NodeConnectionTypes.Main}"] }}`,
		credentials: [
			{ name: 'whatsAppAiPostgresApi', required: true, testedBy: 'whatsAppAiPostgresConnectionTest' },
			{ name: 'whatsAppAiRedisApi', required: true, testedBy: 'whatsAppAiRedisConnectionTest' },
			{ name: 'whatsAppAiGeminiApi', required: false },
		],
		properties: [
			{
				displayName: 'Operation',
				name: 'operation',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Check Message', value: 'checkMessage', action: 'Check a message against opt outs and rate limits', description: 'Two outputs: Allowed and Blocked' },
					{ name: 'Erase Contact Data', value: 'eraseData', action: 'Erase everything stored about a contact', description: 'LGPD erasure' },
					{ name: 'Export Contact Data', value: 'exportData', action: 'Export everything stored about a contact', description: 'LGPD access request' },
					{ name: 'Get Status', value: 'status', action: 'Get a contact s opt out and consent status' },
					{ name: 'Opt In', value: 'optIn', action: 'Opt a contact back in' },
					{ name: 'Opt Out', value: 'optOut', action: 'Opt a contact out' },
					{ name: 'Record Consent', value: 'recordConsent', action: 'Record a contact s consent' },
				],
				default: 'checkMessage',
			},
			{ displayName: 'Tenant', name: 'tenant', type: 'string', default: '={{ $json.tenant || "default" }}' },
			{ displayName: 'Phone', name: 'phone', type: 'string', default: '={{ $json.phone }}', required: true, description: 'Digits, with country code' },
			...operationProperties,
		],
	};

	methods = { credentialTest };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
