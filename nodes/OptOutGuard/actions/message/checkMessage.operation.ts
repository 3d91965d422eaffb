import type { IDataObject } from 'n8n-workflow';
import { checkMessage as check, type Language, type MessageCategory, type OptOutCategory } from '../..';
import type { GuardOperation } from '../common';
import { contactOf, listOf, showFor } from '../common';
import { DEFAULT_GEMINI_MODEL } from '../../../shared/gemini/adapter';
import { LANGUAGE_OPTIONS } from '../../../shared/text';

export const checkMessage: GuardOperation = {
	option: {
		name: 'Check Message',
		action: 'Check a message against opt outs and rate limits',
		description: 'Two outputs: Allowed and Blocked',
	},
	description: [
		{ displayName: 'Text', name: 'text', type: 'string', default: '={{ $json.text }}', displayOptions: showFor('checkMessage') },
		{
			displayName: 'Message Category',
			name: 'category',
			type: 'options',
			options: [
				{ name: 'Care', value: 'care', description: 'Service: appointments, results, replies to the person' },
				{ name: 'Marketing', value: 'marketing', description: 'Promotions, offers, cart recovery' },
			],
			default: 'care',
			displayOptions: showFor('checkMessage'),
			description: 'A contact who opted out of marketing still gets care messages; one who opted out of all gets none',
		},
		{
			displayName: 'Check Options',
			name: 'checkOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			displayOptions: showFor('checkMessage'),
			options: [
				{
					displayName: 'Ask Gemini When Unsure',
					name: 'useGemini',
					type: 'boolean',
					default: false,
					description:
						'Whether to ask the model (needs the Gemini credential) when keywords found nothing but the message may be an opt-out; a model failure never blocks',
				},
				{ displayName: 'Extra Opt-In Phrases', name: 'extraOptIn', type: 'string', default: '', description: 'Comma-separated' },
				{ displayName: 'Extra Opt-Out Phrases', name: 'extraOptOut', type: 'string', default: '', description: 'Comma-separated' },
				{ displayName: 'Gemini Model', name: 'model', type: 'string', default: DEFAULT_GEMINI_MODEL },
				{
					displayName: 'Ignore Keywords',
					name: 'ignore',
					type: 'string',
					default: '',
					description:
						'Comma-separated keywords that must not count as opt-out here, e.g. "cancelar" when your reminders ask people to answer CANCELAR',
				},
				{
					displayName: 'Language',
					name: 'language',
					type: 'options',
					// '' (not 'auto') is what saved workflows hold for auto-detect.
					options: [{ name: 'Auto-Detect (Default Portuguese)', value: '' }, ...LANGUAGE_OPTIONS],
					default: '',
				},
				{
					displayName: 'Learned Near Misses',
					name: 'learned',
					type: 'boolean',
					default: true,
					description:
						'Whether the small model shipped with the node (trained on labelled messages, offline) may pass messages the keywords miss to Gemini (with Ask Gemini When Unsure); it never records an opt-out itself, and detection.learned shows when it passed one',
				},
				{
					displayName: 'Opt-Out Records',
					name: 'optOutCategory',
					type: 'options',
					options: [
						{ name: 'All Messages', value: 'all' },
						{ name: 'Marketing Only', value: 'marketing' },
					],
					default: 'all',
					description: 'What an opt-out request stops, unless it names promotions only',
				},
				{
					displayName: 'Rate Limit (Messages per Minute)',
					name: 'rateLimit',
					type: 'number',
					default: 5,
					description: 'Per contact; 0 turns it off',
				},
			],
		},
	],
	async execute(itemIndex, guard) {
		const options = this.getNodeParameter('checkOptions', itemIndex, {}) as IDataObject;
		const rateLimit = options.rateLimit === undefined ? 5 : Number(options.rateLimit);
		const result = await check(
			{ pool: guard.pool, redis: guard.redis, prefix: guard.prefix, gemini: options.useGemini === true ? guard.gemini : undefined },
			{ ...contactOf(this, itemIndex), text: String(this.getNodeParameter('text', itemIndex, '') ?? '') },
			{
				category: this.getNodeParameter('category', itemIndex, 'care') as MessageCategory,
				optOutCategory: (options.optOutCategory as OptOutCategory) || 'all',
				rateLimit: rateLimit > 0 ? { limit: rateLimit, windowMs: 60_000 } : false,
				detection: {
					extraOptOut: listOf(options.extraOptOut),
					extraOptIn: listOf(options.extraOptIn),
					ignore: listOf(options.ignore),
					language: (options.language as Language) || undefined,
					learned: options.learned !== false,
				},
				classifier: { enabled: options.useGemini === true, model: (options.model as string) || undefined },
			},
		);
		return { result: result as unknown as IDataObject, output: result.allowed ? 0 : 1 };
	},
};
