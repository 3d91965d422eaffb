// Words as the opt-out rules see them: the shared text pipeline (nodes/shared/text), the same as
// Symptom Triage's: folded (no case, no accents, apostrophes dropped), stretched letters squeezed
// ("stoooop" → "stop", "paaaara" → "para"), jokey stops read as "stop" ("stahp"), chat spellings of the reading language expanded
// ("naum" → "nao", "msgs" → "mensagens", "don't" → "do not"), split into clauses at punctuation so
// that "Não. Pare de mandar mensagem" is two thoughts, not "não pare".
import { expandSpellings, foldText, tokenizeClauses, withinOneEdit, type Clause, type Language } from '../shared/text';
import { MARKETING_OBJECTS, MESSAGE_OBJECTS, THING_OBJECTS } from './phrases';

/**
 * Jokey spellings of "stop" ("stahp", "stawp", "stohp", "stopp"), after squeezing ("stahhhp" → "stahhp"), and "stop"
 * typed in a hurry with two letters swapped ("stpo", "sotp", "tsop") or its vowel dropped ("stp"), which spell no word
 * of any of the languages.
 */
const JOKEY_STOP = /^(st(ah|aw|oh|oa|au|ha)h?p{1,2}|stopp|stpo|sotp|tsop|stp)$/;

/**
 * Short words of refusal with their last letter doubled for emphasis ("naoo", "noo", "nuncaa"): squeezing leaves a double,
 * which these words never spell, so the doubled form reads as the word itself.
 */
const EMPHATIC = new Set('nao no nope nunca jamas never nada chega basta'.split(' '));
const doubledEmphasis = (word: string): string | undefined => {
	const single = /(\p{L})\1$/u.test(word) ? word.slice(0, -1) : undefined;
	return single !== undefined && EMPHATIC.has(single) ? single : undefined;
};

/** Brazilian laughter, squeezed to its two letters: "kkk", "kkkkkk". */
const LAUGHTER = /^kk+$/;

/** English possessives before "no", the abbreviation of "number": "delete my no. from ur system". */
const NUMBER_OWNERS = new Set(['my', 'your', 'ur', 'yr']);
/**
 * Possessives and demonstratives before "nr", "nro", "nmr", "num", the chat abbreviations of "número"/"number" in all
 * three languages ("tira meu nr daí", "borren mi nro", "delete my nr"): after them the word can only be the number.
 */
const POSSESSIVES = new Set('meu seu teu mi su tu my your ur yr'.split(' '));
const DEMONSTRATIVES = new Set('esse este ese this that'.split(' '));
const NUMBER_ABBREVIATIONS = new Set(['nr', 'nro', 'nmr']);
const ENGLISH_OWNERS = new Set([...NUMBER_OWNERS, 'this', 'that']);

/**
 * The number an abbreviation at `at` stands for, in its owner's language, if it is one. "num" only after a possessive:
 * "esse num dá" is chat for "esse não dá".
 */
function abbreviatedNumber(clause: Clause, at: number): string | undefined {
	const word = clause[at]?.text ?? '';
	const owner = clause[at - 1]?.text ?? '';
	if (word === 'no' && NUMBER_OWNERS.has(owner)) return 'number';
	const abbreviates =
		(NUMBER_ABBREVIATIONS.has(word) && (POSSESSIVES.has(owner) || DEMONSTRATIVES.has(owner))) || (word === 'num' && POSSESSIVES.has(owner));
	if (!abbreviates) return undefined;
	return ENGLISH_OWNERS.has(owner) ? 'number' : 'numero';
}

const isNumberAbbreviation = (clause: Clause, at: number): boolean => abbreviatedNumber(clause, at) !== undefined;

/** "my no." read as "my number"; the abbreviation's full stop closes no clause ("delete my no. from ur system ta"). */
function withNumberAbbreviations(text: string, clauses: Clause[]): Clause[] {
	const read: Clause[] = [];
	let joinNext = false;
	for (const clause of clauses) {
		const words = clause.map((word, at) => {
			const number = abbreviatedNumber(clause, at);
			return number ? { ...word, text: number, alt: undefined } : word;
		});
		if (joinNext) read[read.length - 1].push(...words);
		else read.push(words);
		const last = clause.length - 1;
		joinNext = isNumberAbbreviation(clause, last) && text[clause[last].end] === '.';
	}
	return read;
}

const PICTOGRAPH = /\p{Extended_Pictographic}/u;

/** Words after a pictograph that make a short exclamation of their own ("🙄 kindly stahp", "😤 parem"). */
const EXCLAMATION_WORDS = 3;

/**
 * "just what i needed 🙄 kindly stahp": a pictograph before a short exclamation that ends the clause closes the thought
 * before it, as a full stop would; a longer thought after it ("🤨 get me off it") may still lean on the words before.
 */
