import { GeminiFake } from '../../fakes';
import { http } from './http';

const KEY = 'gemini-test-key';
const MODEL = 'gemini-2.0-flash';

type Candidate = {
	content?: { parts?: Array<Record<string, unknown>>; role?: string };
	finishReason?: string;
	safetyRatings?: Array<{ probability: string }>;
};
type GenerateResponse = {
	candidates?: Candidate[];
	promptFeedback?: Record<string, unknown>;
	usageMetadata?: Record<string, number>;
	modelVersion?: string;
};

const userTurn = (text: string) => ({ contents: [{ role: 'user', parts: [{ text }] }] });
const cosine = (a: number[], b: number[]) => a.reduce((sum, v, i) => sum + v * b[i], 0);

describe('GeminiFake (raw HTTP)', () => {
	const gemini = new GeminiFake({ apiKey: KEY });
	// key null = send no key header at all
	const call = (task: string, json: unknown, key: string | null = KEY, model = MODEL) =>
		http(`${gemini.url}/v1beta/models/${model}:${task}`, { method: 'POST', json, headers: key === null ? {} : { 'x-goog-api-key': key } });
	const generate = async (json: unknown = userTurn('oi')) => {
		const res = await call('generateContent', json);
		expect(res.status).toBe(200);
		return res.body as GenerateResponse;
	};

	beforeAll(() => gemini.start());
	afterAll(() => gemini.stop());
	beforeEach(() => gemini.reset());

	it('rejects a wrong key with API_KEY_INVALID, exactly', async () => {
		const res = await call('generateContent', userTurn('oi'), 'bad-key');
		expect(res.status).toBe(400);
		expect(res.body).toEqual({
			error: {
				code: 400,
				message: 'API key not valid. Please pass a valid API key.',
				status: 'INVALID_ARGUMENT',
				details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'API_KEY_INVALID', domain: 'googleapis.com' }],
			},
		});
	});

	it('rejects a missing key with 403 PERMISSION_DENIED and checks the key on GET /models', async () => {
		const missing = await call('generateContent', userTurn('oi'), null);
		expect(missing.status).toBe(403);
		expect(missing.body).toMatchObject({ error: { code: 403, status: 'PERMISSION_DENIED' } });

		expect((await http(`${gemini.url}/v1beta/models`, { headers: { 'x-goog-api-key': 'bad' } })).status).toBe(400);
		const list = await http(`${gemini.url}/v1beta/models?key=${KEY}`);
		expect(list.status).toBe(200);
		expect((list.body as { models: Array<{ name: string }> }).models.map((m) => m.name)).toContain('models/gemini-2.0-flash');
	});

	it('returns scripted replies in order, then the default echo, with usage and modelVersion', async () => {
		gemini.reply('Primeira').reply('Segunda');
		const texts: unknown[] = [];
		for (let i = 0; i < 3; i++) texts.push((await generate(userTurn(`msg ${i}`))).candidates?.[0].content?.parts?.[0].text);
		expect(texts).toEqual(['Primeira', 'Segunda', 'Echo: msg 2']);

		const res = await generate();
		expect(res.modelVersion).toBe('gemini-2.0-flash-001');
		expect(res.usageMetadata).toEqual({
			promptTokenCount: expect.any(Number),
			candidatesTokenCount: expect.any(Number),
			totalTokenCount: res.usageMetadata!.promptTokenCount + res.usageMetadata!.candidatesTokenCount,
		});
		expect(gemini.generateRequests()).toHaveLength(4);
	});

	it('uses setDefault when the script is empty', async () => {
		gemini.setDefault((req) => `turns=${(req.contents as unknown[]).length}`);
		expect((await generate()).candidates?.[0].content?.parts?.[0].text).toBe('turns=1');
	});

	it('scripts a function call', async () => {
		gemini.functionCall('book_slot', { date: '2025-05-02', time: '09:00' });
		const res = await generate();
		expect(res.candidates?.[0]).toMatchObject({
			content: { role: 'model', parts: [{ functionCall: { name: 'book_slot', args: { date: '2025-05-02', time: '09:00' } } }] },
			finishReason: 'STOP',
		});
	});

	it('shapes SAFETY, blocked prompt and empty content like the API', async () => {
		gemini.safety().blockedPrompt().empty();
		const safety = await generate();
		expect(safety.candidates?.[0].finishReason).toBe('SAFETY');
		expect(safety.candidates?.[0].content).toBeUndefined();
		expect(safety.candidates?.[0].safetyRatings?.filter((r) => r.probability === 'HIGH')).toHaveLength(1);

		const blocked = await generate();
		expect(blocked.candidates).toBeUndefined();
		expect(blocked.promptFeedback).toMatchObject({ blockReason: 'SAFETY' });

		const empty = await generate();
		expect(empty.candidates?.[0].content).toEqual({});
	});

	it('accepts roles user/model/function/system and either schema case; rejects bad roles and types', async () => {
		const body = {
			systemInstruction: { role: 'system', parts: [{ text: 'Você é a recepção.' }] },
			contents: [
				{ role: 'user', parts: [{ text: 'Quero marcar' }] },
				{ role: 'model', parts: [{ functionCall: { name: 'slots', args: {} } }] },
				{ role: 'function', parts: [{ functionResponse: { name: 'slots', response: { slots: [] } } }] },
			],
			tools: [{ functionDeclarations: [{ name: 'slots', parameters: { type: 'OBJECT', properties: { day: { type: 'string' } } } }] }],
			generationConfig: {
				responseMimeType: 'application/json',
				responseSchema: { type: 'object', properties: { ok: { type: 'BOOLEAN' } } },
			},
		};
		await generate(body);

		const badRole = await call('generateContent', { contents: [{ role: 'assistant', parts: [{ text: 'x' }] }] });
		expect(badRole.status).toBe(400);
		expect(badRole.body).toMatchObject({ error: { status: 'INVALID_ARGUMENT', message: 'Please use a valid role: user, model.' } });

		const badType = await call('generateContent', {
			...body,
			tools: [{ functionDeclarations: [{ name: 'slots', parameters: { type: 'dict' } }] }],
		});
		expect(badType.status).toBe(400);
		expect((badType.body as { error: { message: string } }).error.message).toContain('"dict"');

		expect((await call('generateContent', { contents: [] })).status).toBe(400);
	});

	it('streams SSE chunks that concatenate to the reply', async () => {
		gemini.reply('Temos horário amanhã às nove da manhã');
		const res = await http(`${gemini.url}/v1beta/models/${MODEL}:streamGenerateContent?alt=sse`, {
			method: 'POST',
			json: userTurn('horário?'),
			headers: { 'x-goog-api-key': KEY },
		});
		expect(res.headers.get('content-type')).toBe('text/event-stream');
		const frames = res.text
			.split('\r\n\r\n')
			.filter(Boolean)
			.map((frame) => JSON.parse(frame.replace(/^data: /, '')) as GenerateResponse);
		expect(frames.length).toBeGreaterThan(1);
		expect(frames.map((f) => f.candidates?.[0].content?.parts?.[0].text).join('')).toBe('Temos horário amanhã às nove da manhã');
		expect(frames.at(-1)?.candidates?.[0].finishReason).toBe('STOP');
		expect(frames[0].candidates?.[0].finishReason).toBeUndefined();
		expect(gemini.requestsTo(/:streamGenerateContent$/)[0].query).toEqual({ alt: 'sse' });
	});

	it('scripts 429 RESOURCE_EXHAUSTED with Retry-After and RetryInfo, then succeeds', async () => {
		gemini.fail({ status: 429, retryAfter: 7 });
		const limited = await call('generateContent', userTurn('oi'));
		expect(limited.status).toBe(429);
		expect(limited.headers.get('retry-after')).toBe('7');
		const error = (limited.body as { error: { code: number; status: string; details: Array<Record<string, unknown>> } }).error;
		expect(error).toMatchObject({ code: 429, status: 'RESOURCE_EXHAUSTED' });
		expect(error.details).toContainEqual({ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '7s' });
		await generate();
	});

	it.each([
		[500, 'INTERNAL'],
		[503, 'UNAVAILABLE'],
		[504, 'DEADLINE_EXCEEDED'],
	])('answers a scripted %i as %s', async (status, rpcStatus) => {
		gemini.fail({ status });
		const res = await call('generateContent', userTurn('oi'));
		expect(res.status).toBe(status);
		expect(res.body).toEqual({ error: { code: status, message: expect.any(String), status: rpcStatus } });
	});

	it('hangs until the client times out', async () => {
		gemini.hang();
		const request = fetch(`${gemini.url}/v1beta/models/${MODEL}:generateContent`, {
			method: 'POST',
			headers: { 'x-goog-api-key': KEY, 'content-type': 'application/json' },
			body: JSON.stringify(userTurn('oi')),
			signal: AbortSignal.timeout(150),
		});
		await expect(request).rejects.toMatchObject({ name: 'TimeoutError' });
		expect(gemini.generateRequests()).toHaveLength(1);
	});

	it('counts tokens for both request forms', async () => {
		const direct = await call('countTokens', userTurn('uma frase de teste'));
		const wrapped = await call('countTokens', { generateContentRequest: { model: `models/${MODEL}`, ...userTurn('uma frase de teste') } });
		expect((direct.body as { totalTokens: number }).totalTokens).toBeGreaterThan(0);
		expect(wrapped.body).toMatchObject({ totalTokens: (direct.body as { totalTokens: number }).totalTokens });
	});

	describe('embeddings', () => {
		const embed = async (text: string, extra: Record<string, unknown> = {}) => {
			const res = await call(
				'embedContent',
				{ content: { parts: [{ text }] }, taskType: 'RETRIEVAL_DOCUMENT', ...extra },
				KEY,
				'gemini-embedding-001',
			);
			expect(res.status).toBe(200);
			return (res.body as { embedding: { values: number[] } }).embedding.values;
		};

		it('is deterministic, normalised and 768-dimensional by default', async () => {
			const a = await embed('Consulta com cardiologista');
			expect(a).toHaveLength(768);
			expect(await embed('Consulta com cardiologista')).toEqual(a);
			expect(Math.hypot(...a)).toBeCloseTo(1, 6);
		});

		it('honours outputDimensionality at top level or in embedContentConfig', async () => {
			expect(await embed('x', { outputDimensionality: 256 })).toHaveLength(256);
			expect(await embed('x', { embedContentConfig: { outputDimensionality: 128 } })).toHaveLength(128);
		});

		it('puts similar texts closer than unrelated ones', async () => {
			const query = await embed('quero marcar uma consulta com o cardiologista');
			const near = await embed('agendar consulta de cardiologia');
			const far = await embed('preço do banho e tosa para cachorro');
			expect(cosine(query, near)).toBeGreaterThan(cosine(query, far));
		});

		it('answers batches in order and rejects empty text', async () => {
			const texts = ['horário de funcionamento', 'valor da consulta', 'endereço da clínica'];
			const res = await call(
				'batchEmbedContents',
				{ requests: texts.map((text) => ({ model: 'models/gemini-embedding-001', content: { parts: [{ text }] } })) },
				KEY,
				'gemini-embedding-001',
			);
			const values = (res.body as { embeddings: Array<{ values: number[] }> }).embeddings.map((e) => e.values);
			expect(values).toHaveLength(3);
			for (const [i, text] of texts.entries()) expect(values[i]).toEqual(await embed(text));

			const empty = await call('embedContent', { content: { parts: [{ text: ' ' }] } }, KEY, 'gemini-embedding-001');
			expect(empty.status).toBe(400);
		});
	});
});
