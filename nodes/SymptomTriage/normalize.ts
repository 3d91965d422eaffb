// Words as the triage rules see them: the shared text pipeline (nodes/shared/text): folded,
// stretched letters squeezed, split into clauses at punctuation, chat spellings expanded per
// language. Patterns go through the same steps, which keeps both sides in one vocabulary.
import { expandSpellings, tokenizeClauses } from '../shared/text';
import type { Language } from './types';

export { expandSpellings, tokenizeClauses, type Clause, type Word } from '../shared/text';

/** Words of a pattern fragment or phrase, normalized exactly like a message in that language. */
export function normalizeWords(text: string, language: Language): string[] {
	return expandSpellings(tokenizeClauses(text), language).flatMap((clause) => clause.map((word) => word.text));
}
