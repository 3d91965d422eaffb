import {
	NodeConnectionTypes,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';
import { DEFAULT_GEMINI_MODEL, getGemini } from '../shared/gemini/adapter';
import type { GeminiCredentials } from '../shared/gemini/types';
import { optionalCredentials } from '../shared/credentials';
import { describeAs, forEachItem } from '../shared/itemLoop';
import { LANGUAGE_OPTIONS, LANGUAGE_OPTIONS_WITH_AUTO } from '../shared/text';
import { classify, secondOpinion, TriageInputError, TriageRuleError, type Language, type Level, type Profile } from '.';
import { staffOverrides, type StaffRule } from './staffRules';

// Version 2 has three outputs (Emergency, Urgent, Routine). Version 1 keeps its two, with urgent
// cases on Routine, so workflows saved with it keep their connections.
const main = NodeConnectionTypes.Main;
const OUTPUTS_V1 = [
	{ type: main, displayName: 'Emergency' },
	{ type: main, displayName: 'Routine' },
];
const OUTPUTS_V2 = [
	{ type: main, displayName: 'Emergency' },
	{ type: main, displayName: 'Urgent' },
	{ type: main, displayName: 'Routine' },
];

/** Where a result goes: Emergency 0; in version 2 Urgent (within the hour) 1 and Routine 2. */
function triageOutput(result: { escalate: boolean; level: Level }, nodeVersion: number): number {
	if (result.escalate) return 0;
	if (nodeVersion < 2) return 1;
	return result.level === 'urgent' ? 1 : 2;
}

export class SymptomTriage implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Symptom Triage',
		name: 'symptomTriage',
		icon: { light: 'file:../../icons/triage.svg', dark: 'file:../../icons/triage.dark.svg' },
		group: ['transform'],
		version: [1, 2],
		defaultVersion: 2,
		subtitle: '={{ $parameter["profile"] === "veterinary" ? "Veterinary" : "Human" }}',
		description:
			'Deterministic red-flag triage (Manchester levels) of a message, for people or pets, in Portuguese, Spanish or English: emergencies go out at once, before any AI',
		defaults: { name: 'Symptom Triage' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: `={{ $nodeVersion < 2 ? ${JSON.stringify(OUTPUTS_V1)} : ${JSON.stringify(OUTPUTS_V2)} }}`,
		credentials: [{ name: 'whatsAppAiGeminiApi', displayName: 'Gemini (optional, second opinion)', required: false }],
		properties: [
			{
				displayName:
					'Emergency: call for help now (SAMU 192, the 24-hour vet). Urgent: should be seen within the hour, e.g. fever for two days. Routine: everything else, which can book a normal appointment.',
				name: 'outputsNotice',
				type: 'notice',
				default: '',
				displayOptions: { show: { '@version': [{ _cnd: { gte: 2 } }] } },
			},
			{
				displayName: 'Text',
				name: 'text',
				type: 'string',
				typeOptions: { rows: 2 },
				default: '={{ $json.text }}',
				description: "What the person wrote; the WhatsApp AI Trigger's text by default",
			},
			{
				displayName: 'Profile',
				name: 'profile',
				type: 'options',
				options: [
					{ name: 'Human', value: 'human', description: 'A medical clinic; advice names SAMU 192 and CVV 188' },
					{ name: 'Veterinary', value: 'veterinary', description: 'A veterinary clinic; advice points to a 24-hour veterinary emergency' },
				],
				default: 'human',
			},
			{
				displayName: 'Language',
				name: 'language',
				type: 'options',
				options: [...LANGUAGE_OPTIONS_WITH_AUTO],
				default: 'auto',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Advanced: Rule Overrides (JSON)',
						name: 'overrides',
						type: 'json',
						default: '[]',
						description:
							'For integrators: rules to add, or built-in rules (by ID) to change or disable, as JSON; validated, with errors naming the rule. Extra Red Flags and Turn Off Built-In Rules do the same without JSON.',
					},
					{
						displayName: 'Extra Red Flags',
						name: 'extraRules',
						type: 'fixedCollection',
						typeOptions: { multipleValues: true },
						placeholder: 'Add Red Flag',
						default: {},
						description: 'Words or phrases your clinic wants treated as urgent or as an emergency, on top of the built-in rules',
						options: [
							{
								displayName: 'Red Flag',
								name: 'rule',
								values: [
									{
										displayName: 'Words or Phrases',
										name: 'phrases',
										type: 'string',
										default: '',
										placeholder: 'e.g. convulsão, ataque epiléptico',
										description: 'Separated by commas; accents, capitals and common typos do not matter',
									},
									{
										displayName: 'Level',
										name: 'level',
										type: 'options',
										options: [
											{ name: 'Emergency (Red)', value: 'emergency', description: 'Emergency output' },
											{ name: 'Non-Urgent (Blue, 4 Hours)', value: 'non_urgent', description: 'Routine output' },
											{ name: 'Standard (Green, 2 Hours)', value: 'standard', description: 'Routine output' },
											{ name: 'Urgent (Yellow, 1 Hour)', value: 'urgent', description: 'Urgent output' },
											{ name: 'Very Urgent (Orange, 10 Min)', value: 'very_urgent', description: 'Emergency output' },
										],
										default: 'urgent',
									},
									{
										displayName: 'Language',
										name: 'language',
										type: 'options',
										options: [{ name: 'All Languages', value: 'all' }, ...LANGUAGE_OPTIONS],
										default: 'all',
									},
									{
										displayName: 'Specialty',
										name: 'specialty',
										type: 'string',
										default: 'general_practice',
										description: 'Suggested specialty, as a lower-case ID such as cardiology',
									},
								],
							},
						],
					},
					{ displayName: 'Gemini Model', name: 'model', type: 'string', default: DEFAULT_GEMINI_MODEL },
					{
						displayName: 'Gemini Second Opinion',
						name: 'secondOpinion',
						type: 'boolean',
						default: false,
						description:
							"Whether to also ask Gemini (needs the Gemini credential); it can only raise the level, and a model failure leaves the rules' result as it is",
					},
					{
						displayName: 'Learned Layer',
						name: 'learned',
						type: 'boolean',
						default: true,
						description:
							'Whether the small model shipped with the node (trained on labelled messages, offline) may raise a message the rules did not escalate to Emergency; it never lowers a level, and triage.learned shows when it raised one',
					},
					{
						displayName: 'Turn Off Built-In Rules',
						name: 'disabledRuleIds',
						type: 'string',
						default: '',
						placeholder: 'e.g. human.cough',
						description:
							'IDs of built-in rules to switch off, separated by commas; a result names the rule that matched under triage.matches',
					},
				],
			},
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const options = this.getNodeParameter('options', 0, {}) as IDataObject;
		const geminiCredentials =
			options.secondOpinion === true ? await optionalCredentials<GeminiCredentials>(this, 'whatsAppAiGeminiApi') : undefined;
		const gemini = geminiCredentials ? getGemini(geminiCredentials) : undefined;
		return await forEachItem(
			this,
			{
				outputs: this.getNode().typeVersion < 2 ? 2 : 3,
				resultKey: 'triage',
				describe: describeAs('invalid_input', TriageInputError, TriageRuleError),
				// Over-triage is the safe failure: an item that could not be classified goes to Emergency.
				errorOutput: 0,
			},
			async (itemIndex) => {
				const itemOptions = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
				const text = String(this.getNodeParameter('text', itemIndex, '') ?? '');
				const overrides = staffOverrides({
					rules: ((itemOptions.extraRules as IDataObject | undefined)?.rule as StaffRule[] | undefined) ?? [],
					disabledRuleIds: itemOptions.disabledRuleIds as string | undefined,
					json: itemOptions.overrides as string | undefined,
				});
				let triage = classify(text, {
					profile: this.getNodeParameter('profile', itemIndex) as Profile,
					language: this.getNodeParameter('language', itemIndex, 'auto') as Language | 'auto',
					overrides,
					learned: itemOptions.learned !== false,
				});
				if (gemini && !triage.escalate) {
					// Already an emergency: nothing to raise, and no reason to make the person wait.
					triage = await secondOpinion(gemini, text, triage, { model: (itemOptions.model as string) || undefined });
				}
				return { result: triage as unknown as IDataObject, output: triageOutput(triage, this.getNode().typeVersion) };
			},
		);
	}
}
