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
import { classify, secondOpinion, TriageInputError, TriageRuleError, type Language, type Profile } from '.';

export class SymptomTriage implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Symptom Triage',
		name: 'symptomTriage',
		icon: { light: 'file:../../icons/triage.svg', dark: 'file:../../icons/triage.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["profile"]}}',
		description:
			'Deterministic red-flag triage (Manchester levels) of a message, for people or pets, in Portuguese, Spanish or English: emergencies go out at once, before any AI',
		defaults: { name: 'Symptom Triage' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main, NodeConnectionTypes.Main],
		outputNames: ['Emergency', 'Routine'],
		credentials: [{ name: 'whatsAppAiGeminiApi', displayName: 'Gemini (optional, second opinion)', required: false }],
		properties: [
			{ displayName: 'Text', name: 'text', type: 'string', typeOptions: { rows: 2 }, default: '={{ $json.text }}' },
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
				options: [
					{ name: 'Auto-Detect', value: 'auto' },
					{ name: 'English', value: 'en' },
					{ name: 'Portuguese', value: 'pt' },
					{ name: 'Spanish', value: 'es' },
				],
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
						displayName: 'Gemini Second Opinion',
						name: 'secondOpinion',
						type: 'boolean',
						default: false,
						description: 'Whether to also ask Gemini (needs the Gemini credential); it can only raise the level, and a model failure leaves the rules\' result as it is',
					},
					{ displayName: 'Gemini Model', name: 'model', type: 'string', default: DEFAULT_GEMINI_MODEL },
					{
						displayName: 'Rule Overrides (JSON)',
						name: 'overrides',
						type: 'json',
						default: '[]',
						description: 'Rules to add, or built-in rules (by ID) to change or disable; validated, with errors naming the rule',
					},
				],
			},
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const options = this.getNodeParameter('options', 0, {}) as IDataObject;
		const geminiCredentials = options.secondOpinion === true ? await optionalCredentials<GeminiCredentials>(this, 'whatsAppAiGeminiApi') : undefined;
		const gemini = geminiCredentials ? getGemini(geminiCredentials) : undefined;
		return await forEachItem(
			this,
			{
				outputs: 2,
				resultKey: 'triage',
				describe: describeAs('invalid_input', TriageInputError, TriageRuleError),
				// Over-triage is the safe failure: an item that could not be classified goes to Emergency.
				errorOutput: 0,
			},
			async (itemIndex) => {
				const itemOptions = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
				const text = String(this.getNodeParameter('text', itemIndex, '') ?? '');
				const overrides = itemOptions.overrides;
				let triage = classify(text, {
					profile: this.getNodeParameter('profile', itemIndex) as Profile,
					language: this.getNodeParameter('language', itemIndex, 'auto') as Language | 'auto',
					overrides: overrides === undefined || overrides === '' || overrides === '[]' ? undefined : (overrides as string),
				});
				if (gemini && !triage.escalate) {
					// Already an emergency: nothing to raise, and no reason to make the person wait.
					triage = await secondOpinion(gemini, text, triage, { model: (itemOptions.model as string) || undefined });
				}
				return { result: triage as unknown as IDataObject, output: triage.escalate ? 0 : 1 };
			},
		);
	}
}
