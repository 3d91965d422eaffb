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
import { cartProperties } from './actions/cart/Cart.resource';
import { paymentProperties } from './actions/payment/Payment.resource';
import { reportProperties } from './actions/report/Report.resource';
import { router } from './actions/router';
import { DEFAULT_LOCALE } from './money';
import { TENANT_HINT } from '../shared/staffWords';
import { operationSubtitle } from '../shared/subtitle';

const properties: INodeProperties[] = [
	resourceProperty(
		[
			{
				name: 'Cart',
				value: 'cart',
				description: "Register an abandonment, find a contact's open cart, decide the offer of a reply, close",
			},
			{ name: 'Payment', value: 'payment', description: 'Record a payment of a cart, once' },
			{ name: 'Report', value: 'report', description: 'The recovery funnel and revenue recovered, as data or an HTML dashboard' },
		],
		'cart',
	),
	...cartProperties,
	...paymentProperties,
	...reportProperties,
	{
		displayName: 'Tenant',
		name: 'tenant',
		type: 'string',
		default: '={{ $json.tenant || "default" }}',
		description: 'The shop; every query is scoped to it',
		hint: TENANT_HINT,
	},
	{
		displayName: 'Locale',
		name: 'locale',
		type: 'string',
		default: DEFAULT_LOCALE,
		description: 'How amounts are written for people, e.g. pt-BR gives "R$ 199,90"',
	},
];

export class CartRecovery implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Cart Recovery',
		name: 'cartRecovery',
		icon: { light: 'file:../../icons/cart.svg', dark: 'file:../../icons/cart.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: operationSubtitle(properties),
		description:
			'Abandoned-cart conversations that convert: registers each abandonment once, refuses opted-out contacts, picks the link each reply offers, records each payment once and to the cent, and reports the recovery funnel',
		defaults: { name: 'Cart Recovery' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: 'whatsAppAiPostgresApi',
				displayName: 'Postgres (carts, offers and payments)',
				required: true,
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
