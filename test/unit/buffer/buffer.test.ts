import { joinBurstIn } from '../../../nodes/MessageBuffer/buffer';
import type { BufferOptions } from '../../../nodes/MessageBuffer/options';
import type { BufferInput, BurstFlush, BurstOutcome, BurstStore, StoreReply } from '../../../nodes/MessageBuffer/types';
import { FakeClock, MemoryStore, settle } from './fakes';

const KEY = 'clinic:waha:default:5511999990000';
let clock: FakeClock;
let store: MemoryStore;

beforeEach(() => {
	clock = new FakeClock();
	store = new MemoryStore(clock);
});

/** A message sent and received at the fake clock's now (12:00:00 on 2025-03-01 plus the clock). */
function msg(id: string, text = id, extra: Partial<BufferInput> = {}): BufferInput {
	const now = new Date(Date.UTC(2025, 2, 1, 12, 0, 0) + clock.now()).toISOString();
	return { messageId: id, text, type: 'text', timestamp: now, receivedAt: now, ...extra };
}

interface Running {
	outcome: BurstOutcome | undefined;
	error: unknown;
	promise: Promise<void>;
}

/** Starts one execution's joinBurst and records its outcome when it ends. */
function start(input: BufferInput, options: BufferOptions = {}, on: BurstStore = store, key = KEY): Running {
	const running: Running = { outcome: undefined, error: undefined, promise: Promise.resolve() };
	running.promise = joinBurstIn(on, key, input, { clock, ...options }).then(
		(outcome) => void (running.outcome = outcome),
		(error: unknown) => void (running.error = error),
	);
	return running;
}

/** The store, except that the first join's reply is lost after Redis ran it. */
function droppingFirstJoin(): BurstStore {
	let dropped = false;
	return {
		join: async (key, message, request) => {
			const reply = await store.join(key, message, request);
			if (!dropped) {
				dropped = true;
				throw new Error('Connection is closed.');
			}
			return reply;
		},
		poll: (key, id, request) => store.poll(key, id, request),
	};
}

function asFlush(outcome: BurstOutcome | undefined): BurstFlush {
	expect(outcome?.kind).toBe('flush');
	return outcome as BurstFlush;
}

describe('joinBurst: quiet period', () => {
	it('flushes a lone message after the quiet period (4 s by default)', async () => {
		const run = start(msg('m1', 'oi'));
		await clock.advance(3_999);
		expect(run.outcome).toBeUndefined();
		await clock.advance(1);
		const flush = asFlush(run.outcome);
		expect(flush).toEqual({
			kind: 'flush',
			reason: 'quiet',
			messages: [
				{ messageId: 'm1', text: 'oi', type: 'text', timestamp: '2025-03-01T12:00:00.000Z', receivedAt: '2025-03-01T12:00:00.000Z' },
			],
			messageIds: ['m1'],
			text: 'oi',
			count: 1,
			firstAt: '2025-03-01T12:00:00.000Z',
			lastAt: '2025-03-01T12:00:00.000Z',
			waitedMs: 4_000,
		});
		expect(store.pending(KEY)).toEqual([]);
	});

	it('answers a burst once, from the execution of its last message, with everything in order', async () => {
		const m1 = start(msg('m1', 'oi'));
		await clock.advance(1_200);
		const m2 = start(msg('m2', 'tudo bem?'));
		await clock.advance(1_200);
		const m3 = start(msg('m3', 'queria marcar consulta'));
		await clock.advance(3_999);
		expect(m3.outcome).toBeUndefined();
		await clock.advance(1);
		const flush = asFlush(m3.outcome);
		expect(flush.reason).toBe('quiet');
		expect(flush.messageIds).toEqual(['m1', 'm2', 'm3']);
		expect(flush.text).toBe('oi\ntudo bem?\nqueria marcar consulta');
		expect(flush.firstAt).toBe('2025-03-01T12:00:00.000Z');
		expect(flush.lastAt).toBe('2025-03-01T12:00:02.400Z');
		expect(flush.waitedMs).toBe(4_000);
		expect(m1.outcome).toEqual({ kind: 'superseded', by: 'm2', waitedMs: 1_500, duplicate: false });
		expect(m2.outcome).toEqual({ kind: 'superseded', by: 'm3', waitedMs: 1_500, duplicate: false });
	});

	it('lets a superseded execution go within one poll interval of the newer message', async () => {
		const m1 = start(msg('m1'), { pollIntervalMs: 200 });
		await clock.advance(1_050);
		start(msg('m2'), { pollIntervalMs: 200 });
		await clock.advance(150);
		expect(m1.outcome).toEqual({ kind: 'superseded', by: 'm2', waitedMs: 1_200, duplicate: false });
	});

	it('polls about quietPeriod / pollInterval times while holding, and sleeps exactly to the deadline', async () => {
		const run = start(msg('m1'), { quietPeriodMs: 1_000, pollIntervalMs: 300 });
		await clock.advance(1_000);
		expect(asFlush(run.outcome).waitedMs).toBe(1_000);
		expect(store.polls).toBe(4); // 300, 600, 900, 1000
		expect(clock.sleepers).toBe(0);
	});

	it('flushes every message by itself at once when the quiet period is 0', async () => {
		const run = start(msg('m1'), { quietPeriodMs: 0 });
		await settle();
		expect(asFlush(run.outcome)).toMatchObject({ reason: 'quiet', messageIds: ['m1'], waitedMs: 0 });
	});

	it('keeps the separate conversations apart', async () => {
		const a = start(msg('a1'));
		const b = start(msg('b1'), {}, store, 'clinic:waha:default:5511888880000');
		await clock.advance(4_000);
		expect(asFlush(a.outcome).messageIds).toEqual(['a1']);
		expect(asFlush(b.outcome).messageIds).toEqual(['b1']);
	});
});

