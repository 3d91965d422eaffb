// classify(): the deterministic triage of one message. Pure and synchronous: the message is
// tokenized once, read with the rules of its language (or of every language when it is too short
// to tell), and the most urgent rule that truly matched decides the Manchester level.
import { composeAdvice, specialtyLabel } from './advice';
import { builtInRules, DEFAULT_SPECIALTY, rulesWithOverrides, setKey, type CompiledRules, type CompiledSet } from './compile';
import { detectLanguage } from './languages';
import { compareLevels, DEFAULT_LEVEL, LEVEL_INFO, type Level } from './levels';
import type { ClauseMarkers } from './negation';
import { expandSpellings, tokenizeClauses, type Clause } from './normalize';
import { LANGUAGES, PROFILES, type Language, type Profile, type RuleOverrides, type TriageMatch, type TriageResult } from './types';

export interface ClassifyOptions {
	profile: Profile;
	/** Default 'auto'. */
	language?: Language | 'auto';
	/** The node's rule overrides parameter (validated; compiled once per distinct value). */
	overrides?: RuleOverrides;
	/** Precompiled rules, e.g. from compileRules(); wins over `overrides`. */
	rules?: CompiledRules;
}

/** A caller passed a profile or language the engine does not know. */
export class TriageInputError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'TriageInputError';
	}
}

interface FoundMatch extends TriageMatch {
	order: number;
	specialty: string;
	advice?: string;
}

interface Reading {
	set: CompiledSet;
	level: Level;
	matches: FoundMatch[];
}

export function classify(text: string, options: ClassifyOptions): TriageResult {
	const { profile } = options;
	const language = options.language ?? 'auto';
	if (!PROFILES.includes(profile)) throw new TriageInputError(`Unknown triage profile ${JSON.stringify(profile)}; use ${PROFILES.join(' or ')}`);
	if (language !== 'auto' && !LANGUAGES.includes(language)) {
		throw new TriageInputError(`Unknown language ${JSON.stringify(language)}; use ${LANGUAGES.join(', ')} or auto`);
	}
	const rules = options.rules ?? rulesWithOverrides(options.overrides);
	const message = typeof text === 'string' ? text : '';
	const clauses = tokenizeClauses(message);
	const setFor = (lang: Language) => rules.sets.get(setKey(profile, lang)) ?? missingSet(profile, lang);
	if (language !== 'auto') return resultOf(read(setFor(language), clauses, message));
	const detected = detectLanguage(clauses.flatMap((clause) => clause.map((word) => word.text)));
	if (detected.confident) return resultOf(read(setFor(detected.language), clauses, message));
	// Too few words to be sure: read it in every language, the detected one first, and keep the most
	// urgent reading that matched something (a reading that matched nothing is no evidence).
	const order = [detected.language, ...LANGUAGES.filter((lang) => lang !== detected.language)];
	const readings = order.map((lang) => read(setFor(lang), clauses, message));
	const matched = readings.filter((reading) => reading.matches.length > 0);
	const best = matched.reduce<Reading | undefined>((top, reading) => (!top || compareLevels(reading.level, top.level) < 0 ? reading : top), undefined);
	return resultOf(best ?? readings[0]);
}

function missingSet(profile: Profile, language: Language): never {
	throw new TriageInputError(`No triage rules for ${profile} in ${language}`);
}

function read(set: CompiledSet, rawClauses: readonly Clause[], message: string): Reading {
	const patternHits = new Map<number, FoundMatch>();
	const groupsSeen = new Map<number, Set<number>>();
	const excluded = new Set<number>();
	let order = 0;
	for (const clause of expandSpellings(rawClauses, set.language)) {
		const words = clause.map((word) => set.vocabulary.correct(word.text));
		const hits = set.phrases.scan(words, set.scopes.stopsGap);
		if (hits.length === 0) continue;
		let markers: ClauseMarkers | undefined;
		for (const { owner, start, end } of hits) {
			if (owner.role === 'excludes') {
				excluded.add(owner.rule);
				continue;
			}
			if (owner.role === 'pattern' && patternHits.has(owner.rule)) continue;
			markers ??= set.scopes.markersOf(words);
			if (set.scopes.cancel(markers, start, end)) continue;
			if (owner.role === 'requires') {
				const seen = groupsSeen.get(owner.rule) ?? new Set<number>();
				seen.add(owner.group);
				groupsSeen.set(owner.rule, seen);
				continue;
			}
			const rule = set.rules[owner.rule];
			patternHits.set(owner.rule, {
				ruleId: rule.id,
				level: rule.level,
				phrase: message.slice(clause[start].start, clause[end - 1].end),
				pattern: owner.pattern,
				order: order++,
				specialty: rule.specialty,
				advice: rule.advice,
			});
		}
	}
	const matches = [...patternHits.entries()]
		.filter(([rule]) => !excluded.has(rule) && (groupsSeen.get(rule)?.size ?? 0) >= set.rules[rule].requiredGroups)
		.map(([, match]) => match)
		.sort((a, b) => compareLevels(a.level, b.level) || a.order - b.order);
	return { set, level: matches[0]?.level ?? DEFAULT_LEVEL, matches };
}

function resultOf({ set, level, matches }: Reading): TriageResult {
	const specialty = matches.find((match) => match.specialty !== DEFAULT_SPECIALTY)?.specialty ?? DEFAULT_SPECIALTY;
	const keys = matches.map((match) => ({ key: match.advice ?? match.level, level: match.level }));
	return {
		level,
		...LEVEL_INFO[level],
		matches: matches.map(({ ruleId, level: matchLevel, phrase, pattern }) => ({ ruleId, level: matchLevel, phrase, pattern })),
		specialty,
		specialtyLabel: specialtyLabel(set, specialty),
		advice: composeAdvice(set, level, keys, specialty),
		language: set.language,
		profile: set.profile,
		rulesVersion: set.version,
	};
}

/**
 * The same result at a more urgent level (the second opinion's only power): colour, wait,
 * escalation and advice follow the new level; the advice of the red flags already found is kept.
 */
export function raiseLevel(result: TriageResult, level: Level, rules: CompiledRules = builtInRules()): TriageResult {
	if (compareLevels(level, result.level) >= 0) return result;
	const set = rules.sets.get(setKey(result.profile, result.language));
	if (!set) return result;
	const adviceOf = (ruleId: string) => set.rules.find((rule) => rule.id === ruleId)?.advice;
	const keys = [
		{ key: level as string, level },
		...result.matches.map((match) => ({ key: adviceOf(match.ruleId) ?? match.level, level: match.level })),
	];
	return {
		...result,
		level,
		...LEVEL_INFO[level],
		advice: composeAdvice(set, level, keys, result.specialty),
	};
}
