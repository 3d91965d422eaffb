import { GeminiAdapter, getGemini } from '../../../../nodes/shared/gemini/adapter';
import { GeminiError } from '../../../../nodes/shared/gemini/errors';
import type { GenerateRequest } from '../../../../nodes/shared/gemini/types';
import { GeminiFake } from '../../../fakes/geminiFake';

const API_KEY = 'test-gemini-key';
const fake = new GeminiFake({ apiKey: API_KEY, dimension: 16 });
let gemini: GeminiAdapter;

const ask = (text: string, extra: Partial<GenerateRequest> = {}): GenerateRequest => ({
	model: 'gemini-2.0-flash',
	contents: [{ role: 'user', parts: [{ text }] }],
	...extra,
});
const fastRetry = { retries: 2, baseDelayMs: 5, maxDelayMs: 50, timeoutMs: 2_000 };

beforeAll(async () => {
	await fake.start();
	gemini = new GeminiAdapter({ apiKey: API_KEY, baseUrl: fake.url });
});
afterAll(async () => await fake.stop());
beforeEach(() => fake.reset());

describe('GeminiAdapter.generate', () => {
	it('returns text with usage and sends the system instruction and key', async () => {
		fake.reply('Olá! Como posso ajudar?');
		const result = await gemini.generate(ask('Oi', { systemInstruction: 'Você é a recepção da clínica.' }));
		expect(result).toMatchObject({ kind: 'content', text: 'Olá! Como posso ajudar?', functionCalls: [] });
		const [body] = fake.generateRequests();
		expect(body.systemInstruction).toEqual({ role: 'system', parts: [{ text: 'Você é a recepção da clínica.' }] });
		expect(fake.requests[0].headers['x-goog-api-key']).toBe(API_KEY);
		expect(fake.requests[0].path).toBe('/v1beta/models/gemini-2.0-flash:generateContent');
	});

	it('returns function calls with the model turn to append to history', async () => {
		fake.functionCall('find_slots', { specialty: 'cardiology' });
		const result = await gemini.generate(
			ask('Quero marcar com cardiologista', {
				tools: [
					{
						name: 'find_slots',
						description: 'Find free slots',
						parameters: { type: 'object', properties: { specialty: { type: 'string' } } },
					},
				],
			}),
		);
		if (result.kind !== 'content') throw new Error(`expected content, got ${result.kind}`);
		expect(result.functionCalls).toEqual([{ name: 'find_slots', args: { specialty: 'cardiology' } }]);
		expect(result.modelContent.role).toBe('model');
		const [body] = fake.generateRequests();
		expect(body.tools).toEqual([{ functionDeclarations: [expect.objectContaining({ name: 'find_slots' })] }]);
		expect(body.toolConfig).toEqual({ functionCallingConfig: { mode: 'AUTO' } });
	});

	it('asks for JSON when a response schema is given', async () => {
		fake.reply('{"optOut":true}');
		await gemini.generate(ask('PARAR', { responseSchema: { type: 'object', properties: { optOut: { type: 'boolean' } } } }));
		const [body] = fake.generateRequests();
		expect(body.generationConfig).toMatchObject({ responseMimeType: 'application/json' });
	});

	it('maps a SAFETY finish to a blocked result instead of throwing', async () => {
		fake.safety();
		await expect(gemini.generate(ask('x'))).resolves.toEqual({ kind: 'blocked', stage: 'response', reason: 'SAFETY' });
	});

	it('maps a blocked prompt to a blocked result', async () => {
		fake.blockedPrompt();
		await expect(gemini.generate(ask('x'))).resolves.toEqual({ kind: 'blocked', stage: 'prompt', reason: 'SAFETY' });
	});

	it('maps empty content to an empty result', async () => {
		fake.empty();
		await expect(gemini.generate(ask('x'))).resolves.toEqual({ kind: 'empty', finishReason: 'STOP' });
	});

	it('flags an answer cut at the token limit', async () => {
		fake.reply('Resposta pela met', 'MAX_TOKENS');
		await expect(gemini.generate(ask('x'))).resolves.toMatchObject({ kind: 'content', truncated: true });
	});

	it.each([429, 500, 503, 504])('retries a %i and then succeeds', async (status) => {
		fake.fail({ status, times: 2 });
		fake.reply('finalmente');
		const result = await gemini.generate(ask('x'), fastRetry);
		expect(result).toMatchObject({ kind: 'content', text: 'finalmente' });
		expect(fake.generateRequests()).toHaveLength(3);
	});

	it('honours the RetryInfo delay of a 429', async () => {
		fake.fail({ status: 429, retryAfter: 1 });
		fake.reply('ok');
		const started = Date.now();
		await gemini.generate(ask('x'), { ...fastRetry, maxDelayMs: 5_000 });
		expect(Date.now() - started).toBeGreaterThanOrEqual(950);
	});

	it('gives up after the retries with a typed error', async () => {
		fake.fail({ status: 503, times: 5 });
		const error = await gemini.generate(ask('x'), fastRetry).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(GeminiError);
		expect(error).toMatchObject({ kind: 'http', status: 503, rpcStatus: 'UNAVAILABLE', attempts: 3 });
		expect(fake.generateRequests()).toHaveLength(3);
	});

	it('does not retry a 400 and says why', async () => {
		const wrongKey = new GeminiAdapter({ apiKey: 'wrong', baseUrl: fake.url });
		const error = await wrongKey.generate(ask('x'), fastRetry).catch((e: unknown) => e);
		expect(error).toMatchObject({ kind: 'http', status: 400, attempts: 1 });
		expect((error as Error).message).toContain('API key not valid');
		expect(fake.generateRequests()).toHaveLength(1);
	});

	it('times out a hung request and retries it', async () => {
		fake.hang();
		fake.reply('depois do timeout');
		const result = await gemini.generate(ask('x'), { ...fastRetry, timeoutMs: 200 });
		expect(result).toMatchObject({ kind: 'content', text: 'depois do timeout' });
	});

	it('reports a timeout distinctly when every attempt hangs', async () => {
		fake.hang({ times: 3 });
		const error = await gemini.generate(ask('x'), { ...fastRetry, retries: 1, timeoutMs: 150 }).catch((e: unknown) => e);
		expect(error).toMatchObject({ kind: 'timeout', attempts: 2 });
	});
});

describe('GeminiAdapter.embed', () => {
	it('returns one vector per text in order, batching above 100', async () => {
		const texts = Array.from({ length: 130 }, (_, i) => `documento ${i}`);
		const vectors = await gemini.embed({ texts, taskType: 'RETRIEVAL_DOCUMENT' });
		expect(vectors).toHaveLength(130);
		expect(vectors[0]).toHaveLength(16);
		expect(fake.requestsTo(/:batchEmbedContents$/)).toHaveLength(2);
		const again = await gemini.embed({ texts: ['documento 7'] });
		expect(again[0]).toEqual(vectors[7]);
	});
});

describe('getGemini', () => {
	it('pools one adapter per credential', () => {
		const a = getGemini({ apiKey: 'k1', baseUrl: fake.url });
		expect(getGemini({ baseUrl: fake.url, apiKey: 'k1' })).toBe(a);
		expect(getGemini({ apiKey: 'k2', baseUrl: fake.url })).not.toBe(a);
	});

	it('refuses a credential without a key', () => {
		expect(() => new GeminiAdapter({ apiKey: '' })).toThrow('no API key');
	});
});
