// The one text pipeline shared by Symptom Triage, the Opt-Out Guard and other text readers:
// fold → squeeze → tokens and clauses → chat spellings → language → negation.
export { containsPhrase, foldText, foldWord, tokenize, truncate } from './fold';
export { squeeze, squeezeToOne } from './squeeze';
export { withinOneEdit } from './fuzzy';
export { stem } from './stem';
export { emojisOf, normalizeToken, tokenizeClauses, wordsOfText, type Clause, type Word } from './tokens';
export { expandSpellings, expandWord, normalizeWords } from './chatSpelling';
export {
	AUTO_LANGUAGE,
	detectLanguage,
	guessLanguage,
	isLanguage,
	LANGUAGE_OPTIONS,
	LANGUAGE_OPTIONS_WITH_AUTO,
	languageScores,
	LANGUAGES,
	type Detection,
	type Language,
	type LanguageScore,
} from './language';
export { ANY_NEGATOR, isNegator, NEGATION, NEGATOR_REACH, negatorReach, SHORT_NEGATOR_REACH, type NegationWords } from './negation';
export { expandPattern, literalWords, PatternError, prefixesOf, type Sequence, type Slot } from './pattern';
export { matchAt, PhraseIndex, Vocabulary, type Hit, type Phrase } from './phraseIndex';
