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

interface NormalizedToken {
	text: string;
	alt?: string;
}

// Messages repeat the same words, so each distinct token is folded once (bounded, cleared when full).
const tokenCache = new Map<string, NormalizedToken>();
const TOKEN_CACHE_LIMIT = 50_000;

/** A token as the rules see it: folded, squeezed, and its one-letter form if it was stretched. */
export function normalizeToken(raw: string): NormalizedToken {
	const cached = tokenCache.get(raw);
	if (cached) return cached;
	const folded = foldWord(raw);
	const text = squeeze(folded);
	let result: NormalizedToken = { text };
	if (text !== folded) {
		const alt = squeezeToOne(folded);
		if (alt && alt !== text) result = { text, alt };
	}
	if (tokenCache.size >= TOKEN_CACHE_LIMIT) tokenCache.clear();
	tokenCache.set(raw, result);
	return result;
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const NUMBER = /\p{N}/u;
const APOSTROPHE = new Set(["'", '’', '‘', '`', '´']);
const SPACE = 32;
const BREAKS = new Set(['.', ',', ';', ':', '!', '?', '¡', '¿', '…', '(', ')', '[', ']', '{', '}', '\n']);

/** 1: letter or combining mark, 2: digit, 0: anything else (a hand-written scan: this runs for every message). */
function kindOf(text: string, at: number): number {
	const code = text.charCodeAt(at);
	if (code < 128) {
		if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return 1;
		return code >= 48 && code <= 57 ? 2 : 0;
	}
	const char = text[at];
	if (LETTER_OR_MARK.test(char)) return 1;
	return NUMBER.test(char) ? 2 : 0;
}

/** Whether text[start, end) is its own normalized form: only a-z and 0-9, no letter three times in a row. */
function isPlain(text: string, start: number, end: number): boolean {
	let previous = -1;
	let run = 0;
	for (let at = start; at < end; at++) {
		const code = text.charCodeAt(at);
		if (code >= 97 && code <= 122) {
			run = code === previous ? run + 1 : 1;
			if (run >= 3) return false;
		} else if (code >= 48 && code <= 57) run = 0;
		else return false;
		previous = code;
	}
	return true;
}

/** Folded tokens in clauses, before any language-specific spelling is expanded. */
export function tokenizeClauses(text: string): Clause[] {
	const clauses: Clause[] = [];
	let clause: Clause = [];
	let broken = false;
	let at = 0;
	const length = text.length;
	while (at < length) {
		const kind = kindOf(text, at);
		if (kind === 0) {
			// Spaces, the most common non-word character, break no clause: no set lookup for them.
			if (text.charCodeAt(at) !== SPACE && BREAKS.has(text[at])) broken = true;
			at++;
			continue;
		}
		const start = at;
		if (kind === 2) {
			// A number with its decimals ("38,5"), or a number glued to a unit ("85yo" → "85", "yo").
			while (at < length && kindOf(text, at) === 2) at++;
			if ((text[at] === ',' || text[at] === '.') && kindOf(text, at + 1) === 2) {
				at++;
				while (at < length && kindOf(text, at) === 2) at++;
			}
			if (at < length && kindOf(text, at) === 1 && !LETTER_OR_NUMBER.test(text[start - 1] ?? '')) {
				// digits followed by letters: the digits are one word, the letters the next
			} else if (at < length && kindOf(text, at) === 1) {
				while (at < length && kindOf(text, at) !== 0) at++;
			}
		} else {
			while (at < length) {
				if (kindOf(text, at) !== 0) at++;
				else if (APOSTROPHE.has(text[at]) && kindOf(text, at + 1) === 1) at++;
				else break;
			}
		}
		if (broken && clause.length > 0) {
			clauses.push(clause);
			clause = [];
		}
		broken = false;
		const raw = text.slice(start, at);
		// Most tokens are already folded (lower-case ASCII letters and digits, no stretched letter): no lookup needed.
		if (isPlain(text, start, at)) {
			clause.push({ text: raw, start, end: at });
			continue;
		}
		const { text: folded, alt } = normalizeToken(raw);
		if (!folded) continue;
		const word: Word = { text: folded, start, end: at };
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
