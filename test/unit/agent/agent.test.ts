import { AgentError, DEFAULT_GEMINI_MODEL, runAgent, type AgentInput, type Passage } from '../../../nodes/GeminiAgent';
import { GeminiError } from '../../../nodes/shared/gemini/errors';
import type { Content, GenerateResult } from '../../../nodes/shared/gemini/types';
import { baseMessage, call, ScriptedGemini, text, topicAnswer } from './scriptedGemini';

const now = () => new Date('2030-03-03T12:00:00-03:00');
const input = (extra: Partial<AgentInput> = {}, message: Partial<AgentInput['message']> = {}): AgentInput => ({
	message: { ...baseMessage, ...message },
	variables: { clinicName: 'Clínica Sol' },
	...extra,
});
const passages: Passage[] = [
	{ id: 'price', documentId: 'faq', title: 'Preços', text: 'Consulta particular: R$ 200.', score: 0.92 },
	{ id: 'low', documentId: 'faq', title: 'Outro', text: 'Texto pouco relacionado.', score: 0.1 },
];
const lastContent = (gemini: ScriptedGemini, index = -1): Content => gemini.mainRequests.at(index)!.contents.at(-1)!;

describe('runAgent output', () => {
	it('answers with the model reply and assembles the result', async () => {
		const gemini = new ScriptedGemini().answer(text('A consulta custa R$ 200.'));
		const result = await runAgent(input({ instructions: 'Recepção da {clinicName}. Pix: {pixKey}' }), { gemini, clock: now });
		expect(result).toMatchObject({
			reply: 'A consulta custa R$ 200.',
			fallback: false,
			actions: [],
			handoff: { requested: false },
			optedOut: false,
			finishReason: 'STOP',
			sources: [],
			mediaNotes: [],
			model: DEFAULT_GEMINI_MODEL,
			steps: 1,
			topic: { checked: true, onTopic: true, confidence: 0.95, redirected: false },
			grounding: { checked: true, corrected: false, violations: [] },
			unknownVariables: ['pixKey'],
			stored: false,
			warnings: [],
		});
		expect(result.fallbackReason).toBeUndefined();
		// The main call and the topic check, both counted.
		expect(result.usage).toEqual({ promptTokens: 20, outputTokens: 10, totalTokens: 30, calls: 2 });
		expect(result.latencyMs).toBeGreaterThanOrEqual(0);
		expect(DEFAULT_GEMINI_MODEL).toBe('gemini-2.5-flash');
		const request = gemini.mainRequests[0];
		expect(request.model).toBe('gemini-2.5-flash');
		expect(request.tools).toBeUndefined();
		expect(request.systemInstruction).toContain('Recepção da Clínica Sol. Pix: {pixKey}');
		expect(request.contents).toEqual([{ role: 'user', parts: [{ text: 'Oi, quanto custa a consulta?' }] }]);
	});

	it('passes the generation settings through', async () => {
		const gemini = new ScriptedGemini().answer(text('Olá!'));
		await runAgent(
			input({
				model: 'gemini-2.0-flash',
				temperature: 0.2,
				maxOutputTokens: 300,
				safetySettings: [{ category: 'HARM_CATEGORY_DANGEROUS_CONTENT', threshold: 'BLOCK_ONLY_HIGH' }],
				topicCheck: false,
			}),
			{ gemini, clock: now },
		);
		expect(gemini.requests).toHaveLength(1);
		expect(gemini.requests[0]).toMatchObject({
			model: 'gemini-2.0-flash',
			temperature: 0.2,
			maxOutputTokens: 300,
			safetySettings: [{ category: 'HARM_CATEGORY_DANGEROUS_CONTENT', threshold: 'BLOCK_ONLY_HIGH' }],
		});
		expect(gemini.options[0]).toMatchObject({ retries: 2, signal: expect.any(AbortSignal) });
		expect(gemini.options[0]!.timeoutMs).toBeLessThanOrEqual(15_000);
	});

	it('grounds the answer in retrieved passages and reports them as sources', async () => {
		const gemini = new ScriptedGemini().answer(
			call('search_knowledge', { query: 'convênios' }),
			text('A consulta custa R$ 200 e aceitamos Unimed.'),
		);
		const knowledge = jest.fn(async (query: string, topK: number): Promise<Passage[]> =>
			query === 'convênios'
				? [{ id: 'ins', documentId: 'faq', title: 'Convênios', text: 'Aceitamos Unimed.', score: 0.8 }]
				: passages.slice(0, topK),
		);
		const result = await runAgent(input({ knowledgeMinScore: 0.5 }), { gemini, knowledge, clock: now });
		expect(knowledge).toHaveBeenNthCalledWith(1, 'Oi, quanto custa a consulta?', 4);
		expect(result.sources.map((p) => p.id)).toEqual(['price', 'ins']);
		expect(gemini.mainRequests[0].systemInstruction).toContain(
			'<passage id="price" title="Preços">\nConsulta particular: R$ 200.\n</passage>',
		);
		expect(gemini.mainRequests[0].systemInstruction).not.toContain('pouco relacionado');
		expect(gemini.mainRequests[0].tools!.map((t) => t.name)).toEqual(['search_knowledge']);
		expect(result.actions).toEqual([
			{
				tool: 'search_knowledge',
				args: { query: 'convênios' },
				ok: true,
				result: { ok: true, passages: [{ id: 'ins', title: 'Convênios', text: 'Aceitamos Unimed.' }] },
				durationMs: expect.any(Number),
			},
		]);
	});

	it('sends a malformed call back to the model as a tool error, not an exception', async () => {
		const gemini = new ScriptedGemini().answer(
			call('book', { option: 1, phone: '5511888887777' }),
			call('teleport', {}),
			text('Não consigo agendar por aqui.'),
		);
		const result = await runAgent(input({}, { text: 'quero marcar' }), { gemini, knowledge: async () => [], clock: now });
		expect(result.fallback).toBe(false);
		expect(result.reply).toBe('Não consigo agendar por aqui.');
		expect(result.actions.map((a) => [a.tool, a.ok, a.result.error])).toEqual([
			['book', false, 'unknown_tool'],
			['teleport', false, 'unknown_tool'],
		]);
		const second = gemini.mainRequests[1].contents;
		expect(second.at(-2)).toEqual({
			role: 'model',
			parts: [{ functionCall: { name: 'book', args: { option: 1, phone: '5511888887777' } } }],
		});
		expect(second.at(-1)).toEqual({
			role: 'function',
			parts: [
				{
					functionResponse: {
						name: 'book',
						response: { ok: false, error: 'unknown_tool', message: 'There is no tool named "book". Tools: search_knowledge.' },
					},
				},
			],
		});
	});

	it('returns bad arguments to the model with the reasons', async () => {
		const gemini = new ScriptedGemini().answer(call('search_knowledge', { query: 'x', top_k: 99 }), text('Pode repetir?'));
		const result = await runAgent(input({ topicCheck: false }), { gemini, knowledge: async () => [], clock: now });
		expect(result.actions[0].result).toEqual({
			ok: false,
			error: 'invalid_arguments',
			message:
				'Call search_knowledge again with valid arguments: args.query must have at least 2 characters; args.top_k must be at most 8.',
		});
	});

	it('falls back after three rounds of malformed calls in a row, or MALFORMED_FUNCTION_CALL three times', async () => {
		const gemini = new ScriptedGemini().answer(call('nope'), call('nope'), call('nope'), text('never'));
		const result = await runAgent(input({ topicCheck: false }), { gemini, clock: now });
		expect(result).toMatchObject({ fallback: true, fallbackReason: 'malformed_function_call', steps: 3 });
		const malformed: GenerateResult = { kind: 'empty', finishReason: 'MALFORMED_FUNCTION_CALL' };
		const again = new ScriptedGemini().answer(malformed, malformed, text('Olá!'));
		expect(await runAgent(input({ topicCheck: false }), { gemini: again, clock: now })).toMatchObject({
			fallback: false,
			reply: 'Olá!',
			steps: 3,
		});
		const never = new ScriptedGemini().answer(malformed, malformed, malformed);
		expect(await runAgent(input({ topicCheck: false }), { gemini: never, clock: now })).toMatchObject({
			fallback: true,
			fallbackReason: 'malformed_function_call',
			finishReason: 'MALFORMED_FUNCTION_CALL',
		});
	});

	it('falls back when the model wants more tool rounds than maxToolSteps', async () => {
		const gemini = new ScriptedGemini().answer(...Array.from({ length: 5 }, () => call('search_knowledge', { query: 'preço' })));
		const result = await runAgent(input({ maxToolSteps: 2, topicCheck: false }), { gemini, knowledge: async () => [], clock: now });
		expect(result).toMatchObject({ fallback: true, fallbackReason: 'tool_step_limit', steps: 3 });
		expect(result.actions).toHaveLength(2);
		expect(result.reply).toBe(
			'Desculpe, não consegui responder agora. Pode tentar de novo em alguns instantes? Se preferir, nossa equipe pode te atender.',
		);
	});

	it.each([
		[{ kind: 'blocked', stage: 'prompt', reason: 'SAFETY' } as GenerateResult, 'blocked_prompt', 'SAFETY'],
		[{ kind: 'blocked', stage: 'response', reason: 'SAFETY' } as GenerateResult, 'blocked_response', 'SAFETY'],
		[{ kind: 'empty', finishReason: 'STOP' } as GenerateResult, 'empty_answer', 'STOP'],
	])('falls back on %j', async (answer, reason, finishReason) => {
		const gemini = new ScriptedGemini().answer(answer);
		const result = await runAgent(input({ topicCheck: false }), { gemini, clock: now });
		expect(result).toMatchObject({ fallback: true, fallbackReason: reason, finishReason, steps: 1 });
	});

	it.each([
		[new GeminiError('Gemini API error 429', 'http', 429, 'RESOURCE_EXHAUSTED', 3), 'rate_limited', 'http 429 after 3 attempts'],
		[new GeminiError('Gemini API error 503', 'http', 503, 'UNAVAILABLE', 3), 'model_error', 'http 503 after 3 attempts'],
		[new GeminiError('Gemini did not answer within 100 ms', 'timeout'), 'timeout', 'Gemini did not answer within 100 ms'],
		[new Error('boom'), 'internal_error', 'boom'],
	])('maps %s to a fallback reason', async (error, reason, detail) => {
		const gemini = new ScriptedGemini().answer(error);
		const result = await runAgent(input({ topicCheck: false }), { gemini, clock: now });
		expect(result).toMatchObject({ fallback: true, fallbackReason: reason, fallbackDetail: detail, finishReason: 'NONE' });
	});

	it('answers with the fallback when the whole turn outlives timeoutMs, and cancels the call', async () => {
		const gemini = new ScriptedGemini().answer(() => new Promise<GenerateResult>(() => undefined));
		const started = Date.now();
		const result = await runAgent(input({ timeoutMs: 150 }), { gemini, clock: now });
		expect(Date.now() - started).toBeLessThan(1_000);
		expect(result).toMatchObject({ fallback: true, fallbackReason: 'timeout', fallbackDetail: 'no answer within 150 ms' });
		expect(gemini.options[0]!.signal!.aborted).toBe(true);
	});

	it('says which tool was still running at the deadline, and a late result never changes the returned one', async () => {
		let finishSearch: (passages: Passage[]) => void = () => undefined;
		const knowledge = jest.fn((query: string) =>
			query === 'slow' ? new Promise<Passage[]>((resolve) => (finishSearch = resolve)) : Promise.resolve([]),
		);
		const gemini = new ScriptedGemini().answer(call('search_knowledge', { query: 'slow' }), text('tarde demais'));
		const result = await runAgent(input({ timeoutMs: 200, topicCheck: false }), { gemini, knowledge, clock: now });
		expect(result).toMatchObject({
			fallback: true,
			fallbackReason: 'timeout',
			warnings: ['tool_in_flight_at_deadline:search_knowledge'],
			actions: [],
		});
		finishSearch([passages[0]]);
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(result.actions).toEqual([]);
		expect(result.sources).toEqual([]);
	});

	it('localizes the default fallback and takes a custom one', async () => {
		const failing = () => new ScriptedGemini().answer({ kind: 'empty', finishReason: 'OTHER' });
		expect((await runAgent(input({ topicCheck: false }, { language: 'es-AR' }), { gemini: failing(), clock: now })).reply).toMatch(
			/^Disculpa, no pude responder/,
		);
		expect((await runAgent(input({ topicCheck: false }, { language: 'en' }), { gemini: failing(), clock: now })).reply).toMatch(
			/^Sorry, I couldn't answer/,
		);
		expect(
			(await runAgent(input({ topicCheck: false, fallbackReply: 'Já te respondemos!' }), { gemini: failing(), clock: now })).reply,
		).toBe('Já te respondemos!');
	});
});

