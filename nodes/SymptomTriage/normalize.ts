// Words as the triage rules see them: the shared text pipeline (nodes/shared/text): folded,
// stretched letters squeezed, split into clauses at punctuation, chat spellings expanded per
// language. Patterns go through the same steps, which keeps both sides in one vocabulary.
export { expandSpellings, expandWord, normalizeWords, tokenizeClauses, type Clause, type Word } from '../shared/text';
