// Fault injection: 1,000 messages through runAgent, 10 at a time, against the Gemini fake with
// 20% of them given a model fault, spread over 429, 500, a hung request, SAFETY and a malformed
// function call. Every message must get exactly one reply (the model's or the fallback), none
// lost and none doubled, and memory must hold exactly the successful turns. The distribution of
// outcomes and the latency percentiles are printed, not asserted.
import { runAgent, type AgentResult } from '../../../nodes/GeminiAgent';
import { loadHistory } from '../../../nodes/ConversationMemory/history';
import { closeAllClients } from '../../../nodes/shared/clients/clientCache';
import { GeminiFake, type GenerateFault } from '../../fakes/geminiFake';
import { freshPrefixPerTest, sharedRedis } from '../memory/support';
import { adapterFor, callTool, clock, conversationKeyOf, routeModel, say, viewOf, type ModelView } from './support';

const MESSAGES = 1_000;
const CONCURRENCY = 10;
// The whole turn's budget: room for retries with backoff, short enough that 40 hung requests end soon.
const TURN_TIMEOUT_MS = 3_000;
type FaultKind = '429' | '500' | 'hang' | 'safety' | 'bad_call' | 'malformed_finish' | 'none';

const fake = new GeminiFake();
const redis = sharedRedis();
const tenant = 'agent-faults';
let prefix = '';
freshPrefixPerTest(redis, (fresh) => (prefix = fresh));
beforeAll(async () => await fake.start());
afterAll(async () => {
	await fake.stop();
	await closeAllClients();
});

/** Deterministic: every fifth message is faulty (20%), the kinds taken in turn. */
function faultOf(index: number): FaultKind {
	if (index % 5 !== 2) return 'none';
	// 'bad_call' and 'malformed_finish' share the "malformed function call" fifth.
	const kind = Math.floor(index / 5) % 5;
	if (kind < 4) return (['429', '500', 'hang', 'safety'] as const)[kind];
	return Math.floor(index / 25) % 2 === 0 ? 'bad_call' : 'malformed_finish';
}

const indexIn = (view: ModelView): number => Number(/msg-(\d+)/.exec(view.lastUserText)?.[1] ?? -1);
const phoneOf = (index: number) => `5511${String(900000000 + index)}`;

function percentile(sorted: number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

it(`${MESSAGES} messages with 20% model faults: exactly one reply each`, async () => {
	const attempts = new Map<number, number>();
	fake.failWhen((body): GenerateFault => {
		const view = viewOf(body);
		if (view.isTopic) return undefined;
		const index = indexIn(view);
		const seen = (attempts.get(index) ?? 0) + 1;
		attempts.set(index, seen);
		switch (faultOf(index)) {
			case '429':
				// Transient: the retry, honouring RetryInfo, gets through.
				return seen === 1 ? { status: 429, retryAfter: 0.02 } : undefined;
			case '500':
				return { status: 500 };
			case 'hang':
				return 'hang';
			default:
				return undefined;
		}
	});
	routeModel(fake, (view) => {
		const index = indexIn(view);
		switch (faultOf(index)) {
			case 'safety':
				return {
					candidates: [
						{ finishReason: 'SAFETY', index: 0, safetyRatings: [{ category: 'HARM_CATEGORY_DANGEROUS_CONTENT', probability: 'HIGH' }] },
					],
				};
			case 'malformed_finish':
				return { candidates: [{ content: {}, finishReason: 'MALFORMED_FUNCTION_CALL', index: 0 }] };
			case 'bad_call':
				// A call to a tool that does not exist; the error goes back, and the model recovers.
				if (view.functionResponses.length === 0) return callTool('book_now', { when: 'asap' });
				return say(`Resposta para msg-${index}.`);
			default:
				return say(`Resposta para msg-${index}.`);
		}
	});

	const results: (AgentResult | undefined)[] = new Array(MESSAGES);
	const resolutions = new Array<number>(MESSAGES).fill(0);
	const errors: unknown[] = [];
	let next = 0;
	const started = Date.now();
	await Promise.all(
		Array.from({ length: CONCURRENCY }, async () => {
			for (let index = next++; index < MESSAGES; index = next++) {
				const phone = phoneOf(index);
				try {
					results[index] = await runAgent(
						{
							message: {
								text: `msg-${index}: quanto custa a consulta?`,
								tenant,
								phone,
								conversationKey: conversationKeyOf(tenant, phone),
								messageId: `m${index}`,
							},
							variables: { clinicName: 'Clínica Teste' },
							timeoutMs: TURN_TIMEOUT_MS,
							retries: 2,
							retryBaseDelayMs: 5,
						},
						{ gemini: adapterFor(fake), redis, prefix, clock },
					);
					resolutions[index]++;
				} catch (error) {
					errors.push(error);
				}
			}
		}),
	);
	const wallMs = Date.now() - started;

	expect(errors).toEqual([]);
	expect(resolutions.every((count) => count === 1)).toBe(true);
	const outcomes = new Map<string, number>();
	const latencies: number[] = [];
	for (const [index, result] of results.entries()) {
		expect(result).toBeDefined();
		const r = result!;
		latencies.push(r.latencyMs);
		expect(r.reply.trim()).not.toBe('');
		// The reply is this message's own (or the fallback), never another conversation's.
		if (!r.fallback) expect(r.reply).toBe(`Resposta para msg-${index}.`);
		const label = `${faultOf(index)} → ${r.fallback ? `fallback:${r.fallbackReason}` : 'reply'}`;
		outcomes.set(label, (outcomes.get(label) ?? 0) + 1);
	}
	latencies.sort((a, b) => a - b);
	const faulty = results.filter((_, i) => faultOf(i) !== 'none').length;
	const lines = [
		`fault run: ${MESSAGES} messages, ${faulty} with injected faults (${((faulty / MESSAGES) * 100).toFixed(0)}%), concurrency ${CONCURRENCY}, ${wallMs} ms wall`,
		...[...outcomes.entries()].sort().map(([label, count]) => `  ${label.padEnd(44)} ${count}`),
		`  replies: ${results.filter((r) => !r!.fallback).length}, fallbacks: ${results.filter((r) => r!.fallback).length}, lost: 0, doubled: 0`,
		`  latency ms: p50 ${percentile(latencies, 50)}, p95 ${percentile(latencies, 95)}, p99 ${percentile(latencies, 99)}, max ${latencies.at(-1)}`,
	];
	console.log(lines.join('\n'));

	// Memory holds exactly the successful turns: two per answered message, none for a fallback.
	const histories = await Promise.all(
		results.map(async (_, index) => await loadHistory(redis, prefix, conversationKeyOf(tenant, phoneOf(index)))),
	);
	for (const [index, turns] of histories.entries()) {
		const r = results[index]!;
		expect(turns.map((t) => t.role)).toEqual(r.fallback ? [] : ['user', 'assistant']);
		if (!r.fallback) expect(turns[1].text).toBe(r.reply);
	}
	// Faults of these kinds cannot be answered; the rest recover.
	for (const [label] of outcomes) {
		if (label.startsWith('none') || label.startsWith('429') || label.startsWith('bad_call')) expect(label).toMatch(/→ reply$/);
		else expect(label).toMatch(/→ fallback:/);
	}
}, 180_000);
