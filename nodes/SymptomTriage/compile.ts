// Rule files (plus a user's overrides) compiled into per-profile, per-language phrase indexes.
// Compiling expands every pattern once; the built-in set is compiled once per process and each
// distinct overrides parameter once (cached), since the node passes the same one for every item.
//
// Rule files: rules/<profile>.<language>.json, e.g. rules/human.pt.json
//   { "version": "2026.11.1", "profile": "human", "language": "pt",
//     "lexicon": { "pain": "(dor|dores|doendo)" },            named fragments, used as {pain}
//     "rules": [ { "id": "h.chest_pain", "level": "very_urgent",
//                  "patterns": ["{pain} ... peito"],          any one matches (syntax: pattern.ts)
//                  "requires": [["grávida", "gestante"]],    optional: every group must be present
//                  "excludes": ["exame de sangue"],           optional: any of these skips the rule
//                  "specialty": "cardiology", "advice": "chest" } ],
//     "advice": { "emergency": "...", ..., "chest": "..." }, one text per level, plus categories
//     "specialties": { "cardiology": "Cardiologia" } }       localized names; {specialty} in routine advice
// Red flags and routine specialty rules are the same kind of rule: a routine rule is a pattern at
// level standard (a symptom) or non_urgent (prices, booking) that names a specialty. A phrase is
// dropped when negated, in the distant past or figurative (negation.ts); the most urgent rule wins.
//
// Overrides (the node's JSON parameter): a list of rules. An entry whose id is a built-in rule
// replaces the fields it names ({"id": "u.panic", "level": "very_urgent"}) or switches the rule off
// ({"id": "n.admin", "disabled": true}); any other id adds a rule (level and patterns required,
// specialty defaults to general_practice). "profile" and "language" limit an entry to one file.
import humanEn from './rules/human.en.json';
import humanEs from './rules/human.es.json';
import humanPt from './rules/human.pt.json';
import veterinaryEn from './rules/veterinary.en.json';
import veterinaryEs from './rules/veterinary.es.json';
import veterinaryPt from './rules/veterinary.pt.json';
import type { Level } from './levels';
import { PhraseIndex, Vocabulary, type Phrase } from './match';
import { scopesFor, type Scopes } from './negation';
import { expandPattern, literalWords, PatternError, prefixesOf } from './pattern';
import type { Language, Profile, RuleDefinition, RuleOverride, RuleOverrides, RuleSetFile } from './types';
import { readOverrides, readRuleSet, ruleError, TriageRuleError, type RuleOrigin } from './validate';

export const BUILT_IN_RULE_FILES: readonly unknown[] = [humanPt, humanEs, humanEn, veterinaryPt, veterinaryEs, veterinaryEn];

export const DEFAULT_SPECIALTY = 'general_practice';

export interface CompiledRule {
	id: string;
	level: Level;
	specialty: string;
	advice?: string;
	/** Number of `requires` groups that must all be present. */
	requiredGroups: number;
}

/** What a phrase in the index stands for. */
export type PhraseOwner =
	| { rule: number; role: 'pattern'; pattern: string }
	| { rule: number; role: 'requires'; group: number }
	| { rule: number; role: 'excludes' };

export interface CompiledSet {
	profile: Profile;
	language: Language;
	version: string;
	rules: CompiledRule[];
	phrases: PhraseIndex<PhraseOwner>;
	vocabulary: Vocabulary;
	scopes: Scopes;
	advice: Readonly<Record<string, string>>;
	specialties: Readonly<Record<string, string>>;
}

export interface CompiledRules {
	/** Keyed `${profile}.${language}`. */
	sets: ReadonlyMap<string, CompiledSet>;
}

export const setKey = (profile: Profile, language: Language) => `${profile}.${language}`;

/** A rule on its way to compilation, with where each of its fields came from. */
interface Draft {
	definition: RuleDefinition;
	origin: RuleOrigin;
	/** Fields replaced by an override, and which one. */
	overridden: Map<string, RuleOrigin>;
}

/** Validates and compiles rule files and overrides; throws TriageRuleError naming the rule and field. */
export function compileRules(ruleFiles: readonly unknown[], overrides?: RuleOverrides): CompiledRules {
	const files = ruleFiles.map((file, index) => readRuleSet(file, sourceOf(file, index)));
	const edits = readOverrides(overrides);
	const builtInIds = new Set(files.flatMap((file) => file.rules.map((rule) => rule.id)));
	const used = new Set<number>();
	const sets = new Map<string, CompiledSet>();
	for (const file of files) {
		const key = setKey(file.profile, file.language);
		if (sets.has(key)) throw new TriageRuleError(`Two rule files for ${key}`, key);
		const drafts = applyOverrides(file, edits, builtInIds, used);
		sets.set(key, compileSet(file, drafts, edits.length > 0 ? customVersion(file.version, overrides) : file.version));
	}
	edits.forEach((edit, index) => {
		if (used.has(index)) return;
		const origin = { source: 'overrides', index, id: edit.id };
		if (edit.disabled || edit.level === undefined || edit.patterns === undefined) {
			throw ruleError(origin, 'id', 'names no built-in rule for its profile and language; a new rule needs "level" and "patterns"');
		}
		throw ruleError(origin, 'profile', 'matches no rule file');
	});
	return { sets };
}

function sourceOf(file: unknown, index: number): string {
	const { profile, language } = (file ?? {}) as { profile?: unknown; language?: unknown };
	return typeof profile === 'string' && typeof language === 'string' ? `${profile}.${language}` : `file ${index}`;
}

