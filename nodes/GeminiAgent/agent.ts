// One turn of the Gemini Agent: the person's message in, exactly one answer out.
//
//   load history and the last offer (Redis) ─┬─ topic check (parallel, small JSON call)
//                                            └─ knowledge retrieval ─ model ⇄ tools (≤ maxToolSteps)
//                                                                      └─ grounding check (one correction)
//   whichever comes first: the answer, or the turn's deadline (then the fallback)
//   after a successful answer only: append the user turn and the reply to Conversation Memory
//
// Nothing that goes wrong with the model, the tools or the services escapes as an exception:
// the result says what happened (fallback, fallbackReason, actions, warnings).
import { performance } from 'perf_hooks';
import { formatLocalIso } from '../AppointmentBooking/time';
import { appendTurn, loadGeminiHistory } from '../ConversationMemory/history';
import { getState, setState } from '../ConversationMemory/state';
import type { Turn } from '../ConversationMemory/turns';
import { describeGeminiError } from '../shared/gemini/json';
import { GeminiError } from '../shared/gemini/errors';
import type { CallOptions, Content, FunctionCall, GenerateResult, Part, Usage } from '../shared/gemini/types';
import { resolveConfig, type AgentConfig } from './config';
import { correctionText, Evidence, findUngrounded, type GroundingContext } from './grounding';
import { prepareMedia, type PreparedMedia } from './media';
import { buildSystemInstruction } from './prompt';
import { defaultRedirect, mediaMarker } from './texts';
import {
	declarationsFor,
	labelOf,
	OFFER_VARIABLE,
	parseOffer,
	runTool,
	validateCall,
	type Offer,
	type ToolContext,
	type ToolOutcome,
} from './tools';
import { checkTopic, obviouslyOnTopic, type TopicVerdict } from './topic';
import type { AgentAction, AgentDeps, AgentInput, AgentResult, AgentToolName, FallbackReason, Passage } from './types';

/** Model rounds in a row that only produced malformed calls before the turn gives up. */
const MAX_MALFORMED_IN_ROW = 3;
/** Tools whose success means the turn did the clinic's business, whatever the topic check says. */
const ACTING_TOOLS = new Set(['book', 'cancel', 'reschedule', 'handoff_to_human', 'opt_out']);

type Outcome = { kind: 'answer'; reply: string } | { kind: 'fallback'; reason: FallbackReason; detail?: string };

/**
 * Answer one message. Throws an AgentError (kind 'invalid_input' or 'invalid_option') only for
 * input it cannot work with; every other failure ends in the fallback reply.
 */
export async function runAgent(input: AgentInput, deps: AgentDeps): Promise<AgentResult> {
	const startedAt = performance.now();
	const config = resolveConfig(input, deps);
	return await new AgentTurn(config, deps, startedAt).execute();
}

class AgentTurn {
	private readonly controller = new AbortController();
	private readonly deadlineAt: number;
	private readonly now: Date;
	private readonly media: PreparedMedia;
	private readonly actions: AgentAction[] = [];
	private readonly sources = new Map<string, Passage>();
	private readonly usage: Usage & { calls: number } = { promptTokens: 0, outputTokens: 0, totalTokens: 0, calls: 0 };
	private readonly warnings: string[];
	private readonly toolResults: Record<string, unknown>[] = [];
	private handoff: AgentResult['handoff'] = { requested: false };
	private optOutCategory?: 'marketing' | 'all';
	private steps = 0;
	private finishReason = 'NONE';
	private unknownVariables: string[] = [];
	private grounding: AgentResult['grounding'] = { checked: false, corrected: false, violations: [] };
	private topic: AgentResult['topic'] = { checked: false, redirected: false };
	private topicVerdict?: Promise<TopicVerdict | undefined>;
	private history: { contents: Content[]; systemNotes: string[]; turns: Turn[] } = { contents: [], systemNotes: [], turns: [] };
	private offer?: Offer;
	/** The offer changed during the turn and is not yet in state. */
	private offerChanged = false;
	/** A tool still running when the turn ended (its effect may land after the reply). */
	private toolInFlight?: string;
	private persona = '';

	constructor(
		private readonly config: AgentConfig,
		private readonly deps: AgentDeps,
		private readonly startedAt: number,
	) {
		this.deadlineAt = startedAt + config.timeoutMs;
		this.now = deps.clock?.() ?? new Date();
		this.media = prepareMedia(config.message.media, config.maxMediaBytes);
		this.warnings = [...config.warnings];
	}

