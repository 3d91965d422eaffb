import { CLASSIFIER_SCHEMA, classifyIntent } from '../../../nodes/OptOutGuard/classify';
import { GeminiAdapter } from '../../../nodes/shared/gemini/adapter';
import { GeminiFake } from '../../fakes/geminiFake';

const fake = new GeminiFake({ apiKey: 'guard-key' });
let gemini: GeminiAdapter;
const fast = { retries: 0, timeoutMs: 2_000 };

beforeAll(async () => {
	await fake.start();
	gemini = new GeminiAdapter({ apiKey: 'guard-key', baseUrl: fake.url });
});
afterAll(async () => await fake.stop());
beforeEach(() => fake.reset());

describe('classifyIntent (layer 2)', () => {
	it('asks for JSON constrained by the intent/confidence schema and returns the answer', async () => {
		fake.reply(JSON.stringify({ intent: 'opt_out', confidence: 0.93 }));
		const result = await classifyIntent(gemini, 'essas mensagens estão me incomodando', fast);
		expect(result).toEqual({ intent: 'opt_out', confidence: 0.93, modelIntent: 'opt_out' });

		const [body] = fake.generateRequests();
		expect(body.generationConfig).toMatchObject({
			responseMimeType: 'application/json',
			responseSchema: CLASSIFIER_SCHEMA,
			temperature: 0,
		});
		expect(body.contents).toEqual([{ role: 'user', parts: [{ text: 'essas mensagens estão me incomodando' }] }]);
		expect(JSON.stringify(body.systemInstruction)).toContain('opt_out');
		expect(fake.requests[0].path).toBe('/v1beta/models/gemini-2.5-flash:generateContent');
	});

	it('answers none below the threshold and keeps what the model said', async () => {
		fake.reply('{"intent":"opt_out","confidence":0.6}');
		expect(await classifyIntent(gemini, 'muitas mensagens', fast)).toEqual({ intent: 'none', confidence: 0.6, modelIntent: 'opt_out' });
		fake.reply('{"intent":"opt_out","confidence":0.6}');
		expect((await classifyIntent(gemini, 'muitas mensagens', { ...fast, threshold: 0.5 })).intent).toBe('opt_out');
	});

	it('uses the configured model', async () => {
		fake.reply('{"intent":"none","confidence":0.99}');
		await classifyIntent(gemini, 'quero cancelar', { ...fast, model: 'gemini-2.0-flash' });
		expect(fake.requests[0].path).toBe('/v1beta/models/gemini-2.0-flash:generateContent');
	});

	it.each([
		['not JSON', () => fake.reply('Sim, é um opt-out.'), 'invalid_json'],
		['an intent outside the enum', () => fake.reply('{"intent":"unsubscribe","confidence":0.9}'), 'invalid_json'],
		['a confidence outside 0..1', () => fake.reply('{"intent":"opt_out","confidence":7}'), 'invalid_json'],
		['a blocked answer', () => fake.safety(), 'blocked: SAFETY'],
		['a blocked prompt', () => fake.blockedPrompt(), 'blocked: SAFETY'],
		['an empty answer', () => fake.empty(), 'empty'],
		['HTTP 503', () => fake.fail({ status: 503 }), 'http 503'],
		['HTTP 400', () => fake.fail({ status: 400, message: 'bad' }), 'http 400'],
	])('turns %s into none with a modelError', async (_label, script, modelError) => {
		script();
		expect(await classifyIntent(gemini, 'pode parar', fast)).toEqual({ intent: 'none', confidence: 0, modelError });
	});

	it('gives up on a model that does not answer in time', async () => {
		fake.hang();
		const started = Date.now();
		expect(await classifyIntent(gemini, 'pode parar', { retries: 0, timeoutMs: 150 })).toEqual({
			intent: 'none',
			confidence: 0,
			modelError: 'timeout',
		});
		expect(Date.now() - started).toBeLessThan(2_000);
	});

	it('turns an unreachable server into none', async () => {
		const offline = new GeminiAdapter({ apiKey: 'k', baseUrl: 'http://127.0.0.1:9' });
		expect(await classifyIntent(offline, 'pode parar', fast)).toEqual({ intent: 'none', confidence: 0, modelError: 'network' });
	});

	it('accepts an answer wrapped in a code fence', async () => {
		fake.reply('```json\n{"intent":"opt_in","confidence":0.95}\n```');
		expect((await classifyIntent(gemini, 'quero voltar a receber', fast)).intent).toBe('opt_in');
	});
});
