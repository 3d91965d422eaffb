import {
	NodeConnectionTypes,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';
import { getChroma, type ChromaCredentials } from '../shared/clients/chroma';
import { getPgPool, type PostgresCredentials } from '../shared/clients/postgres';
import { getRedis, keyPrefixOf, type RedisCredentials } from '../shared/clients/redis';
import { optionalCredentials } from '../shared/credentials';
import { credentialTest } from '../shared/credentialTests';
import { DEFAULT_GEMINI_MODEL, getGemini } from '../shared/gemini/adapter';
import type { GeminiCredentials } from '../shared/gemini/types';
import { forEachItem } from '../shared/itemLoop';
import { DEFAULT_TIMEZONE } from '../AppointmentBooking/time';
import { DEFAULT_DIMENSION, searchKnowledge } from '../KnowledgeBase';
import { agentProperties, SAFETY_LEVELS } from './description';
import {
	AgentError,
	AGENT_TOOL_NAMES,
	DEFAULT_KNOWLEDGE_TOP_K,
	DEFAULT_MAX_TOOL_STEPS,
	DEFAULT_TURN_TIMEOUT_MS,
	runAgent,
	type AgentDeps,
	type AgentInput,
	type AgentMedia,
	type AgentToolName,
	type TemplateValue,
} from '.';

export class GeminiAgent implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Gemini Agent',
		name: 'geminiAgent',
		icon: { light: 'file:../../icons/agent.svg', dark: 'file:../../icons/agent.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["model"]}}',
		description:
			"Answers a WhatsApp message as the clinic's assistant with Google Gemini: remembers the conversation, answers from the knowledge base, finds slots and books, cancels and reschedules, hands off to a human; always exactly one reply",
		defaults: { name: 'Gemini Agent' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{ name: 'whatsAppAiGeminiApi', displayName: 'Gemini (writes the replies)', required: true },
			{
				name: 'whatsAppAiRedisApi',
				displayName: 'Redis (optional, conversation history)',
				required: false,
				testedBy: 'whatsAppAiRedisConnectionTest',
			},
			{
				name: 'whatsAppAiPostgresApi',
				displayName: 'Postgres (optional, booking and opt-out tools)',
				required: false,
				testedBy: 'whatsAppAiPostgresConnectionTest',
			},
			{ name: 'whatsAppAiChromaApi', displayName: 'ChromaDB (optional, answers from your FAQ)', required: false },
		],
		properties: agentProperties,
	};

	methods = { credentialTest };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const geminiCredentials = await this.getCredentials<GeminiCredentials>('whatsAppAiGeminiApi');
		const gemini = getGemini(geminiCredentials);
		const redisCredentials = await optionalCredentials<RedisCredentials>(this, 'whatsAppAiRedisApi');
		const postgresCredentials = await optionalCredentials<PostgresCredentials>(this, 'whatsAppAiPostgresApi');
		const chromaCredentials = await optionalCredentials<ChromaCredentials>(this, 'whatsAppAiChromaApi');
		const chroma = chromaCredentials ? getChroma(chromaCredentials) : undefined;
		const shared: Omit<AgentDeps, 'knowledge'> = {
			gemini,
			redis: redisCredentials ? getRedis(redisCredentials) : undefined,
			prefix: redisCredentials ? keyPrefixOf(redisCredentials) : undefined,
			pool: postgresCredentials ? getPgPool(postgresCredentials) : undefined,
		};
		return await forEachItem(
			this,
			{
				outputs: 1,
				resultKey: 'agent',
				describe: (error) => (error instanceof AgentError ? { kind: error.kind, message: error.message } : undefined),
			},
			async (itemIndex) => {
				const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
				const input = agentInput.call(this, itemIndex, options);
				input.message.media = await mediaOf.call(this, itemIndex, String(options.binaryProperty ?? 'data'));
				const tenant = input.message.tenant;
				const dimension = Number(options.knowledgeDimension ?? DEFAULT_DIMENSION);
				const deps: AgentDeps = {
					...shared,
					knowledge: chroma
						? async (query, topK) =>
								await searchKnowledge({ chroma, gemini, dimension }, { tenant, query, topK, minScore: input.knowledgeMinScore })
						: undefined,
				};
				const result = await runAgent(input, deps);
				return { result: result as unknown as IDataObject };
			},
		);
	}
}

function agentInput(this: IExecuteFunctions, itemIndex: number, options: IDataObject): AgentInput {
	const clinic = this.getNodeParameter('clinic', itemIndex, {}) as IDataObject;
	const extra = (this.getNodeParameter('variables', itemIndex, {}) as { variable?: Array<{ name: string; value: string }> }).variable ?? [];
	const variables: Record<string, TemplateValue> = { ...(clinic as Record<string, TemplateValue>) };
	for (const { name, value } of extra) if (name) variables[name] = value;
	const enabled = new Set(this.getNodeParameter('tools', itemIndex, [...AGENT_TOOL_NAMES]) as string[]);
	const subject = this.getNodeParameter('subject', itemIndex, {}) as IDataObject;
	const safety = SAFETY_LEVELS[String(options.safety ?? 'default')];
	const text = (name: string) => String(this.getNodeParameter(name, itemIndex, '') ?? '');
	return {
		message: {
			text: text('text'),
			conversationKey: text('conversationKey'),
			tenant: text('tenant') || 'default',
			phone: text('phone').replace(/\D/g, ''),
			contactName: text('contactName') || undefined,
			messageId: text('messageId') || undefined,
			language: (clinic.language as string) || undefined,
		},
		instructions: text('instructions') || undefined,
		variables,
		model: text('model') || DEFAULT_GEMINI_MODEL,
		temperature: options.temperature as number | undefined,
		maxOutputTokens: options.maxOutputTokens as number | undefined,
		safetySettings: safety,
		historyTurns: options.historyTurns as number | undefined,
		storeHistory: options.storeHistory as boolean | undefined,
		maxToolSteps: Number(options.maxToolSteps ?? DEFAULT_MAX_TOOL_STEPS),
		timeoutMs: Number(options.timeoutSeconds ?? DEFAULT_TURN_TIMEOUT_MS / 1000) * 1000,
		retries: options.retries as number | undefined,
		fallbackReply: (options.fallbackReply as string) || undefined,
		offTopicReply: (options.offTopicReply as string) || undefined,
		tools: Object.fromEntries(AGENT_TOOL_NAMES.map((name) => [name, enabled.has(name)])) as Record<AgentToolName, boolean>,
		topicCheck: options.topicCheck !== false,
		subject: Object.values(subject).some((value) => value !== '' && value !== undefined)
			? { name: subject.name as string, species: subject.species as string, breed: subject.breed as string, age: subject.age as string }
			: undefined,
		timezone: (options.timezone as string) || DEFAULT_TIMEZONE,
		knowledgeTopK: Number(options.knowledgeTopK ?? DEFAULT_KNOWLEDGE_TOP_K),
		knowledgeMinScore: options.knowledgeMinScore as number | undefined,
		maxMediaBytes: options.maxMediaMb === undefined ? undefined : Number(options.maxMediaMb) * 1024 * 1024,
		handoffMinutes: options.handoffMinutes as number | undefined,
	};
}

/** An image or voice note the trigger downloaded into the item, for the model to see or hear. */
async function mediaOf(this: IExecuteFunctions, itemIndex: number, property: string): Promise<AgentMedia[] | undefined> {
	const binary = this.getInputData()[itemIndex].binary?.[property];
	if (!binary) return undefined;
	return [{ mimeType: binary.mimeType, data: await this.helpers.getBinaryDataBuffer(itemIndex, property) }];
}
