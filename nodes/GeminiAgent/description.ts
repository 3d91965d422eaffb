import type { INodeProperties } from 'n8n-workflow';
import { DEFAULT_GEMINI_MODEL } from '../shared/gemini/adapter';
import type { GenerateRequest } from '../shared/gemini/types';
import { DEFAULT_MAX_MEDIA_BYTES } from './media';
import { AGENT_TOOL_NAMES, DEFAULT_KNOWLEDGE_TOP_K, DEFAULT_MAX_TOOL_STEPS, DEFAULT_MODEL_RETRIES, DEFAULT_TURN_TIMEOUT_MS } from '.';
import { CONVERSATION_KEY_HINT, TENANT_HINT } from '../shared/staffWords';

const DEFAULT_TIMEOUT_SECONDS = DEFAULT_TURN_TIMEOUT_MS / 1000;
const DEFAULT_MAX_MEDIA_MB = DEFAULT_MAX_MEDIA_BYTES / (1024 * 1024);

export const DEFAULT_INSTRUCTIONS = `Você é a assistente virtual da {clinicName} no WhatsApp. Tom: {tone}.
Ajude pacientes a tirar dúvidas sobre a clínica e a marcar, remarcar ou cancelar consultas.
Horário de funcionamento: {hours}. Endereço: {address}.
Responda de forma curta, como numa conversa de WhatsApp. Nunca dê diagnóstico nem receite remédios;
diante de sinais de emergência, oriente a procurar o pronto-socorro ou ligar 192 e chame a equipe.`;

/** How strictly Gemini filters harmful content; clinics talk about injuries and medicines. */
export const SAFETY_LEVELS: Record<string, GenerateRequest['safetySettings']> = {
	default: undefined,
	strict: threshold('BLOCK_LOW_AND_ABOVE'),
	// Describing wounds, overdoses or poisonings must not be blocked as "dangerous content".
	clinical: threshold('BLOCK_ONLY_HIGH'),
};

function threshold(value: 'BLOCK_LOW_AND_ABOVE' | 'BLOCK_ONLY_HIGH'): GenerateRequest['safetySettings'] {
	return (
		['HARM_CATEGORY_HARASSMENT', 'HARM_CATEGORY_HATE_SPEECH', 'HARM_CATEGORY_SEXUALLY_EXPLICIT', 'HARM_CATEGORY_DANGEROUS_CONTENT'] as const
	).map((category) => ({ category, threshold: value }));
}

const TOOL_OPTIONS = [
	{ name: 'Book', value: 'book', description: 'Book one of the offered slots' },
	{ name: 'Cancel', value: 'cancel', description: "Cancel one of the person's appointments" },
	{ name: 'Find Slots', value: 'find_slots', description: 'Free slots by specialty, practitioner and day (needs Postgres)' },
	{ name: 'Hand Off to a Human', value: 'handoff_to_human', description: "Pause the bot for the clinic's staff (needs Redis)" },
	{ name: 'List My Appointments', value: 'list_my_appointments' },
	{ name: 'Opt Out', value: 'opt_out', description: 'Record that the person wants no more messages' },
	{ name: 'Reschedule', value: 'reschedule' },
	{ name: 'Search Knowledge', value: 'search_knowledge', description: 'Look things up in the Knowledge Base (needs Chroma)' },
];

