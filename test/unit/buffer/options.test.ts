import { joinBurstIn, toBufferedMessage } from '../../../nodes/MessageBuffer/buffer';
import { BufferInputError } from '../../../nodes/MessageBuffer/errors';
import { compileFlushRules, DEFAULT_FLUSH_COMMANDS, DEFAULT_FLUSH_WORDS, parseWordList } from '../../../nodes/MessageBuffer/flushRules';
import { bufferKey, bufferKeysOf, bufferLogKey } from '../../../nodes/MessageBuffer/keys';
import { resolveBufferOptions, type BufferOptions } from '../../../nodes/MessageBuffer/options';
import { parseClaim } from '../../../nodes/MessageBuffer/store';
import { FakeClock, MemoryStore } from './fakes';

describe('resolveBufferOptions', () => {
	it('fills in the defaults', () => {
		const settings = resolveBufferOptions();
		expect(settings).toMatchObject({ quietPeriodMs: 4_000, maxWaitMs: 15_000, maxMessages: 10, ttlSeconds: 300, pollIntervalMs: 500 });
		expect(settings.flushRules.match('socorro')).toBe('socorro');
	});

	it('raises the default TTL to outlast a long maximum wait', () => {
		expect(resolveBufferOptions({ maxWaitMs: 600_000 }).ttlSeconds).toBe(660);
	});

	it.each<[string, BufferOptions]>([
		['quietPeriodMs', { quietPeriodMs: -1 }],
		['quietPeriodMs', { quietPeriodMs: 1.5 }],
		['quietPeriodMs', { quietPeriodMs: Number.NaN }],
		['quietPeriodMs', { quietPeriodMs: '4000' as unknown as number }],
		['quietPeriodMs', { quietPeriodMs: 10 * 60_000 }],
		['maxWaitMs', { maxWaitMs: 16 * 60_000 }],
		['maxWaitMs (1000) must be at least quietPeriodMs (4000)', { maxWaitMs: 1_000 }],
		['maxMessages', { maxMessages: 0 }],
		['maxMessages', { maxMessages: 101 }],
		['ttlSeconds', { ttlSeconds: 60 }],
		['ttlSeconds', { ttlSeconds: 74 }],
		['pollIntervalMs', { pollIntervalMs: 5 }],
		['flushWords', { flushWords: 'socorro' as unknown as string[] }],
		['flushWords entry "!!" has no letter or digit', { flushWords: ['!!'] }],
		['flushCommands must hold only text', { flushCommands: [3 as unknown as string] }],
		['flushWhen must be a function', { flushWhen: true as unknown as () => boolean }],
		['clock must have now() and sleep(ms)', { clock: {} as never }],
	])('refuses a bad option: %s', (message, options) => {
		expect(() => resolveBufferOptions(options)).toThrow(BufferInputError);
		expect(() => resolveBufferOptions(options)).toThrow(message);
	});

	it('accepts the edges: no quiet period, one message, the smallest TTL', () => {
		expect(resolveBufferOptions({ quietPeriodMs: 0, maxWaitMs: 0, maxMessages: 1, ttlSeconds: 60 })).toMatchObject({ ttlSeconds: 60 });
		expect(resolveBufferOptions({ ttlSeconds: 75 }).ttlSeconds).toBe(75);
	});

	it('is checked before anything is buffered', async () => {
		const clock = new FakeClock();
		const store = new MemoryStore(clock);
		await expect(joinBurstIn(store, 'k', { messageId: 'm1' }, { clock, maxMessages: 0 })).rejects.toThrow(BufferInputError);
		await expect(joinBurstIn(store, '', { messageId: 'm1' }, { clock })).rejects.toThrow('conversationKey');
		expect(store.joins).toBe(0);
	});
});