/** Overrides whose id is a built-in rule edit that rule wherever it exists; other ids add a rule to every set in scope. */
function applyOverrides(file: RuleSetFile, edits: RuleOverride[], builtInIds: ReadonlySet<string>, used: Set<number>): Draft[] {
	const source = setKey(file.profile, file.language);
	let drafts: Draft[] = file.rules.map((definition, index) => ({ definition, origin: { source, index, id: definition.id }, overridden: new Map() }));
	edits.forEach((edit, index) => {
		if ((edit.profile && edit.profile !== file.profile) || (edit.language && edit.language !== file.language)) return;
		const origin = { source: 'overrides', index, id: edit.id };
		const existing = drafts.find((draft) => draft.definition.id === edit.id);
		const { profile: _profile, language: _language, disabled, ...fields } = edit;
		if (existing) {
			used.add(index);
			if (disabled) {
				drafts = drafts.filter((draft) => draft !== existing);
				return;
			}
			existing.definition = { ...existing.definition, ...fields };
			for (const field of Object.keys(fields)) existing.overridden.set(field, origin);
		} else if (!builtInIds.has(edit.id) && !disabled && fields.level !== undefined && fields.patterns !== undefined) {
			used.add(index);
			drafts.push({
				definition: { specialty: DEFAULT_SPECIALTY, ...fields } as RuleDefinition,
				origin,
				overridden: new Map(),
			});
		}
	});
	return drafts;
}

function compileSet(file: RuleSetFile, drafts: Draft[], version: string): CompiledSet {
	const scopes = scopesFor(file.language);
	const phrases: Phrase<PhraseOwner>[] = [];
	const rules = drafts.map((draft, rule): CompiledRule => {
		const { definition } = draft;
		const expand = (field: string, text: string) => {
			try {
				return expandPattern(text, file.language, file.lexicon);
			} catch (error) {
				if (!(error instanceof PatternError)) throw error;
				const origin = draft.overridden.get(field.replace(/\[.*$/, '')) ?? draft.origin;
				throw ruleError(origin, field, `${error.message} (in ${file.profile}.${file.language})`);
			}
		};
		const add = (field: string, text: string, owner: PhraseOwner) => {
			for (const sequence of expand(field, text)) phrases.push({ sequence, owner });
		};
		definition.patterns.forEach((pattern, i) => add(`patterns[${i}]`, pattern, { rule, role: 'pattern', pattern }));
		definition.requires?.forEach((group, g) => {
			const owner: PhraseOwner = { rule, role: 'requires', group: g };
			group.forEach((phrase, i) => add(`requires[${g}][${i}]`, phrase, owner));
		});
		const excludes: PhraseOwner = { rule, role: 'excludes' };
		definition.excludes?.forEach((phrase, i) => add(`excludes[${i}]`, phrase, excludes));
		if (definition.advice !== undefined && !(definition.advice in file.advice)) {
			const origin = draft.overridden.get('advice') ?? draft.origin;
			throw ruleError(origin, 'advice', `is not an advice key of ${file.profile}.${file.language}; known: ${Object.keys(file.advice).join(', ')}`);
		}
		return {
			id: definition.id,
			level: definition.level,
			specialty: definition.specialty,
			advice: definition.advice,
			requiredGroups: definition.requires?.length ?? 0,
		};
	});
	const sequences = phrases.map((phrase) => phrase.sequence);
	return {
		profile: file.profile,
		language: file.language,
		version,
		rules,
		phrases: new PhraseIndex(phrases),
		vocabulary: new Vocabulary(sequences.flatMap(literalWords), scopes.vocabulary, [...sequences.flatMap(prefixesOf), ...scopes.prefixes]),
		scopes,
		advice: file.advice,
		specialties: file.specialties,
	};
}

/** The files' version plus a short hash of the overrides, so results say which rules decided. */
function customVersion(version: string, overrides: RuleOverrides | undefined): string {
	return `${version}+custom.${fnv1a(overridesKey(overrides))}`;
}

function overridesKey(overrides: RuleOverrides | undefined): string {
	return typeof overrides === 'string' ? overrides : JSON.stringify(overrides ?? []);
}

function fnv1a(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
	return (hash >>> 0).toString(16).padStart(8, '0');
}

let builtIn: CompiledRules | undefined;
/** Invalid overrides are cached too: the node would otherwise recompile them for every item. */
const customized = new Map<string, CompiledRules | TriageRuleError>();
const CUSTOM_CACHE_LIMIT = 32;

/** The package's own rules, compiled on first use and kept for the life of the process. */
export function builtInRules(): CompiledRules {
	builtIn ??= compileRules(BUILT_IN_RULE_FILES);
	return builtIn;
}

/** Built-in rules with these overrides applied; cached per distinct overrides value. */
export function rulesWithOverrides(overrides: RuleOverrides | undefined): CompiledRules {
	const key = overridesKey(overrides);
	if (overrides === undefined || key === '' || key === '[]') return builtInRules();
	let entry = customized.get(key);
	if (!entry) {
		try {
			entry = compileRules(BUILT_IN_RULE_FILES, overrides);
		} catch (error) {
			if (!(error instanceof TriageRuleError)) throw error;
			entry = error;
		}
		if (customized.size >= CUSTOM_CACHE_LIMIT) customized.delete(customized.keys().next().value as string);
		customized.set(key, entry);
	}
	if (entry instanceof TriageRuleError) throw entry;
	return entry;
}
