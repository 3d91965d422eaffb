// Words and clauses: every word folded (fold.ts) and squeezed (squeeze.ts), with the place it
// stood in the original text, so that a match can quote the person's own words. Clauses end at
// punctuation: negation, time and hypotheses never reach across "não sei, meu filho desmaiou".
import { foldWord } from './fold';
import { squeeze, squeezeToOne } from './squeeze';

export interface Word {
	/** Folded, stretched letters squeezed to two: "Sooocorro" → "soocorro". */
	text: string;
	/** Character offsets of the original token; words expanded from one token share them. */
	start: number;
	end: number;
	/** The one-letter form when the token had a stretched letter: "paaaara" → "para". */
	alt?: string;
}

/** Words between two punctuation marks. */
export type Clause = Word[];

// A token: a number with its decimals ("38,5"), or letters, digits and combining marks with inner
// apostrophes ("can't", "d'água"). A number glued to a unit is two words: "85yo" → "85", "yo".
const TOKEN = /\d+(?:[.,]\d+)?(?![\p{L}\p{N}])|\d+(?=\p{L})|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’‘`´][\p{L}\p{M}]+)*/gu;
const CLAUSE_BREAK = /[.,;:!?¡¿…()[\]{}\n]/;

/** A token as the rules see it: folded, squeezed, and its one-letter form if it was stretched. */
export function normalizeToken(raw: string): { text: string; alt?: string } {
	const folded = foldWord(raw);
	const text = squeeze(folded);
	if (text === folded) return { text };
	const alt = squeezeToOne(folded);
	return alt && alt !== text ? { text, alt } : { text };
}

/** Folded tokens in clauses, before any language-specific spelling is expanded. */
export function tokenizeClauses(text: string): Clause[] {
	const clauses: Clause[] = [];
	let clause: Clause = [];
	let previousEnd = 0;
	for (const token of text.matchAll(TOKEN)) {
		const start = token.index;
		if (clause.length > 0 && CLAUSE_BREAK.test(text.slice(previousEnd, start))) {
			clauses.push(clause);
			clause = [];
		}
		previousEnd = start + token[0].length;
		const { text: folded, alt } = normalizeToken(token[0]);
		if (!folded) continue;
		const word: Word = { text: folded, start, end: previousEnd };
		if (alt) word.alt = alt;
		clause.push(word);
	}
	if (clause.length > 0) clauses.push(clause);
	return clauses;
}

/** The folded words of a text, clauses flattened. */
export function wordsOfText(text: string): string[] {
	return tokenizeClauses(text).flatMap((clause) => clause.map((word) => word.text));
}

const EMOJI = /\p{Extended_Pictographic}/gu;

/** The pictographs of a text, in order ("🛑", "😂"): tokens drop them, some detectors read them. */
export function emojisOf(text: string): string[] {
	return text.match(EMOJI) ?? [];
}
