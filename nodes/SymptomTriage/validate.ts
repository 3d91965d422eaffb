// Shape checks for rule files and user overrides. Rule data comes from JSON (a file in this
// package or a node parameter someone typed), so every field is checked, and an error names
// where it is (file or override index, rule id) and which field is wrong, with what was expected.
import { isLevel, LEVELS } from './levels';
import {
	LANGUAGES,
	PROFILES,
	type Language,
	type Profile,
	type RuleDefinition,
	type RuleOverride,
	type RuleOverrides,
	type RuleSetFile,
} from './types';

export class TriageRuleError extends Error {
	constructor(
		message: string,
		/** 'overrides' or the rule file, e.g. 'human.pt'. */
		readonly source: string,
		readonly index?: number,
		readonly field?: string,
		readonly ruleId?: string,
	) {
		super(message);
		this.name = 'TriageRuleError';
	}
}

/** Where a rule came from, for error messages. */
export interface RuleOrigin {
	source: string;
	index: number;
	id?: string;
}

export function ruleError(origin: RuleOrigin, field: string, problem: string): TriageRuleError {
	const list = origin.source === 'overrides' ? 'overrides' : `${origin.source}.json rules`;
	const id = origin.id ? ` (id "${origin.id}")` : '';
	return new TriageRuleError(
		`Triage rule ${list}[${origin.index}]${id}: "${field}" ${problem}`,
		origin.source,
		origin.index,
		field,
		origin.id,
	);
}

const ID = /^[A-Za-z0-9_.:-]{1,80}$/;
const SPECIALTY = /^[a-z][a-z0-9_]{0,59}$/;
const RULE_FIELDS = [
	'id',
	'level',
	'patterns',
	'all',
	'near',
	'requires',
	'excludes',
	'category',
	'sources',
	'sticky',
	'anyAmount',
	'specialty',
	'advice',
];
const OVERRIDE_FIELDS = [...RULE_FIELDS, 'profile', 'language', 'disabled'];

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const show = (value: unknown) => (value === undefined ? 'nothing' : JSON.stringify(value));

/** A rule file as imported from JSON, checked field by field. */
export function readRuleSet(value: unknown, source: string): RuleSetFile {
	const fail = (problem: string) => new TriageRuleError(`Triage rule file ${source}.json: ${problem}`, source);
	if (!isObject(value)) throw fail('must be a JSON object');
	const { version, profile, language, lexicon, rules, advice, specialties } = value;
	if (typeof version !== 'string' || !version) throw fail(`"version" must be a non-empty string, got ${show(version)}`);
	if (!PROFILES.includes(profile as Profile)) throw fail(`"profile" must be one of ${PROFILES.join(', ')}, got ${show(profile)}`);
	if (!LANGUAGES.includes(language as Language)) throw fail(`"language" must be one of ${LANGUAGES.join(', ')}, got ${show(language)}`);
	if (lexicon !== undefined && !isStringRecord(lexicon)) throw fail('"lexicon" must map names to pattern strings');
	if (!isStringRecord(advice)) throw fail('"advice" must map keys to texts');
	for (const level of LEVELS) if (!advice[level]) throw fail(`"advice" has no text for the level "${level}"`);
	if (!isStringRecord(specialties)) throw fail('"specialties" must map specialty ids to names');
	if (!Array.isArray(rules) || rules.length === 0) throw fail('"rules" must be a non-empty array');
	const seen = new Set<string>();
	const checked = rules.map((rule, index) => {
		const definition = readRule(rule, { source, index }, false) as RuleDefinition;
		if (seen.has(definition.id)) throw ruleError({ source, index, id: definition.id }, 'id', 'is used by an earlier rule of this file');
		seen.add(definition.id);
		return definition;
	});
	return {
		version,
		profile: profile as Profile,
		language: language as Language,
		lexicon: lexicon ?? {},
		rules: checked,
		advice,
		specialties,
	};
}

/** The node parameter: a JSON string, an array of overrides, or { rules: [...] }. */
export function readOverrides(input: RuleOverrides | undefined): RuleOverride[] {
	if (input === undefined || input === null || input === '') return [];
	let value: unknown = input;
	if (typeof input === 'string') {
		try {
			value = JSON.parse(input);
		} catch (error) {
			throw new TriageRuleError(`Triage rule overrides are not valid JSON: ${(error as Error).message}`, 'overrides');
		}
	}
	if (isObject(value) && Array.isArray(value.rules)) value = value.rules;
	if (!Array.isArray(value)) {
		throw new TriageRuleError('Triage rule overrides must be a JSON array of rules (or an object with a "rules" array)', 'overrides');
	}
	return value.map((entry, index) => readRule(entry, { source: 'overrides', index }, true) as RuleOverride);
}

