// Folding: the first step of the one text pipeline that Symptom Triage and the Opt-Out Guard share
// (fold → squeeze → tokens and clauses → chat spellings → language → negation). Folded text has no
// case and no accents, so "NÃO", "nao" and "Não" are the same word to every rule.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /['’‘`´]/g;
const PLAIN = /^[a-z0-9]*$/;

/** Lower-case, strip accents (ç → c, ã → a), collapse white space. */
export function foldText(text: string): string {
	return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** One token folded: lower case, no accents, no apostrophes ("Don't" → "dont", "d'água" → "dagua"). */
export function foldWord(raw: string): string {
	const lower = raw.toLowerCase();
	if (PLAIN.test(lower)) return lower;
	return lower.normalize('NFD').replace(COMBINING_MARKS, '').replace(APOSTROPHES, '');
}

/** Words of folded text: letters and digits only, punctuation and emoji dropped. */
export function tokenize(text: string): string[] {
	const folded = foldText(text);
	return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Whether `phrase` occurs in `text` as whole words, after folding both. */
export function containsPhrase(text: string, phrase: string): boolean {
	const haystack = tokenize(text);
	const needle = tokenize(phrase);
	if (needle.length === 0 || needle.length > haystack.length) return false;
	outer: for (let start = 0; start + needle.length <= haystack.length; start++) {
		for (let offset = 0; offset < needle.length; offset++) {
			if (haystack[start + offset] !== needle[offset]) continue outer;
		}
		return true;
	}
	return false;
}

/** Cut text to at most `max` characters, on a word boundary when one is near, with an ellipsis. */
export function truncate(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, Math.max(0, max - 1));
	const lastSpace = cut.lastIndexOf(' ');
	const base = lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut;
	return `${base.trimEnd()}…`;
}
