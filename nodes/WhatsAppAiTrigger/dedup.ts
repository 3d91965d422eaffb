import type Redis from 'ioredis';
import type { InboundMessage } from '../shared/message';

// Providers deliver at least once (WAHA retries up to 15 times), so the same message id may
// arrive again, even concurrently. SET NX EX claims an id atomically: only the first delivery
// within the TTL wins, on every worker.

export const DEFAULT_DEDUP_TTL_SECONDS = 24 * 60 * 60;

export function dedupKey(prefix: string, message: InboundMessage): string {
	// A status is its own event: "delivered" and then "read" for one message are both news.
	const event = message.event === 'status' ? `status:${message.status ?? 'unknown'}` : 'message';
	return `${prefix}dedup:${message.tenant}:${message.provider}:${message.session}:${message.messageId}:${event}`;
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
