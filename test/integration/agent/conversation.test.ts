// The agent against the Gemini fake's real wire format, with real Redis, Postgres and Chroma:
// grounding in passages, memory written only after success, media, handoff, opt-out, the topic
// check, and the model's failures (429, hangs, SAFETY, blocked prompts) ending in the fallback.
import { runAgent, type AgentInput, type Passage } from '../../../nodes/GeminiAgent';
import { loadGeminiHistory, loadHistory } from '../../../nodes/ConversationMemory/history';
import { historyKey } from '../../../nodes/ConversationMemory/keys';
import { checkPause } from '../../../nodes/ConversationMemory/pause';
import { isBlocked, status } from '../../../nodes/OptOutGuard/store';
import { closeAllClients } from '../../../nodes/shared/clients/clientCache';
import { GeminiFake } from '../../fakes/geminiFake';
import { sharedPool, uniquePhone } from '../booking/support';
import { freshPrefixPerTest, sharedRedis } from '../memory/support';
import {
	adapterFor,
	callTool,
	chromaKnowledge,
	clock,
	conversationKeyOf,
	routeModel,
	say,
	topicVerdict,
	type ChromaKnowledge,
} from './support';

const fake = new GeminiFake();
const pool = sharedPool();
const redis = sharedRedis();
const tenant = `agent-conv-${Date.now().toString(36)}`;
let prefix = '';
freshPrefixPerTest(redis, (fresh) => (prefix = fresh));

beforeAll(async () => await fake.start());
beforeEach(() => fake.reset());
afterAll(async () => {
	await fake.stop();
	await pool.query('DELETE FROM contact_optouts WHERE tenant = $1', [tenant]).catch(() => undefined);
	await closeAllClients();
});

const deps = () => ({ gemini: adapterFor(fake), redis, prefix, pool, clock });
const fast = { retries: 2, retryBaseDelayMs: 10 } as const;

function input(text: string, extra: Partial<AgentInput> = {}, phone = uniquePhone()): AgentInput {
	return {
		message: { text, tenant, phone, conversationKey: conversationKeyOf(tenant, phone), contactName: 'João' },
		variables: { clinicName: 'Clínica Sorriso' },
		topicCheck: false,
		...fast,
		...extra,
	};
}

describe('grounding in the knowledge base (real Chroma)', () => {
	const passages: Omit<Passage, 'score'>[] = [
		{ id: 'insurance', documentId: 'faq', title: 'Convênios', text: 'Aceitamos os convênios Unimed, Bradesco Saúde e SulAmérica.' },
		{
			id: 'hours',
			documentId: 'faq',
			title: 'Horário',
			text: 'A clínica abre de segunda a sexta das 8h às 18h e aos sábados das 8h às 12h.',
		},
		{ id: 'vaccine', documentId: 'prices', title: 'Vacinas', text: 'A vacina da gripe custa R$ 120.' },
	];
	let knowledge: ChromaKnowledge;
	beforeAll(async () => {
		knowledge = await chromaKnowledge(adapterFor(fake), passages);
	});
	afterAll(async () => await knowledge.drop());

	it('puts the retrieved passages in the prompt, delimited, and reports them as sources', async () => {
		routeModel(fake, (view) => {
			// The fake checks what reached the model before it answers.
			expect(view.system).toContain('<clinic_knowledge>');
			expect(view.system).toContain(
				'<passage id="insurance" title="Convênios">\nAceitamos os convênios Unimed, Bradesco Saúde e SulAmérica.\n</passage>',
			);
			expect(view.system).toMatch(/answer clinic facts only from them/);
			return say('Aceitamos Unimed, Bradesco Saúde e SulAmérica.');
		});
		const result = await runAgent(input('Quais convênios vocês aceitam?', { knowledgeTopK: 2 }), {
			...deps(),
			knowledge: knowledge.search,
		});
		expect(result).toMatchObject({ fallback: false, reply: 'Aceitamos Unimed, Bradesco Saúde e SulAmérica.' });
		expect(result.sources[0]).toMatchObject({ id: 'insurance', documentId: 'faq', title: 'Convênios' });
		expect(result.sources[0].score).toBeGreaterThan(result.sources[1].score);
		expect(result.sources).toHaveLength(2);
	});

	it('lets the reply give hours the passages state, and corrects a reply that invents one', async () => {
		let calls = 0;
		routeModel(fake, (view) => {
			calls++;
			if (calls === 1) return say('Abrimos de segunda a sexta das 8h às 19h30.');
			expect(view.lastUserText).toContain('[Automatic check]');
			return say('Abrimos de segunda a sexta das 8h às 18h e aos sábados das 8h às 12h.');
		});
		const result = await runAgent(input('Qual o horário de funcionamento?'), { ...deps(), knowledge: knowledge.search });
		expect(result).toMatchObject({
			fallback: false,
			reply: 'Abrimos de segunda a sexta das 8h às 18h e aos sábados das 8h às 12h.',
			grounding: { corrected: true, violations: ['time: 19h30'] },
		});
		expect(result.sources.map((s) => s.id)).toContain('hours');
	});
});