describe('grounding in the loop', () => {
	it('asks once more with a correction when the reply invents a time, then answers', async () => {
		const gemini = new ScriptedGemini().answer(text('Tenho vaga amanhã às 14h30!'), text('Posso verificar os horários livres para você.'));
		const result = await runAgent(input({ topicCheck: false }, { text: 'Tem vaga amanhã?' }), { gemini, clock: now });
		expect(result).toMatchObject({
			fallback: false,
			reply: 'Posso verificar os horários livres para você.',
			grounding: { checked: true, corrected: true, violations: ['time: 14h30', 'date_time: amanha 14h30'] },
			steps: 2,
		});
		const correction = lastContent(gemini);
		expect(correction.role).toBe('user');
		expect((correction.parts[0] as { text: string }).text).toMatch(/^\[Automatic check\] Your reply mentions "14h30", "amanha 14h30"/);
	});

	it('falls back when the corrected reply still invents', async () => {
		const gemini = new ScriptedGemini().answer(text('Veja em www.promo-falsa.com'), text('Ok, veja www.promo-falsa.com'));
		const result = await runAgent(input({ topicCheck: false }), { gemini, clock: now });
		expect(result).toMatchObject({ fallback: true, fallbackReason: 'ungrounded', fallbackDetail: 'url: promo-falsa.com' });
	});

	it('accepts what the person, the instructions or the passages said', async () => {
		const gemini = new ScriptedGemini().answer(text('Sim, às 15h funcionamos, e o site é clinica.com.br.'));
		const result = await runAgent(
			input(
				{ topicCheck: false, variables: { clinicName: 'Clínica Sol', site: 'https://clinica.com.br' } },
				{ text: 'Vocês abrem às 15h?' },
			),
			{ gemini, clock: now },
		);
		expect(result).toMatchObject({ fallback: false, grounding: { corrected: false, violations: [] } });
	});

	it("takes today's date as known, but not a time on it", async () => {
		const today = new ScriptedGemini().answer(text('Hoje, domingo 03/03, estamos fechados.'));
		expect(await runAgent(input({ topicCheck: false }), { gemini: today, clock: now })).toMatchObject({
			fallback: false,
			grounding: { violations: [] },
		});
		const todayAt = new ScriptedGemini().answer(text('Hoje, 03/03, às 16h tenho vaga.'), text('Vou verificar os horários.'));
		expect((await runAgent(input({ topicCheck: false }), { gemini: todayAt, clock: now })).grounding.violations).toEqual([
			'time: 16h',
			'date_time: 03/03 16h',
			'date_time: hoje 16h',
		]);
	});

	it('can be switched off', async () => {
		const gemini = new ScriptedGemini().answer(text('Tenho às 14h30'));
		const result = await runAgent(input({ topicCheck: false, groundingCheck: false }), { gemini, clock: now });
		expect(result).toMatchObject({ fallback: false, reply: 'Tenho às 14h30', grounding: { checked: false } });
	});
});