/** One rule; in an override every field but id is optional, and profile/language/disabled are allowed. */
function readRule(value: unknown, origin: RuleOrigin, partial: boolean): RuleDefinition | RuleOverride {
	if (!isObject(value)) throw ruleError(origin, '(rule)', `must be an object, got ${show(value)}`);
	const where: RuleOrigin = { ...origin, id: typeof value.id === 'string' ? value.id : undefined };
	const allowed = partial ? OVERRIDE_FIELDS : RULE_FIELDS;
	for (const key of Object.keys(value)) {
		if (!allowed.includes(key)) throw ruleError(where, key, `is not a rule field; expected one of ${allowed.join(', ')}`);
	}
	const {
		id,
		level,
		patterns,
		all,
		near,
		requires,
		excludes,
		category,
		sources,
		sticky,
		anyAmount,
		specialty,
		advice,
		profile,
		language,
		disabled,
	} = value;
	const required = (field: string, present: boolean) => {
		if (!present && !partial) throw ruleError(where, field, 'is required');
	};
	if (typeof id !== 'string' || !ID.test(id)) throw ruleError(where, 'id', `must be 1-80 letters, digits or . _ : -, got ${show(id)}`);
	required('level', level !== undefined);
	if (level !== undefined && !isLevel(level)) throw ruleError(where, 'level', `must be one of ${LEVELS.join(', ')}, got ${show(level)}`);
	required('patterns', patterns !== undefined || all !== undefined);
	if (patterns !== undefined && !isNonEmptyStrings(patterns))
		throw ruleError(where, 'patterns', 'must be a non-empty array of non-empty strings');
	if (
		all !== undefined &&
		!(
			Array.isArray(all) &&
			all.length > 0 &&
			all.every((group) => (typeof group === 'string' && group.trim() !== '') || isNonEmptyStrings(group))
		)
	) {
		throw ruleError(
			where,
			'all',
			'must be a non-empty array of concept terms or lists of terms, e.g. ["symptom", ["severity", "time_course"]]',
		);
	}
	if (near !== undefined && !(Number.isInteger(near) && (near as number) >= 0 && (near as number) <= 100))
		throw ruleError(where, 'near', `must be a whole number of words from 0 to 100, got ${show(near)}`);
	if (category !== undefined && (typeof category !== 'string' || !category))
		throw ruleError(where, 'category', `must be a catalogue category id, got ${show(category)}`);
	if (sources !== undefined && !isNonEmptyStrings(sources))
		throw ruleError(where, 'sources', 'must be a non-empty array of catalogue source ids');
	if (sticky !== undefined && typeof sticky !== 'boolean') throw ruleError(where, 'sticky', `must be true or false, got ${show(sticky)}`);
	if (anyAmount !== undefined && typeof anyAmount !== 'boolean')
		throw ruleError(where, 'anyAmount', `must be true or false, got ${show(anyAmount)}`);
	if (requires !== undefined && !(Array.isArray(requires) && requires.every(isNonEmptyStrings))) {
		throw ruleError(where, 'requires', 'must be an array of groups, each a non-empty array of phrases, e.g. [["gravida", "gestante"]]');
	}
	if (excludes !== undefined && !isNonEmptyStrings(excludes))
		throw ruleError(where, 'excludes', 'must be a non-empty array of non-empty strings');
	required('specialty', specialty !== undefined);
	if (specialty !== undefined && (typeof specialty !== 'string' || !SPECIALTY.test(specialty))) {
		throw ruleError(where, 'specialty', `must be a lower-case id such as "cardiology", got ${show(specialty)}`);
	}
	if (advice !== undefined && (typeof advice !== 'string' || !advice))
		throw ruleError(where, 'advice', `must be an advice key, got ${show(advice)}`);
	if (profile !== undefined && !PROFILES.includes(profile as Profile)) {
		throw ruleError(where, 'profile', `must be one of ${PROFILES.join(', ')}, got ${show(profile)}`);
	}
	if (language !== undefined && !LANGUAGES.includes(language as Language)) {
		throw ruleError(where, 'language', `must be one of ${LANGUAGES.join(', ')}, got ${show(language)}`);
	}
	if (disabled !== undefined && typeof disabled !== 'boolean')
		throw ruleError(where, 'disabled', `must be true or false, got ${show(disabled)}`);
	return value as unknown as RuleDefinition | RuleOverride;
}

function isStringRecord(value: unknown): value is Record<string, string> {
	return isObject(value) && Object.values(value).every((text) => typeof text === 'string' && text !== '');
}

function isNonEmptyStrings(value: unknown): value is string[] {
	return Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string' && item.trim() !== '');
}
