import {
	NodeConnectionTypes,
	type IDataObject,
	type IHookFunctions,
	type INodeCredentialDescription,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';
import { getRedis, keyPrefixOf, type RedisCredentials } from '../shared/clients/redis';
import { webhookCredentials } from '../shared/credentialCache';
import { credentialTest } from '../shared/credentialTests';
import { keyPartProblem } from '../shared/keyParts';
import type { InboundMessage } from '../shared/message';
import { maskPhone } from '../shared/phone';
import { accountOf, PROVIDER_SHORT_NAMES, providerCredentials, providerProperty, type CredentialData } from '../shared/providers';
import { labelOf, subtitleOf } from '../shared/subtitle';
import { resolveMenuReply } from '../shared/menuStore';
import { claimFirstDeliveries, DEFAULT_DEDUP_TTL_SECONDS } from './dedup';
import { DEFAULT_MEDIA_TIMEOUT_SECONDS, downloadMedia, type MediaLimits } from './media';
import { getProvider, type RegistrationHttp, type RegistrationTarget } from './providers';
import type { WebhookRegistration } from './providers/registration';
import { intakeWebhook, type IntakeItem, type IntakeSettings } from './webhookIntake';
import { TENANT_HINT } from '../shared/staffWords';

// Provider's account slot (see providerCredentials for why the slots are built there), then Redis.
const credentials: INodeCredentialDescription[] = [
	...providerCredentials(),
	{
		name: 'whatsAppAiRedisApi',
		displayName: 'Redis (optional, for duplicate detection and numbered menus)',
		required: false,
		testedBy: 'whatsAppAiRedisConnectionTest',
	},
];

/** Long enough for a provider's quick retries, short enough that a captured webhook soon goes stale. */
const DEFAULT_MAX_EVENT_AGE_MINUTES = 10;

export class WhatsAppAiTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'WhatsApp AI Trigger',
		name: 'whatsAppAiTrigger',
		icon: { light: 'file:../../icons/trigger.svg', dark: 'file:../../icons/trigger.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: subtitleOf(labelOf('provider', PROVIDER_SHORT_NAMES), '$parameter["path"]'),
		description:
			'Receives WhatsApp messages from WAHA, the WhatsApp Cloud API or Evolution API: verifies signatures, normalizes them into one message shape and drops duplicates',
		defaults: { name: 'WhatsApp AI Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials,
		webhooks: [
			{
				name: 'setup',
				httpMethod: 'GET',
				responseMode: 'onReceived',
				path: '={{$parameter["path"]}}',
				isFullPath: true,
			},
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: 'onReceived',
				path: '={{$parameter["path"]}}',
				isFullPath: true,
			},
		],
		properties: [
			providerProperty,
			{
				displayName: 'Webhook Path',
				name: 'path',
				type: 'string',
				default: 'whatsapp/waha',
				required: true,
				description:
					"Point the provider at &lt;n8n URL&gt;/webhook/&lt;this path&gt;. For the Cloud API the same URL also answers Meta's verification GET.",
			},
			{
				displayName: 'Tenant',
				name: 'tenant',
				type: 'string',
				default: 'default',
				description: 'Which clinic or shop this number belongs to; it scopes memory, bookings and consent. No ":" or spaces.',
				hint: TENANT_HINT,
			},
			{
				displayName: 'Allow Unsigned Webhooks (Insecure)',
				name: 'allowUnsigned',
				type: 'boolean',
				default: false,
				description:
					'Whether to accept webhooks when the credential has no secret to check them with (WAHA Webhook HMAC Key, Cloud API App Secret, Evolution API Key). Only for a local test: anyone who finds the URL can then write as any patient.',
			},
			{
				displayName:
					'Unsigned webhooks are accepted while the credential has no secret: anyone who finds this URL can write as any patient and start this workflow. Use only for local tests; set the secret in the credential instead.',
				name: 'unsignedNotice',
				type: 'notice',
				default: '',
				displayOptions: { show: { allowUnsigned: [true] } },
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				options: [
					{ name: 'Messages', value: 'messages', description: 'Messages people send' },
					{ name: 'Session Events', value: 'sessions', description: 'Connection changes of the WhatsApp session (WAHA, Evolution API)' },
					{ name: 'Status Updates', value: 'statuses', description: 'Sent, delivered, read, failed and played receipts of your messages' },
				],
				default: ['messages'],
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Deduplicate',
						name: 'deduplicate',
						type: 'boolean',
						default: true,
						description: 'Whether to start nothing for a message ID seen in the last 24 hours (needs the Redis credential)',
					},
					{
						displayName: 'Download Media',
						name: 'downloadMedia',
						type: 'boolean',
						default: false,
						description: 'Whether to download images, audio, video and documents into binary data "data"',
					},
					{
						displayName: 'Ignore Groups',
						name: 'ignoreGroups',
						type: 'boolean',
						default: true,
						description: 'Whether to drop messages from group chats',
					},
					{
						displayName: 'Ignore Own Messages',
						name: 'ignoreOwnMessages',
						type: 'boolean',
						default: true,
						description: 'Whether to drop echoes of messages this number sent, so the bot never answers itself',
					},
					{
						displayName: 'Max Event Age (Minutes)',
						name: 'maxEventAgeMinutes',
						type: 'number',
						default: DEFAULT_MAX_EVENT_AGE_MINUTES,
						typeOptions: { minValue: 0 },
						description:
							'Refuse (HTTP 401) a webhook whose newest event the provider dated longer ago than this, so a captured signed webhook cannot be replayed later. After an outage longer than this, raise it while the provider redelivers. 0 turns the check off.',
					},
					{
						displayName: 'Max Media Size (MB)',
						name: 'maxMediaSizeMb',
						type: 'number',
						default: 16,
						typeOptions: { minValue: 1 },
						description: 'Larger files are not downloaded (the download stops at this size); the item gets mediaError instead',
					},
					{
						displayName: 'Media Download Timeout (Seconds)',
						name: 'mediaTimeoutSeconds',
						type: 'number',
						default: DEFAULT_MEDIA_TIMEOUT_SECONDS,
						typeOptions: { minValue: 1 },
					},
					{
						displayName: 'Register Webhook Automatically',
						name: 'registerWebhook',
						type: 'boolean',
						default: false,
						description:
							'Whether to set this webhook URL on the WAHA session or Evolution API instance when the workflow is activated, and remove it when deactivated. The Cloud API webhook is set in the Meta app dashboard.',
					},
					{
						displayName: 'Resolve Numbered Menu Replies',
						name: 'resolveMenuReplies',
						type: 'boolean',
						default: true,
						description:
							'Whether a reply like "2" to a numbered menu sent by WhatsApp AI Send becomes a button reply with that option (needs the Redis credential)',
					},
				],
			},
		],
	};

	methods = { credentialTest };

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				const setup = await registrationSetup.call(this);
				// Nothing to manage: report "exists" so n8n does not call create.
				if (!setup) return true;
				return await setup.registration.isRegistered(setup.target, setup.http);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				const setup = await registrationSetup.call(this);
				if (setup) await setup.registration.register(setup.target, setup.http);
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				const setup = await registrationSetup.call(this);
				if (!setup) return true;
				try {
					await setup.registration.unregister(setup.target, setup.http);
					return true;
				} catch (error) {
					// Deactivating must not fail because the provider is down; say so and move on.
					this.logger.warn(`WhatsApp AI Trigger could not remove its webhook: ${(error as Error).message}`);
					return false;
				}
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const provider = this.getNodeParameter('provider', 'waha') as string;
		const account = accountOf(provider);
		const response = this.getResponseObject();
		// Undefined only when the node has no credential set; getCredentials then says so clearly.
		const credentials =
			(await webhookCredentials<CredentialData>(this, account.credentialType)) ??
			(await this.getCredentials<CredentialData>(account.credentialType));

		if (this.getWebhookName() === 'setup') {
			// Meta's subscription check; other providers never send one.
			const answer = getProvider(account.name).answerChallenge?.(this.getQueryData() as IDataObject, credentials) ?? {
				ok: false,
				reason: `${account.label} sends no verification request`,
			};
			if (answer.ok) response.status(200).type('text/plain').send(answer.challenge);
			else response.status(403).json({ error: 'forbidden', reason: answer.reason });
			return { noWebhookResponse: true };
		}

		const request = this.getRequestObject();
		const options = this.getNodeParameter('options', {}) as IDataObject;
		const events = this.getNodeParameter('events', ['messages']) as string[];
		const tenant = (this.getNodeParameter('tenant', 'default') as string) || 'default';
		const tenantProblem = keyPartProblem('tenant', tenant);
		if (tenantProblem) {
			// The workflow is misconfigured, not the sender: 500 makes the provider retry until it is fixed.
			this.logger.error(`WhatsApp AI Trigger cannot accept webhooks: ${tenantProblem}`);
			response.status(500).json({ error: 'misconfigured', reason: tenantProblem });
			return { noWebhookResponse: true };
		}
		const settings: IntakeSettings = {
			provider,
			tenant,
			emitMessages: events.includes('messages'),
			emitStatuses: events.includes('statuses'),
			emitSessionEvents: events.includes('sessions'),
			ignoreOwnMessages: options.ignoreOwnMessages !== false,
			ignoreGroups: options.ignoreGroups !== false,
			allowUnsigned: this.getNodeParameter('allowUnsigned', false) === true,
			maxEventAgeMs: minutesOption(options.maxEventAgeMinutes, DEFAULT_MAX_EVENT_AGE_MINUTES) * 60_000,
		};
		const secrets = account.webhookSecretsOf(credentials);
		const rawBody: Buffer = Buffer.isBuffer(request.rawBody)
			? request.rawBody
			: Buffer.from(typeof request.body === 'string' ? request.body : JSON.stringify(request.body ?? ''));

		const decision = intakeWebhook({ rawBody, headers: request.headers, body: request.body }, secrets, settings);
		if (decision.kind === 'reject') {
			this.logger.warn(`WhatsApp AI Trigger rejected a ${provider} webhook with ${decision.httpStatus}: ${decision.reason}`);
			response
				.status(decision.httpStatus)
				.json({ error: decision.httpStatus === 401 ? 'unauthorized' : 'bad_request', reason: decision.reason });
			return { noWebhookResponse: true };
		}

		// The provider gets its 200 now; dedup, menus and media happen after, on our time.
		response.status(200).json({ received: true });

		let messages = decision.messages;
		const redisCredentials = await webhookCredentials<RedisCredentials>(this, 'whatsAppAiRedisApi');
		if (redisCredentials && messages.length) {
			const redis = getRedis(redisCredentials);
			const prefix = keyPrefixOf(redisCredentials);
			if (options.deduplicate !== false) {
				try {
					messages = (await claimFirstDeliveries(redis, prefix, messages, DEFAULT_DEDUP_TTL_SECONDS)).fresh;
				} catch (error) {
					// Fail open: a Redis outage may let a duplicate through, but never loses a message.
					this.logger.warn(`WhatsApp AI Trigger could not deduplicate (Redis): ${(error as Error).message}`);
				}
			}
			if (options.resolveMenuReplies !== false) {
				if (account.numberedMenus)
					messages = await Promise.all(messages.map(async (message) => await resolveMenu.call(this, redis, prefix, message)));
			}
		}

		const items: IntakeItem[] = [...messages, ...decision.sessionEvents];
		if (items.length === 0) return { noWebhookResponse: true };

		const workflowItems: INodeExecutionData[] = [];
		for (const item of items) {
			const executionItem: INodeExecutionData = { json: item as unknown as IDataObject };
			if (options.downloadMedia === true && 'media' in item && item.media) {
				await attachMedia.call(this, executionItem, item, credentials, {
					maxBytes: Number(options.maxMediaSizeMb ?? 16) * 1024 * 1024,
					timeoutMs: Number(options.mediaTimeoutSeconds ?? DEFAULT_MEDIA_TIMEOUT_SECONDS) * 1000,
				});
			}
			workflowItems.push(executionItem);
		}
		return { noWebhookResponse: true, workflowData: [workflowItems] };
	}
}

