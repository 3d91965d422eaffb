// What the Gemini Agent takes and gives. Plain data: the node shell reads parameters into an
// AgentInput, hands over pooled clients as AgentDeps, and puts the AgentResult on the item.
import type Redis from 'ioredis';
import type { Pool } from 'pg';
import type { GenerateRequest, CallOptions, GenerateResult, Usage } from '../shared/gemini/types';

export type AgentLanguage = 'pt' | 'es' | 'en';

/** An image or a voice note as bytes; sent to the model as inlineData when its type is allowed. */
export interface AgentMedia {
	mimeType: string;
	data: Buffer;
}

export interface AgentMessage {
	/** The person's text ('' for a photo or voice note without caption). */
	text: string;
	/** `${tenant}:${provider}:${session}:${phone}`, the Conversation Memory key. */
	conversationKey: string;
	tenant: string;
	/** E.164 digits without '+'; booking and opt-out act for this number only. */
	phone: string;
	contactName?: string;
	/** 'pt', 'pt-BR', 'es', 'en'…; default 'pt'. */
	language?: string;
	/** The inbound message id: makes a redelivered message book at most once. */
	messageId?: string;
	media?: AgentMedia[];
}

/** Who a veterinary visit is for: the pet, from the contact's state. */
export interface AgentSubject {
	name?: string;
	species?: string;
	breed?: string;
	age?: string;
}

export const AGENT_TOOL_NAMES = [
	'find_slots',
	'book',
	'cancel',
	'reschedule',
	'list_my_appointments',
	'search_knowledge',
	'handoff_to_human',
	'opt_out',
] as const;
export type AgentToolName = (typeof AGENT_TOOL_NAMES)[number];

export type TemplateValue = string | number | boolean | null | undefined;

export interface AgentInput {
	message: AgentMessage;
	/** Persona template: `{clinicName}`, `{hours}`… are replaced from `variables`. Empty: a built-in persona. */
	instructions?: string;
	variables?: Record<string, TemplateValue>;
	/** Default DEFAULT_GEMINI_MODEL (nodes/shared/gemini/adapter.ts). */
	model?: string;
	temperature?: number;
	maxOutputTokens?: number;
	safetySettings?: GenerateRequest['safetySettings'];
	/** Turns of history loaded from Conversation Memory; 0 loads none. Default 20. */
	historyTurns?: number;
	/** Store the user turn and the reply after a successful turn (needs Redis). Default true. */
	storeHistory?: boolean;
	/** History TTL and cap as in Conversation Memory's appendTurn. */
	historyTtlSeconds?: number;
	maxStoredTurns?: number;
	/** Rounds of tool calls per turn; the model asking for more ends the turn with the fallback. Default 5. */
	maxToolSteps?: number;
	/** The whole turn, history and tools included. Default 15000. */
	timeoutMs?: number;
	/** Retries per model call on 429/5xx/timeouts (the adapter's backoff, honouring RetryInfo). Default 2. */
	retries?: number;
	retryBaseDelayMs?: number;
	/** Sent when the turn fails; default localized (pt/es/en). */
	fallbackReply?: string;
	/** Sent instead of an answer the topic check finds off-topic; default localized. */
	offTopicReply?: string;
	/** Each tool's switch; a tool is on unless switched off, when its dependencies are given. */
	tools?: Partial<Record<AgentToolName, boolean>>;
	/** The parallel off-topic check; default on. */
	topicCheck?: boolean | TopicCheckOptions;
	/** Veterinary: the pet the conversation is about. */
	subject?: AgentSubject;
	/** The clinic's zone for dates, slots and "today". Default America/Sao_Paulo. */
	timezone?: string;
	/** Passages retrieved for the message before the model runs; 0 turns that off. Default 4. */
	knowledgeTopK?: number;
	/** Passages scoring below this are not used. Default 0. */
	knowledgeMinScore?: number;
	/** Per media item. Default 5 MB. */
	maxMediaBytes?: number;
	/** How long handoff_to_human pauses the bot. Default Conversation Memory's 60 minutes. */
	handoffMinutes?: number;
	/** Options offered per find_slots call. Default 5. */
	slotsPerOffer?: number;
	/** Check the final reply for times, dates and links no source contains. Default on. */
	groundingCheck?: boolean;
}