describe('memory: only successful turns are stored, with the keys Conversation Memory reads', () => {
	it('stores user and model turns after success, and nothing after a failed turn', async () => {
		const phone = uniquePhone();
		const key = conversationKeyOf(tenant, phone);
		fake.safety();
		const failed = await runAgent(input('Oi, tudo bem?', {}, phone), deps());
		expect(failed).toMatchObject({ fallback: true, fallbackReason: 'blocked_response', stored: false });
		expect(await redis.exists(historyKey(prefix, key))).toBe(0);

		fake.reply('Olá, João! Como posso ajudar?');
		const ok = await runAgent(input('Oi, tudo bem?', {}, phone), deps());
		expect(ok).toMatchObject({ fallback: false, stored: true });
		const turns = await loadHistory(redis, prefix, key);
		expect(turns.map((t) => [t.role, t.text])).toEqual([
			['user', 'Oi, tudo bem?'],
			['assistant', 'Olá, João! Como posso ajudar?'],
		]);
		expect(turns[1].metadata).toEqual({ by: 'gemini-agent', model: 'gemini-2.5-flash' });
		const gemini = await loadGeminiHistory(redis, prefix, key);
		expect(gemini.contents).toEqual([
			{ role: 'user', parts: [{ text: 'Oi, tudo bem?' }] },
			{ role: 'model', parts: [{ text: 'Olá, João! Como posso ajudar?' }] },
		]);

		// The next turn sends that history, then the new message.
		fake.hang();
		const timedOut = await runAgent(input('Quanto custa?', { timeoutMs: 400 }, phone), deps());
		expect(timedOut).toMatchObject({ fallback: true, fallbackReason: 'timeout', stored: false });
		const sent = fake.generateRequests().at(-1)!;
		expect(sent.contents).toEqual([...gemini.contents, { role: 'user', parts: [{ text: 'Quanto custa?' }] }]);
		expect(await loadHistory(redis, prefix, key)).toHaveLength(2);
	});
});

describe('model failures end in one answer', () => {
	it('429 with RetryInfo, then success', async () => {
		fake.fail({ status: 429, retryAfter: 0.05 }).reply('Olá!');
		const result = await runAgent(input('Oi'), deps());
		expect(result).toMatchObject({ fallback: false, reply: 'Olá!', steps: 1 });
		expect(fake.requestsTo(/:generateContent$/).map((r) => r.status)).toEqual([429, 200]);
	});

	it('429 until retries run out: the fallback, as rate_limited', async () => {
		fake.fail({ status: 429, retryAfter: 0.01, times: 3 });
		const result = await runAgent(input('Oi'), deps());
		expect(result).toMatchObject({ fallback: true, fallbackReason: 'rate_limited', fallbackDetail: 'http 429 after 3 attempts' });
	});

	it("a hung request: the fallback when the turn's time is up", async () => {
		fake.hang();
		const started = Date.now();
		const result = await runAgent(input('Oi', { timeoutMs: 500 }), deps());
		expect(Date.now() - started).toBeLessThan(1_500);
		expect(result).toMatchObject({ fallback: true, fallbackReason: 'timeout' });
		expect(result.reply).toMatch(/^Desculpe, não consegui responder agora/);
	});

	it('SAFETY on the answer: the fallback', async () => {
		fake.safety();
		expect(await runAgent(input('Oi'), deps())).toMatchObject({
			fallback: true,
			fallbackReason: 'blocked_response',
			finishReason: 'SAFETY',
		});
	});

	it('a blocked prompt: the fallback', async () => {
		fake.blockedPrompt();
		expect(await runAgent(input('Oi'), deps())).toMatchObject({ fallback: true, fallbackReason: 'blocked_prompt', finishReason: 'SAFETY' });
	});
});

