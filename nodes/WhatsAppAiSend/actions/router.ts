import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { getRedis, keyPrefixOf, type RedisCredentials } from '../../shared/clients/redis';
import { optionalCredentials } from '../../shared/credentials';
import { forEachItem, type Failure, type ItemOutcome } from '../../shared/itemLoop';
import { saveMenu } from '../../shared/menuStore';
import { operationOf } from '../../shared/operations';
import { accountOf, type CredentialData } from '../../shared/providers';
import { n8nHttpCall } from '../n8nHttp';
import {
	conversationKeyForRecipient,
	getOutboundProvider,
	isSendError,
	typeLikeHuman,
	type SendContext,
	type SendResult,
} from '../providers';
import { chatOperations } from './chat/Chat.resource';
import type { SendOperation } from './common';
import { messageOperations } from './message/Message.resource';

export const resources = { message: messageOperations, chat: chatOperations };

type BaseContext = Omit<SendContext, 'rememberMenu'>;

async function baseContextFor(this: IExecuteFunctions, providerName: string, retries: number): Promise<BaseContext> {
	const account = accountOf(providerName);
	const credentials = await this.getCredentials<CredentialData>(account.credentialType);
	return {
		http: n8nHttpCall(this, account.credentialType),
		baseUrl: String(credentials.baseUrl ?? ''),
		session: account.sessionOf(credentials),
		apiVersion: (credentials.apiVersion as string) || undefined,
		retry: { retries, baseDelayMs: 500, maxDelayMs: 30_000 },
		onRetry: ({ attempt, delayMs }) => this.logger.info(`WhatsApp AI Send: retry ${attempt} in ${delayMs} ms`),
	};
}

/** Sends every item; items outside Meta's 24-hour window go to the second output. */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const baseContexts = new Map<string, BaseContext>();
	const redisCredentials = await optionalCredentials<RedisCredentials>(this, 'whatsAppAiRedisApi');
	// Numbered menus are remembered for the trigger; one client and prefix for the whole run.
	const menuStore = redisCredentials ? { redis: getRedis(redisCredentials), prefix: keyPrefixOf(redisCredentials) } : undefined;

	return await forEachItem(this, { outputs: 2, resultKey: 'send', describe: describeSendFailure }, async (itemIndex) => {
		const operation: SendOperation = operationOf(this, resources, itemIndex);
		const providerName = this.getNodeParameter('provider', itemIndex) as string;
		const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
		const provider = getOutboundProvider(providerName);
		const to = String(this.getNodeParameter('to', itemIndex) ?? '').trim();
		if (!to) throw new RecipientMissing();

		const retries = options.retries === undefined ? 3 : Number(options.retries);
		const cacheKey = `${providerName}:${retries}`;
		let base = baseContexts.get(cacheKey);
		if (!base) {
			base = await baseContextFor.call(this, providerName, retries);
			baseContexts.set(cacheKey, base);
		}
		const context: SendContext = { ...base };
		if (menuStore) {
			const tenant = String(this.getNodeParameter('tenant', itemIndex, 'default') || 'default');
			const conversationKey = conversationKeyForRecipient(tenant, provider.name, base.session, to);
			context.rememberMenu = async (menu) => await saveMenu(menuStore.redis, menuStore.prefix, conversationKey, menu);
		}

		const send = async () => {
			let typingDelayMs: number | undefined;
			const typingText = operation.typingText?.call(this, itemIndex);
			if (options.typingDelay === true && typingText) {
				const inbound = items[itemIndex].json;
				const outcome = await typeLikeHuman(
					provider,
					{ to, text: typingText, messageId: inbound.messageId as string | undefined },
					context,
				);
				typingDelayMs = outcome.delayMs;
			}
			const result = await operation.execute.call(this, itemIndex, provider, context, to);
			return { result: resultOf(result, to, typingDelayMs) };
		};
		return await send().catch(async (error: unknown) => await outsideWindowOutcome(error, to));
	});
}

/** Not a node failure: an item outside the 24-hour window goes to the second output for a template. */
async function outsideWindowOutcome(error: unknown, to: string): Promise<ItemOutcome> {
	if (!isSendError(error) || !error.outside24hWindow) return await Promise.reject(error);
	const { message, ...details } = error.details();
	return { result: { ok: false, to, reason: message, ...details } as IDataObject, output: 1 };
}

class RecipientMissing extends Error {
	constructor() {
		super('Recipient is empty: set "To" (a phone number or chat ID)');
	}
}

function describeSendFailure(error: unknown): Failure | undefined {
	if (error instanceof RecipientMissing) return { kind: 'invalid_input', message: error.message };
	if (!isSendError(error)) return undefined;
	const { message, ...details } = error.details();
	if (error.kind === 'validation' || error.kind === 'unsupported_operation') {
		return {
			kind: error.kind,
			message,
			details: details as unknown as IDataObject,
			description: error.field ? `Field: ${error.field}` : undefined,
		};
	}
	return {
		kind: error.kind,
		message,
		details: details as unknown as IDataObject,
		description: [
			error.providerCode !== undefined ? `Provider code ${error.providerCode}` : undefined,
			error.providerMessage,
			error.retryable ? 'Retried and still failing.' : undefined,
		]
			.filter(Boolean)
			.join(' · '),
		httpCode: error.httpStatus !== undefined ? String(error.httpStatus) : undefined,
		remote: true,
	};
}

function resultOf(result: SendResult, to: string, typingDelayMs?: number): IDataObject {
	const output: IDataObject = {
		ok: true,
		outside24hWindow: false,
		provider: result.provider,
		operation: result.operation,
		to,
		messageId: result.messageIds[0] ?? null,
		messageIds: result.messageIds,
	};
	if (result.chunks !== undefined) output.chunks = result.chunks;
	if (result.fallback) output.fallback = result.fallback;
	if (result.menu) output.menu = result.menu as unknown as IDataObject[];
	if (result.note) output.note = result.note;
	if (typingDelayMs !== undefined) output.typingDelayMs = typingDelayMs;
	output.providerResponse = result.raw as IDataObject[];
	return output;
}
