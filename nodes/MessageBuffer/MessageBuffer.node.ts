import {
	NodeConnectionTypes,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';
import { getRedis, keyPrefixOf, type RedisCredentials } from '../shared/clients/redis';
import { credentialTest } from '../shared/credentialTests';
import { describeAs, forEachItem } from '../shared/itemLoop';
import { detectIntent } from '../OptOutGuard/detect';
import { classify } from '../SymptomTriage/engine';
import type { Profile } from '../SymptomTriage/types';
import {
	BufferInputError,
	DEFAULT_FLUSH_WORDS,
	DEFAULT_MAX_MESSAGES,
	DEFAULT_MAX_WAIT_MS,
	DEFAULT_QUIET_PERIOD_MS,
	joinBurst,
	parseWordList,
	type BufferedMessage,
	type BurstOutcome,
} from '.';
import { CONVERSATION_KEY_HINT } from '../shared/staffWords';

const DEFAULT_QUIET_SECONDS = DEFAULT_QUIET_PERIOD_MS / 1000;
const DEFAULT_MAX_WAIT_SECONDS = DEFAULT_MAX_WAIT_MS / 1000;

// Not usableAsTool: it holds an execution open while a burst settles, nothing an AI agent should call.
// eslint-disable-next-line @n8n/community-nodes/node-usable-as-tool
export class MessageBuffer implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Message Buffer',
		name: 'messageBuffer',
		icon: { light: 'file:../../icons/buffer.svg', dark: 'file:../../icons/buffer.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{"quiet " + $parameter["quietSeconds"] + " s"}}',
		description:
			'Answers a burst of messages ("oi" / "tudo bem?" / "queria marcar consulta") once: the execution with the last message of the burst continues after a quiet period with the whole burst; the others stop quietly. Emergencies and opt-outs never wait.',
		defaults: { name: 'Message Buffer' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [{ type: NodeConnectionTypes.Main, displayName: 'Burst' }],
		credentials: [
			{
				name: 'whatsAppAiRedisApi',
				displayName: 'Redis (holds messages while waiting)',
				required: true,
				testedBy: 'whatsAppAiRedisConnectionTest',
			},
		],
		properties: [
			{
				displayName: 'Conversation Key',
				name: 'conversationKey',
				type: 'string',
				default: '={{ $json.conversationKey }}',
				description: 'Whose messages belong together, as the WhatsApp AI Trigger outputs it',
				hint: CONVERSATION_KEY_HINT,
			},
			{
				displayName: 'Quiet Period (Seconds)',
				name: 'quietSeconds',
				type: 'number',
				default: DEFAULT_QUIET_SECONDS,
				typeOptions: { minValue: 0, maxValue: 300 },
				description: 'Answer once the person has written nothing new for this long',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Extra Flush Words',
						name: 'flushWords',
						type: 'string',
						default: '',
						description: 'Comma-separated words that answer at once wherever they appear (added to the built-in emergency words)',
					},
					{
						displayName: 'Max Messages',
						name: 'maxMessages',
						type: 'number',
						default: DEFAULT_MAX_MESSAGES,
						typeOptions: { minValue: 1, maxValue: 100 },
						description: 'Answer once the burst holds this many messages',
					},
					{
						displayName: 'Max Wait (Seconds)',
						name: 'maxWaitSeconds',
						type: 'number',
						default: DEFAULT_MAX_WAIT_SECONDS,
						typeOptions: { minValue: 0, maxValue: 900 },
						description: 'Answer once the first message has waited this long, even if the person keeps typing',
					},
					{
						displayName: 'Never Hold Emergencies',
						name: 'flushEmergencies',
						type: 'boolean',
						default: true,
						description: "Whether a message Symptom Triage's rules call an emergency is answered at once, with what came before it",
					},
					{
						displayName: 'Never Hold Opt-Outs',
						name: 'flushOptOuts',
						type: 'boolean',
						default: true,
						description: 'Whether an opt-out request ("PARAR", "stop") is answered at once',
					},
					{
						displayName: 'Triage Profile',
						name: 'profile',
						type: 'options',
						options: [
							{ name: 'Human', value: 'human' },
							{ name: 'Veterinary', value: 'veterinary' },
						],
						default: 'human',
						description: 'Which red-flag rules decide what is an emergency',
					},
				],
			},
		],
	};

	methods = { credentialTest };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const credentials = await this.getCredentials<RedisCredentials>('whatsAppAiRedisApi');
		const redis = getRedis(credentials);
		const prefix = keyPrefixOf(credentials);
		const items = this.getInputData();
		// Every item waits at the same time: several messages of one webhook are one burst too.
		const outcomes = items.map(async (item, itemIndex) => {
			const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
			const profile = (options.profile as Profile) || 'human';
			const urgent = (message: BufferedMessage) =>
				(options.flushEmergencies !== false && classify(message.text, { profile, language: 'auto' }).escalate) ||
				(options.flushOptOuts !== false && detectIntent(message.text).intent === 'opt_out');
			const json = item.json;
			return await joinBurst(
				redis,
				prefix,
				String(this.getNodeParameter('conversationKey', itemIndex, '') ?? ''),
				{
					messageId: String(json.messageId ?? ''),
					text: typeof json.text === 'string' ? json.text : '',
					type: json.type as BufferedMessage['type'],
					timestamp: json.timestamp as string | undefined,
					receivedAt: json.receivedAt as string | undefined,
					media: json.media as BufferedMessage['media'],
					location: json.location as BufferedMessage['location'],
				},
				{
					quietPeriodMs: Number(this.getNodeParameter('quietSeconds', itemIndex, DEFAULT_QUIET_SECONDS)) * 1000,
					maxWaitMs: Number(options.maxWaitSeconds ?? DEFAULT_MAX_WAIT_SECONDS) * 1000,
					maxMessages: Number(options.maxMessages ?? DEFAULT_MAX_MESSAGES),
					flushWords: [...DEFAULT_FLUSH_WORDS, ...parseWordList(String(options.flushWords ?? ''))],
					flushWhen: urgent,
				},
			);
		});
		// Keep the rejections handled until the loop reaches their item.
		for (const outcome of outcomes) outcome.catch(() => undefined);
		return await forEachItem(
			this,
			{ outputs: 1, resultKey: 'buffer', describe: describeAs('invalid_input', BufferInputError) },
			async (itemIndex) => {
				const outcome: BurstOutcome = await outcomes[itemIndex];
				// A later message's execution answers this one: this item goes no further.
				if (outcome.kind === 'superseded') return { results: [] };
				const { kind: _kind, ...burst } = outcome;
				return { result: burst as unknown as IDataObject };
			},
		);
	}
}
