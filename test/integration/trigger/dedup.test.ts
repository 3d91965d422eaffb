import { randomUUID } from 'crypto';
import { closeAllClients } from '../../../nodes/shared/clients/clientCache';
import { getRedis } from '../../../nodes/shared/clients/redis';
import type { InboundMessage } from '../../../nodes/shared/message';
import { claimFirstDeliveries, dedupKey } from '../../../nodes/WhatsAppAiTrigger/dedup';
import { redisCredentials } from '../../support/services';

const redis = getRedis(redisCredentials());
const prefix = `wa-test-${randomUUID()}:`;
afterAll(async () => {
	const keys = await redis.keys(`${prefix}*`);
	if (keys.length) await redis.del(...keys);
	await closeAllClients();
});

const message = (id: string, extra: Partial<InboundMessage> = {}): InboundMessage => ({
	event: 'message',
	provider: 'waha',
	tenant: 'clinic-a',
	session: 'default',
	conversationKey: 'clinic-a:waha:default:5511999990000',
	messageId: id,
	chatId: '5511999990000@c.us',
	phone: '5511999990000',
	type: 'text',
	text: 'oi',
	timestamp: '2026-11-21T10:00:00.000Z',
	isGroup: false,
	...extra,
});

describe('claimFirstDeliveries (real Redis)', () => {
	it('lets exactly one of 15 concurrent redeliveries through', async () => {
		const same = message(`false_5511999990000@c.us_${randomUUID()}`);
		const results = await Promise.all(Array.from({ length: 15 }, async () => await claimFirstDeliveries(redis, prefix, [same])));
		expect(results.filter((r) => r.fresh.length === 1)).toHaveLength(1);
		expect(results.filter((r) => r.duplicates.length === 1)).toHaveLength(14);
	});

	it('keeps the claim for 24 hours', async () => {
		const first = message(randomUUID());
		await claimFirstDeliveries(redis, prefix, [first]);
		const ttl = await redis.ttl(dedupKey(prefix, first));
		expect(ttl).toBeGreaterThan(24 * 3600 - 10);
		expect(ttl).toBeLessThanOrEqual(24 * 3600);
	});

	it('treats each status of a message as its own event', async () => {
		const id = randomUUID();
		const delivered = message(id, { event: 'status', status: 'delivered', type: 'unknown', text: '' });
		const read = message(id, { event: 'status', status: 'read', type: 'unknown', text: '' });
		const { fresh } = await claimFirstDeliveries(redis, prefix, [delivered, read, message(id)]);
		expect(fresh).toHaveLength(3);
		const again = await claimFirstDeliveries(redis, prefix, [read]);
		expect(again.fresh).toHaveLength(0);
	});

	it('separates tenants: the same id for two clinics is two messages', async () => {
		const id = randomUUID();
		const { fresh } = await claimFirstDeliveries(redis, prefix, [message(id), message(id, { tenant: 'clinic-b' })]);
		expect(fresh).toHaveLength(2);
	});
});
