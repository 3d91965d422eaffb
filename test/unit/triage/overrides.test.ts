// User rules: add, change or switch off rules with a JSON parameter, checked field by field.
import { BUILT_IN_RULE_FILES, builtInRules, compileRules, rulesWithOverrides } from '../../../nodes/SymptomTriage/compile';
import { classify } from '../../../nodes/SymptomTriage/engine';
import humanPt from '../../../nodes/SymptomTriage/rules/human.pt.json';
import type { RuleOverrides } from '../../../nodes/SymptomTriage/types';
import { TriageRuleError } from '../../../nodes/SymptomTriage/validate';

const withOverrides = (text: string, overrides: RuleOverrides, language: 'pt' | 'en' = 'pt') =>
	classify(text, { profile: 'human', language, overrides });

function compileError(overrides: RuleOverrides): TriageRuleError {
	try {
		rulesWithOverrides(overrides);
	} catch (error) {
		if (error instanceof TriageRuleError) return error;
		throw error;
	}
	throw new Error('expected a TriageRuleError');
}

describe('rule overrides', () => {
	it('adds a rule, scoped to a profile and language, and marks the version as customized', () => {
		const overrides = [
			{
				id: 'clinic.broken_tooth',
				level: 'urgent',
				patterns: ['dente (quebrado|quebrou)'],
				specialty: 'dentistry',
				profile: 'human',
				language: 'pt',
			},
		];
		const result = withOverrides('caí e meu dente quebrou', overrides);
		expect(result).toMatchObject({ level: 'urgent', specialty: 'dentistry', specialtyLabel: 'dentistry' });
		expect(result.matches).toEqual([
			{ ruleId: 'clinic.broken_tooth', level: 'urgent', phrase: 'dente quebrou', pattern: 'dente (quebrado|quebrou)' },
		]);
		expect(result.rulesVersion).toMatch(/^2026\.11\.1\/2026\.12\.35\+custom\.[0-9a-f]{8}$/);
		expect(withOverrides('my tooth is broken', overrides, 'en').matches).toEqual([]);
	});

	it('changes the fields it names of a built-in rule and keeps the others', () => {
		const result = withOverrides('tive uma crise de ansiedade', [{ id: 'u.panic', level: 'very_urgent' }]);
		expect(result).toMatchObject({ level: 'very_urgent', escalate: true, specialty: 'psychiatry' });
	});

	it('switches a built-in rule off', () => {
		expect(withOverrides('quanto custa a consulta?', []).level).toBe('non_urgent');
		expect(withOverrides('quanto custa a consulta?', [{ id: 'n.admin', disabled: true }]).level).toBe('standard');
	});

	it('accepts a JSON string or an object with a rules array, and compiles each distinct value once', () => {
		const json = '[{"id":"clinic.x","level":"urgent","patterns":["palavra secreta"],"specialty":"general_practice"}]';
		expect(withOverrides('a palavra secreta', json).level).toBe('urgent');
		expect(withOverrides('a palavra secreta', { rules: JSON.parse(json) }).level).toBe('urgent');
		expect(rulesWithOverrides(json)).toBe(rulesWithOverrides(json));
		expect(rulesWithOverrides(undefined)).toBe(builtInRules());
		expect(rulesWithOverrides('')).toBe(builtInRules());
		expect(builtInRules()).toBe(builtInRules());
	});

	it.each<[string, RuleOverrides, RegExp, Partial<TriageRuleError>]>([
		['text that is not JSON', '[{"id":', /not valid JSON/, { source: 'overrides' }],
		['a value that is not a list', '{"id":"x"}', /must be a JSON array of rules/, { source: 'overrides' }],
		['an entry that is not an object', ['x'], /overrides\[0\]: "\(rule\)" must be an object/, { index: 0 }],
		['a missing id', [{ level: 'urgent' }], /overrides\[0\]: "id" must be/, { index: 0, field: 'id' }],
		[
			'an unknown level',
			[
				{ id: 'a', level: 'urgent', patterns: ['x'] },
				{ id: 'b', level: 'red', patterns: ['y'] },
			],
			/overrides\[1\] \(id "b"\): "level" must be one of emergency, very_urgent, urgent, standard, non_urgent, got "red"/,
			{ index: 1, field: 'level', ruleId: 'b' },
		],
		['a misspelt field', [{ id: 'u.panic', leve: 'urgent' }], /"leve" is not a rule field/, { field: 'leve' }],
		['empty patterns', [{ id: 'x', level: 'urgent', patterns: [] }], /"patterns" must be a non-empty array/, { field: 'patterns' }],
		[
			'anyAmount that is no boolean',
			[{ id: 'u.panic', anyAmount: 'yes' }],
			/"anyAmount" must be true or false, got "yes"/,
			{ field: 'anyAmount' },
		],
		[
			'requires that is not a list of groups',
			[{ id: 'x', level: 'urgent', patterns: ['a b'], requires: ['gravida'] }],
			/"requires" must be an array of groups/,
			{ field: 'requires' },
		],
		[
			'a specialty that is not an id',
			[{ id: 'x', level: 'urgent', patterns: ['a b'], specialty: 'Cardio Logy' }],
			/"specialty" must be a lower-case id/,
			{ field: 'specialty' },
		],
		[
			'an unknown profile',
			[{ id: 'x', level: 'urgent', patterns: ['a b'], profile: 'dog' }],
			/"profile" must be one of human, veterinary/,
			{ field: 'profile' },
		],
		[
			'an unclosed group',
			[{ id: 'x', level: 'urgent', patterns: ['ok', 'dor (no peito'] }],
			/"patterns\[1\]" has a "\(" without its "\)"/,
			{ index: 0, field: 'patterns[1]' },
		],
		[
			'an unknown lexicon name',
			[{ id: 'x', level: 'urgent', patterns: ['{nope} forte'] }],
			/\{nope\} is not in the lexicon \(known: .*pain/,
			{ field: 'patterns[0]' },
		],
		[
			'a prefix too short',
			[{ id: 'x', level: 'urgent', patterns: ['do*'] }],
			/a prefix needs at least 3 letters/,
			{ field: 'patterns[0]' },
		],
		[
			'a pattern that needs no word',
			[{ id: 'x', level: 'urgent', patterns: ['(dor)?'] }],
			/can match without a single word/,
			{ field: 'patterns[0]' },
		],
		[
			'an unknown advice key',
			[{ id: 'u.panic', advice: 'calm' }],
			/"advice" is not an advice key of human\.(pt|es|en); known: emergency/,
			{ field: 'advice' },
		],
		[
			'a new rule without patterns',
			[{ id: 'clinic.new', level: 'urgent' }],
			/"id" names no built-in rule .* a new rule needs "level" and "patterns"/,
			{ field: 'id' },
		],
		['switching off an unknown rule', [{ id: 'h.nope', disabled: true }], /names no built-in rule/, { ruleId: 'h.nope' }],
		[
			'a built-in id outside its profile',
			[{ id: 'h.chest_pain', profile: 'veterinary', level: 'urgent' }],
			/names no built-in rule for its profile and language/,
			{ index: 0 },
		],
	])('rejects %s with a TriageRuleError naming where', (_label, overrides, message, fields) => {
		const error = compileError(overrides);
		expect(error.message).toMatch(message);
		expect(error).toMatchObject(fields);
		expect(error.name).toBe('TriageRuleError');
	});

	it('remembers that an overrides value is invalid, so the node does not recompile it for every item', () => {
		const overrides = '[{"id":"x","level":"red","patterns":["a"]}]';
		expect(compileError(overrides)).toBe(compileError(overrides));
	});

	it('blames the override, not the built-in file, for a pattern it replaced', () => {
		const error = compileError([{ id: 'u.panic', patterns: ['crise (de'] }]);
		expect(error).toMatchObject({ source: 'overrides', index: 0, ruleId: 'u.panic', field: 'patterns[0]' });
	});

	it('checks rule files too, naming the file and rule', () => {
		const broken = { ...humanPt, rules: [...humanPt.rules, { ...humanPt.rules[0], level: 'red' }] };
		expect(() => compileRules([broken])).toThrow(
			new RegExp(`human\\.pt\\.json rules\\[\\d+\\] \\(id "${humanPt.rules[0].id.replace('.', '\\.')}"\\): "level" must be one of`),
		);
		const duplicate = { ...humanPt, rules: [...humanPt.rules, humanPt.rules[0]] };
		expect(() => compileRules([duplicate])).toThrow(/"id" is used by an earlier rule/);
		expect(() => compileRules([{ ...humanPt, advice: { emergency: 'x' } }])).toThrow(/has no text for the level "very_urgent"/);
		expect(() => compileRules([humanPt, humanPt])).toThrow(/Two rule files for human\.pt/);
		expect(compileRules(BUILT_IN_RULE_FILES).sets.size).toBe(6);
	});
});