	async execute(): Promise<AgentResult> {
		let timer: NodeJS.Timeout | undefined;
		const deadline = new Promise<Outcome>((resolve) => {
			timer = setTimeout(
				() => resolve({ kind: 'fallback', reason: 'timeout', detail: `no answer within ${this.config.timeoutMs} ms` }),
				this.config.timeoutMs,
			);
		});
		const work = this.work().catch((error: unknown): Outcome => ({
			kind: 'fallback',
			reason: 'internal_error',
			detail: error instanceof Error ? error.message : String(error),
		}));
		const outcome = await Promise.race([work, deadline]);
		clearTimeout(timer);
		// Whatever is still running (a model call, the topic check) is cancelled and its result ignored.
		this.controller.abort();
		if (this.toolInFlight) this.warnings.push(`tool_in_flight_at_deadline:${this.toolInFlight}`);
		const answered = outcome.kind === 'answer';
		const [stored] = await Promise.all([answered ? this.store(outcome.reply) : Promise.resolve(false), this.persistOffer(answered)]);
		return this.result(outcome, stored);
	}

	// -------------------------------------------------------------------------------------------
	// The work of the turn

	private async work(): Promise<Outcome> {
		// Retrieval needs only the message; the topic check wants the last reply for context.
		const retrieval = this.retrieve();
		await this.loadMemory();
		this.topicVerdict = this.startTopicCheck();
		const passages = await retrieval;
		const prompt = buildSystemInstruction({
			instructions: this.config.instructions,
			variables: this.config.variables,
			language: this.config.language,
			contactName: this.config.message.contactName,
			subject: this.config.subject,
			nowLabel: labelOf(this.now, { locale: this.config.locale, timeZone: this.config.timeZone }),
			timeZone: this.config.timeZone,
			passages,
			offer: this.offer,
			systemNotes: this.history.systemNotes,
			tools: this.config.tools,
		});
		this.unknownVariables = prompt.unknownVariables;
		this.persona = prompt.persona;
		const outcome = await this.converse(prompt.systemInstruction);
		if (outcome.kind !== 'answer') return outcome;
		return await this.applyTopicVerdict(outcome);
	}

	private async loadMemory(): Promise<void> {
		const { redis } = this.deps;
		if (!redis) return;
		const { conversationKey } = this.config.message;
		const [history, state] = await Promise.allSettled([
			this.config.historyTurns > 0
				? loadGeminiHistory(redis, this.config.prefix, conversationKey, { limit: this.config.historyTurns })
				: Promise.resolve(undefined),
			this.config.tools.includes('book') || this.config.tools.includes('reschedule')
				? getState(redis, this.config.prefix, conversationKey)
				: Promise.resolve(null),
		]);
		if (history.status === 'fulfilled') {
			if (history.value) this.history = history.value;
		} else {
			this.warnings.push('history_unavailable');
		}
		if (state.status === 'fulfilled') this.offer = parseOffer(state.value?.variables[OFFER_VARIABLE]);
		else this.warnings.push('state_unavailable');
	}

	private async retrieve(): Promise<Passage[]> {
		const search = this.deps.knowledge;
		const query = this.config.message.text.trim();
		if (!search || this.config.knowledgeTopK === 0 || query === '') return [];
		try {
			const found = await search(query, this.config.knowledgeTopK);
			const passages = (Array.isArray(found) ? found : [])
				.filter((p) => p && typeof p.id === 'string' && typeof p.text === 'string' && p.text.trim() !== '')
				.filter((p) => typeof p.score !== 'number' || p.score >= this.config.knowledgeMinScore)
				.slice(0, this.config.knowledgeTopK);
			this.addSources(passages);
			return passages;
		} catch {
			this.warnings.push('knowledge_unavailable');
			return [];
		}
	}

