import { closeAllClients } from '../../../nodes/shared/clients/clientCache';
import { joinBurst } from '../../../nodes/MessageBuffer/buffer';
import { bufferKey, bufferLogKey } from '../../../nodes/MessageBuffer/keys';
import type { BufferOptions } from '../../../nodes/MessageBuffer/options';
import { redisBurstStore } from '../../../nodes/MessageBuffer/store';
import type { BufferInput, BurstFlush, BurstOutcome, JoinRequest } from '../../../nodes/MessageBuffer/types';
import {
	closeConnections,
	conversationKey,
	freshBufferPrefixPerTest,
	seededRandom,
	sharedRedis,
	sleep,
	workerConnections,
} from './support';

const redis = sharedRedis();
const workers = workerConnections(4);
const key = conversationKey();
let prefix: string;
freshBufferPrefixPerTest(redis, (fresh) => (prefix = fresh));
afterAll(async () => {
	await closeConnections(workers);
	await closeAllClients();
});

// Short waits so the suite runs in seconds; the logic does not depend on the scale.
const FAST: BufferOptions = { quietPeriodMs: 300, maxWaitMs: 2_000, pollIntervalMs: 25 };

function msg(id: string, text = id, extra: Partial<BufferInput> = {}): BufferInput {
	return { messageId: id, text, type: 'text', timestamp: new Date().toISOString(), ...extra };
}

function flushes(outcomes: BurstOutcome[]): BurstFlush[] {
	return outcomes.filter((outcome): outcome is BurstFlush => outcome.kind === 'flush');
}

/** One execution on one worker connection, starting `delayMs` from now. */
async function execution(
	worker: number,
	delayMs: number,
	input: BufferInput,
	options: BufferOptions = FAST,
	conversation = key,
): Promise<BurstOutcome> {
	if (delayMs > 0) await sleep(delayMs);
	return await joinBurst(workers[worker % workers.length], prefix, conversation, input, options);
}

const RAW_JOIN: Omit<JoinRequest, 'token'> = { ttlSeconds: 300, quietPeriodMs: 300, maxWaitMs: 2_000, maxMessages: 10 };