describe('joinBurst: limits', () => {
	it('flushes at once when the burst reaches maxMessages; the next message starts a new burst', async () => {
		const options = { maxMessages: 3 };
		const m1 = start(msg('m1'), options);
		await clock.advance(100);
		const m2 = start(msg('m2'), options);
		await clock.advance(100);
		const m3 = start(msg('m3'), options);
		await settle();
		expect(asFlush(m3.outcome)).toMatchObject({ reason: 'max_messages', messageIds: ['m1', 'm2', 'm3'], waitedMs: 0 });
		const m4 = start(msg('m4'), options);
		await clock.advance(600);
		expect(m1.outcome).toMatchObject({ kind: 'superseded', by: 'm3' });
		expect(m2.outcome).toMatchObject({ kind: 'superseded', by: 'm3' });
		await clock.advance(4_000);
		expect(asFlush(m4.outcome)).toMatchObject({ reason: 'quiet', messageIds: ['m4'] });
	});

	it('flushes when the first message has waited maxWaitMs, however the contact keeps typing', async () => {
		const options = { quietPeriodMs: 4_000, maxWaitMs: 10_000 };
		const runs = [start(msg('m1'), options)];
		for (const id of ['m2', 'm3', 'm4']) {
			await clock.advance(3_000);
			runs.push(start(msg(id), options));
		}
		await clock.advance(999); // t = 9999
		expect(runs.every((run) => run.outcome === undefined || run.outcome.kind === 'superseded')).toBe(true);
		await clock.advance(1); // t = 10000
		const flush = asFlush(runs[3].outcome);
		expect(flush).toMatchObject({ reason: 'max_wait', messageIds: ['m1', 'm2', 'm3', 'm4'], waitedMs: 1_000 });
		const m5 = start(msg('m5'), options);
		await clock.advance(4_000);
		expect(asFlush(m5.outcome)).toMatchObject({ reason: 'quiet', messageIds: ['m5'] });
	});

	it('picks up the burst of a holder that died, at once when it is older than maxWaitMs', async () => {
		// m1's execution joined and died before its wait ended.
		await store.join(
			KEY,
			{ messageId: 'm1', text: 'oi', type: 'text', timestamp: '2025-03-01T12:00:00.000Z' },
			{
				token: 'dead',
				ttlSeconds: 300,
				quietPeriodMs: 4_000,
				maxWaitMs: 15_000,
				maxMessages: 10,
			},
		);
		await clock.advance(5_000);
		const m2 = start(msg('m2', 'alguém aí?'));
		await clock.advance(4_000);
		expect(asFlush(m2.outcome)).toMatchObject({ reason: 'quiet', messageIds: ['m1', 'm2'], text: 'oi\nalguém aí?' });

		await store.join(
			KEY,
			{ messageId: 'm3', text: 'oi de novo', type: 'text', timestamp: '2025-03-01T12:00:09.000Z' },
			{
				token: 'dead2',
				ttlSeconds: 300,
				quietPeriodMs: 4_000,
				maxWaitMs: 15_000,
				maxMessages: 10,
			},
		);
		await clock.advance(20_000);
		const m4 = start(msg('m4'));
		await settle();
		expect(asFlush(m4.outcome)).toMatchObject({ reason: 'max_wait', messageIds: ['m3', 'm4'], waitedMs: 0 });
	});
});