describe('topic check', () => {
	it('replaces an off-topic answer with a localized redirect, counting the classifier call', async () => {
		const gemini = new ScriptedGemini().answer(text('Aqui está um poema sobre o mar...')).topicAnswer(topicAnswer(false, 0.97));
		const result = await runAgent(input({}, { text: 'Escreva um poema sobre o mar' }), { gemini, clock: now });
		expect(result).toMatchObject({
			fallback: false,
			reply:
				'Desculpe, por aqui eu só consigo ajudar com assuntos da Clínica Sol: agendamentos, horários, serviços e dúvidas sobre o atendimento. Posso te ajudar com algo assim?',
			topic: { checked: true, onTopic: false, confidence: 0.97, redirected: true },
		});
		expect(result.usage.calls).toBe(2);
		expect(gemini.topicRequests[0]).toMatchObject({
			temperature: 0,
			responseSchema: expect.objectContaining({ required: ['on_topic', 'confidence'] }),
		});
		expect((gemini.topicRequests[0].contents[0].parts[0] as { text: string }).text).toBe(
			"Clinic: Clínica Sol\nPerson's message: Escreva um poema sobre o mar",
		);
		expect(gemini.options.find((_, i) => gemini.requests[i].responseSchema)).toMatchObject({ retries: 0 });
	});

	it('redirects in Spanish and English, or with the configured text', async () => {
		const off = () => new ScriptedGemini().answer(text('...')).topicAnswer(topicAnswer(false));
		expect((await runAgent(input({}, { text: 'escribe un poema', language: 'es' }), { gemini: off(), clock: now })).reply).toMatch(
			/^Disculpa, por aquí solo puedo ayudarte con temas de Clínica Sol/,
		);
		expect((await runAgent(input({}, { text: 'write me a poem', language: 'en' }), { gemini: off(), clock: now })).reply).toMatch(
			/^Sorry, here I can only help with Clínica Sol's matters/,
		);
		expect(
			(await runAgent(input({ offTopicReply: 'Só falamos da clínica 🙂' }, { text: 'me conte uma piada' }), { gemini: off(), clock: now }))
				.reply,
		).toBe('Só falamos da clínica 🙂');
	});

	it('keeps the answer when the verdict is unsure, fails, or comes too late', async () => {
		const unsure = new ScriptedGemini().answer(text('Resposta')).topicAnswer(topicAnswer(false, 0.5));
		expect((await runAgent(input({}, { text: 'e o tempo hoje?' }), { gemini: unsure, clock: now })).topic).toMatchObject({
			redirected: false,
			onTopic: false,
		});
		const failing = new ScriptedGemini().answer(text('Resposta')).topicAnswer(new GeminiError('x', 'http', 500));
		expect((await runAgent(input({}, { text: 'e o tempo hoje?' }), { gemini: failing, clock: now })).topic).toEqual({
			checked: true,
			redirected: false,
			error: 'http 500',
		});
		const slow = new ScriptedGemini().answer(text('Resposta')).topicAnswer(() => new Promise<GenerateResult>(() => undefined));
		const started = Date.now();
		const late = await runAgent(input({ topicCheck: { graceMs: 50 } }, { text: 'e o tempo hoje?' }), { gemini: slow, clock: now });
		expect(late).toMatchObject({ reply: 'Resposta', topic: { checked: true, redirected: false, error: 'no verdict in time' } });
		expect(Date.now() - started).toBeLessThan(1_000);
	});

	it('never turns a ready answer into a timeout while waiting for a verdict', async () => {
		const gemini = new ScriptedGemini().answer(text('Resposta')).topicAnswer(() => new Promise<GenerateResult>(() => undefined));
		const result = await runAgent(input({ timeoutMs: 300 }, { text: 'e o tempo hoje?' }), { gemini, clock: now });
		expect(result).toMatchObject({ fallback: false, reply: 'Resposta', topic: { error: 'no verdict in time' } });
		expect(result.latencyMs).toBeLessThan(300);
	});

	it('runs in parallel with the main call, and not at all for short replies such as "2"', async () => {
		let topicStarted = 0;
		let mainFinished = 0;
		const gemini = new ScriptedGemini()
			.answer(async () => {
				await new Promise((resolve) => setTimeout(resolve, 100));
				mainFinished = Date.now();
				return text('Resposta');
			})
			.topicAnswer(() => {
				topicStarted = Date.now();
				return topicAnswer(true);
			});
		await runAgent(input({}, { text: 'qual o endereço?' }), { gemini, clock: now });
		expect(topicStarted).toBeGreaterThan(0);
		expect(topicStarted).toBeLessThan(mainFinished);
		const short = new ScriptedGemini().answer(text('Ok!'));
		const result = await runAgent(input({}, { text: '2' }), { gemini: short, clock: now });
		expect(short.topicRequests).toHaveLength(0);
		expect(result.topic).toEqual({ checked: false, redirected: false });
	});
});