describe('message buffer bursts (real Redis, 4 worker connections)', () => {
	it('answers a burst of 3 once, from the last message, with all 3 in order; the other two are superseded', async () => {
		const outcomes = await Promise.all([
			execution(0, 0, msg('m1', 'oi')),
			execution(1, 100, msg('m2', 'tudo bem?')),
			execution(2, 200, msg('m3', 'queria marcar consulta')),
		]);
		const [flush, ...others] = [outcomes[2], outcomes[0], outcomes[1]];
		expect(flush).toMatchObject({
			kind: 'flush',
			reason: 'quiet',
			messageIds: ['m1', 'm2', 'm3'],
			text: 'oi\ntudo bem?\nqueria marcar consulta',
			count: 3,
		});
		expect(others.map((o) => o.kind)).toEqual(['superseded', 'superseded']);
		expect(outcomes[1]).toMatchObject({ by: 'm3', duplicate: false });
		expect((flush as BurstFlush).waitedMs).toBeGreaterThanOrEqual(300);
		expect(await redis.hget(bufferKey(prefix, key), 'n')).toBeNull();
	});

	it('reads a burst in the order it was sent when the workers picked it up in another order', async () => {
		// Sent 300 ms apart in one second (WAHA's whole-second timestamp), joined in the order 3, 1, 2.
		const second = new Date(Math.floor(Date.now() / 1000) * 1000);
		const sent = (ms: number) => ({ timestamp: second.toISOString(), receivedAt: new Date(second.getTime() + ms).toISOString() });
		const outcomes = await Promise.all([
			execution(0, 0, msg('m3', 'queria marcar consulta', sent(600))),
			execution(1, 50, msg('m1', 'oi', sent(0))),
			execution(2, 100, msg('m2', 'tudo bem?', sent(300))),
		]);
		const flushed = flushes(outcomes);
		expect(flushed).toHaveLength(1);
		expect(flushed[0]).toMatchObject({ messageIds: ['m1', 'm2', 'm3'], text: 'oi\ntudo bem?\nqueria marcar consulta' });
	});

	it('answers 3 messages started at the same instant on separate workers exactly once', async () => {
		for (let round = 0; round < 10; round++) {
			const conversation = conversationKey(`55119000000${round}`);
			const outcomes = await Promise.all(['a', 'b', 'c'].map((id, i) => execution(i, 0, msg(`${round}${id}`), FAST, conversation)));
			const flushed = flushes(outcomes);
			expect(flushed).toHaveLength(1);
			expect([...flushed[0].messageIds].sort()).toEqual([`${round}a`, `${round}b`, `${round}c`]);
			expect(outcomes.filter((o) => o.kind === 'superseded')).toHaveLength(2);
		}
	});

	it('loses nothing and answers nothing twice: 50 conversations, random bursts and gaps, redeliveries', async () => {
		const seed = Number(process.env.BUFFER_SEED ?? Date.now() % 100_000);
		const random = seededRandom(seed);
		const options: BufferOptions = { quietPeriodMs: 200, maxWaitMs: 400, maxMessages: 4, pollIntervalMs: 25 };
		const sent = new Map<string, string[]>();
		const runs: Promise<{ conversation: string; outcome: BurstOutcome }>[] = [];
		let redeliveries = 0;
		for (let c = 0; c < 50; c++) {
			const conversation = conversationKey(`55118${String(c).padStart(8, '0')}`);
			const ids: string[] = [];
			let at = Math.floor(random() * 200);
			const bursts = 1 + Math.floor(random() * 3);
			for (let b = 0; b < bursts; b++) {
				const size = 1 + Math.floor(random() * 6);
				for (let i = 0; i < size; i++) {
					const id = `c${c}-b${b}-m${i}`;
					ids.push(id);
					const worker = Math.floor(random() * 4);
					runs.push(execution(worker, at, msg(id), options, conversation).then((outcome) => ({ conversation, outcome })));
					if (random() < 0.15) {
						redeliveries++;
						const again = at + Math.floor(random() * 400);
						runs.push(execution(worker + 1, again, msg(id), options, conversation).then((outcome) => ({ conversation, outcome })));
					}
					at += Math.floor(random() * 150); // within a burst: under the quiet period
				}
				at += 250 + Math.floor(random() * 300); // between bursts: over it
			}
			sent.set(conversation, ids);
		}
		const results = await Promise.all(runs);

		const flushedIn = new Map<string, string[]>();
		const reasons: Record<string, number> = {};
		for (const { conversation, outcome } of results) {
			if (outcome.kind !== 'flush') continue;
			reasons[outcome.reason] = (reasons[outcome.reason] ?? 0) + 1;
			expect(outcome.count).toBeGreaterThan(0);
			expect(outcome.count).toBeLessThanOrEqual(4);
			flushedIn.set(conversation, [...(flushedIn.get(conversation) ?? []), ...outcome.messageIds]);
		}
		for (const [conversation, ids] of sent) {
			const flushed = flushedIn.get(conversation) ?? [];
			expect({ seed, conversation, ids: [...flushed].sort() }).toEqual({ seed, conversation, ids: [...ids].sort() });
			expect(new Set(flushed).size).toBe(flushed.length);
		}
		const duplicates = results.filter(({ outcome }) => outcome.kind === 'superseded' && outcome.duplicate).length;
		const messages = [...sent.values()].reduce((n, ids) => n + ids.length, 0);
		console.log(
			`buffer stress (seed ${seed}): ${messages} messages + ${redeliveries} redeliveries in 50 conversations -> ` +
				`${flushes(results.map((r) => r.outcome)).length} flushes ${JSON.stringify(reasons)}, ${duplicates} duplicates stopped`,
		);
		expect(duplicates).toBeLessThanOrEqual(redeliveries);
	}, 60_000);
});