async function attachMedia(
	this: IWebhookFunctions,
	executionItem: INodeExecutionData,
	message: InboundMessage,
	credentials: CredentialData,
	limits: MediaLimits,
): Promise<void> {
	try {
		const media = await downloadMedia(message, credentials, limits);
		if (media) executionItem.binary = { data: await this.helpers.prepareBinaryData(media.data, media.fileName, media.mimeType) };
	} catch (error) {
		// The message still reaches the workflow; the failure is on the item for it to handle.
		(executionItem.json as IDataObject).mediaError = (error as Error).message;
	}
}

/** A minutes option: an empty or invalid value means the default, never "no limit". */
function minutesOption(value: unknown, fallback: number): number {
	const minutes = Number(value);
	return value === undefined || value === '' || !Number.isFinite(minutes) || minutes < 0 ? fallback : minutes;
}

/** A text reply to a numbered menu (WAHA, Evolution API) becomes the chosen option as a button reply. */
async function resolveMenu(
	this: IWebhookFunctions,
	redis: ReturnType<typeof getRedis>,
	prefix: string,
	message: InboundMessage,
): Promise<InboundMessage> {
	if (message.event !== 'message' || message.type !== 'text') return message;
	try {
		const option = await resolveMenuReply(redis, prefix, message.conversationKey, message.text);
		if (!option) return message;
		return { ...message, type: 'button', button: option, text: option.title };
	} catch (error) {
		this.logger.warn(`WhatsApp AI Trigger could not read the menu for ${maskPhone(message.phone)}: ${(error as Error).message}`);
		return message;
	}
}

/** What webhook registration needs, or undefined when it is off or the provider has none (Cloud API). */
async function registrationSetup(
	this: IHookFunctions,
): Promise<{ registration: WebhookRegistration; target: RegistrationTarget; http: RegistrationHttp } | undefined> {
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const account = accountOf(this.getNodeParameter('provider', 'waha'));
	const registration = getProvider(account.name).registration;
	if (options.registerWebhook !== true || !registration) return undefined;
	const credentials = await this.getCredentials<CredentialData>(account.credentialType);
	const events = this.getNodeParameter('events', ['messages']) as string[];
	const secrets = account.webhookSecretsOf(credentials);
	const target: RegistrationTarget = {
		baseUrl: String(credentials.baseUrl ?? ''),
		session: account.sessionOf(credentials),
		webhookUrl: this.getNodeWebhookUrl('default') as string,
		secret: secrets.webhookHmacKey || secrets.apiKey || undefined,
		statuses: events.includes('statuses'),
		sessions: events.includes('sessions'),
	};
	const http: RegistrationHttp = {
		json: async (method, url, body) =>
			await this.helpers.httpRequestWithAuthentication.call(this, account.credentialType, { method, url, body, json: true }),
	};
	return { registration, target, http };
}