describe('joinBurst: flush rules', () => {
	it('flushes at once on a flush word, with the messages buffered before it', async () => {
		const m1 = start(msg('m1', 'oi'));
		await clock.advance(300);
		const m2 = start(msg('m2', 'tudo bem?'));
		await clock.advance(300);
		const m3 = start(msg('m3', 'SOCORRO!! meu cachorro comeu chocolate'));
		await settle();
		expect(asFlush(m3.outcome)).toMatchObject({
			reason: 'flush_word',
			matched: 'socorro',
			messageIds: ['m1', 'm2', 'm3'],
			text: 'oi\ntudo bem?\nSOCORRO!! meu cachorro comeu chocolate',
			waitedMs: 0,
		});
		await clock.advance(500);
		// m1 saw m2 take over at its poll before m3 came; m2 learns that m3 took its burst.
		expect(m1.outcome).toMatchObject({ kind: 'superseded', by: 'm2' });
		expect(m2.outcome).toMatchObject({ kind: 'superseded', by: 'm3' });
	});

	it('matches accents and case, whole words only', async () => {
		const hit = start(msg('m1', 'é uma EMERGENCIA'));
		await settle();
		expect(asFlush(hit.outcome)).toMatchObject({ reason: 'flush_word', matched: 'emergência' });
		const miss = start(msg('m2', 'preciso urgentemente de uma consulta'));
		await settle();
		expect(miss.outcome).toBeUndefined();
		await clock.advance(4_000);
		expect(asFlush(miss.outcome).reason).toBe('quiet');
	});

	it('flushes on an opt-out command sent alone, not on the same verb inside a sentence', async () => {
		const command = start(msg('m1', 'Sair.'));
		await settle();
		expect(asFlush(command.outcome)).toMatchObject({ reason: 'flush_word', matched: 'sair' });
		const sentence = start(msg('m2', 'vou sair do trabalho às 18h'));
		await settle();
		expect(sentence.outcome).toBeUndefined();
		await clock.advance(4_000);
		expect(asFlush(sentence.outcome).reason).toBe('quiet');
	});

	it('takes custom lists, and none at all', async () => {
		const custom = start(msg('m1', 'quero falar com um atendente'), { flushWords: ['atendente'], flushCommands: [] });
		await settle();
		expect(asFlush(custom.outcome)).toMatchObject({ reason: 'flush_word', matched: 'atendente' });
		const none = start(msg('m2', 'socorro'), { flushWords: [], flushCommands: [] });
		await settle();
		expect(none.outcome).toBeUndefined();
		await clock.advance(4_000);
		expect(asFlush(none.outcome).reason).toBe('quiet');
	});

	it('flushes at once when the flushWhen predicate says so, and passes it the message', async () => {
		const seen: unknown[] = [];
		const flushWhen = async (message: { text: string }) => {
			seen.push(message);
			return message.text.includes('não consigo respirar');
		};
		const m1 = start(msg('m1', 'oi'), { flushWhen });
		await clock.advance(100);
		const m2 = start(msg('m2', 'meu pai não consigo respirar direito'), { flushWhen });
		await settle();
		expect(asFlush(m2.outcome)).toMatchObject({ reason: 'flush_rule', messageIds: ['m1', 'm2'] });
		expect(asFlush(m2.outcome).ruleError).toBeUndefined();
		expect(seen[0]).toEqual({
			messageId: 'm1',
			text: 'oi',
			type: 'text',
			timestamp: '2025-03-01T12:00:00.000Z',
			receivedAt: '2025-03-01T12:00:00.000Z',
		});
		await clock.advance(500);
		expect(m1.outcome).toMatchObject({ kind: 'superseded', by: 'm2' });
	});

	it('flushes, and reports the error, when the predicate throws', async () => {
		const run = start(msg('m1', 'oi'), {
			flushWhen: () => {
				throw new Error('triage unavailable');
			},
		});
		await settle();
		expect(asFlush(run.outcome)).toMatchObject({ reason: 'flush_rule', ruleError: 'triage unavailable' });
	});
});

