// The guard's "check message" operation without n8n: decide Allowed or Blocked for one message.
// Order matters: an opt-out request is recorded and blocked even when the contact is also over
// the rate limit (the request must never be lost), an opt-in re-enables the contact before the
// opt-out check, and only messages that pass both count against the rate limit.
import type Redis from 'ioredis';
import type { Pool } from 'pg';
import type { GeminiAdapter } from '../shared/gemini/adapter';
import { classifyIntent, type Classification, type ClassifyOptions } from './classify';
import { detectIntent, type DetectOptions, type Detection } from './detect';
import { rateKey } from './keys';
import { checkRate, type RateOptions } from './rateLimit';
import { isBlocked, optIn, optOut } from './store';
import { optInConfirmation, optOutConfirmation, type GuardTextOverrides } from './texts';
import { assertContact, type MessageCategory, type OptOutCategory } from './types';

export interface GuardDeps {
	pool: Pool;
	redis: Redis;
	/** Redis key prefix, from keyPrefixOf(credentials). */
	prefix: string;
	/** Enables layer 2 when set. */
	gemini?: Pick<GeminiAdapter, 'generate'>;
}

/** The parts of an InboundMessage the guard reads. */
export interface GuardMessage {
	tenant: string;
	phone: string;
	text?: string;
}

export interface CheckOptions {
	/** What the message (or the reply it leads to) is; default 'care'. */
	category?: MessageCategory;
	/** Inbound messages are read for opt-out/opt-in requests; outbound ones (our own text) are not. Default 'inbound'. */
	direction?: 'inbound' | 'outbound';
	/** What a detected opt-out records unless it names promotions only; default 'all'. */
	optOutCategory?: OptOutCategory;
	/** Per contact and direction; false turns it off. Default 5 per 60 s. */
	rateLimit?: Pick<RateOptions, 'limit' | 'windowMs'> | false;
	detection?: DetectOptions;
	/** Layer 2 settings; layer 2 runs only with deps.gemini and when `enabled` is not false. */
	classifier?: ClassifyOptions & { enabled?: boolean };
	/** Replace the confirmation texts per language. */
	texts?: GuardTextOverrides;
	/** Clock for the rate limit, ms since the epoch. */
	now?: number;
}

export type BlockReason = 'opted_out' | 'rate_limited' | 'opt_out_request';

export interface CheckResult {
	allowed: boolean;
	reason?: BlockReason;
	/** This message recorded a new opt-out; send confirmationText once. */
	justOptedOut?: boolean;
	/** This message lifted an opt-out; send confirmationText once. */
	justOptedIn?: boolean;
	confirmationText?: string;
	category: MessageCategory;
	/** The opt-out recorded by this message, or the one that blocks it. */
	optOutCategory?: OptOutCategory;
	/** For rate_limited: when the contact may write again. */
	retryAfterMs?: number;
	/** Layer 1's verdict; absent for outbound messages. */
	detection?: Detection;
	/** Layer 2's verdict, when it was asked. */
	classification?: Classification;
	/** What did not work but did not stop the check, e.g. 'rate_limit_unavailable'. */
	warnings?: string[];
}

export async function checkMessage(deps: GuardDeps, message: GuardMessage, options: CheckOptions = {}): Promise<CheckResult> {
	assertContact(message);
	const contact = { tenant: message.tenant, phone: message.phone };
	const category = options.category ?? 'care';
	const direction = options.direction ?? 'inbound';
	const result: CheckResult = { allowed: true, category };
	const warnings: string[] = [];

	if (direction === 'inbound') {
		const detection = detectIntent(message.text ?? '', options.detection);
		result.detection = detection;
		let intent = detection.intent;
		if (intent === 'none' && detection.possible && deps.gemini && options.classifier?.enabled !== false) {
			result.classification = await classifyIntent(deps.gemini, message.text ?? '', options.classifier);
			// Only an opt-out is taken from the model: a message could talk the model into "opt_in",
			// and re-enabling a contact needs the person's explicit words (layer 1).
			if (result.classification.intent === 'opt_out') intent = 'opt_out';
		}
		if (intent === 'opt_out') {
			const optOutCategory = detection.scope ?? options.optOutCategory ?? 'all';
			const recorded = await optOut(deps.pool, deps.redis, deps.prefix, {
				...contact,
				category: optOutCategory,
				source: detection.intent === 'opt_out' ? 'keyword' : 'model',
				reason: detection.matched ?? `model confidence ${result.classification?.confidence ?? 0}`,
			});
			if (!recorded.cacheUpdated) warnings.push('optout_cache_unavailable');
			return finish(
				{
					...result,
					allowed: false,
					reason: 'opt_out_request',
					optOutCategory,
					justOptedOut: recorded.created,
					// Once: a repeated or redelivered "PARAR" gets no second confirmation.
					...(recorded.created ? { confirmationText: optOutConfirmation(detection.language, optOutCategory, options.texts) } : {}),
				},
				warnings,
			);
		}
		if (intent === 'opt_in') {
			const lifted = await optIn(deps.pool, deps.redis, deps.prefix, { ...contact, category: 'all' });
			if (!lifted.cacheUpdated) warnings.push('optout_cache_unavailable');
			// "start" from a contact who never opted out is an ordinary message: nothing to confirm.
			if (lifted.removed.length > 0) {
				result.justOptedIn = true;
				result.confirmationText = optInConfirmation(detection.language, options.texts);
			}
		}
	}

	const block = await isBlocked(deps.pool, deps.redis, deps.prefix, contact, category);
	if (block.blocked) return finish({ ...result, allowed: false, reason: 'opted_out', optOutCategory: block.by }, warnings);

	if (options.rateLimit !== false) {
		try {
			const key = rateKey(deps.prefix, contact, direction === 'inbound' ? 'in' : 'out');
			const rate = await checkRate(deps.redis, key, { ...options.rateLimit, now: options.now });
			if (!rate.allowed) {
				return finish({ ...result, allowed: false, reason: 'rate_limited', retryAfterMs: rate.retryAfterMs }, warnings);
			}
		} catch (error) {
			if (error instanceof RangeError) throw error;
			// Without Redis there is no counter; letting messages through beats dropping every one.
			warnings.push('rate_limit_unavailable');
		}
	}
	return finish(result, warnings);
}

function finish(result: CheckResult, warnings: string[]): CheckResult {
	return warnings.length > 0 ? { ...result, warnings } : result;
}