	/** The model ⇄ tools loop, then the grounding check with at most one correction. */
	private async converse(systemInstruction: string): Promise<Outcome> {
		const contents: Content[] = [...this.history.contents, this.userContent()];
		const tools = declarationsFor(this.config.tools);
		let toolRounds = 0;
		let malformedInRow = 0;
		let corrected = false;
		for (;;) {
			let result: GenerateResult;
			try {
				result = await this.deps.gemini.generate(
					{
						model: this.config.model,
						contents,
						systemInstruction,
						tools: tools.length > 0 ? tools : undefined,
						temperature: this.config.temperature,
						maxOutputTokens: this.config.maxOutputTokens,
						safetySettings: this.config.safetySettings,
					},
					this.callOptions(),
				);
			} catch (error) {
				return modelFailure(error);
			} finally {
				this.steps++;
			}
			if (result.kind === 'blocked') {
				this.finishReason = result.reason;
				return {
					kind: 'fallback',
					reason: result.stage === 'prompt' ? 'blocked_prompt' : 'blocked_response',
					detail: `blocked: ${result.reason}`,
				};
			}
			if (result.kind === 'empty') {
				this.finishReason = result.finishReason;
				if (result.finishReason !== 'MALFORMED_FUNCTION_CALL')
					return { kind: 'fallback', reason: 'empty_answer', detail: `empty: ${result.finishReason}` };
				// Gemini could not even write its call down; ask again, a few times at most.
				if (++malformedInRow >= MAX_MALFORMED_IN_ROW)
					return { kind: 'fallback', reason: 'malformed_function_call', detail: 'MALFORMED_FUNCTION_CALL' };
				continue;
			}
			this.finishReason = result.finishReason;
			this.addUsage(result.usage);

			if (result.functionCalls.length > 0) {
				if (toolRounds >= this.config.maxToolSteps) {
					return { kind: 'fallback', reason: 'tool_step_limit', detail: `more than ${this.config.maxToolSteps} rounds of tool calls` };
				}
				toolRounds++;
				contents.push(result.modelContent);
				const parts: Part[] = [];
				let malformed = 0;
				for (const call of result.functionCalls) {
					const { outcome, wellFormed } = await this.callTool(call);
					if (!wellFormed) malformed++;
					parts.push({ functionResponse: { name: call.name, response: outcome.response } });
				}
				contents.push({ role: 'function', parts });
				malformedInRow = malformed === result.functionCalls.length ? malformedInRow + 1 : 0;
				if (malformedInRow >= MAX_MALFORMED_IN_ROW) {
					return { kind: 'fallback', reason: 'malformed_function_call', detail: 'the model kept calling tools wrongly' };
				}
				continue;
			}
			malformedInRow = 0;

			const reply = result.text.trim();
			if (this.config.groundingCheck) {
				const violations = findUngrounded(reply, this.evidence(), this.groundingContext());
				this.grounding.checked = true;
				if (violations.length > 0) {
					const listed = violations.map((v) => `${v.kind}: ${v.text}`);
					this.grounding.violations.push(...listed);
					if (corrected) return { kind: 'fallback', reason: 'ungrounded', detail: listed.join('; ') };
					corrected = true;
					this.grounding.corrected = true;
					contents.push(result.modelContent, { role: 'user', parts: [{ text: correctionText(violations) }] });
					continue;
				}
			}
			return { kind: 'answer', reply };
		}
	}

	private userContent(): Content {
		const parts: Part[] = [];
		const text = this.config.message.text.trim();
		if (text) parts.push({ text });
		parts.push(...this.media.parts);
		if (this.media.refusedLines.length > 0) parts.push({ text: `(${this.media.refusedLines.join(' ')})` });
		return { role: 'user', parts };
	}

	private async callTool(call: FunctionCall): Promise<{ outcome: ToolOutcome; wellFormed: boolean }> {
		const started = performance.now();
		const args = call.args && typeof call.args === 'object' ? call.args : {};
		const checked = validateCall(call.name, args, this.config.tools);
		this.toolInFlight = call.name;
		const outcome = checked.ok ? await runTool(call.name as AgentToolName, checked.args, this.toolContext()) : checked.outcome;
		this.toolInFlight = undefined;
		this.toolResults.push(outcome.response);
		const action: AgentAction = {
			tool: call.name,
			args,
			ok: outcome.ok,
			result: outcome.response,
			durationMs: Math.round(performance.now() - started),
		};
		if (outcome.detail) action.error = outcome.detail;
		this.actions.push(action);
		return { outcome, wellFormed: checked.ok };
	}