describe('joinBurst: redelivery', () => {
	it('does not add a redelivered message twice while its burst waits; one of the two answers', async () => {
		const first = start(msg('m1', 'oi'));
		await clock.advance(200);
		const again = start(msg('m1', 'oi'));
		await settle();
		expect(store.pending(KEY)).toEqual(['m1']);
		await clock.advance(4_000);
		const outcomes = [first.outcome, again.outcome];
		const flushes = outcomes.filter((o) => o?.kind === 'flush') as BurstFlush[];
		expect(flushes).toHaveLength(1);
		expect(flushes[0].messageIds).toEqual(['m1']);
		// The redelivery waits on the original's quiet period, not a new one.
		expect(first.outcome).toMatchObject({ kind: 'flush', waitedMs: 4_000 });
		expect(again.outcome).toEqual({ kind: 'superseded', by: 'm1', waitedMs: expect.any(Number), duplicate: true });
	});

	it('does not start a new burst for a message redelivered after its flush', async () => {
		const first = start(msg('m1'));
		await clock.advance(4_000);
		expect(asFlush(first.outcome).messageIds).toEqual(['m1']);
		const again = start(msg('m1'));
		await settle();
		expect(again.outcome).toEqual({ kind: 'superseded', by: 'm1', waitedMs: 0, duplicate: true });
		expect(store.pending(KEY)).toEqual([]);
	});

	it('does not add a redelivered message after a newer one, and leaves the burst to the newer', async () => {
		start(msg('m1'));
		await clock.advance(500);
		const m2 = start(msg('m2'));
		await clock.advance(500);
		const again = start(msg('m1'));
		await settle();
		expect(again.outcome).toEqual({ kind: 'superseded', by: 'm2', waitedMs: 0, duplicate: true });
		await clock.advance(4_000);
		expect(asFlush(m2.outcome).messageIds).toEqual(['m1', 'm2']);
	});

	it('reads its own claim back when the claim ran but the connection dropped before the reply', async () => {
		let dropped = 0;
		const dropping: BurstStore = {
			join: (key, message, request) => store.join(key, message, request),
			poll: async (key, id, request) => {
				const reply = await store.poll(key, id, request);
				if (reply.state === 'flushed' && dropped++ === 0) throw new Error('Connection is closed.');
				return reply;
			},
		};
		const m1 = start(msg('m1', 'oi'), {}, dropping);
		await clock.advance(4_000);
		expect(m1.outcome).toBeUndefined(); // claimed, reply lost, retry pending
		await clock.advance(100);
		expect(asFlush(m1.outcome)).toMatchObject({ reason: 'quiet', messageIds: ['m1'], waitedMs: 4_100 });
		expect(store.pending(KEY)).toEqual([]);
	});

	it('reads its own flush-word claim back when the join reply was lost', async () => {
		const m1 = start(msg('m1', 'oi'));
		await clock.advance(100);
		const m2 = start(msg('m2', 'socorro'), {}, droppingFirstJoin());
		await clock.advance(100);
		expect(asFlush(m2.outcome)).toMatchObject({ reason: 'flush_word', messageIds: ['m1', 'm2'], waitedMs: 100 });
		await clock.advance(500);
		expect(m1.outcome).toMatchObject({ kind: 'superseded', by: 'm2' });
	});

	it('does not call its own retried join a redelivery', async () => {
		const m1 = start(msg('m1', 'oi'), {}, droppingFirstJoin());
		await clock.advance(1_000);
		start(msg('m2', 'tudo bem?'));
		await clock.advance(500);
		// Retried at 100 ms, then polls at 600 and 1100.
		expect(m1.outcome).toEqual({ kind: 'superseded', by: 'm2', waitedMs: 1_100, duplicate: false });
		expect(store.pending(KEY)).toEqual(['m1', 'm2']);
	});

	it('reads its own claim back when the claim ran but its reply was lost and the command was resent', async () => {
		// ioredis resends a command whose reply a dropped connection lost; the second run of the
		// claim finds the burst already taken by this caller's token and returns the record.
		const resending: BurstStore = {
			join: (key, message, request) => store.join(key, message, request),
			poll: async (key, id, request) => {
				const reply: StoreReply = await store.poll(key, id, request);
				return reply.state === 'flushed' ? await store.poll(key, id, request) : reply;
			},
		};
		const m1 = start(msg('m1', 'oi'), {}, resending);
		await clock.advance(1_000);
		const m2 = start(msg('m2', 'tudo bem?'), {}, resending);
		await clock.advance(4_000);
		expect(asFlush(m2.outcome)).toMatchObject({ reason: 'quiet', messageIds: ['m1', 'm2'] });
		expect(m1.outcome?.kind).toBe('superseded');
	});
});

