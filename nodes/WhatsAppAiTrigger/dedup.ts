import type Redis from 'ioredis';
import { PROVIDERS, type InboundMessage } from '../shared/message';
import { containsPhone } from '../shared/phone';

// Providers deliver at least once (WAHA retries up to 15 times), so the same message id may
// arrive again, even concurrently. SET NX EX claims an id atomically: only the first delivery
// within the TTL wins, on every worker.

export const DEFAULT_DEDUP_TTL_SECONDS = 24 * 60 * 60;

export function dedupKey(prefix: string, message: InboundMessage): string {
	// A status is its own event: "delivered" and then "read" for one message are both news.
	const event = message.event === 'status' ? `status:${message.status ?? 'unknown'}` : 'message';
	return `${prefix}dedup:${message.tenant}:${message.provider}:${message.session}:${message.messageId}:${event}`;
}

const EVENT_SUFFIX = /:(message|status:[^:]*)$/;

/**
 * Whether a dedup key of this tenant names the number in its message id, for LGPD export and
 * erase. WAHA ids embed the chat and, in groups, the member (`false_5511988887777@c.us_3EB0…`,
 * `false_1203…@g.us_3EB0…_5511988887777@c.us`); Cloud and Evolution ids do not. The number must
 * stand alone (containsPhone), so a longer number holding the same digits is not matched.
 */
export function dedupKeyNamesPhone(key: string, prefix: string, tenant: string, phone: string): boolean {
	const head = `${prefix}dedup:${tenant}:`;
	if (!key.startsWith(head)) return false;
	const withoutEvent = key.slice(head.length).replace(EVENT_SUFFIX, '');
	if (withoutEvent.length === key.length - head.length) return false;
	// provider:session:messageId; the id itself may hold ':' (a device suffix).
	const [provider, session, ...messageId] = withoutEvent.split(':');
	if (!(PROVIDERS as readonly string[]).includes(provider) || session === undefined) return false;
	return containsPhone(messageId.join(':'), phone);
}

/** Returns the messages seen for the first time; the others are duplicates. */
export async function claimFirstDeliveries(
	redis: Redis,
	prefix: string,
	messages: InboundMessage[],
	ttlSeconds = DEFAULT_DEDUP_TTL_SECONDS,
): Promise<{ fresh: InboundMessage[]; duplicates: InboundMessage[] }> {
	if (messages.length === 0) return { fresh: [], duplicates: [] };
	const pipeline = redis.pipeline();
	for (const message of messages) pipeline.set(dedupKey(prefix, message), '1', 'EX', ttlSeconds, 'NX');
	const replies = (await pipeline.exec()) ?? [];
	const fresh: InboundMessage[] = [];
	const duplicates: InboundMessage[] = [];
	messages.forEach((message, index) => {
		const [error, reply] = replies[index] ?? [];
		if (error) throw error;
		(reply === 'OK' ? fresh : duplicates).push(message);
	});
	return { fresh, duplicates };
}
