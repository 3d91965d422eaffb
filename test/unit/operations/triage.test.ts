import { NodeOperationError, type IDataObject, type INodeExecutionData } from 'n8n-workflow';
import { getGemini } from '../../../nodes/shared/gemini/adapter';
import * as triageModule from '../../../nodes/SymptomTriage';
import { SymptomTriage } from '../../../nodes/SymptomTriage/SymptomTriage.node';
import { fakeExecute } from '../support/fakeExecute';

// Symptom Triage has one operation, in the node's execute: what it asks of the engine (classify
// and the Gemini second opinion, both mocked) and where each item goes.

jest.mock('../../../nodes/SymptomTriage', () => ({
	...jest.requireActual('../../../nodes/SymptomTriage'),
	classify: jest.fn(),
	secondOpinion: jest.fn(),
}));
jest.mock('../../../nodes/shared/gemini/adapter', () => ({
	...jest.requireActual('../../../nodes/shared/gemini/adapter'),
	getGemini: jest.fn(),
}));

const triage = jest.mocked(triageModule);
const node = new SymptomTriage();
const properties = node.description.properties;
const gemini = { gemini: true };
const geminiCredentials = { apiKey: 'g' };

const result = (escalate: boolean, level = escalate ? 'emergency' : 'standard') =>
	({ level, escalate, specialty: 'general_practice', advice: '…', language: 'pt', profile: 'human' }) as never;
const chestPain: INodeExecutionData = {
	json: { tenant: 'clinic-a', chatId: '5511999990000@c.us', text: 'dor no peito forte' },
	binary: { data: { data: 'AAEC', mimeType: 'audio/ogg' } },
};
const cough: INodeExecutionData = { json: { tenant: 'clinic-a', chatId: '5511988887777@c.us', text: 'tosse há dois dias' } };

beforeEach(() => {
	jest.clearAllMocks();
	jest.mocked(getGemini).mockReturnValue(gemini as never);
});

function run(
	parameters: IDataObject = {},
	options: {
		items?: INodeExecutionData[];
		credentials?: Record<string, IDataObject | Error>;
		continueOnFail?: boolean;
		typeVersion?: number;
	} = {},
) {
	const fake = fakeExecute({
		properties,
		parameters,
		items: options.items ?? [chestPain, cough],
		credentials: options.credentials,
		continueOnFail: options.continueOnFail,
		typeVersion: options.typeVersion,
	});
	return { fake, outputs: node.execute.call(fake.context) };
}