describe('media', () => {
	it('sends the image and the voice note as inlineData with their mime types', async () => {
		const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
		const ogg = Buffer.from('OggS\u0000opus-voice-note');
		routeModel(fake, () => say('Recebi a foto e o áudio.'));
		const phone = uniquePhone();
		const result = await runAgent(
			{
				...input('Veja a foto e o áudio', {}, phone),
				message: {
					...input('Veja a foto e o áudio', {}, phone).message,
					media: [
						{ mimeType: 'image/jpeg', data: jpeg },
						{ mimeType: 'audio/ogg; codecs=opus', data: ogg },
						{ mimeType: 'application/pdf', data: Buffer.from('%PDF') },
					],
				},
			},
			deps(),
		);
		expect(result.fallback).toBe(false);
		const parts = (fake.generateRequests()[0].contents as Array<{ parts: unknown[] }>)[0].parts;
		expect(parts.slice(0, 3)).toEqual([
			{ text: 'Veja a foto e o áudio' },
			{ inlineData: { mimeType: 'image/jpeg', data: jpeg.toString('base64') } },
			{ inlineData: { mimeType: 'audio/ogg', data: ogg.toString('base64') } },
		]);
		expect(JSON.stringify(parts[3])).toContain('application/pdf');
		expect(result.mediaNotes.map((n) => [n.mimeType, n.accepted])).toEqual([
			['image/jpeg', true],
			['audio/ogg', true],
			['application/pdf', false],
		]);
		// History keeps a marker, not the bytes.
		expect((await loadHistory(redis, prefix, conversationKeyOf(tenant, phone)))[0].text).toBe('Veja a foto e o áudio [image] [voice note]');
	});
});

describe('handoff and opt-out act exactly as Conversation Memory and the Guard do', () => {
	it('handoff_to_human pauses the bot: checkPause says paused, with the reason', async () => {
		const phone = uniquePhone();
		routeModel(fake, (view) =>
			view.functionResponses.length === 0
				? callTool('handoff_to_human', { reason: 'pediu para falar com a recepção' })
				: say('Vou te passar para a nossa equipe.'),
		);
		const result = await runAgent(input('Quero falar com uma pessoa', { handoffMinutes: 30 }, phone), deps());
		expect(result).toMatchObject({ fallback: false, handoff: { requested: true, reason: 'pediu para falar com a recepção' } });
		const pause = await checkPause(redis, prefix, conversationKeyOf(tenant, phone));
		expect(pause).toMatchObject({
			paused: true,
			by: 'agent:handoff',
			reason: 'pediu para falar com a recepção',
			until: result.handoff.until,
		});
		const minutes = (Date.parse(result.handoff.until!) - Date.now()) / 60_000;
		expect(minutes).toBeGreaterThan(29);
		expect(minutes).toBeLessThanOrEqual(30);
	});

	it("opt_out records the opt-out: the Guard's status says opted out", async () => {
		const phone = uniquePhone();
		routeModel(fake, (view) =>
			view.functionResponses.length === 0 ? callTool('opt_out', { scope: 'all' }) : say('Pronto, você não receberá mais mensagens.'),
		);
		const result = await runAgent(input('Não quero mais receber mensagens', {}, phone), deps());
		expect(result).toMatchObject({ fallback: false, optedOut: true, optOutCategory: 'all' });
		const contact = { tenant, phone };
		const guard = await status(pool, contact);
		expect(guard.optOuts).toEqual([
			{ category: 'all', optedOutAt: expect.any(String), source: 'model', reason: 'gemini agent opt_out tool' },
		]);
		expect(guard.blocked).toEqual({ care: true, marketing: true });
		expect(await isBlocked(pool, redis, prefix, contact, 'care')).toEqual({ blocked: true, by: 'all', from: 'cache' });
	});
});

describe('topic check', () => {
	it('replaces an off-topic answer with the redirect, decided by a parallel JSON call', async () => {
		routeModel(
			fake,
			() => say('Claro! Aqui vai um poema sobre o mar: ondas que vão e vêm...'),
			(view) => {
				expect(view.body.generationConfig).toMatchObject({ responseMimeType: 'application/json' });
				return view.lastUserText.includes('poema') ? topicVerdict(false, 0.98) : topicVerdict(true);
			},
		);
		const result = await runAgent(input('Me escreve um poema sobre o mar', { topicCheck: true }), deps());
		expect(result).toMatchObject({
			fallback: false,
			reply:
				'Desculpe, por aqui eu só consigo ajudar com assuntos da Clínica Sorriso: agendamentos, horários, serviços e dúvidas sobre o atendimento. Posso te ajudar com algo assim?',
			topic: { checked: true, onTopic: false, redirected: true },
		});
		expect(fake.generateRequests()).toHaveLength(2);
	});

	it('keeps an on-topic answer', async () => {
		routeModel(
			fake,
			() => say('A consulta particular custa R$ 200.'),
			() => topicVerdict(true),
		);
		const result = await runAgent(
			input('Quanto custa a consulta?', { topicCheck: true, variables: { clinicName: 'Clínica Sorriso', price: 'R$ 200' } }),
			deps(),
		);
		expect(result).toMatchObject({
			fallback: false,
			reply: 'A consulta particular custa R$ 200.',
			topic: { checked: true, onTopic: true, redirected: false },
		});
	});
});
