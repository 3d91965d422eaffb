// An AgentInput checked and completed with defaults, once per turn, before anything runs.
import { DEFAULT_TIMEZONE, isValidTimeZone } from '../AppointmentBooking/time';
import { DEFAULT_PAUSE_MINUTES } from '../ConversationMemory/pause';
import { DEFAULT_HISTORY_LIMIT, DEFAULT_HISTORY_TTL_SECONDS, DEFAULT_MAX_TURNS } from '../ConversationMemory/history';
import { DEFAULT_KEY_PREFIX } from '../shared/clients/redis';
import { DEFAULT_GEMINI_MODEL } from '../shared/gemini/adapter';
import type { GenerateRequest, HarmCategory, HarmThreshold } from '../shared/gemini/types';
import { keyPartProblem } from '../shared/keyParts';
import { isStoredPhone, phoneFromChatId } from '../shared/phone';
import { invalidInput, invalidOption } from './errors';
import { DEFAULT_MAX_MEDIA_BYTES } from './media';
import { agentLanguageOf, defaultFallback, LOCALES } from './texts';
import { toolNeeds } from './tools';
import { DEFAULT_TOPIC_GRACE_MS, DEFAULT_TOPIC_THRESHOLD } from './topic';
import {
	AGENT_TOOL_NAMES,
	type AgentDeps,
	type AgentInput,
	type AgentLanguage,
	type AgentMessage,
	type AgentSubject,
	type AgentToolName,
	type TemplateValue,
} from './types';

export const DEFAULT_TURN_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_TOOL_STEPS = 5;
export const DEFAULT_MODEL_RETRIES = 2;
export const DEFAULT_KNOWLEDGE_TOP_K = 4;
export const DEFAULT_SLOTS_PER_OFFER = 5;

export interface AgentConfig {
	message: AgentMessage & { phone: string };
	language: AgentLanguage;
	locale: string;
	instructions?: string;
	variables: Record<string, TemplateValue>;
	model: string;
	temperature?: number;
	maxOutputTokens?: number;
	safetySettings?: GenerateRequest['safetySettings'];
	historyTurns: number;
	storeHistory: boolean;
	historyTtlSeconds: number;
	maxStoredTurns: number;
	maxToolSteps: number;
	timeoutMs: number;
	retries: number;
	retryBaseDelayMs?: number;
	fallbackReply: string;
	offTopicReply?: string;
	tools: AgentToolName[];
	topic: { enabled: boolean; model: string; threshold: number; graceMs: number };
	subject?: AgentSubject;
	timeZone: string;
	knowledgeTopK: number;
	knowledgeMinScore: number;
	maxMediaBytes: number;
	handoffMinutes: number;
	slotsPerOffer: number;
	groundingCheck: boolean;
	prefix: string;
	/** Tools switched on explicitly whose services were not given. */
	warnings: string[];
}

const HARM_CATEGORIES: readonly HarmCategory[] = [
	'HARM_CATEGORY_HARASSMENT',
	'HARM_CATEGORY_HATE_SPEECH',
	'HARM_CATEGORY_SEXUALLY_EXPLICIT',
	'HARM_CATEGORY_DANGEROUS_CONTENT',
];
const HARM_THRESHOLDS: readonly HarmThreshold[] = ['BLOCK_LOW_AND_ABOVE', 'BLOCK_MEDIUM_AND_ABOVE', 'BLOCK_ONLY_HIGH', 'BLOCK_NONE'];

