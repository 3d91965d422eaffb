// The red-flag catalogue (catalogue/red-flags.json: 88 categories with levels, sources, age
// groups, vocabulary by concept in pt/es/en, and what is NOT the red flag) and the red-flag rules
// built on it (rules/red-flags.json). A red-flag rule names its catalogue category and sources and
// says which CONCEPTS must meet in a message, not which sentence: "a symptom of the category near
// one of its body parts", "an agent of the category and an ingestion word", "a symptom and an
// age group for which the catalogue raises the level". The words of each concept come from the
// catalogue (plus the rules file's own additions), so a new wording of a known red flag matches.
//
// A rule's `all` is a list of groups; every group must be found, the first is where the match is
// quoted from, and `near` bounds the distance in words from the first group to the others. A
// group is one term or a list of alternative terms:
//   "symptom"                        this category's concept (symptom, severity, time_course,
//                                    body_part, mechanism, agent, context), plus the additions in
//                                    the rules file's "concepts" under "<category>/<concept>"
//   "human.stroke_be_fast/symptom"   another category's concept
//   "@ingest"                        a shared list from the rules file's "lexicon"
//   "@age:infant"                    an age group (age.ts reads "bebê de 2 meses", "my 80yo dad")
//   "symptom~barriga|dor no pei"     only the concept's phrases holding one of these (the last
//                                    word as a prefix: "dor no pei" keeps "dor no peito")
//   "symptom-babando|drool"          the concept's phrases holding none of these
//   "agent-=veneno"                  "=" compares the whole phrase: drops "veneno", keeps "veneno de rato"
import catalogueJson from './catalogue/red-flags.json';
import redFlagJson from './rules/red-flags.json';
import { stem } from '../shared/text';
import { MEASURES } from './measures';
import { normalizeWords } from './normalize';
import type { Level } from './levels';
import type { Language, Profile, RuleDefinition } from './types';

export type ConceptName = 'symptom' | 'severity' | 'time_course' | 'body_part' | 'mechanism' | 'agent' | 'context';
export type Vocabulary = Partial<Record<Language, string[]>>;

export interface CatalogueCategory {
	id: string;
	profile: 'human' | 'veterinary';
	level: Level;
	title: string;
	sources: string[];
	ageGroups?: { group: string; threshold: string; level: Level }[];
	concepts: Partial<Record<ConceptName, Vocabulary>>;
	rule: string;
	notFlags: string;
}

export interface Catalogue {
	version: string;
	sources: { id: string; title: string }[];
	categories: CatalogueCategory[];
}

export interface RedFlagFile {
	version: string;
	/** The catalogue version the rules were written against. */
	catalogueVersion: string;
	/** Shared lists, "@name" → words per language. */
	lexicon: Record<string, Vocabulary>;
	/** Words added to a catalogue concept, "<category>/<concept>" → words per language. */
	concepts: Record<string, Vocabulary>;
	/** Phrases that are NOT the red flag, "<category>" → words per language, besides the catalogue's notFlags. */
	notFlags: Record<string, Vocabulary>;
	/** Quoted notFlags examples not to use as vetoes, "<category>" → phrases (e.g. "dor de cabeça", quoted for its figurative use). */
	ignoreNotFlags?: Record<string, string[]>;
	rules: RuleDefinition[];
}

export const CATALOGUE = catalogueJson as unknown as Catalogue;
export const RED_FLAG_RULES = redFlagJson as unknown as RedFlagFile;

const categories = new Map(CATALOGUE.categories.map((category) => [category.id, category]));

export function categoryOf(id: string): CatalogueCategory | undefined {
	return categories.get(id);
}

export function profileOfCategory(id: string): Profile | undefined {
	return categories.get(id)?.profile;
}

/** A term could not be resolved: the rules file names a category, concept or list that does not exist. */
export class TermError extends Error {}

