// Rule files, the red-flag rules built on the catalogue, and a user's overrides, compiled into
// per-profile, per-language concept indexes. Compiling expands every pattern and catalogue phrase
// once; the built-in set is compiled once per process and each distinct overrides parameter once
// (cached), since the node passes the same one for every item.
//
// Two kinds of rules, one engine:
// - Red-flag rules (rules/red-flags.json, see redFlags.ts): concept combinations from the
//   catalogue's categories, each naming its category and sources, e.g.
//     { "id": "h.chest_pain.pain_near_chest", "category": "human.chest_pain_cardiac",
//       "sources": ["mts", "nhs999"], "level": "very_urgent",
//       "all": ["symptom", "body_part"], "near": 4, "specialty": "cardiology", "advice": "chest" }
// - Phrase rules (rules/<profile>.<language>.json): hand-written patterns per language, e.g.
//     { "id": "s.orthopedics", "level": "standard", "patterns": ["{pain} (no|na) joelho"],
//       "requires": [["grávida"]], "excludes": ["exame de sangue"], "specialty": "orthopedics" }
//   The rule file also holds the lexicon for its patterns ({pain}), one advice text per level
//   plus categories (suicide, toxin...), and the localized specialty names.
// Every phrase a rule needs becomes a concept in one trie (match.ts); a rule matches when its
// concepts are found, not negated, not in the past, not hypothetical, not a figure of speech and
// not one of the category's "not a red flag" phrases (negation.ts, engine.ts). The most urgent
// rule wins.
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
import { isNegator, stem } from '../shared/text';
import type { Level } from './levels';
import { PhraseIndex, Vocabulary, type Phrase } from './match';
import { scopesFor, type Scopes } from './negation';
import { normalizeWords } from './normalize';
import { expandPattern, literalWords, PatternError, prefixesOf, type Sequence, type Slot } from './pattern';
import { categoryOf, FUNCTION_WORDS, notFlagPhrases, phrasesOfTerm, RED_FLAG_RULES, TermError, type RedFlagFile } from './redFlags';
import type { Language, Profile, RuleDefinition, RuleOverride, RuleOverrides, RuleSetFile } from './types';
import { readOverrides, readRuleSet, ruleError, TriageRuleError, type RuleOrigin } from './validate';
import { AGE_GROUPS, type AgeGroup } from './age';
import { MEASURES, type Measure } from './measures';

export const BUILT_IN_RULE_FILES: readonly unknown[] = [humanPt, humanEs, humanEn, veterinaryPt, veterinaryEs, veterinaryEn];

export const DEFAULT_SPECIALTY = 'general_practice';

/**
 * Ordinary words one typo away from a red-flag word: never "corrected" into it ("cooking" is not
 * "choking", "booking" is not "hooking").
 */
const ORDINARY_WORDS =
	'cooking looking booking hooking cooling coming checking chatting shopping sleeping parking packing picking tracking kicking stubbed stubbing derramei sitting girarme girar girarse'.split(
		' ',
	);

/** Words allowed between two words of a catalogue phrase: "dor forte no peito" is "dor no peito". */
const PHRASE_GAP = 1;

export interface CompiledRule {
	id: string;
	level: Level;
	specialty: string;
	advice?: string;
	category?: string;
	sources?: readonly string[];
	/** Concept ids per group; the first group is the one the match is quoted from. */
	groups: number[][];
	/** Concepts found anywhere in the message that switch the rule off (`excludes`). */
	excludes: number[];
	/** Concepts that cancel a first-group phrase in the same clause (the category's not-flags). */
	vetoes: number[];
	/** `all` groups after the first must be within this many words of it; `requires` groups anywhere. */
	near?: number;
	/** How many groups `near` applies to (the `all` groups after the first). */
	nearGroups: number;
	sticky: boolean;
	anyAmount: boolean;
}

/** What a phrase in the index stands for: the concepts that list it, and the pattern or catalogue phrase it came from. */
export interface PhraseOwner {
	concepts: number[];
	pattern: string;
}