export function resolveConfig(input: AgentInput, deps: AgentDeps): AgentConfig {
	if (!input || typeof input !== 'object') throw invalidInput('input', 'must be an object');
	if (!deps?.gemini || typeof deps.gemini.generate !== 'function') throw invalidOption('deps.gemini', 'must be a Gemini adapter');
	const message = checkMessage(input.message);
	const language = agentLanguageOf(message.language);
	const warnings: string[] = [];
	const tools = enabledTools(input.tools, deps, warnings);
	const model = text('model', input.model) ?? DEFAULT_GEMINI_MODEL;
	const topicOptions = typeof input.topicCheck === 'object' && input.topicCheck !== null ? input.topicCheck : {};
	const topicEnabled = typeof input.topicCheck === 'boolean' ? input.topicCheck : topicOptions.enabled !== false;
	const timeZone = input.timezone === undefined || input.timezone === '' ? DEFAULT_TIMEZONE : input.timezone;
	if (!isValidTimeZone(timeZone))
		throw invalidOption('timezone', `must be an IANA zone such as America/Sao_Paulo, got ${String(input.timezone)}`);
	return {
		message,
		language,
		locale: LOCALES[language],
		instructions: input.instructions,
		variables: checkVariables(input.variables),
		model,
		temperature: number('temperature', input.temperature, 0, 2),
		maxOutputTokens: integer('maxOutputTokens', input.maxOutputTokens, 1, 65_536),
		safetySettings: checkSafety(input.safetySettings),
		historyTurns: integer('historyTurns', input.historyTurns, 0, 500) ?? DEFAULT_HISTORY_LIMIT,
		storeHistory: input.storeHistory !== false,
		historyTtlSeconds: integer('historyTtlSeconds', input.historyTtlSeconds, 0, 365 * 86_400) ?? DEFAULT_HISTORY_TTL_SECONDS,
		maxStoredTurns: integer('maxStoredTurns', input.maxStoredTurns, 2, 10_000) ?? DEFAULT_MAX_TURNS,
		maxToolSteps: integer('maxToolSteps', input.maxToolSteps, 0, 20) ?? DEFAULT_MAX_TOOL_STEPS,
		timeoutMs: integer('timeoutMs', input.timeoutMs, 50, 600_000) ?? DEFAULT_TURN_TIMEOUT_MS,
		retries: integer('retries', input.retries, 0, 10) ?? DEFAULT_MODEL_RETRIES,
		retryBaseDelayMs: integer('retryBaseDelayMs', input.retryBaseDelayMs, 0, 60_000),
		fallbackReply: text('fallbackReply', input.fallbackReply) ?? defaultFallback(language),
		offTopicReply: text('offTopicReply', input.offTopicReply),
		tools,
		topic: {
			enabled: topicEnabled,
			model: text('topicCheck.model', topicOptions.model) ?? model,
			threshold: number('topicCheck.threshold', topicOptions.threshold, 0, 1) ?? DEFAULT_TOPIC_THRESHOLD,
			graceMs: integer('topicCheck.graceMs', topicOptions.graceMs, 0, 600_000) ?? DEFAULT_TOPIC_GRACE_MS,
		},
		subject: checkSubject(input.subject),
		timeZone,
		knowledgeTopK: integer('knowledgeTopK', input.knowledgeTopK, 0, 20) ?? DEFAULT_KNOWLEDGE_TOP_K,
		knowledgeMinScore: number('knowledgeMinScore', input.knowledgeMinScore, -1e9, 1e9) ?? 0,
		maxMediaBytes: integer('maxMediaBytes', input.maxMediaBytes, 1, 20 * 1024 * 1024) ?? DEFAULT_MAX_MEDIA_BYTES,
		handoffMinutes: number('handoffMinutes', input.handoffMinutes, 0.01, 60 * 24 * 30) ?? DEFAULT_PAUSE_MINUTES,
		slotsPerOffer: integer('slotsPerOffer', input.slotsPerOffer, 1, 10) ?? DEFAULT_SLOTS_PER_OFFER,
		groundingCheck: input.groundingCheck !== false,
		prefix: deps.prefix === undefined || deps.prefix === '' ? DEFAULT_KEY_PREFIX : deps.prefix,
		warnings,
	};
}

function checkMessage(message: AgentMessage | undefined): AgentMessage & { phone: string } {
	if (!message || typeof message !== 'object') throw invalidInput('message', 'is required');
	if (typeof message.text !== 'string') throw invalidInput('message.text', 'must be a string');
	if (typeof message.conversationKey !== 'string' || message.conversationKey.trim() === '') {
		throw invalidInput('message.conversationKey', 'is required');
	}
	const tenantProblem = keyPartProblem('tenant', message.tenant);
	if (tenantProblem) throw invalidInput('message.tenant', tenantProblem.replace(/^tenant /, ''));
	const phone = typeof message.phone === 'string' ? phoneFromChatId(message.phone) : '';
	if (!isStoredPhone(phone)) throw invalidInput('message.phone', 'must be E.164 digits without "+", e.g. 5511999990000');
	if (message.media !== undefined && !Array.isArray(message.media)) throw invalidInput('message.media', 'must be a list');
	if (message.text.trim() === '' && (message.media ?? []).length === 0) {
		throw invalidInput('message', 'has neither text nor media: nothing to answer');
	}
	return { ...message, phone };
}