describe('joinBurst: contents', () => {
	it('keeps sending order, media and location, and joins only the non-empty texts', async () => {
		const options = { maxMessages: 4 };
		start(msg('m1', 'olha isso'), options);
		await clock.advance(500);
		start(msg('m2', '', { type: 'image', media: { id: 'media-1', mimetype: 'image/jpeg', url: 'https://x/y.jpg' } }), options);
		await clock.advance(500);
		start(msg('m3', '', { type: 'voice', media: { id: 'media-2', mimetype: 'audio/ogg; codecs=opus' } }), options);
		await clock.advance(500);
		const last = start(msg('m4', 'aqui', { type: 'location', location: { latitude: -23.5, longitude: -46.6, name: 'Clínica' } }), options);
		await settle();
		const flush = asFlush(last.outcome);
		expect(flush.messageIds).toEqual(['m1', 'm2', 'm3', 'm4']);
		expect(flush.text).toBe('olha isso\naqui');
		expect(flush.messages[1]).toEqual({
			messageId: 'm2',
			text: '',
			type: 'image',
			timestamp: '2025-03-01T12:00:00.500Z',
			receivedAt: '2025-03-01T12:00:00.500Z',
			media: { id: 'media-1', mimetype: 'image/jpeg', url: 'https://x/y.jpg' },
		});
		expect(flush.messages[2].media).toEqual({ id: 'media-2', mimetype: 'audio/ogg; codecs=opus' });
		expect(flush.messages[3].location).toEqual({ latitude: -23.5, longitude: -46.6, name: 'Clínica' });
	});

	it('puts messages that joined out of order back in the order they were sent, and reports the first and last times', async () => {
		start(msg('m1', 'segunda', { timestamp: '2025-03-01T12:00:05Z' }));
		await clock.advance(100);
		const last = start(msg('m2', 'primeira', { timestamp: '2025-03-01T12:00:03Z' }));
		await clock.advance(4_000);
		const flush = asFlush(last.outcome);
		expect(flush.text).toBe('primeira\nsegunda');
		expect(flush.messageIds).toEqual(['m2', 'm1']);
		expect([flush.firstAt, flush.lastAt]).toEqual(['2025-03-01T12:00:03.000Z', '2025-03-01T12:00:05.000Z']);
	});

	it("orders messages sent in the same second by the trigger's arrival time, not by the order they joined", async () => {
		// WAHA dates to the second; queue-mode workers picked these up in the order 3, 1, 2.
		const second = '2025-03-01T12:00:00Z';
		start(msg('m3', 'queria saber o horário', { timestamp: second, receivedAt: '2025-03-01T12:00:00.620Z' }));
		await clock.advance(10);
		start(msg('m1', 'oi', { timestamp: second, receivedAt: '2025-03-01T12:00:00.020Z' }));
		await clock.advance(10);
		const last = start(msg('m2', 'tudo bem?', { timestamp: second, receivedAt: '2025-03-01T12:00:00.320Z' }));
		await clock.advance(4_000);
		expect(asFlush(last.outcome).text).toBe('oi\ntudo bem?\nqueria saber o horário');
	});

	it('keeps join order where neither time tells, and puts a message without an arrival time after those with one', async () => {
		const second = '2025-03-01T12:00:00Z';
		await store.join(
			KEY,
			{ messageId: 'old', text: 'buffered by an older version', type: 'text', timestamp: second },
			{ token: 'old', ttlSeconds: 300, quietPeriodMs: 4_000, maxWaitMs: 15_000, maxMessages: 10 },
		);
		start(msg('a', 'a', { timestamp: second, receivedAt: '2025-03-01T12:00:00.500Z' }));
		await clock.advance(10);
		const last = start(msg('b', 'b', { timestamp: second, receivedAt: '2025-03-01T12:00:00.500Z' }));
		await clock.advance(4_000);
		expect(asFlush(last.outcome).messageIds).toEqual(['a', 'b', 'old']);
	});

	it('buffers a message with only an id, typed unknown and stamped now', async () => {
		clock.time = Date.UTC(2025, 5, 1);
		const run = start({ messageId: 'm1' });
		await clock.advance(4_000);
		expect(asFlush(run.outcome).messages).toEqual([
			{ messageId: 'm1', text: '', type: 'unknown', timestamp: '2025-06-01T00:00:00.000Z', receivedAt: '2025-06-01T00:00:00.000Z' },
		]);
		expect(asFlush(run.outcome).firstAt).toBe('2025-06-01T00:00:00.000Z');
		expect(asFlush(run.outcome).text).toBe('');
	});
});

