import {
	GoogleGenerativeAI,
	GoogleGenerativeAIFetchError,
	GoogleGenerativeAIResponseError,
	SchemaType,
	TaskType,
} from '@google/generative-ai';
import type { GenerativeModel } from '@google/generative-ai';
import { GeminiFake } from '../../fakes';

/** Proves the fake speaks the wire format the real @google/generative-ai 0.24.1 client expects. */
describe('GeminiFake with @google/generative-ai', () => {
	const gemini = new GeminiFake({ apiKey: 'sdk-key' });
	// No `timeout` option: the SDK never clears that timer, which would leave open handles.
	const model = (name = 'gemini-2.0-flash', key = 'sdk-key'): GenerativeModel =>
		new GoogleGenerativeAI(key).getGenerativeModel({ model: name }, { baseUrl: gemini.url });

	beforeAll(() => gemini.start());
	afterAll(() => gemini.stop());
	beforeEach(() => gemini.reset());

	it('generateContent returns the scripted text and sends the key header', async () => {
		gemini.reply('Olá! Como posso ajudar?');
		const result = await model().generateContent('Oi');
		expect(result.response.text()).toBe('Olá! Como posso ajudar?');
		expect(result.response.usageMetadata?.totalTokenCount).toBeGreaterThan(0);

		const [request] = gemini.requestsTo(/:generateContent$/);
		expect(request.path).toBe('/v1beta/models/gemini-2.0-flash:generateContent');
		expect(request.headers['x-goog-api-key']).toBe('sdk-key');
		expect(request.body).toMatchObject({ contents: [{ role: 'user', parts: [{ text: 'Oi' }] }] });
	});

	it('functionCalls() returns the scripted call inside a chat with tools', async () => {
		gemini.functionCall('list_slots', { day: 'amanhã' }).reply('Temos 9h e 10h.');
		const agent = new GoogleGenerativeAI('sdk-key').getGenerativeModel(
			{
				model: 'gemini-2.0-flash',
				systemInstruction: 'Você agenda consultas.',
				tools: [
					{
						functionDeclarations: [
							{
								name: 'list_slots',
								parameters: { type: SchemaType.OBJECT, properties: { day: { type: SchemaType.STRING } }, required: ['day'] },
							},
						],
					},
				],
			},
			{ baseUrl: gemini.url },
		);
		const chat = agent.startChat();
		const first = await chat.sendMessage('Quero marcar amanhã');
		expect(first.response.functionCalls()).toEqual([{ name: 'list_slots', args: { day: 'amanhã' } }]);

		const second = await chat.sendMessage([{ functionResponse: { name: 'list_slots', response: { slots: ['09:00', '10:00'] } } }]);
		expect(second.response.text()).toBe('Temos 9h e 10h.');
		const sent = gemini.generateRequests()[1];
		expect(sent.systemInstruction).toEqual({ role: 'system', parts: [{ text: 'Você agenda consultas.' }] });
		expect((sent.contents as Array<{ role: string }>).map((c) => c.role)).toEqual(['user', 'model', 'function']);
	});

	it('surfaces a scripted 429 as GoogleGenerativeAIFetchError with status and RetryInfo', async () => {
		gemini.fail({ status: 429, retryAfter: 12 });
		const error: unknown = await model()
			.generateContent('Oi')
			.catch((e: unknown) => e);
		expect(error).toBeInstanceOf(GoogleGenerativeAIFetchError);
		const fetchError = error as GoogleGenerativeAIFetchError;
		expect(fetchError.status).toBe(429);
		expect(fetchError.message).toContain('[429 Too Many Requests]');
		expect(fetchError.errorDetails).toContainEqual({ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '12s' });
		expect((await model().generateContent('Oi')).response.text()).toBe('Echo: Oi');
	});

	it('reports a wrong key as a 400 fetch error', async () => {
		await expect(model('gemini-2.0-flash', 'wrong').generateContent('Oi')).rejects.toMatchObject({
			status: 400,
			message: expect.stringContaining('API key not valid'),
		});
	});

	it('makes text() throw on SAFETY and on a blocked prompt', async () => {
		gemini.safety().blockedPrompt();
		const safety = await model().generateContent('x');
		expect(() => safety.response.text()).toThrow(GoogleGenerativeAIResponseError);
		expect(() => safety.response.text()).toThrow('Candidate was blocked due to SAFETY');
		const blocked = await model().generateContent('x');
		expect(() => blocked.response.text()).toThrow('Text not available. Response was blocked due to SAFETY');
	});

	it('streams through generateContentStream', async () => {
		gemini.reply('Sim, atendemos aos sábados pela manhã.');
		const result = await model().generateContentStream('Abre sábado?');
		const pieces: string[] = [];
		for await (const chunk of result.stream) pieces.push(chunk.text());
		expect(pieces.length).toBeGreaterThan(1);
		expect((await result.response).text()).toBe('Sim, atendemos aos sábados pela manhã.');
	});

	it('countTokens, embedContent and batchEmbedContents work', async () => {
		expect((await model().countTokens('Quanto custa a consulta?')).totalTokens).toBeGreaterThan(0);

		const embedder = model('gemini-embedding-001');
		const single = await embedder.embedContent('valor da consulta');
		expect(single.embedding.values).toHaveLength(768);

		const batch = await embedder.batchEmbedContents({
			requests: ['valor da consulta', 'endereço'].map((text) => ({
				content: { role: 'user', parts: [{ text }] },
				taskType: TaskType.RETRIEVAL_DOCUMENT,
			})),
		});
		expect(batch.embeddings).toHaveLength(2);
		expect(batch.embeddings[0].values).toEqual(single.embedding.values);
		expect(batch.embeddings[1].values).not.toEqual(single.embedding.values);
		expect((gemini.requestsTo(/:batchEmbedContents$/)[0].body as { requests: Array<{ model: string }> }).requests[0].model).toBe(
			'models/gemini-embedding-001',
		);
	});
});