export interface CompiledSet {
	profile: Profile;
	language: Language;
	version: string;
	rules: CompiledRule[];
	/** Concept names by id, e.g. "human.seizure/symptom", "@ingest", "#h.chest_pain/patterns". */
	concepts: string[];
	/** Concept ids of the age groups, which age.ts adds from numbers. */
	ageConcepts: ReadonlyMap<AgeGroup, number>;
	/** Concept ids of the measures (counts, temperatures, blood pressure), which measures.ts adds from numbers. */
	measureConcepts: ReadonlyMap<Measure, number>;
	/** Concepts that name a state (context, age group, measures): a distant-past marker does not cancel them. */
	stative: ReadonlySet<number>;
	/** Rules by the concepts of their first group. */
	rulesByAnchor: ReadonlyMap<number, readonly number[]>;
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

/** Validates and compiles rule files, red-flag rules and overrides; throws TriageRuleError naming the rule and field. */
export function compileRules(
	ruleFiles: readonly unknown[],
	overrides?: RuleOverrides,
	redFlags: RedFlagFile = RED_FLAG_RULES,
): CompiledRules {
	const files = ruleFiles.map((file, index) => readRuleSet(file, sourceOf(file, index)));
	const redFlagRules = readRedFlagRules(redFlags);
	const edits = readOverrides(overrides);
	const builtInIds = new Set([
		...files.flatMap((file) => file.rules.map((rule) => rule.id)),
		...redFlagRules.map(({ definition }) => definition.id),
	]);
	const used = new Set<number>();
	const sets = new Map<string, CompiledSet>();
	for (const file of files) {
		const key = setKey(file.profile, file.language);
		if (sets.has(key)) throw new TriageRuleError(`Two rule files for ${key}`, key);
		const ownRedFlags = redFlagRules.filter((draft) => categoryOf(draft.definition.category ?? '')?.profile === file.profile);
		const drafts = applyOverrides(file, ownRedFlags, edits, builtInIds, used);
		const version = `${file.version}/${redFlags.version}`;
		sets.set(key, compileSet(file, drafts, redFlags, edits.length > 0 ? customVersion(version, overrides) : version));
	}
	edits.forEach((edit, index) => {
		if (used.has(index)) return;
		const origin = { source: 'overrides', index, id: edit.id };
		if (edit.disabled || edit.level === undefined || (edit.patterns === undefined && edit.all === undefined)) {
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

/** The red-flag rules, checked like rule-file rules, plus: each names a catalogue category and sources. */
function readRedFlagRules(file: RedFlagFile): Draft[] {
	const source = 'red-flags';
	const seen = new Set<string>();
	return file.rules.map((rule, index) => {
		const origin = { source, index, id: rule.id };
		const [checked] = readRuleSet(
			{ version: file.version, profile: 'human', language: 'pt', rules: [rule], advice: LEVEL_PLACEHOLDERS, specialties: {} },
			source,
		).rules;
		if (seen.has(checked.id)) throw ruleError(origin, 'id', 'is used by an earlier red-flag rule');
		seen.add(checked.id);
		const category = checked.category ? categoryOf(checked.category) : undefined;
		if (!category) throw ruleError(origin, 'category', `must name a catalogue category, got ${JSON.stringify(checked.category)}`);
		if (!checked.all) throw ruleError(origin, 'all', 'is required in a red-flag rule');
		if (!checked.sources?.length || !checked.sources.every((id) => category.sources.includes(id))) {
			throw ruleError(origin, 'sources', `must be sources of ${category.id}: ${category.sources.join(', ')}`);
		}
		return { definition: checked, origin, overridden: new Map() };
	});
}

const LEVEL_PLACEHOLDERS = { emergency: '-', very_urgent: '-', urgent: '-', standard: '-', non_urgent: '-' };

/** Overrides whose id is a built-in rule edit that rule wherever it exists; other ids add a rule to every set in scope. */
function applyOverrides(
	file: RuleSetFile,
	redFlags: Draft[],
	edits: RuleOverride[],
	builtInIds: ReadonlySet<string>,
	used: Set<number>,
): Draft[] {
	const source = setKey(file.profile, file.language);
	let drafts: Draft[] = [
		...file.rules.map((definition, index) => ({ definition, origin: { source, index, id: definition.id }, overridden: new Map() })),
		...redFlags.map((draft) => ({ ...draft, overridden: new Map() })),
	];
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
			// Patterns given for a concept rule make it a phrase rule.
			const replaced = fields.patterns !== undefined && fields.all === undefined ? { all: undefined, near: undefined } : {};
			existing.definition = { ...existing.definition, ...replaced, ...fields };
			for (const field of Object.keys(fields)) existing.overridden.set(field, origin);
		} else if (
			!builtInIds.has(edit.id) &&
			!disabled &&
			fields.level !== undefined &&
			(fields.patterns !== undefined || fields.all !== undefined)
		) {
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

/** Builds the concept trie of one profile and language. */
class ConceptBuilder {
	readonly names: string[] = [];

	private readonly ids = new Map<string, number>();

	readonly phrases: Phrase<PhraseOwner>[] = [];

	/** Catalogue phrases by their words: a phrase listed by several concepts is one entry of the trie. */
	private readonly shared = new Map<string, PhraseOwner>();

	constructor(
		private readonly language: Language,
		private readonly lexicon: Readonly<Record<string, string>>,
		private readonly redFlags: RedFlagFile,
	) {}

	private concept(name: string): { id: number; fresh: boolean } {
		const known = this.ids.get(name);
		if (known !== undefined) return { id: known, fresh: false };
		const id = this.names.length;
		this.names.push(name);
		this.ids.set(name, id);
		return { id, fresh: true };
	}

	/** A concept made of rule-syntax patterns (pattern.ts); throws PatternError. */
	patterns(name: string, patterns: readonly string[]): number {
		const { id, fresh } = this.concept(name);
		if (!fresh) return id;
		for (const pattern of patterns) {
			const owner = { concepts: [id], pattern };
			for (const sequence of expandPattern(pattern, this.language, this.lexicon)) this.phrases.push({ sequence, owner });
		}
		return id;
	}

	/**
	 * A concept made of catalogue phrases: plain words, matched by stem, with small gaps between
	 * them; a two-word phrase also in the other order unless `strict` (not-flags must be exact).
	 */
	catalogue(name: string, phrases: readonly string[], strict = false): number {
		const { id, fresh } = this.concept(name);
		if (!fresh) return id;
		for (const phrase of phrases) {
			const key = normalizeWords(phrase, this.language).join(' ');
			if (!key) continue;
			const sharedKey = strict ? `!${key}` : key;
			const known = this.shared.get(sharedKey);
			if (known) {
				if (!known.concepts.includes(id)) known.concepts.push(id);
				continue;
			}
			const owner = { concepts: [id], pattern: phrase };
			this.shared.set(sharedKey, owner);
			for (const sequence of catalogueSequences(phrase, this.language, strict)) this.phrases.push({ sequence, owner });
		}
		return id;
	}

	/** A red-flag term ("symptom", "@ingest", "@age:infant", "human.seizure/symptom~convuls"). */
	term(term: string, category: string | undefined): number {
		const owner = term.startsWith('@') || term.includes('/') ? '' : `${category}/`;
		const name = `${owner}${term}`;
		return this.ids.get(name) ?? this.catalogue(name, phrasesOfTerm(term, category, this.language, this.redFlags));
	}

	notFlags(category: string): number {
		const name = `${category}/notFlags`;
		return this.ids.get(name) ?? this.catalogue(name, notFlagPhrases(category, this.language, this.redFlags), true);
	}
}

/**
 * A catalogue phrase as sequences: each word matches itself or its stem, and one other word may
 * sit between two words. A phrase of two content words also matches in the other order
 * ("garganta fechando" → "fechou a garganta", "falta de ar" → "o ar tá faltando").
 */
const REFLEXIVES = new Set(['himself', 'herself', 'myself', 'themselves', 'itself', 'yourself', 'mesmo', 'mesma', 'mismo', 'misma']);
/** A phrase with one of these is not turned round: "out of it" (drowsy) turned round is "it came out" (a choke cleared). */
const PRONOUNS = new Set([
	'it',
	'him',
	'her',
	'me',
	'them',
	'us',
	'ele',
	'ela',
	'eles',
	'elas',
	'lhe',
	'lo',
	'la',
	'le',
	'los',
	'las',
	'les',
	'el',
	'ella',
]);

function catalogueSequences(phrase: string, language: Language, strict = false): Sequence[] {
	const words = normalizeWords(phrase, language);
	if (words.length === 0) return [];
	const slotOf = (word: string): Slot => ({ kind: 'words', words: [word], prefixes: [], stems: [stem(word)] });
	const slots: Slot[] = [];
	words.forEach((word, index) => {
		// No word between a negator and a reflexive it describes: "not himself" is no "didn't knock himself" ("didn't hurt herself").
		if (index > 0 && !strict && !(isNegator(words[index - 1], language) && REFLEXIVES.has(word)))
			slots.push({ kind: 'gap', max: PHRASE_GAP });
		slots.push(slotOf(word));
	});
	const content = words.filter((word) => !FUNCTION_WORDS.has(word));
	if (strict || content.length !== 2 || words.length > 3) return [slots];
	// Not with the negator turned to the front: "sangue não para" turned round is "não tem sangue"; nor
	// with a negator left behind as a function word: "no está respirando" turned round would be
	// "respira bien y está" (Spanish "no" is the Portuguese article).
	if (isNegator(content[1], language) || words.some((word) => isNegator(word, language))) return [slots];
	if (content.some((word) => PRONOUNS.has(word))) return [slots];
	return [slots, [slotOf(content[1]), { kind: 'gap', max: PHRASE_GAP + 1 }, slotOf(content[0])]];
}

function compileSet(file: RuleSetFile, drafts: Draft[], redFlags: RedFlagFile, version: string): CompiledSet {
	const scopes = scopesFor(file.language);
	const builder = new ConceptBuilder(file.language, file.lexicon ?? {}, redFlags);
	const ageConcepts = new Map<AgeGroup, number>();
	for (const group of AGE_GROUPS) {
		const name = `@age:${group}`;
		ageConcepts.set(group, builder.catalogue(name, redFlags.lexicon[name]?.[file.language] ?? []));
	}
	const measureConcepts = new Map<Measure, number>();
	for (const measure of MEASURES)
		measureConcepts.set(measure, builder.catalogue(measure, redFlags.lexicon[measure]?.[file.language] ?? []));
	const rules = drafts.map((draft): CompiledRule => {
		const { definition } = draft;
		const fail = (field: string, problem: string) =>
			ruleError(draft.overridden.get(field.replace(/\[.*$/, '')) ?? draft.origin, field, problem);
		const patterns = (field: string, name: string, list: readonly string[]) => {
			try {
				return builder.patterns(name, list);
			} catch (error) {
				if (!(error instanceof PatternError)) throw error;
				// Name the pattern at fault: compile each alone to find it.
				list.forEach((pattern, i) => {
					try {
						expandPattern(pattern, file.language, file.lexicon);
					} catch (inner) {
						if (inner instanceof PatternError) throw fail(`${field}[${i}]`, `${inner.message} (in ${file.profile}.${file.language})`);
						throw inner;
					}
				});
				throw fail(field, `${error.message} (in ${file.profile}.${file.language})`);
			}
		};
		const term = (field: string, text: string) => {
			try {
				return builder.term(text, definition.category);
			} catch (error) {
				if (error instanceof TermError) throw fail(field, error.message);
				throw error;
			}
		};
		const groups: number[][] = [];
		let nearGroups = 0;
		if (definition.all) {
			definition.all.forEach((group, g) => {
				const terms = typeof group === 'string' ? [group] : group;
				groups.push([...new Set(terms.map((text, t) => term(`all[${g}]${typeof group === 'string' ? '' : `[${t}]`}`, text)))]);
			});
			nearGroups = groups.length - 1;
		}
		if (definition.patterns) {
			const anchor = patterns('patterns', `#${definition.id}/patterns`, definition.patterns);
			if (groups.length === 0) groups.push([anchor]);
			else groups[0].push(anchor);
		}
		definition.requires?.forEach((group, g) => groups.push([patterns(`requires[${g}]`, `#${definition.id}/requires${g}`, group)]));
		const excludes = definition.excludes ? [patterns('excludes', `#${definition.id}/excludes`, definition.excludes)] : [];
		const vetoes = definition.category && categoryOf(definition.category) ? [builder.notFlags(definition.category)] : [];
		if (definition.advice !== undefined && !(definition.advice in file.advice)) {
			throw fail('advice', `is not an advice key of ${file.profile}.${file.language}; known: ${Object.keys(file.advice).join(', ')}`);
		}
		return {
			id: definition.id,
			level: definition.level,
			specialty: definition.specialty ?? DEFAULT_SPECIALTY,
			advice: definition.advice,
			category: definition.category,
			sources: definition.sources,
			groups,
			excludes,
			vetoes,
			near: definition.near,
			nearGroups,
			sticky: definition.sticky ?? false,
			anyAmount: definition.anyAmount ?? false,
		};
	});
	const rulesByAnchor = new Map<number, number[]>();
	rules.forEach((rule, index) => {
		for (const concept of rule.groups[0] ?? []) {
			const list = rulesByAnchor.get(concept);
			if (list) list.push(index);
			else rulesByAnchor.set(concept, [index]);
		}
	});
	const stative = new Set<number>();
	builder.names.forEach((name, id) => {
		if (/\/context([~-]|$)/.test(name) || name.startsWith('@age:') || (MEASURES as readonly string[]).includes(name)) stative.add(id);
	});
	const sequences = builder.phrases.map((phrase) => phrase.sequence);
	return {
		stative,
		profile: file.profile,
		language: file.language,
		version,
		rules,
		concepts: builder.names,
		ageConcepts,
		measureConcepts,
		rulesByAnchor,
		phrases: new PhraseIndex(builder.phrases),
		vocabulary: new Vocabulary(
			sequences.flatMap(literalWords),
			[...scopes.vocabulary, ...ORDINARY_WORDS],
			[...sequences.flatMap(prefixesOf), ...scopes.prefixes],
		),
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
	if (overrides === undefined) return builtInRules();
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