export const agentProperties: INodeProperties[] = [
	{
		displayName: 'Text',
		name: 'text',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '={{ $json.buffer ? $json.buffer.text : $json.text }}',
		description: 'What the person wrote; a whole burst when a Message Buffer came before',
	},
	{
		displayName: 'Conversation Key',
		name: 'conversationKey',
		type: 'string',
		default: '={{ $json.conversationKey }}',
		description: 'Shared with Conversation Memory, so both see one history',
		hint: CONVERSATION_KEY_HINT,
	},
	{ displayName: 'Tenant', name: 'tenant', type: 'string', default: '={{ $json.tenant || "default" }}', hint: TENANT_HINT },
	{
		displayName: 'Phone',
		name: 'phone',
		type: 'string',
		default: '={{ $json.phone }}',
		description: 'Bookings and opt-outs act for this number only, never one the model names',
	},
	{ displayName: 'Contact Name', name: 'contactName', type: 'string', default: '={{ $json.contactName }}' },
	{
		displayName: 'Message ID',
		name: 'messageId',
		type: 'string',
		default: '={{ $json.messageId }}',
		description: 'A redelivered message books at most once',
	},
	{
		displayName: 'Instructions',
		name: 'instructions',
		type: 'string',
		typeOptions: { rows: 6 },
		default: DEFAULT_INSTRUCTIONS,
		description: "The assistant's persona. {clinicName}, {hours}, {address}, {tone} and your own variables are filled in.",
	},
	{
		displayName: 'Clinic',
		name: 'clinic',
		type: 'collection',
		placeholder: 'Add Detail',
		default: {},
		options: [
			{ displayName: 'Address', name: 'address', type: 'string', default: '' },
			{ displayName: 'Clinic Name', name: 'clinicName', type: 'string', default: '' },
			{ displayName: 'Hours', name: 'hours', type: 'string', default: '', placeholder: 'segunda a sexta, 7h às 19h' },
			{
				displayName: 'Language',
				name: 'language',
				type: 'options',
				options: [
					{ name: 'English', value: 'en' },
					{ name: 'Portuguese (Brazil)', value: 'pt' },
					{ name: 'Spanish', value: 'es' },
				],
				default: 'pt',
			},
			{ displayName: 'Tone', name: 'tone', type: 'string', default: 'acolhedor e objetivo' },
		],
	},
	{
		displayName: 'More Variables',
		name: 'variables',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		options: [
			{
				displayName: 'Variable',
				name: 'variable',
				values: [
					{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Used as {name} in the instructions' },
					{ displayName: 'Value', name: 'value', type: 'string', default: '' },
				],
			},
		],
	},
	{ displayName: 'Model', name: 'model', type: 'string', default: DEFAULT_GEMINI_MODEL },
	{
		displayName: 'Tools',
		name: 'tools',
		type: 'multiOptions',
		options: TOOL_OPTIONS,
		default: [...AGENT_TOOL_NAMES],
		description: 'What the assistant may do; each also needs its credential',
	},
	{
		displayName: 'Subject (Veterinary)',
		name: 'subject',
		type: 'collection',
		placeholder: 'Add Pet Detail',
		default: {},
		description: 'The pet the conversation is about; bookings are made for it',
		options: [
			{ displayName: 'Age', name: 'age', type: 'string', default: '' },
			{ displayName: 'Breed', name: 'breed', type: 'string', default: '' },
			{ displayName: 'Name', name: 'name', type: 'string', default: '' },
			{ displayName: 'Species', name: 'species', type: 'string', default: '', placeholder: 'dog' },
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Fallback Reply',
				name: 'fallbackReply',
				type: 'string',
				default: '',
				description: "Sent when the model fails, times out or is blocked; empty: a polite default in the person's language",
			},
			{
				displayName: 'Handoff Minutes',
				name: 'handoffMinutes',
				type: 'number',
				default: 60,
				description: 'How long a handoff pauses the bot',
			},
			{ displayName: 'History Turns', name: 'historyTurns', type: 'number', default: 20, typeOptions: { minValue: 0 } },
			{
				displayName: 'Input Binary Field',
				name: 'binaryProperty',
				type: 'string',
				default: 'data',
				description: 'An image or voice note downloaded by the trigger',
			},
			{
				displayName: 'Knowledge Dimension',
				name: 'knowledgeDimension',
				type: 'number',
				default: 768,
				description: 'As the Knowledge Base was loaded with',
			},
			{
				displayName: 'Knowledge Min Score',
				name: 'knowledgeMinScore',
				type: 'number',
				default: 0,
				typeOptions: { minValue: 0, maxValue: 1, numberPrecision: 2 },
			},
			{
				displayName: 'Knowledge Passages',
				name: 'knowledgeTopK',
				type: 'number',
				default: DEFAULT_KNOWLEDGE_TOP_K,
				typeOptions: { minValue: 0, maxValue: 20 },
			},
			{ displayName: 'Max Media Size (MB)', name: 'maxMediaMb', type: 'number', default: DEFAULT_MAX_MEDIA_MB },
			{ displayName: 'Max Output Tokens', name: 'maxOutputTokens', type: 'number', default: 1024 },
			{
				displayName: 'Max Tool Steps',
				name: 'maxToolSteps',
				type: 'number',
				default: DEFAULT_MAX_TOOL_STEPS,
				typeOptions: { minValue: 1, maxValue: 10 },
			},
			{
				displayName: 'Off-Topic Reply',
				name: 'offTopicReply',
				type: 'string',
				default: '',
				description: "Empty: a polite redirect to the clinic's business",
			},
			{
				displayName: 'Retries',
				name: 'retries',
				type: 'number',
				default: DEFAULT_MODEL_RETRIES,
				typeOptions: { minValue: 0, maxValue: 5 },
			},
			{
				displayName: 'Safety Filter',
				name: 'safety',
				type: 'options',
				options: [
					{ name: 'Clinical (Block Only High)', value: 'clinical', description: 'Lets people describe wounds, overdoses and poisonings' },
					{ name: 'Gemini Default', value: 'default' },
					{ name: 'Strict', value: 'strict' },
				],
				default: 'default',
			},
			{
				displayName: 'Store History',
				name: 'storeHistory',
				type: 'boolean',
				default: true,
				description: 'Whether to append the message and the reply to Conversation Memory after a successful turn',
			},
			{
				displayName: 'Temperature',
				name: 'temperature',
				type: 'number',
				default: 0.4,
				typeOptions: { minValue: 0, maxValue: 2, numberPrecision: 1 },
			},
			{ displayName: 'Time Zone', name: 'timezone', type: 'string', default: 'America/Sao_Paulo' },
			{
				displayName: 'Timeout (Seconds)',
				name: 'timeoutSeconds',
				type: 'number',
				default: DEFAULT_TIMEOUT_SECONDS,
				description: 'For the whole answer; then the fallback reply goes out',
			},
			{
				displayName: 'Topic Check',
				name: 'topicCheck',
				type: 'boolean',
				default: true,
				description: 'Whether to redirect questions that are not about the clinic (WhatsApp bars general-purpose assistants)',
			},
		],
	},
];
