// How much the buffer adds on a local Redis, printed, not asserted: the Redis round trips of a
// join and a claim, and a one-message burst's total time beyond its quiet period.
import { closeAllClients } from '../../../nodes/shared/clients/clientCache';
import { joinBurst } from '../../../nodes/MessageBuffer/buffer';
import { redisBurstStore } from '../../../nodes/MessageBuffer/store';
import type { JoinRequest } from '../../../nodes/MessageBuffer/types';
import { conversationKey, freshBufferPrefixPerTest, percentile, sharedRedis } from './support';

const redis = sharedRedis();
let prefix: string;
freshBufferPrefixPerTest(redis, (fresh) => (prefix = fresh));
afterAll(async () => await closeAllClients());

const ROUNDS = 1_000;

function summary(label: string, samples: number[]): string {
	const sorted = [...samples].sort((a, b) => a - b);
	const mean = sorted.reduce((sum, value) => sum + value, 0) / sorted.length;
	return `${label}: mean ${mean.toFixed(3)} ms, p50 ${percentile(sorted, 50).toFixed(3)} ms, p99 ${percentile(sorted, 99).toFixed(3)} ms`;
}

function elapsedMs(start: bigint): number {
	return Number(process.hrtime.bigint() - start) / 1e6;
}

describe('message buffer overhead (real Redis, printed)', () => {
	it('measures join, claim and a whole one-message burst', async () => {
		const store = redisBurstStore(redis, prefix);
		const request: Omit<JoinRequest, 'token'> = { ttlSeconds: 300, quietPeriodMs: 0, maxWaitMs: 0, maxMessages: 10 };
		const waiting = { ...request, quietPeriodMs: 60_000, maxWaitMs: 60_000 };
		const message = (id: string) => ({
			messageId: id,
			text: 'queria marcar consulta',
			type: 'text' as const,
			timestamp: new Date().toISOString(),
		});
		// Warm up: load the scripts, open the connection.
		await store.join(conversationKey('1'), message('warm'), { ...request, token: 'warm' });

		const joins: number[] = [];
		const claims: number[] = [];
		const joinAndClaim: number[] = [];
		const whole: number[] = [];
		for (let i = 0; i < ROUNDS; i++) {
			const conversation = conversationKey(`55116${String(i).padStart(8, '0')}`);
			let start = process.hrtime.bigint();
			await store.join(conversation, message(`j${i}`), { ...waiting, token: `t${i}` });
			joins.push(elapsedMs(start));
			start = process.hrtime.bigint();
			await store.poll(conversation, `j${i}`, { ...request, token: `t${i}` }); // due at once: claims
			claims.push(elapsedMs(start));

			start = process.hrtime.bigint();
			await store.join(conversation, message(`k${i}`), { ...request, token: `u${i}` }); // join that flushes in one step
			joinAndClaim.push(elapsedMs(start));

			start = process.hrtime.bigint();
			await joinBurst(redis, prefix, conversation, message(`w${i}`), { quietPeriodMs: 0, maxWaitMs: 0 });
			whole.push(elapsedMs(start));
		}

		const bursts: number[] = [];
		for (let i = 0; i < 20; i++) {
			const start = process.hrtime.bigint();
			await joinBurst(redis, prefix, conversationKey(`55115${i}`), message(`b${i}`), { quietPeriodMs: 200, pollIntervalMs: 50 });
			bursts.push(elapsedMs(start) - 200);
		}

		console.log(
			[
				`message buffer overhead on local Redis (${ROUNDS} rounds):`,
				summary('  join (pending)', joins),
				summary('  claim (poll that flushes)', claims),
				summary('  join + claim in one step (quiet 0)', joinAndClaim),
				summary('  joinBurst, quiet 0 (validation + one step)', whole),
				summary('  one-message burst with quiet 200 ms / poll 50 ms, beyond the 200 ms (5 polls)', bursts),
			].join('\n'),
		);
		expect(joins).toHaveLength(ROUNDS);
	}, 60_000);
});