/** The phrases a term stands for in one language; `category` resolves bare concept names. */
export function phrasesOfTerm(
	term: string,
	category: string | undefined,
	language: Language,
	file: RedFlagFile = RED_FLAG_RULES,
): string[] {
	const filter = /[~-]/.exec(term);
	const base = filter ? term.slice(0, filter.index) : term;
	let phrases: string[];
	if (base.startsWith('@')) {
		const list = file.lexicon[base];
		if (!list && !base.startsWith('@age:') && !(MEASURES as readonly string[]).includes(base))
			throw new TermError(`"${base}" is not in the lexicon of the red-flag rules`);
		phrases = list?.[language] ?? [];
	} else {
		const slash = base.indexOf('/');
		const owner = slash >= 0 ? base.slice(0, slash) : category;
		const concept = (slash >= 0 ? base.slice(slash + 1) : base) as ConceptName;
		const found = owner ? categories.get(owner) : undefined;
		if (!found) throw new TermError(`"${term}" names no catalogue category${owner ? ` ("${owner}")` : ''}`);
		const own = found.concepts[concept]?.[language];
		const added = file.concepts[`${found.id}/${concept}`]?.[language];
		if (!own && !added && !found.concepts[concept] && !file.concepts[`${found.id}/${concept}`]) {
			throw new TermError(`"${term}": category ${found.id} has no concept "${concept}"`);
		}
		phrases = [...(own ?? []), ...(added ?? [])];
	}
	if (!filter) return phrases;
	const entries = term
		.slice(filter.index + 1)
		.split('|')
		.map((entry) => ({ whole: entry.startsWith('='), words: normalizeWords(entry.replace(/^=/, ''), language) }))
		.filter((entry) => entry.words.length > 0);
	const keep = filter[0] === '~';
	return phrases.filter((phrase) => {
		const words = normalizeWords(phrase, language);
		return entries.some((entry) => (entry.whole ? entry.words.join(' ') === words.join(' ') : containsStart(words, entry.words))) === keep;
	});
}

/** Whether `words` hold `entry`'s words in a row, the last one as a prefix ("dor no pei" in "dor no peito"). */
function containsStart(words: readonly string[], entry: readonly string[]): boolean {
	const last = entry.length - 1;
	for (let at = 0; at + last < words.length; at++) {
		let ok = true;
		for (let i = 0; i < last && ok; i++) ok = words[at + i] === entry[i];
		if (ok && words[at + last].startsWith(entry[last])) return true;
	}
	return false;
}

// A quoted example in a notFlags text: 'não respiro pelo nariz', "dor de cabeça". An apostrophe
// inside a word ("can't") neither opens nor closes a quote.
const QUOTED = /(?<![\p{L}\p{N}])['"‘“](.+?)['"’”](?![\p{L}\p{N}])/gu;

/**
 * The not-the-red-flag phrases of a category in one language: the quoted examples of the
 * catalogue's notFlags (those that are not themselves words of the category, such as 'derrame',
 * which the text names only to explain its other meaning) plus the rules file's own.
 */
export function notFlagPhrases(categoryId: string, language: Language, file: RedFlagFile = RED_FLAG_RULES): string[] {
	const category = categories.get(categoryId);
	if (!category) return [];
	const vocabulary = Object.values(category.concepts).flatMap((concept) => Object.values(concept ?? {}).flat());
	const contentStems = (phrase: string) =>
		normalizeWords(phrase, language)
			.filter((word) => !FUNCTION_WORDS.has(word))
			.map(stem);
	const phrasesStems = new Set(vocabulary.map((phrase) => contentStems(phrase).join(' ')));
	const wordStems = new Set(vocabulary.flatMap(contentStems));
	const ignored = new Set((file.ignoreNotFlags?.[categoryId] ?? []).map((phrase) => contentStems(phrase).join(' ')));
	const quoted = [...category.notFlags.matchAll(QUOTED)]
		.flatMap((match) => match[1].split(/\s+\/\s+/))
		.map((phrase) => phrase.trim())
		.filter((phrase) => {
			if (JOKE.test(phrase)) return false;
			const stems = contentStems(phrase);
			if (stems.length === 0 || stems.length > 8 || phrasesStems.has(stems.join(' ')) || ignored.has(stems.join(' '))) return false;
			// A lone word of the category ("derrame", "Atropelou") is quoted to explain its other meaning, not to veto it.
			return !(stems.length === 1 && wordStems.has(stems[0]));
		});
	return [...quoted, ...(file.notFlags[categoryId]?.[language] ?? [])];
}

/** Words that do not count as content: articles, prepositions, pronouns. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
	'de da do das dos no na nos nas o a os as um uma e em com pro pra para del la el los las un una y en con al the an of in on to my his her and with is'.split(
		' ',
	),
);

/** Jokes are the engine's to spot (laughter, emoji), not a phrase to veto: "I can't breathe 😂". */
const JOKE = /\p{Extended_Pictographic}|\b(k{2,}|lol|jaja|haha|rsrs)\b/iu;
