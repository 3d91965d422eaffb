// The small additions the agent made to the shared Gemini code and the fake: a caller's
// AbortSignal in the adapter's CallOptions, usage on JSON answers, and GeminiFake.failWhen.
import { GeminiAdapter } from '../../../nodes/shared/gemini/adapter';
import { GeminiError } from '../../../nodes/shared/gemini/errors';
import { askForJson } from '../../../nodes/shared/gemini/json';
import { GeminiFake } from '../../fakes';

const request = (text: string) => ({ model: 'gemini-2.5-flash', contents: [{ role: 'user' as const, parts: [{ text }] }] });

describe('shared Gemini additions', () => {
	const fake = new GeminiFake();
	let gemini: GeminiAdapter;
	beforeAll(async () => {
		await fake.start();
		gemini = new GeminiAdapter({ apiKey: 'k', baseUrl: fake.url });
	});
	afterAll(async () => await fake.stop());
	beforeEach(() => fake.reset());

	it("cancels a hung call when the caller's signal aborts, long before the attempt's own timeout", async () => {
		fake.hang();
		const controller = new AbortController();
		setTimeout(() => controller.abort(), 50);
		const started = Date.now();
		const error = await gemini
			.generate(request('oi'), { timeoutMs: 10_000, retries: 3, signal: controller.signal })
			.catch((e: unknown) => e);
		expect(Date.now() - started).toBeLessThan(2_000);
		expect(error).toBeInstanceOf(GeminiError);
		expect(error).toMatchObject({ kind: 'timeout', message: 'The Gemini call was cancelled by its caller', attempts: 1 });
		// On a busy machine the abort may come before the request even reached the fake.
		expect(fake.requests.length).toBeLessThanOrEqual(1);
	});

	it('makes no further attempt once the signal has aborted', async () => {
		fake.fail({ status: 503, times: 5 });
		const controller = new AbortController();
		const pending = gemini.generate(request('oi'), { retries: 4, baseDelayMs: 100, signal: controller.signal });
		await fake.waitForRequest(() => true);
		controller.abort();
		await expect(pending).rejects.toMatchObject({ kind: 'timeout' });
		expect(fake.requests).toHaveLength(1);
	});

	it('still retries and succeeds when the signal stays quiet', async () => {
		fake.fail({ status: 429, retryAfter: 0.01 }).reply('Olá');
		const result = await gemini.generate(request('oi'), { signal: new AbortController().signal, baseDelayMs: 1 });
		expect(result).toMatchObject({ kind: 'content', text: 'Olá' });
	});

	it('returns the usage with a JSON answer', async () => {
		fake.reply('{"on_topic": true, "confidence": 0.9}');
		const answer = await askForJson(gemini, { ...request('oi'), responseSchema: { type: 'object' } });
		expect(answer).toEqual({
			ok: true,
			value: { on_topic: true, confidence: 0.9 },
			usage: { promptTokens: expect.any(Number), outputTokens: expect.any(Number), totalTokens: expect.any(Number) },
		});
	});

	it('GeminiFake.failWhen decides a fault per request from its body', async () => {
		fake.failWhen((body) => {
			const text = JSON.stringify(body.contents);
			if (text.includes('limit')) return { status: 429, retryAfter: 1 };
			if (text.includes('hang')) return 'hang';
			return undefined;
		});
		fake.reply('ok');
		expect(await gemini.generate(request('fine'))).toMatchObject({ kind: 'content', text: 'ok' });
		await expect(gemini.generate(request('limit'), { retries: 0 })).rejects.toMatchObject({ status: 429, rpcStatus: 'RESOURCE_EXHAUSTED' });
		expect(fake.requests.at(-1)!.status).toBe(429);
		await expect(gemini.generate(request('hang'), { retries: 0, timeoutMs: 100 })).rejects.toMatchObject({ kind: 'timeout' });
		fake.reset();
		expect(await gemini.generate(request('limit'))).toMatchObject({ kind: 'content', text: 'Echo: limit' });
	});
});
