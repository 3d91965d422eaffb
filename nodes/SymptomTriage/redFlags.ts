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
//   "symptom~barriga|belly"          only the concept's phrases with a word starting like one of these
//   "symptom-babando|drool"          the concept's phrases without such a word
import catalogueJson from './catalogue/red-flags.json';
import redFlagJson from './rules/red-flags.json';
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
export function phrasesOfTerm(term: string, category: string | undefined, language: Language, file: RedFlagFile = RED_FLAG_RULES): string[] {
	const filter = /[~-]/.exec(term);
	const base = filter ? term.slice(0, filter.index) : term;
	let phrases: string[];
	if (base.startsWith('@')) {
		const list = file.lexicon[base];
		if (!list) throw new TermError(`"${base}" is not in the lexicon of the red-flag rules`);
		phrases = list[language] ?? [];
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
	const starts = term
		.slice(filter.index + 1)
		.split('|')
		.flatMap((word) => normalizeWords(word, language));
	const keep = filter[0] === '~';
	return phrases.filter((phrase) => normalizeWords(phrase, language).some((word) => starts.some((start) => word.startsWith(start))) === keep);
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
	const own = new Set(
		Object.values(category.concepts)
			.flatMap((vocabulary) => Object.values(vocabulary ?? {}).flat())
			.map((phrase) => normalizeWords(phrase, language).join(' ')),
	);
	const quoted = [...category.notFlags.matchAll(QUOTED)]
		.flatMap((match) => match[1].split(/\s+\/\s+/))
		.map((phrase) => phrase.trim())
		.filter((phrase) => {
			const words = normalizeWords(phrase, language);
			return words.length > 0 && words.length <= 8 && !own.has(words.join(' '));
		});
	return [...quoted, ...(file.notFlags[categoryId]?.[language] ?? [])];
}