describe('message buffer claims (real Redis)', () => {
	it('lets a message that arrives right after a claim start a new burst', async () => {
		const store = redisBurstStore(workers[0], prefix);
		await store.join(key, { messageId: 'm1', text: 'oi', type: 'text', timestamp: new Date().toISOString() }, { ...RAW_JOIN, token: 't1' });
		await sleep(310);
		// One connection: Redis runs the claim, then the join, in that order.
		const [claim, join] = await Promise.all([
			store.poll(key, 'm1', { ...RAW_JOIN, token: 't1' }),
			store.join(key, { messageId: 'm2', text: 'e aí', type: 'text', timestamp: new Date().toISOString() }, { ...RAW_JOIN, token: 't2' }),
		]);
		expect(claim).toMatchObject({ state: 'flushed', token: 't1', claim: { by: 'm1', reason: 'quiet', messages: [{ messageId: 'm1' }] } });
		expect(join).toMatchObject({ state: 'pending', newest: 'm2', count: 1, firstAgeMs: 0, lastAgeMs: 0 });
	});

	it('makes the claim fail when a message arrives right before it; the newer message takes the lot', async () => {
		const store = redisBurstStore(workers[0], prefix);
		await store.join(key, { messageId: 'm1', text: 'oi', type: 'text', timestamp: new Date().toISOString() }, { ...RAW_JOIN, token: 't1' });
		await sleep(310);
		const [join, claim] = await Promise.all([
			store.join(key, { messageId: 'm2', text: 'e aí', type: 'text', timestamp: new Date().toISOString() }, { ...RAW_JOIN, token: 't2' }),
			store.poll(key, 'm1', { ...RAW_JOIN, token: 't1' }),
		]);
		expect(join).toMatchObject({ state: 'pending', newest: 'm2', count: 2 });
		expect(claim).toMatchObject({ state: 'pending', newest: 'm2', count: 2 });
	});

	it('never loses or repeats a message when one arrives while the holder claims (100 races)', async () => {
		let together = 0;
		let apart = 0;
		for (let round = 0; round < 100; round++) {
			const conversation = conversationKey(`55117${String(round).padStart(8, '0')}`);
			const options: BufferOptions = { quietPeriodMs: 40, maxWaitMs: 1_000, pollIntervalMs: 10 };
			const outcomes = await Promise.all([
				execution(round, 0, msg(`r${round}a`), options, conversation),
				execution(round + 1, 35 + (round % 11), msg(`r${round}b`), options, conversation),
			]);
			const ids = flushes(outcomes).flatMap((f) => f.messageIds);
			expect([...ids].sort()).toEqual([`r${round}a`, `r${round}b`]);
			if (flushes(outcomes).length === 1) together++;
			else apart++;
		}
		console.log(`message arriving around the claim: ${together} joined the burst, ${apart} started a new one (of 100)`);
	}, 30_000);

	it('reads a claim back when the claim command runs twice (a reply lost and the command resent)', async () => {
		const store = redisBurstStore(workers[0], prefix);
		await store.join(key, { messageId: 'm1', text: 'oi', type: 'text', timestamp: new Date().toISOString() }, { ...RAW_JOIN, token: 't1' });
		await sleep(310);
		const first = await store.poll(key, 'm1', { ...RAW_JOIN, token: 't1' });
		const again = await store.poll(key, 'm1', { ...RAW_JOIN, token: 't1' });
		expect(first.state).toBe('flushed');
		expect(again).toEqual(first);

		const word = { messageId: 'm2', text: 'socorro', type: 'text' as const, timestamp: new Date().toISOString() };
		const joined = await store.join(key, word, { ...RAW_JOIN, token: 't2', flushReason: 'flush_word' });
		const rejoined = await store.join(key, word, { ...RAW_JOIN, token: 't2', flushReason: 'flush_word' });
		expect(joined).toMatchObject({ state: 'flushed', token: 't2', claim: { by: 'm2', reason: 'flush_word', messages: [word] } });
		expect(rejoined).toMatchObject({ state: 'flushed', token: 't2', claim: joined.state === 'flushed' ? joined.claim : {} });
	});
});