describe('toBufferedMessage', () => {
	const now = Date.UTC(2025, 2, 1, 12);

	it('keeps the fields the burst needs and drops the rest', () => {
		const inbound = {
			event: 'message',
			provider: 'waha',
			messageId: 'm1',
			text: 'oi',
			type: 'image',
			timestamp: '2025-03-01T09:00:00-03:00',
			media: { id: 'x', url: '', mimetype: 'image/png', extra: 1 },
			phone: '5511999990000',
		} as never;
		expect(toBufferedMessage(inbound, now)).toEqual({
			messageId: 'm1',
			text: 'oi',
			type: 'image',
			timestamp: '2025-03-01T12:00:00.000Z',
			receivedAt: '2025-03-01T12:00:00.000Z',
			media: { id: 'x', mimetype: 'image/png' },
		});
	});

	it("keeps the trigger's arrival time to the millisecond", () => {
		const message = toBufferedMessage({ messageId: 'm', timestamp: '2025-03-01T12:00:00Z', receivedAt: '2025-03-01T12:00:00.734Z' }, now);
		expect(message).toMatchObject({ timestamp: '2025-03-01T12:00:00.000Z', receivedAt: '2025-03-01T12:00:00.734Z' });
	});

	it('refuses what cannot be buffered', () => {
		expect(() => toBufferedMessage({ messageId: '' }, now)).toThrow('messageId');
		expect(() => toBufferedMessage({ messageId: 'm', text: 3 as never }, now)).toThrow('text must be a string');
		expect(() => toBufferedMessage({ messageId: 'm', type: 'gif' as never }, now)).toThrow('type gif');
		expect(() => toBufferedMessage({ messageId: 'm', timestamp: 'yesterday' }, now)).toThrow('timestamp');
		expect(() => toBufferedMessage({ messageId: 'm', receivedAt: 42 as never }, now)).toThrow('receivedAt is not a valid date: 42');
		expect(() => toBufferedMessage(null as never, now)).toThrow(BufferInputError);
	});

	it('drops a location without coordinates', () => {
		expect(toBufferedMessage({ messageId: 'm', location: { latitude: Number.NaN, longitude: 1 } }, now).location).toBeUndefined();
	});
});

describe('flush rules', () => {
	const rules = compileFlushRules(DEFAULT_FLUSH_WORDS, DEFAULT_FLUSH_COMMANDS);

	it.each([
		['Socorro', 'socorro'],
		['é URGENTE por favor', 'urgente'],
		['urgência!!!', 'urgência'],
		['Es una emergencia', 'emergência'],
		['this is an emergency', 'emergency'],
		['liguei pro SAMU', 'samu'],
		['PARAR', 'parar'],
		['pare', 'pare'],
		['STOP 🙏', 'stop'],
		['BAJA', 'baja'],
		['darme de baja', 'darme de baja'],
		['Sair.', 'sair'],
	])('flushes on %j', (text, entry) => {
		expect(rules.match(text)).toBe(entry);
	});

	it.each(['oi', 'urgentemente', 'vou sair mais cedo', 'la fiebre no baja', 'não para de doer', 'stop motion', '', '   '])(
		'does not flush on %j',
		(text) => {
			expect(rules.match(text)).toBeUndefined();
		},
	);

	it('reads a list typed in a node parameter', () => {
		expect(parseWordList('socorro, urgente\n\n ajuda já ,')).toEqual(['socorro', 'urgente', 'ajuda já']);
	});
});

describe('keys and stored claims', () => {
	it('follow `${prefix}<kind>:${conversationKey}`, the shape the LGPD erase finds', () => {
		const key = 'clinic:waha:default:5511999990000';
		expect(bufferKey('wa:', key)).toBe(`wa:buf:${key}`);
		expect(bufferLogKey('wa:', key)).toBe(`wa:buflog:${key}`);
		expect(bufferKeysOf('wa:', key)).toEqual([`wa:buf:${key}`, `wa:buflog:${key}`]);
	});

	it('parses a claim record as the Lua scripts write it', () => {
		const message = { messageId: 'm1', text: 'oi', type: 'text', timestamp: '2025-03-01T12:00:00.000Z' };
		expect(parseClaim(JSON.stringify({ by: 'm1', reason: 'quiet', messages: [JSON.stringify(message)] }))).toEqual({
			by: 'm1',
			reason: 'quiet',
			messages: [message],
		});
		// cjson writes an empty list as an object.
		expect(parseClaim('{"by":"m1","reason":"quiet","messages":{}}')?.messages).toEqual([]);
		expect(parseClaim('')).toBeUndefined();
	});
});