function splitAtPictographs(text: string, clauses: Clause[]): Clause[] {
	return clauses.flatMap((clause) => {
		for (let at = clause.length - 1; at > 0 && clause.length - at <= EXCLAMATION_WORDS; at--)
			if (PICTOGRAPH.test(text.slice(clause[at - 1].end, clause[at].start))) return [clause.slice(0, at), clause.slice(at)];
		return [clause];
	});
}

/** A word as the guard reads it: a stretched word in its one-letter form ("stoooop" → "stop"), a jokey stop as "stop". */
function squeezedClauses(text: string): Clause[] {
	return splitAtPictographs(text, withNumberAbbreviations(text, tokenizeClauses(text))).map((clause) =>
		clause.map((word) => {
			const text = word.alt ?? word.text;
			if (JOKEY_STOP.test(text)) return { ...word, text: 'stop' };
			const emphatic = doubledEmphasis(text);
			if (emphatic) return { ...word, text: emphatic, alt: undefined };
			// "kkk" is laughter, not "k" (chat for "que") once squeezed.
			if (LAUGHTER.test(word.text)) return { ...word, text: 'kkk', alt: undefined };
			return word.alt ? { ...word, text } : word;
		}),
	);
}

/** A word with a letter or a digit: what an emoji leaves behind ("🙅‍♀️" → "\ufe0f") is not a word. */
const HAS_LETTER = /[\p{L}\p{N}]/u;

/** A "#" standing alone, as in "wrong #", "borren mi # ya": the sign of a number, not a hashtag ("#1", "#tbt"). */
const NUMBER_SIGN = /(^|\s)#(?=[\s,.;:!?)]|$)/gu;

/** Word lists per clause in this language's reading; empty clauses dropped. */
export function clausesOf(text: string, language: Language = 'pt'): string[][] {
	const read = text.replace(NUMBER_SIGN, `$1${language === 'en' ? 'number' : 'numero'}`);
	return expandSpellings(squeezedClauses(read), language)
		.map((clause) => clause.map((word) => word.text).filter((word) => HAS_LETTER.test(word)))
		.filter((words) => words.length > 0);
}

export function wordsOf(text: string, language: Language = 'pt'): string[] {
	return clausesOf(text, language).flat();
}

/** The message's words as written (folded, squeezed), before any language's chat spellings: for language detection. */
export function rawWordsOf(text: string): string[] {
	return squeezedClauses(text).flatMap((clause) => clause.map((word) => word.text));
}

// Fuzzy matching only for long words: at five letters "pagar" is one edit from "parar".
const FUZZY_MIN_LENGTH = 7;

/** Preterite endings of Portuguese and Spanish, folded: "esqueci", "esqueceu", "cancelei", "mandou", "perdí". */
const PRETERITE_ENDING = /(i|ei|eu|ou|iu)$/;

/** "esqueci" (I forgot) is no typo of "esquece" (forget!): a past form tells what happened, it asks nothing. */
function endsInOtherPreterite(word: string, listWord: string): boolean {
	const ending = PRETERITE_ENDING.exec(word)?.[0];
	return ending !== undefined && !listWord.endsWith(ending);
}

/** Whether the text writes the folded word with an accent on its last vowel, as a preterite: "olvidé", "perdí". */
export function writtenWithFinalAccent(text: string, word: string): boolean {
	return text
		.toLowerCase()
		.normalize('NFC')
		.split(/[^\p{L}]+/u)
		.some((written) => /[áéíóú]$/.test(written) && foldText(written) === word);
}

/**
 * Whether a message word is the list word, allowing one typo in words of seven letters or more.
 * A plural 's' is grammar, not a typo: "lembrete" (one reminder) is not "lembretes" (the stream).
 */
export function sameWord(word: string, listWord: string): boolean {
	if (word === listWord) return true;
	if (listWord.length < FUZZY_MIN_LENGTH || Math.abs(word.length - listWord.length) > 1) return false;
	if (word === `${listWord}s` || listWord === `${word}s`) return false;
	if (endsInOtherPreterite(word, listWord)) return false;
	return withinOneEdit(word, listWord);
}

/** How long a word must be for two of its letters swapped to be read as a typo: "lsita" for "lista", not "sem" for "ems". */
const SWAP_MIN_LENGTH = 5;

/**
 * Whether the word is a list word of five letters or more with two neighbouring letters swapped, the first letter kept
 * ("lsita" → "lista"): the typo of a hurried thumb, in words too short for sameWord's one edit.
 */
