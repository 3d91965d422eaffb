// Words as the opt-out rules see them: folded (no case, no accents), apostrophes dropped so
// "don't" is one word, stretched letters squeezed ("stoooop" → "stop"), chat spellings mapped
// to the word they stand for ("naum" → "nao", "msgs" → "mensagens"), and split into clauses at
// punctuation so that "Não. Pare de mandar mensagem" is two thoughts, not "não pare".
import { foldText, squeezeToOne, tokenize, withinOneEdit } from '../shared/text';

const APOSTROPHES = /['’‘`´]/g;
const CLAUSE_BREAK = /[.,;:!?¡¿\n…()[\]]+/;

/** Chat spellings and typos too short for fuzzy matching. */
const SPELLINGS = new Map<string, string[]>(Object.entries({
	naum: ['nao'],
	nn: ['nao'],
	n: ['nao'],
	vc: ['voce'],
	vcs: ['voces'],
	msg: ['mensagem'],
	msgs: ['mensagens'],
	mgs: ['mensagens'],
	q: ['que'],
	qro: ['quero'],
	kero: ['quero'],
	qero: ['quero'],
	dnv: ['de', 'novo'],
}));

export function wordsOf(text: string): string[] {
	const folded = foldText(text).replace(APOSTROPHES, '');
	const plain = squeezeToOne(folded) ?? folded;
	return tokenize(plain).flatMap((word) => SPELLINGS.get(word) ?? [word]);
}

/** Word lists per clause; empty clauses dropped. */
export function clausesOf(text: string): string[][] {
	return text
		.split(CLAUSE_BREAK)
		.map(wordsOf)
		.filter((words) => words.length > 0);
}

// Fuzzy matching only for long words: at five letters "pagar" is one edit from "parar".
const FUZZY_MIN_LENGTH = 7;

/**
 * Whether a message word is the list word, allowing one typo in words of seven letters or more.
 * A plural 's' is grammar, not a typo: "lembrete" (one reminder) is not "lembretes" (the stream).
 */
export function sameWord(word: string, listWord: string): boolean {
	if (word === listWord) return true;
	if (listWord.length < FUZZY_MIN_LENGTH || Math.abs(word.length - listWord.length) > 1) return false;
	if (word === `${listWord}s` || listWord === `${word}s`) return false;
	return withinOneEdit(word, listWord);
}

/** Whether `phrase` (already split into words) starts at `at` in `words`. */
export function phraseAt(words: string[], phrase: string[], at: number): boolean {
	if (at + phrase.length > words.length) return false;
	return phrase.every((listWord, offset) => sameWord(words[at + offset], listWord));
}

/** Whether any word of the set occurs, allowing the same typos as sameWord. */
export function inSet(word: string, set: ReadonlySet<string>): boolean {
	if (set.has(word)) return true;
	if (word.length < FUZZY_MIN_LENGTH - 1) return false;
	for (const listWord of set) if (sameWord(word, listWord)) return true;
	return false;
}
