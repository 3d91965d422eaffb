import {
	NodeApiError,
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type JsonObject,
} from 'n8n-workflow';
import { getRedis, keyPrefixOf, type RedisCredentials } from '../../shared/clients/redis';
import { saveMenu } from '../../shared/menuStore';
import { PROVIDER_CREDENTIAL } from '../../shared/providerParameter';
import type { Provider } from '../../shared/message';
import { conversationKeyForRecipient, getOutboundProvider, isSendError, typeLikeHuman, type SendContext, type SendResult } from '../providers';
import { n8nHttpCall } from '../transport';
import type { SendOperation } from './common';
import { markRead } from './markRead.operation';
import { react } from './react.operation';
import { sendButtons } from './sendButtons.operation';
import { sendList } from './sendList.operation';
import { sendMedia } from './sendMedia.operation';
import { sendTemplate } from './sendTemplate.operation';
import { sendText } from './sendText.operation';
import { typing } from './typing.operation';

export const operations: Record<string, SendOperation> = { sendText, sendMedia, sendButtons, sendList, sendTemplate, react, markRead, typing };

type BaseContext = Omit<SendContext, 'rememberMenu'>;

async function baseContextFor(this: IExecuteFunctions, provider: Provider, retries: number): Promise<BaseContext> {
	const credentialType = PROVIDER_CREDENTIAL[provider];
	const credentials = (await this.getCredentials(credentialType)) as IDataObject;
	const session = provider === 'waha' ? credentials.session : provider === 'cloud' ? credentials.phoneNumberId : credentials.instance;
	return {
		http: n8nHttpCall(this, credentialType),
		baseUrl: String(credentials.baseUrl ?? ''),
		session: String(session ?? ''),
		apiVersion: (credentials.apiVersion as string) || undefined,
		retry: { retries, baseDelayMs: 500, maxDelayMs: 30_000 },
		onRetry: ({ attempt, delayMs }) => this.logger.info(`WhatsApp AI Send: retry ${attempt} in ${delayMs} ms`),
	};
}

/** Sends every item; items outside Meta's 24-hour window go to the second output. */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const sent: INodeExecutionData[] = [];
	const outsideWindow: INodeExecutionData[] = [];
	const baseContexts = new Map<string, BaseContext>();
	const redisCredentials = (await this.getCredentials('whatsAppAiRedisApi').catch(() => undefined)) as RedisCredentials | undefined;
	// Numbered menus are remembered for the trigger; one client and prefix for the whole run.
	const menuStore = redisCredentials ? { redis: getRedis(redisCredentials), prefix: keyPrefixOf(redisCredentials) } : undefined;

	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		let to = '';
		try {
			const providerName = this.getNodeParameter('provider', itemIndex) as Provider;
			const operation = operations[this.getNodeParameter('operation', itemIndex) as string];
			const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
			const provider = getOutboundProvider(providerName);
			to = String(this.getNodeParameter('to', itemIndex) ?? '').trim();
			if (!to) throw new NodeOperationError(this.getNode(), 'Recipient is empty: set "To" (a phone number or chat ID)', { itemIndex });

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
				const conversationKey = conversationKeyForRecipient(tenant, providerName, base.session, to);
				context.rememberMenu = async (menu) => await saveMenu(menuStore.redis, menuStore.prefix, conversationKey, menu);
			}

			let typingDelayMs: number | undefined;
			const typingText = operation.typingText?.call(this, itemIndex);
			if (options.typingDelay === true && typingText) {
				const inbound = items[itemIndex].json as IDataObject;
				const outcome = await typeLikeHuman(provider, { to, text: typingText, messageId: inbound.messageId as string | undefined }, context);
				typingDelayMs = outcome.delayMs;
			}

			const result = await operation.execute.call(this, itemIndex, provider, context, to);
			sent.push({ json: outputOf(result, to, typingDelayMs), pairedItem: { item: itemIndex } });
		} catch (error) {
			if (isSendError(error) && error.outside24hWindow) {
				// Not a node failure: the workflow routes these to a template.
				outsideWindow.push({ json: { ok: false, outside24hWindow: true, to, error: error.details() as unknown as IDataObject }, pairedItem: { item: itemIndex } });
				continue;
			}
			if (this.continueOnFail()) {
				const details = isSendError(error) ? (error.details() as unknown as IDataObject) : { message: (error as Error).message };
				sent.push({ json: { ok: false, outside24hWindow: false, to, error: details }, pairedItem: { item: itemIndex } });
				continue;
			}
			throw toNodeError(this, error, itemIndex);
		}
	}
	return [sent, outsideWindow];
}

function outputOf(result: SendResult, to: string, typingDelayMs?: number): IDataObject {
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

function toNodeError(context: IExecuteFunctions, error: unknown, itemIndex: number): Error {
	if (error instanceof NodeOperationError || error instanceof NodeApiError) return error;
	if (isSendError(error)) {
		if (error.kind === 'validation' || error.kind === 'unsupported_operation') {
			return new NodeOperationError(context.getNode(), error.message, {
				itemIndex,
				description: error.field ? `Field: ${error.field}` : undefined,
			});
		}
		const details = error.details();
		return new NodeApiError(context.getNode(), details as unknown as JsonObject, {
			itemIndex,
			message: error.message,
			description: [
				error.providerCode !== undefined ? `Provider code ${error.providerCode}` : undefined,
				error.providerMessage,
				error.retryable ? 'Retried and still failing.' : undefined,
			]
				.filter(Boolean)
				.join(' · '),
			httpCode: error.httpStatus !== undefined ? String(error.httpStatus) : undefined,
		});
	}
	return new NodeOperationError(context.getNode(), error as Error, { itemIndex });
}
