// Retries against the real fakes, the same for every provider: 429 waits for Retry-After, 5xx
// and lost connections are retried with backoff, other 4xx fail at once with the provider's words.
import { cloudOutbound } from '../../../nodes/WhatsAppAiSend/providers/cloud';
import { SendError } from '../../../nodes/WhatsAppAiSend/providers/errors';
import { evolutionOutbound } from '../../../nodes/WhatsAppAiSend/providers/evolution';
import type { OutboundProvider } from '../../../nodes/WhatsAppAiSend/providers/types';
import { wahaOutbound } from '../../../nodes/WhatsAppAiSend/providers/waha';
import { EvolutionFake } from '../../fakes/evolutionFake';
import type { FakeServer } from '../../fakes/fakeServer';
import { GraphFake } from '../../fakes/graphFake';
import { WahaFake } from '../../fakes/wahaFake';
import { contextFor, fetchHttpCall } from './support';

interface Case {
	provider: OutboundProvider;
	fake: FakeServer;
	headers: Record<string, string>;
	session: string;
	apiVersion?: string;
	/** Expected error code of the fake's default 400. */
	badRequestCode: number;
}

const graph = new GraphFake({ accessToken: 'graph-token', phoneNumberId: '1234567890' });
const CASES: Case[] = [
	{
		provider: wahaOutbound,
		fake: new WahaFake({ apiKey: 'waha-key' }),
		headers: { 'X-Api-Key': 'waha-key' },
		session: 'default',
		badRequestCode: 400,
	},
	{
		provider: cloudOutbound,
		fake: graph,
		headers: { Authorization: 'Bearer graph-token' },
		session: '1234567890',
		apiVersion: graph.apiVersion,
		badRequestCode: 100,
	},
	{
		provider: evolutionOutbound,
		fake: new EvolutionFake({ apiKey: 'evo-key' }),
		headers: { apikey: 'evo-key' },
		session: 'clinic',
		badRequestCode: 400,
	},
];

beforeAll(async () => await Promise.all(CASES.map((c) => c.fake.start())));
afterAll(async () => await Promise.all(CASES.map((c) => c.fake.stop())));
beforeEach(() => CASES.forEach((c) => c.fake.reset()));

const TO = '5511988887777';

describe.each(CASES.map((c) => [c.provider.name, c] as const))('%s retries', (_name, c) => {
	const context = (timeoutMs?: number) =>
		contextFor(fetchHttpCall(c.headers, timeoutMs), c.fake.url, c.session, { apiVersion: c.apiVersion });
	const sendText = (ctx = context()) => c.provider.sendText({ to: TO, text: 'Sua consulta está confirmada.' }, ctx);

	it('waits at least Retry-After after a 429, then succeeds', async () => {
		c.fake.fail({ status: 429, retryAfter: 1 });
		const ctx = context();
		const started = Date.now();
		const result = await sendText(ctx);
		const waited = c.fake.requests[1].at - c.fake.requests[0].at;
		expect(waited).toBeGreaterThanOrEqual(1000);
		expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
		expect(ctx.retries.map((r) => r.delayMs)).toEqual([1000]);
		expect(c.fake.requests.map((r) => r.status)).toEqual([429, expect.any(Number)]);
		expect(result.messageIds).toHaveLength(1);
	});

	it('retries a 500 twice with backoff, then succeeds', async () => {
		c.fake.fail({ status: 500, times: 2 });
		const ctx = context();
		const result = await sendText(ctx);
		expect(c.fake.requests.map((r) => r.status)).toEqual([500, 500, expect.any(Number)]);
		expect(ctx.retries.map((r) => r.attempt)).toEqual([1, 2]);
		expect(result).toMatchObject({ ok: true, messageIds: [expect.any(String)] });
	});

	it('does not retry a 400 and reports the provider code and message', async () => {
		c.fake.fail({ status: 400, message: 'Invalid recipient' });
		const ctx = context();
		const error = await sendText(ctx).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(SendError);
		expect(error).toMatchObject({
			kind: 'provider',
			provider: c.provider.name,
			httpStatus: 400,
			providerCode: c.badRequestCode,
			providerMessage: expect.stringContaining('Invalid recipient'),
			retryable: false,
			outside24hWindow: false,
		});
		expect(c.fake.requests).toHaveLength(1);
		expect(ctx.retries).toEqual([]);
	});

	it('retries a request that got no answer', async () => {
		c.fake.hang({ times: 1 });
		const ctx = context(300);
		const result = await sendText(ctx);
		expect(c.fake.requests).toHaveLength(2);
		expect(ctx.retries).toHaveLength(1);
		expect(result.messageIds).toHaveLength(1);
	});

	it('gives up after the configured retries with the last error', async () => {
		c.fake.fail({ status: 503, times: Infinity });
		const error = await sendText().catch((e: unknown) => e);
		expect(error).toMatchObject({ kind: 'provider', httpStatus: 503, retryable: true });
		expect(c.fake.requests).toHaveLength(4);
	});
});

describe('Cloud API rate-limit codes on HTTP 400', () => {
	it('retries 130429 even when Graph answers 400', async () => {
		graph.fail({ status: 400, code: 130429, message: '(#130429) Rate limit hit' });
		const ctx = contextFor(fetchHttpCall({ Authorization: 'Bearer graph-token' }), graph.url, '1234567890', {
			apiVersion: graph.apiVersion,
		});
		const result = await cloudOutbound.sendText({ to: TO, text: 'oi' }, ctx);
		expect(graph.requests.map((r) => r.status)).toEqual([400, 200]);
		expect(result.messageIds).toEqual([graph.sent()[0].id]);
	});
});