describe('joinBurst: stopping', () => {
	it('rejects when aborted, leaving the message for the next one', async () => {
		const controller = new AbortController();
		const m1 = start(msg('m1', 'oi'), { signal: controller.signal });
		await clock.advance(600);
		controller.abort();
		await clock.advance(500);
		expect(m1.outcome).toBeUndefined();
		expect((m1.error as Error).name).toBe('AbortError');
		expect(store.pending(KEY)).toEqual(['m1']);
		const m2 = start(msg('m2', 'tudo bem?'));
		await clock.advance(4_000);
		expect(asFlush(m2.outcome).messageIds).toEqual(['m1', 'm2']);
	});

	it('stops quietly, by nobody, when the buffer vanishes under it (erased or expired)', async () => {
		const m1 = start(msg('m1'));
		await clock.advance(1_000);
		store.erase(KEY);
		await clock.advance(500);
		expect(m1.outcome).toEqual({ kind: 'superseded', by: '', waitedMs: 1_500, duplicate: false });
	});

	it('passes store failures through after three retries', async () => {
		let joins = 0;
		const failing: BurstStore = {
			join: async () => {
				joins++;
				throw new Error('connect ECONNREFUSED 127.0.0.1:6379');
			},
			poll: async () => {
				throw new Error('unreachable');
			},
		};
		const run = start(msg('m1'), {}, failing);
		await clock.advance(1_499);
		expect(run.error).toBeUndefined();
		await clock.advance(1);
		expect((run.error as Error).message).toBe('connect ECONNREFUSED 127.0.0.1:6379');
		expect(joins).toBe(4);
	});

	it('does not retry an error Redis itself answered', async () => {
		const wrongType = Object.assign(new Error('WRONGTYPE Operation against a key holding the wrong kind of value'), { name: 'ReplyError' });
		let joins = 0;
		const failing: BurstStore = {
			join: async () => {
				joins++;
				throw wrongType;
			},
			poll: async () => {
				throw wrongType;
			},
		};
		const run = start(msg('m1'), {}, failing);
		await settle();
		expect(run.error).toBe(wrongType);
		expect(joins).toBe(1);
	});
});
