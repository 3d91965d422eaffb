// The Gemini second opinion, against the in-process Gemini fake: it may raise the level, never
// lower it, and any failure leaves the deterministic result as it was.
import { builtInRules } from '../../../nodes/SymptomTriage/compile';
import { GeminiAdapter } from '../../../nodes/shared/gemini/adapter';
import { SECOND_OPINION_SCHEMA, secondOpinion } from '../../../nodes/SymptomTriage/secondOpinion';
import { GeminiFake } from '../../fakes/geminiFake';
import { classify } from '../../../nodes/SymptomTriage/engine';
import { pet, triage } from './support';

const fake = new GeminiFake({ apiKey: 'triage-key' });
let gemini: GeminiAdapter;
const fast = { retries: 0, timeoutMs: 2_000 };

beforeAll(async () => {
	await fake.start();
	gemini = new GeminiAdapter({ apiKey: 'triage-key', baseUrl: fake.url });
});
afterAll(async () => await fake.stop());
beforeEach(() => fake.reset());

describe('secondOpinion', () => {
	// Compiling the rules once takes a second or two; not inside a test's own time limit.
	beforeAll(() => {
		builtInRules();
	}, 60_000);

	it('asks for JSON constrained by the level/reason schema, with the rules level in the instruction', async () => {
		const text = 'estou tonta e com o coração disparado';
		const deterministic = triage(text);
		fake.reply(JSON.stringify({ level: 'standard', reason: 'Sem sinais de alarme.' }));
		await secondOpinion(gemini, text, deterministic, fast);
		const [body] = fake.generateRequests();
		expect(body.generationConfig).toMatchObject({
			responseMimeType: 'application/json',
			responseSchema: SECOND_OPINION_SCHEMA,
			temperature: 0,
		});
		expect(body.contents).toEqual([{ role: 'user', parts: [{ text }] }]);
		expect(JSON.stringify(body.systemInstruction)).toContain(`already rated it ${deterministic.level}`);
		expect(fake.requests[0].path).toBe('/v1beta/models/gemini-2.5-flash:generateContent');
	});

	it('raises the level and recomputes colour, wait, escalation and advice', async () => {
		// Sweating with a numb left arm now escalates on its own (catalogue: chest pain severity signs);
		// a vaguer message is the kind the model may still raise. (The learned layer raises this one
		// too; it is off here so the second opinion has something to raise.)
		const text = 'meu pai está muito esquisito hoje, suando e com o braço formigando';
		const deterministic = classify(text, { profile: 'human', language: 'pt', learned: false });
		expect(deterministic.escalate).toBe(false);
		fake.reply(JSON.stringify({ level: 'very_urgent', reason: 'Possível síndrome coronariana.' }));
		const result = await secondOpinion(gemini, text, deterministic, fast);
		expect(result).toMatchObject({
			level: 'very_urgent',
			colour: 'orange',
			maxWaitMinutes: 10,
			escalate: true,
			matches: deterministic.matches,
			secondOpinion: { level: 'very_urgent', reason: 'Possível síndrome coronariana.', raised: true },
		});
		expect(result.advice).toContain('SAMU 192');
	});

	it('keeps the advice of the red flags already found when raising', async () => {
		const deterministic = triage('quero me matar');
		fake.reply('{"level":"emergency","reason":"Plano e meio imediato."}');
		const result = await secondOpinion(gemini, 'quero me matar', deterministic, fast);
		expect(result.level).toBe('emergency');
		expect(result.advice).toContain('CVV 188');
	});

	it('never lowers the level', async () => {
		const deterministic = pet('meu cachorro comeu chocolate');
		fake.reply('{"level":"non_urgent","reason":"Pouca quantidade."}');
		const result = await secondOpinion(gemini, 'meu cachorro comeu chocolate', deterministic, fast);
		expect(result).toEqual({ ...deterministic, secondOpinion: { level: 'non_urgent', reason: 'Pouca quantidade.', raised: false } });
	});

	it('uses the configured model', async () => {
		fake.reply('{"level":"standard","reason":"ok"}');
		await secondOpinion(gemini, 'oi', triage('oi'), { ...fast, model: 'gemini-2.0-flash' });
		expect(fake.requests[0].path).toBe('/v1beta/models/gemini-2.0-flash:generateContent');
	});

	it.each([
		['not JSON', () => fake.reply('Nível: emergência'), 'invalid_json'],
		['a level outside the enum', () => fake.reply('{"level":"red","reason":"x"}'), 'invalid_json'],
		['no reason', () => fake.reply('{"level":"emergency"}'), 'invalid_json'],
		['a blocked answer', () => fake.safety(), 'blocked: SAFETY'],
		['a blocked prompt', () => fake.blockedPrompt(), 'blocked: SAFETY'],
		['an empty answer', () => fake.empty(), 'empty'],
		['HTTP 503', () => fake.fail({ status: 503 }), 'http 503'],
		['HTTP 429', () => fake.fail({ status: 429 }), 'http 429'],
	])('leaves the result untouched on %s', async (_label, script, error) => {
		const deterministic = triage('dor no joelho');
		script();
		expect(await secondOpinion(gemini, 'dor no joelho', deterministic, fast)).toEqual({ ...deterministic, secondOpinion: { error } });
	});

	it('gives up on a model that does not answer in time', async () => {
		fake.hang();
		const deterministic = triage('dor no peito');
		const started = Date.now();
		expect(await secondOpinion(gemini, 'dor no peito', deterministic, { retries: 0, timeoutMs: 150 })).toEqual({
			...deterministic,
			secondOpinion: { error: 'timeout' },
		});
		expect(Date.now() - started).toBeLessThan(2_000);
	});

	it('turns an unreachable server into an error note', async () => {
		const offline = new GeminiAdapter({ apiKey: 'k', baseUrl: 'http://127.0.0.1:9' });
		const deterministic = triage('dor no peito');
		expect(await secondOpinion(offline, 'dor no peito', deterministic, fast)).toEqual({
			...deterministic,
			secondOpinion: { error: 'network' },
		});
	});

	it('accepts an answer wrapped in a code fence and trims a long reason', async () => {
		fake.reply(`\`\`\`json\n{"level":"urgent","reason":"${'x'.repeat(900)}"}\n\`\`\``);
		const result = await secondOpinion(gemini, 'dor no joelho', triage('dor no joelho'), fast);
		expect(result.level).toBe('urgent');
		expect(result.secondOpinion?.reason).toHaveLength(500);
	});
});