describe('message buffer rules (real Redis)', () => {
	it('flushes at once on a flush word, with the messages before it', async () => {
		const slow: BufferOptions = { ...FAST, quietPeriodMs: 1_500 };
		const started = Date.now();
		const outcomes = await Promise.all([
			execution(0, 0, msg('m1', 'oi'), slow),
			execution(1, 50, msg('m2', 'tudo bem?'), slow),
			execution(2, 100, msg('m3', 'URGENTE: meu filho caiu e bateu a cabeça'), slow),
		]);
		expect(outcomes[2]).toMatchObject({ kind: 'flush', reason: 'flush_word', matched: 'urgente', messageIds: ['m1', 'm2', 'm3'] });
		expect((outcomes[2] as BurstFlush).waitedMs).toBeLessThan(500);
		expect(outcomes[1]).toMatchObject({ kind: 'superseded', by: 'm3' });
		expect(outcomes[0].kind).toBe('superseded');
		expect(Date.now() - started).toBeLessThan(1_000);
	});

	it('flushes at maxMessages and at maxWaitMs', async () => {
		const capped = await Promise.all([0, 1, 2].map((i) => execution(i, i * 30, msg(`x${i}`), { ...FAST, maxMessages: 3 })));
		expect(capped[2]).toMatchObject({ kind: 'flush', reason: 'max_messages', messageIds: ['x0', 'x1', 'x2'] });

		// A message every 150 ms never leaves the 300 ms quiet period; the first waits 675 ms at most.
		const steady: BufferOptions = { quietPeriodMs: 300, maxWaitMs: 675, pollIntervalMs: 20 };
		const ids = [0, 1, 2, 3, 4, 5].map((i) => `y${i}`);
		const outcomes = await Promise.all(ids.map((id, i) => execution(i, i * 150, msg(id), steady)));
		const flushed = flushes(outcomes);
		expect(flushed[0].reason).toBe('max_wait');
		expect(flushed[0].messageIds).toEqual(ids.slice(0, 5)); // y5 comes after the 675 ms
		expect(flushed.flatMap((f) => f.messageIds)).toEqual(ids);
	});

	it('keeps media of messages without text', async () => {
		const outcomes = await Promise.all([
			execution(0, 0, msg('m1', '', { type: 'voice', media: { id: 'v1', mimetype: 'audio/ogg' } })),
			execution(1, 50, msg('m2', 'ouve o áudio 👆')),
		]);
		expect(outcomes[1]).toMatchObject({
			kind: 'flush',
			text: 'ouve o áudio 👆',
			messages: [{ type: 'voice', media: { id: 'v1', mimetype: 'audio/ogg' } }, { text: 'ouve o áudio 👆' }],
		});
	});
});