describe('input checks and media', () => {
	it('throws typed errors for unusable input', async () => {
		const gemini = new ScriptedGemini();
		const rejects = async (value: AgentInput, kind: string, field: string) => {
			const error = await runAgent(value, { gemini }).catch((e: unknown) => e);
			expect(error).toBeInstanceOf(AgentError);
			expect(error).toMatchObject({ kind, field });
		};
		await rejects(input({}, { phone: '+55 11' }), 'invalid_input', 'message.phone');
		await rejects(input({}, { tenant: 'a:b' }), 'invalid_input', 'message.tenant');
		await rejects(input({}, { conversationKey: '' }), 'invalid_input', 'message.conversationKey');
		await rejects(input({}, { text: '   ' }), 'invalid_input', 'message');
		await rejects(input({ timeoutMs: 0 }), 'invalid_option', 'timeoutMs');
		await rejects(input({ maxToolSteps: 2.5 }), 'invalid_option', 'maxToolSteps');
		await rejects(input({ tools: { fly: true } as never }), 'invalid_option', 'tools.fly');
		await rejects(input({ timezone: 'Mars/Olympus' }), 'invalid_option', 'timezone');
		await rejects(
			input({ safetySettings: [{ category: 'HARM_CATEGORY_X', threshold: 'BLOCK_NONE' }] as never }),
			'invalid_option',
			'safetySettings[0].category',
		);
		expect(gemini.requests).toHaveLength(0);
	});

	it('accepts a chat id as the phone and warns about tools switched on without their services', async () => {
		const gemini = new ScriptedGemini().answer(text('Olá!'));
		const result = await runAgent(
			input({ tools: { book: true, handoff_to_human: true, opt_out: false }, topicCheck: false }, { phone: '5511999990000@c.us' }),
			{ gemini, clock: now },
		);
		expect(result.warnings).toEqual(['tool_unavailable:book (needs pool)', 'tool_unavailable:handoff_to_human (needs redis)']);
		expect(gemini.requests[0].tools).toBeUndefined();
	});

	it('sends accepted media as inlineData, notes the refused ones and still answers', async () => {
		const gemini = new ScriptedGemini().answer(text('Recebi a foto; vídeos eu não consigo abrir.'));
		const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0]);
		const result = await runAgent(
			input(
				{ topicCheck: false },
				{
					text: 'Olha a pata dele',
					media: [
						{ mimeType: 'image/jpeg', data: jpeg },
						{ mimeType: 'video/mp4', data: Buffer.from('v') },
					],
				},
			),
			{ gemini, clock: now },
		);
		expect(result.fallback).toBe(false);
		expect(result.mediaNotes).toEqual([
			{ index: 0, mimeType: 'image/jpeg', bytes: 4, accepted: true },
			{ index: 1, mimeType: 'video/mp4', bytes: 1, accepted: false, reason: 'unsupported_type' },
		]);
		const parts = gemini.requests[0].contents[0].parts;
		expect(parts[0]).toEqual({ text: 'Olha a pata dele' });
		expect(parts[1]).toEqual({ inlineData: { mimeType: 'image/jpeg', data: jpeg.toString('base64') } });
		expect((parts[2] as { text: string }).text).toContain('video/mp4 that you cannot open');
	});

	it('answers a voice note without text', async () => {
		const gemini = new ScriptedGemini().answer(text('Entendi seu áudio.'));
		const result = await runAgent(input({}, { text: '', media: [{ mimeType: 'audio/ogg; codecs=opus', data: Buffer.from('OggS') }] }), {
			gemini,
			clock: now,
		});
		expect(result).toMatchObject({ fallback: false, topic: { checked: false } });
		expect(gemini.requests[0].contents[0].parts).toEqual([
			{ inlineData: { mimeType: 'audio/ogg', data: Buffer.from('OggS').toString('base64') } },
		]);
	});
});
