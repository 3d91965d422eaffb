import {
	NodeConnectionTypes,
	type ICredentialsDecrypted,
	type ICredentialTestFunctions,
	type IDataObject,
	type IHookFunctions,
	type INodeCredentialTestResult,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';
import { webhookCredentials } from '../shared/credentialCache';
import { keyPartProblem } from '../shared/keyParts';
import {
	DEFAULT_ABANDONMENT_EVENTS,
	DEFAULT_EVENT_FIELD,
	DEFAULT_PAYMENT_EVENTS,
	EVENT_TYPES,
	intakeCommerceWebhook,
	namesOf,
} from './intake';
import { testCommerceSecret, type CommerceCredentials } from './credentialTest';
import { DEFAULT_SIGNATURE_HEADER } from './signature';

export class CartRecoveryTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Cart Recovery Trigger',
		name: 'cartRecoveryTrigger',
		icon: { light: 'file:../../icons/cartTrigger.svg', dark: 'file:../../icons/cartTrigger.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{"POST " + $parameter["path"]}}',
		description:
			"Receives your shop's signed webhooks (abandoned carts and payments): checks the HMAC-SHA256 signature before anything runs, answers a bad one with 401, and routes each event to its output",
		defaults: { name: 'Cart Recovery Trigger' },
		inputs: [],
		outputs: [
			{ type: NodeConnectionTypes.Main, displayName: 'Abandonment' },
			{ type: NodeConnectionTypes.Main, displayName: 'Payment' },
		],
		credentials: [
			{
				name: 'whatsAppAiCommerceWebhookApi',
				displayName: 'Shop Webhook Secret (checks events come from your shop)',
				required: true,
				testedBy: 'whatsAppAiCommerceWebhookSecretTest',
			},
		],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: 'onReceived',
				path: '={{$parameter["path"]}}',
				isFullPath: true,
			},
		],
		properties: [
			{
				displayName: 'Webhook Path',
				name: 'path',
				type: 'string',
				default: 'commerce/events',
				required: true,
				description: "Point the shop's abandoned-cart and payment webhooks at &lt;n8n URL&gt;/webhook/&lt;this path&gt;",
			},
			{
				displayName: 'Tenant',
				name: 'tenant',
				type: 'string',
				default: 'default',
				description: 'Which shop these events belong to; it scopes carts, payments and consent. No ":" or spaces.',
			},
			{
				displayName: 'Event Field',
				name: 'eventField',
				type: 'string',
				default: DEFAULT_EVENT_FIELD,
				description: 'The body field that names the event; dots reach into objects, e.g. data.type',
			},
			{
				displayName: 'Abandonment Events',
				name: 'abandonmentEvents',
				type: 'string',
				default: DEFAULT_ABANDONMENT_EVENTS.join(', '),
				description: 'Comma-separated event names sent to the Abandonment output',
			},
			{
				displayName: 'Payment Events',
				name: 'paymentEvents',
				type: 'string',
				default: DEFAULT_PAYMENT_EVENTS.join(', '),
				description: 'Comma-separated event names sent to the Payment output. Other events are acknowledged and start nothing.',
			},
		],
	};

	methods = {
		credentialTest: {
			async whatsAppAiCommerceWebhookSecretTest(
				this: ICredentialTestFunctions,
				credential: ICredentialsDecrypted,
			): Promise<INodeCredentialTestResult> {
				return testCommerceSecret(credential.data as CommerceCredentials | undefined);
			},
		},
	};

	// Shops register webhook URLs in their own admin (there is no common API to do it for them),
	// so activation has nothing to create or remove: report "exists" and let n8n carry on.
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const response = this.getResponseObject();
		const tenant = (this.getNodeParameter('tenant', 'default') as string) || 'default';
		const tenantProblem = keyPartProblem('tenant', tenant);
		if (tenantProblem) {
			// The workflow is misconfigured, not the sender: 500 makes the shop retry until it is fixed.
			this.logger.error(`Cart Recovery Trigger cannot accept webhooks: ${tenantProblem}`);
			response.status(500).json({ error: 'misconfigured', reason: tenantProblem });
			return { noWebhookResponse: true };
		}
		const credentials =
			(await webhookCredentials<CommerceCredentials>(this, 'whatsAppAiCommerceWebhookApi')) ??
			(await this.getCredentials<CommerceCredentials>('whatsAppAiCommerceWebhookApi'));
		const request = this.getRequestObject();
		// The signature covers the bytes the shop sent; re-serialized JSON would not match them.
		const rawBody: Buffer = Buffer.isBuffer(request.rawBody) ? request.rawBody : Buffer.alloc(0);
		const decision = intakeCommerceWebhook(
			{ rawBody, headers: request.headers },
			{ secret: String(credentials.secret ?? ''), header: String(credentials.signatureHeader || DEFAULT_SIGNATURE_HEADER) },
			{
				eventField: String(this.getNodeParameter('eventField', DEFAULT_EVENT_FIELD) || DEFAULT_EVENT_FIELD),
				abandonmentEvents: namesOf(this.getNodeParameter('abandonmentEvents', ''), DEFAULT_ABANDONMENT_EVENTS),
				paymentEvents: namesOf(this.getNodeParameter('paymentEvents', ''), DEFAULT_PAYMENT_EVENTS),
			},
		);
		if (decision.kind === 'reject') {
			this.logger.warn(`Cart Recovery Trigger rejected a webhook with ${decision.httpStatus}: ${decision.reason}`);
			response
				.status(decision.httpStatus)
				.json({ error: decision.httpStatus === 401 ? 'unauthorized' : 'bad_request', reason: decision.reason });
			return { noWebhookResponse: true };
		}
		if (decision.kind === 'ignore') {
			this.logger.info(`Cart Recovery Trigger ignored a webhook: ${decision.reason}`);
			response.status(200).json({ received: true, ignored: decision.reason });
			return { noWebhookResponse: true };
		}
		response.status(200).json({ received: true, eventType: decision.eventType });
		const item = {
			json: {
				eventType: decision.eventType,
				event: decision.event,
				tenant,
				receivedAt: new Date().toISOString(),
				body: decision.body as IDataObject,
			},
		};
		return { noWebhookResponse: true, workflowData: EVENT_TYPES.map((type) => (type === decision.eventType ? [item] : [])) };
	}
}