	private toolContext(): ToolContext {
		const { message } = this.config;
		return {
			tenant: message.tenant,
			phone: message.phone,
			contactName: message.contactName,
			conversationKey: message.conversationKey,
			messageId: message.messageId,
			subject: this.config.subject,
			deps: { pool: this.deps.pool, redis: this.deps.redis, knowledge: this.deps.knowledge, prefix: this.config.prefix },
			now: this.now,
			timeZone: this.config.timeZone,
			locale: this.config.locale,
			slotsPerOffer: this.config.slotsPerOffer,
			handoffMinutes: this.config.handoffMinutes,
			offer: this.offer,
			saveOffer: async (offer) => await this.saveOffer(offer),
			addSources: (passages) => this.addSources(passages),
			onHandoff: (handoff) => {
				this.handoff = { requested: true, ...handoff };
			},
			onOptOut: (category) => {
				this.optOutCategory = category;
			},
			signal: this.controller.signal,
		};
	}

	private async saveOffer(offer: Offer | undefined): Promise<void> {
		this.offer = offer;
		this.offerChanged = true;
	}

	/**
	 * The new offer goes to state only with a reply that showed it: after a fallback the person
	 * never saw the options, and a later "2" must not pick one of them. A cleared offer (booked)
	 * is written either way.
	 */
	private async persistOffer(answered: boolean): Promise<void> {
		const { redis } = this.deps;
		if (!redis || !this.offerChanged || (!answered && this.offer)) return;
		const offer = this.offer;
		try {
			await setState(
				redis,
				this.config.prefix,
				this.config.message.conversationKey,
				offer ? { variables: { [OFFER_VARIABLE]: offer } } : { unset: [OFFER_VARIABLE] },
			);
		} catch {
			// The reply stands; a later "2" will find no offer and the model will look for times again.
			this.warnings.push('offer_not_saved');
		}
	}

	private callOptions(): CallOptions {
		const remaining = Math.max(1, Math.round(this.deadlineAt - performance.now()));
		return {
			timeoutMs: remaining,
			retries: this.config.retries,
			baseDelayMs: this.config.retryBaseDelayMs,
			maxDelayMs: remaining,
			signal: this.controller.signal,
		};
	}

	// -------------------------------------------------------------------------------------------
	// Grounding

	private groundingContext(): GroundingContext {
		return { now: this.now, timeZone: this.config.timeZone, language: this.config.language };
	}

	/** Everything the reply may take times, dates and links from. */
	private evidence(): Evidence {
		const evidence = new Evidence(this.groundingContext());
		// Today's date (not the time) is known to the model from its instruction and is no invention.
		evidence.add(formatLocalIso(this.now, this.config.timeZone).slice(0, 10));
		evidence.add(this.persona).add(this.config.message.text);
		for (const value of Object.values(this.config.variables)) if (typeof value === 'string') evidence.add(value);
		for (const turn of this.history.turns) evidence.add(turn.text);
		for (const passage of this.sources.values()) evidence.add(passage.title).add(passage.text);
		for (const slot of this.offer?.slots ?? []) evidence.add(slot.label).add(slot.start);
		for (const result of this.toolResults) evidence.addValue(result);
		return evidence;
	}

	// -------------------------------------------------------------------------------------------
	// Topic

	private startTopicCheck(): Promise<TopicVerdict | undefined> | undefined {
		const text = this.config.message.text.trim();
		if (!this.config.topic.enabled || text === '' || obviouslyOnTopic(text)) return undefined;
		this.topic.checked = true;
		const previousReply = [...this.history.turns].reverse().find((turn) => turn.role === 'assistant')?.text;
		const clinicName = this.config.variables.clinicName;
		return checkTopic(this.deps.gemini, {
			model: this.config.topic.model,
			text,
			clinicName: typeof clinicName === 'string' ? clinicName : undefined,
			previousReply,
			timeoutMs: Math.max(1, Math.round(this.deadlineAt - performance.now())),
			signal: this.controller.signal,
		}).catch((error: unknown): TopicVerdict => ({ ok: false, error: describeGeminiError(error) }));
	}

