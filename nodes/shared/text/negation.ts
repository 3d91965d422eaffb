// The negation words of each language, for both detectors: "não tenho dor no peito" is no red
// flag, "não quero sair da lista" is no opt-out. Words are as the pipeline gives them: folded,
// chat spellings expanded ("naum" → "nao", "don't" → "do not").
import { LANGUAGES, type Language } from './language';

export interface NegationWords {
	/** Negate what follows within a few words: "não tenho dor", "I do not have any pain". */
	negators: readonly string[];
	/** Negate only what follows closely: "sem dor", "without any pain". */
	short: readonly string[];
	/** "Never" words: they do not negate a comparison ("nunca senti uma dor assim"). */
	never: readonly string[];
}

export const NEGATION: Readonly<Record<Language, NegationWords>> = {
	pt: { negators: ['nao', 'nunca', 'jamais', 'nenhum', 'nenhuma'], short: ['sem', 'nem'], never: ['nunca', 'jamais'] },
	es: { negators: ['no', 'nunca', 'jamas', 'ningun', 'ninguna', 'ninguno'], short: ['sin', 'ni', 'tampoco'], never: ['nunca', 'jamas'] },
	en: { negators: ['not', 'no', 'never', 'none', 'nobody'], short: ['without', 'nor', 'neither'], never: ['never'] },
};

/** How many words may stand between a negator and what it negates. */
export const NEGATOR_REACH = 3;
export const SHORT_NEGATOR_REACH = 2;

function reachOf(language: Language): ReadonlyMap<string, number> {
	const reach = new Map<string, number>();
	for (const word of NEGATION[language].negators) reach.set(word, NEGATOR_REACH);
	for (const word of NEGATION[language].short) reach.set(word, SHORT_NEGATOR_REACH);
	return reach;
}

const REACH: Readonly<Record<Language, ReadonlyMap<string, number>>> = { pt: reachOf('pt'), es: reachOf('es'), en: reachOf('en') };

/** How far this word negates in this language, or undefined when it is no negator. */
export function negatorReach(word: string, language: Language): number | undefined {
	return REACH[language].get(word);
}

export function isNegator(word: string, language: Language): boolean {
	return REACH[language].has(word);
}

/** Negators of any language, for text whose language is not known. */
export const ANY_NEGATOR: ReadonlySet<string> = new Set(LANGUAGES.flatMap((language) => [...REACH[language].keys()]));