describe('Symptom Triage', () => {
	it('classifies with the defaults: the item text, human profile, language auto, built-in rules', async () => {
		triage.classify.mockReturnValue(result(false));
		const { fake, outputs } = await run({}, { items: [cough] });
		await outputs;
		expect(triage.classify.mock.calls).toEqual([
			['tosse há dois dias', { profile: 'human', language: 'auto', overrides: undefined, learned: true }],
		]);
		expect(fake.hiddenReads).toEqual([]);
	});

	it('passes the profile, language and rule overrides on', async () => {
		triage.classify.mockReturnValue(result(false));
		const overrides = '[{"id":"human.cough","disabled":true}]';
		await run({ text: '={{ $json.text + "!" }}', profile: 'veterinary', language: 'es', options: { overrides } }, { items: [cough] })
			.outputs;
		await run({ options: { overrides: '[]', learned: false } }, { items: [cough] }).outputs;
		expect(triage.classify.mock.calls).toEqual([
			['tosse há dois dias!', { profile: 'veterinary', language: 'es', overrides: [{ id: 'human.cough', disabled: true }], learned: true }],
			['tosse há dois dias', { profile: 'human', language: 'auto', overrides: undefined, learned: false }],
		]);
	});

	it('sends emergencies to output 0 and routine to output 1, input kept under `triage`, paired', async () => {
		triage.classify.mockReturnValueOnce(result(true)).mockReturnValueOnce(result(false));
		const [emergency, routine] = await run().outputs;
		expect(emergency).toEqual([{ json: { ...chestPain.json, triage: result(true) }, binary: chestPain.binary, pairedItem: { item: 0 } }]);
		expect(routine).toEqual([{ json: { ...cough.json, triage: result(false) }, pairedItem: { item: 1 } }]);
	});

	it('asks Gemini for a second opinion on routine items only, when the option is on and the credential set', async () => {
		triage.classify.mockReturnValueOnce(result(true)).mockReturnValueOnce(result(false));
		triage.secondOpinion.mockResolvedValue(result(true, 'very_urgent'));
		const { fake, outputs } = run(
			{ options: { secondOpinion: true, model: 'gemini-2.5-pro' } },
			{ credentials: { whatsAppAiGeminiApi: geminiCredentials } },
		);
		const [emergency, routine] = await outputs;
		expect(getGemini).toHaveBeenCalledWith(geminiCredentials);
		expect(fake.getCredentials.mock.calls).toEqual([['whatsAppAiGeminiApi']]);
		expect(triage.secondOpinion.mock.calls).toEqual([[gemini, 'tosse há dois dias', result(false), { model: 'gemini-2.5-pro' }]]);
		// The raised level decides the output.
		expect(routine).toEqual([]);
		expect(emergency.map((item) => [item.pairedItem, (item.json.triage as IDataObject).level])).toEqual([
			[{ item: 0 }, 'emergency'],
			[{ item: 1 }, 'very_urgent'],
		]);
	});

	it('uses the default model when none is set', async () => {
		triage.classify.mockReturnValue(result(false));
		triage.secondOpinion.mockResolvedValue(result(false));
		await run({ options: { secondOpinion: true } }, { items: [cough], credentials: { whatsAppAiGeminiApi: geminiCredentials } }).outputs;
		expect(triage.secondOpinion.mock.calls[0][3]).toEqual({ model: undefined });
	});

	it('does not read the Gemini credential when the option is off, and skips the second opinion without one', async () => {
		triage.classify.mockReturnValue(result(false));
		const off = run({}, { items: [cough], credentials: { whatsAppAiGeminiApi: geminiCredentials } });
		await off.outputs;
		expect(off.fake.getCredentials).not.toHaveBeenCalled();
		const [, routine] = await run({ options: { secondOpinion: true } }, { items: [cough] }).outputs;
		expect(routine).toHaveLength(1);
		expect(getGemini).not.toHaveBeenCalled();
		expect(triage.secondOpinion).not.toHaveBeenCalled();
	});

	it('does not swallow a Gemini credential that is set but cannot be read', async () => {
		await expect(
			run({ options: { secondOpinion: true } }, { credentials: { whatsAppAiGeminiApi: new Error('cannot decrypt') } }).outputs,
		).rejects.toThrow('cannot decrypt');
		expect(triage.classify).not.toHaveBeenCalled();
	});

	it('with Continue On Fail, an item that could not be classified goes to Emergency with error {kind, message}', async () => {
		triage.classify.mockImplementationOnce(() => {
			throw new triageModule.TriageRuleError('rule "x": pattern is empty', 'overrides', 0, 'pattern', 'x');
		});
		triage.classify.mockReturnValueOnce(result(false));
		const [emergency, routine] = await run({}, { continueOnFail: true }).outputs;
		expect(emergency).toEqual([
			{
				json: { ...chestPain.json, error: { kind: 'invalid_input', message: 'rule "x": pattern is empty' } },
				binary: chestPain.binary,
				pairedItem: { item: 0 },
			},
		]);
		expect(routine).toEqual([expect.objectContaining({ pairedItem: { item: 1 } })]);
	});

	it('without Continue On Fail, a refused input is a NodeOperationError naming the item', async () => {
		triage.classify.mockReturnValueOnce(result(false));
		triage.classify.mockImplementationOnce(() => {
			throw new triageModule.TriageInputError('Unknown triage profile "plant"');
		});
		const outputs = run().outputs;
		await expect(outputs).rejects.toBeInstanceOf(NodeOperationError);
		await expect(outputs).rejects.toMatchObject({ message: 'Unknown triage profile "plant"', context: { itemIndex: 1 } });
	});

	it('has no resource or operation to route', () => {
		expect(properties.map((property) => property.name)).toEqual(['outputsNotice', 'text', 'profile', 'language', 'options']);
	});

	describe('version 2: three outputs', () => {
		const level = (name: string) => result(name === 'emergency' || name === 'very_urgent', name);
		const items = ['emergency', 'very_urgent', 'urgent', 'standard', 'non_urgent'].map((name) => ({ json: { text: name } }));

		it('sends emergency and very urgent to Emergency, urgent to Urgent, the rest to Routine', async () => {
			triage.classify.mockImplementation((text) => level(text));
			const outputs = await run({}, { items, typeVersion: 2 }).outputs;
			expect(outputs.map((output) => output.map((item) => item.json.text))).toEqual([
				['emergency', 'very_urgent'],
				['urgent'],
				['standard', 'non_urgent'],
			]);
		});

		it('version 1 keeps two outputs, urgent on Routine, so saved workflows keep their connections', async () => {
			triage.classify.mockImplementation((text) => level(text));
			const outputs = await run({}, { items, typeVersion: 1 }).outputs;
			expect(outputs.map((output) => output.map((item) => item.json.text))).toEqual([
				['emergency', 'very_urgent'],
				['urgent', 'standard', 'non_urgent'],
			]);
		});

		it('declares the output labels per version, and version 2 is the default', () => {
			const description = node.description;
			expect(description.version).toEqual([1, 2]);
			expect(description.defaultVersion).toBe(2);
			const outputs = String(description.outputs);
			const evaluate = (nodeVersion: number) =>
				(
					new Function('$nodeVersion', `return ${outputs.replace(/^=\{\{/, '').replace(/\}\}$/, '')}`)(nodeVersion) as {
						displayName: string;
					}[]
				).map((output) => output.displayName);
			expect(evaluate(1)).toEqual(['Emergency', 'Routine']);
			expect(evaluate(2)).toEqual(['Emergency', 'Urgent', 'Routine']);
		});

		it('turns Extra Red Flags and Turn Off Built-In Rules into overrides, before the JSON ones', async () => {
			triage.classify.mockReturnValue(result(false));
			await run(
				{
					options: {
						extraRules: {
							rule: [
								{ phrases: 'convulsão, ataque epiléptico\n', level: 'emergency', language: 'pt', specialty: 'neurology' },
								{ phrases: 'coceira' },
							],
						},
						disabledRuleIds: 'human.cough, human.cold',
						overrides: '[{"id":"x.y","disabled":true}]',
					},
				},
				{ items: [cough], typeVersion: 2 },
			).outputs;
			expect(triage.classify.mock.calls[0][1]).toEqual({
				profile: 'human',
				language: 'auto',
				learned: true,
				overrides: [
					{ id: 'staff.1', level: 'emergency', patterns: ['convulsão', 'ataque epiléptico'], specialty: 'neurology', language: 'pt' },
					{ id: 'staff.2', level: 'urgent', patterns: ['coceira'], specialty: 'general_practice' },
					{ id: 'human.cough', disabled: true },
					{ id: 'human.cold', disabled: true },
					{ id: 'x.y', disabled: true },
				],
			});
		});

		it('an Extra Red Flag without words is refused, naming which one', async () => {
			await expect(
				run({ options: { extraRules: { rule: [{ phrases: ' , ' }] } } }, { items: [cough], typeVersion: 2 }).outputs,
			).rejects.toThrow('Extra red flag 1: add at least one word or phrase');
		});
	});
});