	private async applyTopicVerdict(outcome: Outcome & { kind: 'answer' }): Promise<Outcome> {
		if (!this.topicVerdict) return outcome;
		// The answer is ready: waiting for a verdict must never turn it into a timeout, so stop
		// short of the turn's deadline.
		const margin = Math.min(100, this.config.timeoutMs / 10);
		const wait = Math.max(0, Math.min(this.config.topic.graceMs, this.deadlineAt - margin - performance.now()));
		let timer: NodeJS.Timeout | undefined;
		const late = new Promise<undefined>((resolve) => {
			timer = setTimeout(() => resolve(undefined), wait);
		});
		const verdict = await Promise.race([this.topicVerdict, late]);
		clearTimeout(timer);
		if (!verdict) {
			this.topic.error = 'no verdict in time';
			return outcome;
		}
		if (!verdict.ok) {
			this.topic.error = verdict.error;
			return outcome;
		}
		this.addUsage(verdict.usage);
		this.topic.onTopic = verdict.onTopic;
		this.topic.confidence = verdict.confidence;
		const acted = this.actions.some((action) => action.ok && ACTING_TOOLS.has(action.tool));
		if (verdict.onTopic || verdict.confidence < this.config.topic.threshold || acted) return outcome;
		this.topic.redirected = true;
		const clinicName = this.config.variables.clinicName;
		return {
			kind: 'answer',
			reply: this.config.offTopicReply ?? defaultRedirect(this.config.language, typeof clinicName === 'string' ? clinicName : undefined),
		};
	}

	// -------------------------------------------------------------------------------------------
	// Memory and the result

	/** After a successful turn only: the person's message and the reply, as Conversation Memory stores them. */
	private async store(reply: string): Promise<boolean> {
		const { redis } = this.deps;
		if (!redis || !this.config.storeHistory) return false;
		const { message } = this.config;
		const markers = this.media.accepted.map(mediaMarker);
		const userText = [message.text.trim(), ...markers].filter(Boolean).join(' ');
		const options = { ttlSeconds: this.config.historyTtlSeconds, maxTurns: this.config.maxStoredTurns };
		try {
			await appendTurn(
				redis,
				this.config.prefix,
				message.conversationKey,
				{ role: 'user', text: userText, messageId: message.messageId, at: this.now },
				options,
			);
			await appendTurn(
				redis,
				this.config.prefix,
				message.conversationKey,
				{
					role: 'assistant',
					text: reply,
					metadata: {
						by: 'gemini-agent',
						model: this.config.model,
						...(this.actions.length ? { tools: this.actions.map((a) => a.tool) } : {}),
					},
				},
				options,
			);
			return true;
		} catch {
			this.warnings.push('history_not_stored');
			return false;
		}
	}

	private result(outcome: Outcome, stored: boolean): AgentResult {
		const fallback = outcome.kind === 'fallback';
		const result: AgentResult = {
			reply: fallback ? this.config.fallbackReply : outcome.reply,
			fallback,
			// Copies: a call cancelled at the deadline may still settle later, and must not change a returned result.
			actions: [...this.actions],
			handoff: this.handoff,
			optedOut: this.optOutCategory !== undefined,
			// Every main call, and the topic check when it ran (its tokens count once its verdict arrived).
			usage: { ...this.usage, calls: this.steps + (this.topic.checked ? 1 : 0) },
			finishReason: this.finishReason,
			sources: [...this.sources.values()],
			mediaNotes: [...this.media.notes],
			model: this.config.model,
			steps: this.steps,
			latencyMs: Math.round(performance.now() - this.startedAt),
			topic: { ...this.topic },
			grounding: { ...this.grounding, violations: [...this.grounding.violations] },
			unknownVariables: [...this.unknownVariables],
			stored,
			warnings: [...this.warnings],
		};
		if (outcome.kind === 'fallback') {
			result.fallbackReason = outcome.reason;
			if (outcome.detail) result.fallbackDetail = outcome.detail;
		}
		if (this.optOutCategory) result.optOutCategory = this.optOutCategory;
		return result;
	}

	private addUsage(usage: Usage | undefined): void {
		if (!usage) return;
		this.usage.promptTokens += usage.promptTokens;
		this.usage.outputTokens += usage.outputTokens;
		this.usage.totalTokens += usage.totalTokens;
	}

	private addSources(passages: Passage[]): void {
		for (const passage of passages) if (!this.sources.has(passage.id)) this.sources.set(passage.id, passage);
	}
}

function modelFailure(error: unknown): Outcome {
	if (error instanceof GeminiError) {
		if (error.kind === 'timeout') return { kind: 'fallback', reason: 'timeout', detail: error.message };
		if (error.status === 429) return { kind: 'fallback', reason: 'rate_limited', detail: `http 429 after ${error.attempts} attempts` };
		return { kind: 'fallback', reason: 'model_error', detail: `${describeGeminiError(error)} after ${error.attempts} attempts` };
	}
	return { kind: 'fallback', reason: 'internal_error', detail: error instanceof Error ? error.message : String(error) };
}
