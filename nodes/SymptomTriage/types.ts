// The shapes the triage engine reads (rule files, overrides) and returns (TriageResult).
import type { Language } from '../shared/text/language';
import type { Colour, Level } from './levels';

export const PROFILES = ['human', 'veterinary'] as const;
export type Profile = (typeof PROFILES)[number];

export { LANGUAGES, type Language } from '../shared/text/language';

/**
 * One rule as written in a rule file, the red-flag rules file or an override. A rule is either
 * phrase-based (`patterns`, in the syntax documented in pattern.ts) or concept-based (`all`, the
 * red-flag rules built on the catalogue, see redFlags.ts); `requires` and `excludes` work with both.
 */
export interface RuleDefinition {
	id: string;
	level: Level;
	patterns?: string[];
	/** Concept groups that must all be found; the first is where the match is quoted from (redFlags.ts). */
	all?: (string | string[])[];
	/** At most this many words from the first group's phrase to each other group's. */
	near?: number;
	/** Every group must be present somewhere in the message (any phrase of the group). */
	requires?: string[][];
	/** The rule is skipped when any of these phrases is present. */
	excludes?: string[];
	/** The catalogue category the rule implements (catalogue/red-flags.json). */
	category?: string;
	/** Ids of the catalogue sources the rule rests on. */
	sources?: string[];
	/** Holds even when the person adds that all seems fine or jokes (high-energy trauma, toxins, batteries). */
	sticky?: boolean;
	/** Holds even when the person says it is only a little ("um pouco de sangue" at 30 weeks, "a bit numb on one side"). */
	anyAmount?: boolean;
	specialty: string;
	/** Key into the file's `advice` texts; the level's text when absent. */
	advice?: string;
}

/** rules/<profile>.<language>.json */
export interface RuleSetFile {
	version: string;
	profile: Profile;
	language: Language;
	/** Named fragments used in patterns as {name}. */
	lexicon?: Record<string, string>;
	rules: RuleDefinition[];
	/** Localized texts: one per level, plus categories (suicide, toxin...). Routine texts may use {specialty}. */
	advice: Record<string, string>;
	/** Localized names of the specialty ids used by the rules. */
	specialties: Record<string, string>;
}

/** A user rule: replaces the fields it names of the built-in rule with the same id, or adds a rule. */
export interface RuleOverride extends Partial<RuleDefinition> {
	id: string;
	/** Limit the override to one profile or language; by default it applies to all. */
	profile?: Profile;
	language?: Language;
	/** Switch the built-in rule with this id off. */
	disabled?: boolean;
}

/** The node's JSON parameter: an array of overrides, `{ "rules": [...] }`, or the same as a JSON string. */
export type RuleOverrides = string | readonly unknown[] | Record<string, unknown>;

export interface TriageMatch {
	ruleId: string;
	level: Level;
	/** The red-flag catalogue category the rule implements (catalogue/red-flags.json), when it has one. */
	category?: string;
	/** The words of the message that matched, as the person wrote them. */
	phrase: string;
	/** The rule pattern that matched, as written in the rule file. */
	pattern: string;
}

export interface SecondOpinion {
	level?: Level;
	reason?: string;
	/** The model's level was more urgent and replaced the deterministic one. */
	raised?: boolean;
	/** Why there is no usable answer: 'timeout', 'http 503', 'blocked: SAFETY', 'empty', 'invalid_json'... */
	error?: string;
}

export interface TriageResult {
	level: Level;
	colour: Colour;
	maxWaitMinutes: number;
	/** Emergency and very urgent: the node sends these to its Emergency output. */
	escalate: boolean;
	/** Most urgent first; one per rule. */
	matches: TriageMatch[];
	specialty: string;
	/** The specialty's name in the result's language. */
	specialtyLabel: string;
	/** What to tell the person, in the result's language. */
	advice: string;
	language: Language;
	profile: Profile;
	rulesVersion: string;
	secondOpinion?: SecondOpinion;
	/** Present when the learned layer raised the result: the model's score, its threshold and the weights' version. */
	learned?: { score: number; threshold: number; model: string };
}
