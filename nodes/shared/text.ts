// Text helpers shared by triage, opt-out detection and chunking. Matching works on folded text
// so that "NÃO", "nao" and "Não" are the same word to every rule.

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lower-case, strip accents (ç → c, ã → a), collapse white space. */
export function foldText(text: string): string {
	return text
		.normalize('NFD')
		.replace(COMBINING_MARKS, '')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
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

/** Whether two words differ by at most one edit: one letter changed, added, removed, or two neighbours swapped. */
export function withinOneEdit(a: string, b: string): boolean {
	if (a === b) return true;
	if (a.length > b.length) return withinOneEdit(b, a);
	let start = 0;
	while (start < a.length && a[start] === b[start]) start++;
	if (a.length === b.length) {
		if (a.slice(start + 1) === b.slice(start + 1)) return true;
		return a[start] === b[start + 1] && a[start + 1] === b[start] && a.slice(start + 2) === b.slice(start + 2);
	}
	return b.length - a.length === 1 && a.slice(start) === b.slice(start + 1);
}