describe('message buffer redelivery and crashes (real Redis)', () => {
	it('adds a message redelivered to two workers once and answers it once', async () => {
		const outcomes = await Promise.all([execution(0, 0, msg('m1')), execution(1, 0, msg('m1')), execution(2, 40, msg('m1'))]);
		const flushed = flushes(outcomes);
		expect(flushed).toHaveLength(1);
		expect(flushed[0].messageIds).toEqual(['m1']);
		expect(outcomes.filter((o) => o.kind === 'superseded' && o.by === 'm1')).toHaveLength(2);
		// And once more after the flush: remembered, not a new burst.
		expect(await execution(3, 0, msg('m1'))).toMatchObject({ kind: 'superseded', by: 'm1', duplicate: true });
		expect(await redis.hget(bufferKey(prefix, key), 'n')).toBeNull();
	});

	it("picks up a dead holder's messages with the next message, at once once they waited maxWaitMs", async () => {
		const store = redisBurstStore(workers[0], prefix);
		// This execution joined, then its worker died.
		await store.join(
			key,
			{ messageId: 'm1', text: 'oi', type: 'text', timestamp: new Date().toISOString() },
			{ ...RAW_JOIN, token: 'dead' },
		);
		await sleep(500);
		expect(await execution(1, 0, msg('m2', 'alguém?'))).toMatchObject({ kind: 'flush', reason: 'quiet', messageIds: ['m1', 'm2'] });

		await store.join(
			key,
			{ messageId: 'm3', text: 'oi?', type: 'text', timestamp: new Date().toISOString() },
			{ ...RAW_JOIN, token: 'dead2' },
		);
		await sleep(600);
		const late = await execution(2, 0, msg('m4', 'ei'), { ...FAST, maxWaitMs: 500 });
		expect(late).toMatchObject({ kind: 'flush', reason: 'max_wait', messageIds: ['m3', 'm4'] });
		expect((late as BurstFlush).waitedMs).toBeLessThan(100);
	});

	it("picks up an aborted holder's message with the next message", async () => {
		const controller = new AbortController();
		const aborted = execution(0, 0, msg('m1', 'oi'), { ...FAST, quietPeriodMs: 1_000, signal: controller.signal });
		await sleep(100);
		controller.abort();
		await expect(aborted).rejects.toMatchObject({ name: 'AbortError' });
		expect(await execution(1, 0, msg('m2', 'tudo bem?'))).toMatchObject({ kind: 'flush', messageIds: ['m1', 'm2'] });
	});

	it('stops quietly when the buffer is erased under a waiting execution', async () => {
		const waiting = execution(0, 0, msg('m1'), { ...FAST, quietPeriodMs: 1_000 });
		await sleep(100);
		await redis.del(bufferKey(prefix, key), bufferLogKey(prefix, key));
		expect(await waiting).toMatchObject({ kind: 'superseded', by: '' });
	});
});

describe('message buffer keys and TTL (real Redis)', () => {
	it('sets the TTL (5 minutes by default) on both keys at every join and flush', async () => {
		const store = redisBurstStore(workers[0], prefix);
		await store.join(key, { messageId: 'm1', text: 'oi', type: 'text', timestamp: new Date().toISOString() }, { ...RAW_JOIN, token: 't1' });
		const ttl = await redis.pttl(bufferKey(prefix, key));
		expect(ttl).toBeGreaterThan(298_000);
		expect(ttl).toBeLessThanOrEqual(300_000);
		await execution(0, 0, msg('m2'), { quietPeriodMs: 50, pollIntervalMs: 10 });
		for (const name of [bufferKey(prefix, key), bufferLogKey(prefix, key)]) {
			const left = await redis.pttl(name);
			expect(left).toBeGreaterThan(298_000);
			expect(left).toBeLessThanOrEqual(300_000);
		}
		await execution(0, 0, msg('m3'), { quietPeriodMs: 50, pollIntervalMs: 10, ttlSeconds: 90 });
		expect(await redis.pttl(bufferKey(prefix, key))).toBeLessThanOrEqual(90_000);
	});

	it('prunes flush records older than the TTL, so a busy conversation does not grow', async () => {
		const quick: BufferOptions = { quietPeriodMs: 0, maxWaitMs: 0 };
		for (let i = 0; i < 20; i++) await execution(i, 0, msg(`old${i}`), quick);
		expect(await redis.hlen(bufferKey(prefix, key))).toBe(40); // f: and c: per message
		// Age every record past the TTL, as if 5 minutes went by.
		const log = bufferLogKey(prefix, key);
		const members = await redis.zrange(log, 0, -1);
		await redis.zadd(log, ...members.flatMap((member) => [0, member]));
		await execution(0, 0, msg('new'), quick);
		expect((await redis.hkeys(bufferKey(prefix, key))).sort()).toEqual(expect.arrayContaining(['f:new']));
		expect(await redis.hlen(bufferKey(prefix, key))).toBe(2);
		expect(await redis.zcard(log)).toBe(2);
	});
});