export interface TopicCheckOptions {
	enabled?: boolean;
	/** Default the agent's model. */
	model?: string;
	/** How sure the classifier must be that a message is off-topic before it is redirected. Default 0.7. */
	threshold?: number;
	/** How long a finished answer waits for a verdict still on its way. Default 2000 ms. */
	graceMs?: number;
}

/** One retrieved piece of the clinic's knowledge base. Higher score = closer. */
export interface Passage {
	id: string;
	documentId: string;
	title: string;
	text: string;
	score: number;
}

/** The Knowledge Base's search, as the agent calls it. */
export type KnowledgeSearch = (query: string, topK: number) => Promise<Passage[]>;

/** The part of the Gemini adapter the agent uses (a fake or a wrapper can stand in). */
export interface AgentGemini {
	generate(request: GenerateRequest, options?: CallOptions): Promise<GenerateResult>;
}

export interface AgentDeps {
	gemini: AgentGemini;
	/** Conversation Memory (history, offers, handoff) and the opt-out marker. */
	redis?: Redis;
	/** Redis key prefix; default 'wa:'. */
	prefix?: string;
	/** Booking tools and opt-out. */
	pool?: Pool;
	knowledge?: KnowledgeSearch;
	/** "Now" for dates, slots and bookings; default the system clock. */
	clock?: () => Date;
}

export type FallbackReason =
	| 'timeout'
	| 'rate_limited'
	| 'model_error'
	| 'blocked_prompt'
	| 'blocked_response'
	| 'empty_answer'
	| 'malformed_function_call'
	| 'tool_step_limit'
	| 'ungrounded'
	| 'internal_error';

export interface AgentAction {
	tool: string;
	/** The model's arguments as it sent them (identity is injected, never taken from here). */
	args: Record<string, unknown>;
	ok: boolean;
	/** What the tool answered the model. */
	result: Record<string, unknown>;
	/** For logs: why a tool failed inside (a database error), never shown to the model. */
	error?: string;
	durationMs: number;
}

export type MediaNote =
	| { index: number; mimeType: string; bytes: number; accepted: true }
	| { index: number; mimeType: string; bytes: number; accepted: false; reason: 'unsupported_type' | 'too_large' | 'empty' };

export interface AgentResult {
	/** Exactly one answer for the person: the model's, a redirect, or the fallback. */
	reply: string;
	fallback: boolean;
	fallbackReason?: FallbackReason;
	/** What went wrong, for logs: 'http 503', 'blocked: SAFETY', a grounding violation… */
	fallbackDetail?: string;
	actions: AgentAction[];
	handoff: { requested: boolean; reason?: string; until?: string };
	optedOut: boolean;
	optOutCategory?: 'marketing' | 'all';
	/** Tokens summed over every model call of the turn (the topic check included). */
	usage: Usage & { calls: number };
	/** The last model call's finish reason ('STOP', 'MAX_TOKENS', 'SAFETY'…); 'NONE' when no answer came. */
	finishReason: string;
	/** Passages given to the model (retrieved up front or by search_knowledge). */
	sources: Passage[];
	mediaNotes: MediaNote[];
	model: string;
	/** Main model calls made. */
	steps: number;
	latencyMs: number;
	topic: { checked: boolean; onTopic?: boolean; confidence?: number; redirected: boolean; error?: string };
	grounding: { checked: boolean; corrected: boolean; violations: string[] };
	/** Template placeholders with no value, left in the text as written. */
	unknownVariables: string[];
	/** Whether the user turn and the reply were appended to Conversation Memory. */
	stored: boolean;
	warnings: string[];
}