export function swapsLetters(word: string, set: ReadonlySet<string>): boolean {
	if (word.length < SWAP_MIN_LENGTH || set.has(word)) return false;
	for (let at = 1; at + 1 < word.length; at++) {
		if (word[at] === word[at + 1]) continue;
		if (set.has(`${word.slice(0, at)}${word[at + 1]}${word[at]}${word.slice(at + 2)}`)) return true;
	}
	return false;
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

/** Past forms of verbs: "suspenderam", "desativou", "suspendieron", "stopped", "enviado". */
const PAST_ENDINGS = /(aram|eram|iram|ou|eu|iu|aron|ieron|ado|ido|ed)$/;
/** English auxiliaries that make a stop verb a question or a report: "did you cancel the reminders?", "do the reminders stop…?". */
const PASSIVE_AUXILIARIES = new Set(['be', 'ser', 'sea', 'seja', 'get', 'ficar']);
const REPORT_AUXILIARIES = new Set(['did', 'didnt', 'do', 'does', 'have', 'has', 'had']);

/**
 * Whether the stop verb at `at` tells what happened, or asks about it, rather than asking for it:
 * "suspenderam as mensagens?", "the reminders stopped", "did you guys cancel the reminders?".
 */
export function reportsStop(words: readonly string[], at: number): boolean {
	const verb = words[at];
	// "I'd like to be removed", "quero ser removida": a passive is still a request.
	if (PASSIVE_AUXILIARIES.has(words[at - 1])) return false;
	if (verb.length >= 6 && PAST_ENDINGS.test(verb)) return true;
	for (let before = at - 1; before >= 0 && before >= at - 3; before--) {
		if (!REPORT_AUXILIARIES.has(words[before])) continue;
		// "how do I get off this list?", asked of the business, asks for it (another service is vetoed elsewhere).
		return !(words[before - 1] === 'how' && (words[before + 1] === 'i' || words[before + 1] === 'we'));
	}
	return false;
}

/** Words that introduce what someone (or a pet) seems to say: "like", "tipo", "como diciendo", "as if to say". */
const QUOTING = new Set('like tipo saying say diciendo dizendo'.split(' '));
/** Who would "like" something: "I'd like unsubscribe" asks, it quotes no one. */
const LIKERS = new Set('i id d would we wed'.split(' '));

/**
 * Whether the words at `at` are introduced as what someone seems to say: "the older cat hisses at the
 * kitten like 'leave me alone'", "ele late tipo 'me deixa em paz'"; not "I'd like unsubscribe".
 */
export function introducedAsSaid(words: readonly string[], at: number): boolean {
	const before = words[at - 1];
	return before !== undefined && QUOTING.has(before) && !(before === 'like' && LIKERS.has(words[at - 2]));
}

/** The send verbs of stop-sending requests: "pode parar de MANDAR", "stop SENDING", "dejen de MANDARME". */
const SEND_WORDS = new Set(
	'mandar mandando mandarme mandarnos mande mandem manda enviar enviando enviarme enviarnos envie enviem envia send sending shipping'.split(
		' ',
	),
);

/** What may stand between the send verb and the thing sent: "mandar O remédio", "sending ME THE food", "mandar MAIS ração". */
const THING_GAP_WORDS = new Set(
	(
		'o a os as um uma el la los las un una the an me nos us meu minha meus minhas seu sua seus suas mi mis tu tus su sus my your ' +
		'esse essa esses essas este esta estes estas ese esa esos esas this that these those mais mas more tanta tanto so much of'
	).split(' '),
);

const isMessageWord = (word: string): boolean => inSet(word, MESSAGE_OBJECTS) || inSet(word, MARKETING_OBJECTS);

/** Whether a phrase ends in a send verb, give or take "me": "pode parar de mandar", "stop sending me". */
export function endsInSend(phrase: readonly string[]): boolean {
	let verb = phrase.length - 1;
	while (verb > 0 && THING_GAP_WORDS.has(phrase[verb])) verb--;
	return SEND_WORDS.has(phrase[verb]);
}

/**
 * Whether the send verb ending before `from` takes a thing as its object: "pode parar de mandar O REMÉDIO?", "can you
 * stop sending THE FOOD?" ask about a medicine or a delivery. A message named after the thing, up to `end` (the end of
 * its clause), keeps the request ("stop sending the order updates"), and so does anything not a thing ("stop sending
 * stuff", "para de mandar essas promoções").
 */
export function sendsAThing(words: readonly string[], from: number, end: number): boolean {
	let at = from;
	for (let gap = 0; gap < 3 && at < end && THING_GAP_WORDS.has(words[at]); gap++) at++;
	// A word between the article and its noun: "stop sending me the MONTHLY box", "a NOVA ração" (not "the same messages").
	if (at > from && at + 1 < end && !inSet(words[at], THING_OBJECTS) && !isMessageWord(words[at]) && inSet(words[at + 1], THING_OBJECTS))
		at++;
	return at < end && inSet(words[at], THING_OBJECTS) && !words.slice(at + 1, end).some(isMessageWord);
}