function enabledTools(switches: AgentInput['tools'], deps: AgentDeps, warnings: string[]): AgentToolName[] {
	const given = switches ?? {};
	if (typeof given !== 'object') throw invalidOption('tools', 'must map tool names to true or false');
	for (const name of Object.keys(given)) {
		if (!(AGENT_TOOL_NAMES as readonly string[]).includes(name)) {
			throw invalidOption(`tools.${name}`, `is not a tool; tools are ${AGENT_TOOL_NAMES.join(', ')}`);
		}
	}
	const available = { pool: !!deps.pool, redis: !!deps.redis, knowledge: typeof deps.knowledge === 'function' };
	return AGENT_TOOL_NAMES.filter((name) => {
		if (given[name] === false) return false;
		const missing = toolNeeds(name).filter((need) => !available[need]);
		if (missing.length === 0) return true;
		// Switched on by name but unusable: say so, and run without it rather than fail every message.
		if (given[name] === true) warnings.push(`tool_unavailable:${name} (needs ${missing.join(' and ')})`);
		return false;
	});
}

function checkVariables(variables: AgentInput['variables']): Record<string, TemplateValue> {
	if (variables === undefined || variables === null) return {};
	if (typeof variables !== 'object' || Array.isArray(variables)) throw invalidOption('variables', 'must be an object of names and values');
	for (const [name, value] of Object.entries(variables)) {
		if (value !== null && value !== undefined && !['string', 'number', 'boolean'].includes(typeof value)) {
			throw invalidOption(`variables.${name}`, 'must be text, a number or true/false');
		}
	}
	return variables;
}

function checkSubject(subject: AgentSubject | undefined): AgentSubject | undefined {
	if (subject === undefined || subject === null) return undefined;
	if (typeof subject !== 'object') throw invalidInput('subject', 'must be an object');
	const clean: AgentSubject = {};
	for (const key of ['name', 'species', 'breed', 'age'] as const) {
		const value = subject[key] as unknown;
		if (value === undefined || value === null || value === '') continue;
		if (typeof value !== 'string' && typeof value !== 'number') throw invalidInput(`subject.${key}`, 'must be text');
		clean[key] = String(value).trim();
	}
	return Object.keys(clean).length > 0 ? clean : undefined;
}

function checkSafety(settings: AgentInput['safetySettings']): GenerateRequest['safetySettings'] {
	if (settings === undefined || settings === null) return undefined;
	if (!Array.isArray(settings)) throw invalidOption('safetySettings', 'must be a list');
	for (const [index, setting] of settings.entries()) {
		if (!HARM_CATEGORIES.includes(setting?.category))
			throw invalidOption(`safetySettings[${index}].category`, `must be one of ${HARM_CATEGORIES.join(', ')}`);
		if (!HARM_THRESHOLDS.includes(setting?.threshold))
			throw invalidOption(`safetySettings[${index}].threshold`, `must be one of ${HARM_THRESHOLDS.join(', ')}`);
	}
	return settings.length > 0 ? settings : undefined;
}

function text(field: string, value: unknown): string | undefined {
	if (value === undefined || value === null) return undefined;
	if (typeof value !== 'string') throw invalidOption(field, 'must be text');
	return value.trim() === '' ? undefined : value;
}

function number(field: string, value: unknown, min: number, max: number): number | undefined {
	if (value === undefined || value === null) return undefined;
	if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
		throw invalidOption(field, `must be a number from ${min} to ${max}, got ${String(value)}`);
	}
	return value;
}

function integer(field: string, value: unknown, min: number, max: number): number | undefined {
	const n = number(field, value, min, max);
	if (n !== undefined && !Number.isInteger(n)) throw invalidOption(field, `must be a whole number, got ${n}`);
	return n;
}
