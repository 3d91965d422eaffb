// Layer 1 of the Opt-Out Guard: is this message an opt-out or opt-in request? Pure rules over
// words from the shared text pipeline (words.ts), no I/O. Three kinds of evidence, most specific
// first: a keyword that is the whole message ("PARAR", "🛑", "BAJA"), a phrase of the opt-out
// catalogue anywhere (catalogue/opt-out.json: "não me mandem mais nada", "take me off your list"),
// and a combination of concepts (concepts.ts, concepts.ts's rules below): a stop verb with a
// messaging object ("pareeeem de me mandar essas coisas"), a remove verb with a list, "don't" with
// a contact verb and "me", erasing one's data, a wrong number, a death, a threat to report. Negated
// requests ("não quero sair da lista"), requests about another service, a quotation, a hypothesis,
// a time of day or a waiting list, stops that report what happened ("suspenderam as mensagens?",
// "no me mandaron el resultado"), and ambiguous verbs with a non-messaging object ("cancelar a
// consulta", "parar de tomar o remédio") do not count; messages that come close without matching
// are flagged `possible` for layer 2.
import {
	BARE_OPT_OUT,
	BRIDGE_WORDS,
	COMPLAINT_WORDS,
	FROM_WORDS,
	INTENT_WORDS,
	LIST_OBJECTS,
	MARKETING_OBJECTS,
	MESSAGE_OBJECTS,
	NEGATION_GAP_WORDS,
	NEGATIONS,
	OPT_IN_KEYWORDS,
	OPT_OUT_KEYWORDS,
	OPT_OUT_PHRASES,
	AMBIGUOUS_KEYWORDS,
	CATALOGUE_KEYWORDS,
	CATALOGUE_OPT_IN,
	CATALOGUE_PHRASES,
	FAREWELL_WORDS,
	POLITE_WORDS,
	EXASPERATION_WORDS,
	RECEIVE_WORDS,
	REFUSAL_GAP_WORDS,
	REMOVE_VERBS,
	STOP_VERBS,
	TAIL_WORDS,
	THING_OBJECTS,
	WANT_WORDS,
	type Entry,
	type OptOutPhrase,
	type StopVerb,
} from './phrases';
import { emojisOf, foldText, guessLanguage as guessSharedLanguage, languageScores, normalizeWords, type Language } from '../shared/text';
import { classify } from '../SymptomTriage/engine';
import { LEVEL_INFO } from '../SymptomTriage/levels';
import { withoutCallPreference } from './channels';
import { asksToKeep, matchConcepts, outOfScope, subscriptionOfAName } from './conceptRules';
import { CONCEPT_LISTS } from './concepts';
import { OPT_OUT_MODEL, optOutScore } from './learned';
import type { Intent } from './types';
import {
	clausesOf,
	endsInSend,
	inSet,
	introducedAsSaid,
	phraseAt,
	rawWordsOf,
	reportsStop,
	sameWord,
	sendsAThing,
	swapsLetters,
	wordsOf,
} from './words';

export interface DetectOptions {
	/** More opt-out words or phrases. One word counts only as the whole message (give or take courtesy); several words count anywhere. */
	extraOptOut?: string[];
	/** More opt-in words or phrases; they must be (nearly) the whole message. */
	extraOptIn?: string[];
	/** Built-in entries to switch off, e.g. ['cancelar'] when reminders ask people to reply CANCELAR. */
	ignore?: string[];
	/** Language of the reply when the message shows none clearly; default 'pt'. */
	language?: Language;
	/** Default true: the learned layer (learned/) may flag as `possible` what the rules' words do not. */
	learned?: boolean;
}

export interface Detection {
	intent: Intent;
	language: Language;
	/** The keyword, phrase or rule that decided, e.g. 'parar' or 'pare … mensagens'. */
	matched?: string;
	/** No match, but close enough to ask layer 2 (mentions messages/list with a stop verb, a refusal...). */
	possible: boolean;
	/** 'marketing' when the opt-out names promotions or offers only; otherwise the caller's default applies. */
	scope?: 'marketing';
	/** Present when the learned layer made the message `possible`: the model's score, its threshold and the weights' version. */
	learned?: { score: number; threshold: number; model: string };
}

interface Compiled {
	text: string;
	words: string[];
	language?: Language;
}

interface CompiledPhrase extends Compiled {
	tail: OptOutPhrase['tail'];
}

interface Vocabulary {
	/** Built-in entries switched off by the `ignore` option, as words. */
	ignored: string[][];
	bare: Compiled[];
	/** The catalogue's opt-in phrases, tried after the package's own. */
	optInCatalogue: Compiled[];
	keywords: Compiled[];
	phrases: CompiledPhrase[];
	optIn: Compiled[];
	verbs: { verb: StopVerb; removesOnly: boolean }[];
}

export interface Match {
	text: string;
	clause: string[];
	language?: Language;
	/** Set by the concept rules: the request names promotions only. */
	marketing?: boolean;
}

/** Collects the near misses of one detection. */
export interface Scan {
	negated: boolean;
}

const DEFAULT_LANGUAGE: Language = 'pt';

/** The triage profiles a message is checked against before it may count as an opt-out. */
const PROFILES_TO_CHECK = ['human', 'veterinary'] as const;

const wordsIn = (text: string): string[] =>
	foldText(text)
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);

/** The concept rules that threaten to block or report the sender ("próxima msg é block + denúncia"). */
const THREAT_RULES = /^(report_|threat_|message_threat|block|last_before_block|keep_sending_complaint)/;
/** Beside such a threat, triage's "block" (a blocked bladder) is the number blocked, whichever word the rule matched. */
const BLOCK_WORDS = /^(block|blocked|blocking|bloque\w*)$/;

/**
 * Whether triage escalates the message on words of its own: "floppy, doesn't react when I call
 * him" is an emergency whatever the opt-out rules made of "not … call", while an escalation that
 * only quotes the opt-out's words ("apaga meu contato": apagar is also to pass out; "blocking you")
 * says nothing more than the opt-out does.
 */
function describesRedFlag(text: string, optOutMatch: string, language: Language = DEFAULT_LANGUAGE): boolean {
	const optOutWords = new Set(wordsIn(optOutMatch));
	const threatens = THREAT_RULES.test(optOutMatch);
	// The opt-out's words are read with chat spellings expanded: triage's "last msg" quotes "last message … block".
	const quoted = (word: string) =>
		optOutWords.has(word) || (threatens && BLOCK_WORDS.test(word)) || wordsOf(word, language).every((read) => optOutWords.has(read));
	return PROFILES_TO_CHECK.some((profile) =>
		classify(text, { profile }).matches.some(
			(match) => LEVEL_INFO[match.level].escalate && wordsIn(match.phrase).some((word) => !quoted(word)),
		),
	);
}

/** Work and medical words around "de baja": "me dan de baja mañana en el trabajo" is a sick note, no unsubscribing. */
const SICK_LEAVE = [
	'el trabajo',
	'del trabajo',
	'al trabajo',
	'mi trabajo',
	'laboral',
	'medica',
	'medico',
	'por enfermedad',
	'la mutua',
	'incapacidad',
	'el jefe',
	'mi jefe',
].map((text) => text.split(' '));
/** Asking the sender ("denme de baja", "dame de baja", "quiero darme de baja", "me dan de baja porfa") is unsubscribing whatever else is said. */
const ASKS_TO_UNSUBSCRIBE = new Set(['denme', 'dame', 'dadme', 'deme', 'darme']);
const PLEASE = new Set(['porfa', 'porfavor', 'favor', 'porfis', 'plis', 'pls', 'please']);

/**
 * "De baja" in a message about work or a doctor ("me dan de baja mañana en el trabajo", "el médico me da de baja")
 * is sick leave, unless the sender is asked or the message names messages or a list ("me dan de baja de la lista?").
 */
function onSickLeave(all: string[], matched: string): boolean {
	const words = wordsIn(matched);
	if (!words.includes('baja') || words.some((word) => ASKS_TO_UNSUBSCRIBE.has(word))) return false;
	if (all.some((word) => PLEASE.has(word) || isMessageObject(word) || inSet(word, LIST_OBJECTS) || inSet(word, MARKETING_OBJECTS)))
		return false;
	return all.some((_, at) => SICK_LEAVE.some((context) => phraseAt(all, context, at)));
}

/** Stop verbs that end a message as its own clause; not "para" (for) or "chega" (arrives). */
// With the words that press it: "just stop already", "só parem logo", "ya paren".
const CLOSING_STOPS: Compiled[] = [
	'parem',
	'parar',
	'paren',
	'stop',
	'stop it',
	...[
		'just stop',
		'stop already',
		'just stop already',
		'stop it already',
		'just stop it',
		'so stop',
		'so parem',
		'parem logo',
		'parem ja',
		'ya paren',
		'paren ya',
	],
].map((text) => ({ text, words: text.split(' ') }));

/** "Enough" closing a message that names messages: "domingo de manhã e vocês mandando promoção, chega". */
const CLOSING_ENOUGH: Compiled[] = ['chega', 'ja chega', 'basta', 'ya basta', 'enough', 'enough already'].map((text) => ({
	text,
	words: text.split(' '),
}));

/** Pictographs of anger that, beside a dare to write again, make it a threat: 🤬 😡 😠 👿 🖕 💢. */
const ANGRY_EMOJIS = new Set(['🤬', '😡', '😠', '👿', '🖕', '💢']);
/**
 * "txt me 1 more time 🤬", "me manda mais uma vez 😡", "escríbanme otra vez 🖕": a contact verb to me and "again" as
 * the whole message, the anger in the emoji only; not "can you text me one more time? 🙏", nor a verb that takes a
 * thing left unsaid ("me manda de novo 😡" wants the result resent; "call me again 🤬" after a dropped call).
 */
const DARE_AGAIN =
	/^(?:(?:txt|text|message|msg|email|contact) me|(?:me )?(?:escreve|escrevam|chama|chamem|procura|procurem)|(?:escreve|chama|procura) me|(?:me )?(?:escriban|escribas|busquen|contacten)|(?:escribeme|escribanme|contactenme|busquenme)) (?:(?:one|1) more time|again|once more|de novo|novamente|mais uma vez|mais 1 vez|otra vez|una vez mas|1 vez mas|de nuevo)$/;

function daresAgain(all: string[], emojis: string[]): boolean {
	const core = all.filter((word) => !POLITE_WORDS.has(word));
	return emojis.some((emoji) => ANGRY_EMOJIS.has(emoji)) && DARE_AGAIN.test(core.join(' '));
}

/** Pictographs that say "stop" on their own: 🛑 🚫 ⛔ 🔕 📵 🙅. */
const STOP_EMOJIS = new Set(['🛑', '🚫', '⛔', '🔕', '📵', '🙅']);

export function detectIntent(text: string, options: DetectOptions = {}): Detection {
	const raw = rawWordsOf(text);
	const fallback = options.language ?? DEFAULT_LANGUAGE;
	const replyLanguage = guessLanguage(raw, options.language);
	const emojis = emojisOf(text);
	// "the reminder said 10 days, can stop now?": a question is not closed by a keyword.
	const asks = /\?[^\p{L}\p{N}]*$/u.test(text);
	const scan: Scan = { negated: false };
	let optIn: { match: Match; language: Language } | undefined;
	const { readings, ownWordsOnly } = readingsOf(raw, fallback);
	const clausesIn = new Map<Language, string[][]>();
	const clausesFor = (reading: Language) => {
		let clauses = clausesIn.get(reading);
		if (!clauses) {
			// "não me liga, manda mensagem": a refusal of calls beside a channel of writing asked for is a preference, read out.
			clauses = withoutCallPreference(clausesOf(text, reading));
			clausesIn.set(reading, clauses);
		}
		return clauses;
	};
	// About another service, a quotation or a hypothesis in any of its likely readings: layer 1 makes no opt-out of it.
	const vetoed = readings.some((reading) => !ownWordsOnly.has(reading) && outOfScope(reading, clausesFor(reading)));
	// The message is read in its language; when the words do not tell, in each language in turn.
	let redFlag = false;
	for (const reading of vetoed ? [] : readings) {
		const vocabulary = vocabularyFor(options, reading);
		const clauses = clausesFor(reading);
		const all = clauses.flat();
		// A reading added for a few words of its language uses that language's concepts only: the phrase
		// lists mix languages, and "won't leave me alone" is negated only in English's reading.
		const request = ownWordsOnly.has(reading)
			? outOfScope(reading, clauses)
				? undefined
				: matchConcepts(text, reading, clauses, vocabulary.ignored, scan)
			: (matchWhole(all, vocabulary.bare) ??
				(emojis.some((emoji) => STOP_EMOJIS.has(emoji)) && isOnlyMessages(all) ? { text: emojis.join(''), clause: [] } : undefined) ??
				(!asks && daresAgain(all, emojis) ? { text: `${all.join(' ')} ${emojis.join('')}`, clause: [] } : undefined) ??
				// "how do I cancel my subscription to Chewy?": a subscription named for another business is that business's.
				// "…cancelar o recebimento: NÃO, quero continuar recebendo": a stop that a wish to keep the messages coming
				// follows is answered, unless it names promotions only.
				firstInClauses(clauses, (clause) => {
					const match = matchOptOut(clause, vocabulary, scan, clauses, asks);
					if (!match || subscriptionOfAName(text, normalizeWords(match.text, reading).join(' '))) return undefined;
					const answered = asksToKeep(reading, clauses.slice(clauses.indexOf(clause) + 1));
					return answered && !match.clause.some((word) => inSet(word, MARKETING_OBJECTS)) ? undefined : match;
				}) ??
				matchConcepts(text, reading, clauses, vocabulary.ignored, scan));
		const optOut = request && !onSickLeave(all, request.text) ? request : undefined;
		// A red flag is never an opt-out, nor a near miss for layer 2: "he doesn't react when I call
		// him" must reach triage, and the guard runs before it.
		if (optOut && describesRedFlag(text, optOut.text, reading)) redFlag = true;
		else if (optOut) {
			return {
				intent: 'opt_out',
				language: guessLanguage(raw, options.language, optOut.language ?? reading),
				matched: optOut.text,
				possible: false,
				...((optOut.marketing ?? optOut.clause.some((word) => inSet(word, MARKETING_OBJECTS))) ? { scope: 'marketing' as const } : {}),
			};
		}
		if (!optIn && !ownWordsOnly.has(reading)) {
			const found =
				firstInClauses(clauses, (clause) => matchNearlyWhole(clause, vocabulary.optIn, scan)) ??
				firstInClauses(clauses, (clause) => matchNearlyWhole(clause, vocabulary.optInCatalogue, scan));
			if (found) optIn = { match: found, language: reading };
		}
	}
	if (optIn) {
		return {
			intent: 'opt_in',
			language: guessLanguage(raw, options.language, optIn.match.language ?? optIn.language),
			matched: optIn.match.text,
			possible: false,
		};
	}
	const clauses = clausesFor(replyLanguage);
	const all = clauses.flat();
	if (redFlag || isIgnoredWhole(all, vocabularyFor(options, replyLanguage).ignored))
		return { intent: 'none', language: replyLanguage, possible: false };
	const nearMiss =
		scan.negated ||
		clauses.some(looksLikeOptOut) ||
		isLoneStopVerb(all) ||
		isAmbiguousKeyword(all) ||
		(all.length === 0 && emojis.length > 0 && emojis.every((emoji) => WEAK_STOP_EMOJIS.has(emoji)));
	if (nearMiss || vetoed || options.learned === false) return { intent: 'none', language: replyLanguage, possible: nearMiss };
	// The learned layer finds the near misses the rules' words do not ("this used to be my dad's
	// number… no cats here"), for layer 2 to decide; never a red flag.
	const score = optOutScore(text);
	if (score < OPT_OUT_MODEL.threshold || describesRedFlag(text, '')) return { intent: 'none', language: replyLanguage, possible: false };
	return {
		intent: 'none',
		language: replyLanguage,
		possible: true,
		learned: { score: Math.round(score * 1000) / 1000, threshold: OPT_OUT_MODEL.threshold, model: OPT_OUT_MODEL.version },
	};
}

/**
 * The message is just a keyword the node was told to ignore ("CANCELAR" where the clinic asks
 * people to answer CANCELAR): staff said it is no opt-out there, so layer 2 is not asked either.
 */
function isIgnoredWhole(all: string[], ignored: readonly string[][]): boolean {
	const core = all.filter((word) => !POLITE_WORDS.has(word) && !INTENT_WORDS.has(word) && !TAIL_WORDS.has(word));
	return ignored.some(
		(entry) => entry.length === core.length && entry.every((word, at) => sameWord(word, core[at]) || sameWord(core[at], word)),
	);
}

const AMBIGUOUS = new Set(AMBIGUOUS_KEYWORDS.map((entry) => entry.text.toLowerCase()));

/** "CANCELAR", "FIM", "END" alone: an opt-out in SMS practice, an appointment answer in a clinic. */
function isAmbiguousKeyword(all: string[]): boolean {
	const core = all.filter((word) => !POLITE_WORDS.has(word));
	return core.length > 0 && AMBIGUOUS.has(core.join(' '));
}

/** "✋", "❌" alone may be a stop, a greeting or a "no": layer 2 decides. */
const WEAK_STOP_EMOJIS = new Set(['✋', '🤚', '❌', '👋', '😡', '🤬', '😤']);

/** How far ahead the likeliest language must be for a message to be read in it alone. */
const CLEAR_LEAD = 3;

/** How many words of a language's own requests make a message worth reading in that language too. */
const MIN_REQUEST_WORDS = 2;

/** Per language, the words of its concept lists that no other language's lists use ("deixem", "sossegado", "chega"). */
let requestVocabulary: Map<Language, Set<string>> | undefined;

function ownRequestWords(raw: readonly string[], language: Language): number {
	if (!requestVocabulary) {
		const all = new Map<Language, Set<string>>();
		for (const [each, lists] of Object.entries(CONCEPT_LISTS) as [Language, Record<string, readonly string[]>][]) {
			const words = new Set<string>();
			for (const entries of Object.values(lists))
				for (const entry of entries)
					for (const word of normalizeWords(entry.replace(/^=/, ''), each)) if (word.length >= 4) words.add(word);
			all.set(each, words);
		}
		requestVocabulary = new Map(
			[...all].map(([each, words]) => [
				each,
				new Set([...words].filter((word) => [...all].every(([other, theirs]) => other === each || !theirs.has(word)))),
			]),
		);
	}
	const own = requestVocabulary.get(language);
	return own ? new Set(raw.filter((word) => own.has(word))).size : 0;
}

/** The languages to read a message in: its own when the words show it, else all three, the likeliest first. */
function readingsOf(raw: string[], fallback: Language): { readings: Language[]; ownWordsOnly: Set<Language> } {
	const scores = languageScores(raw, fallback);
	const [best, second] = scores;
	if (best.score >= 2 && best.score > second.score) {
		// A short message leans on a word or two ("no me vuelvan a MARCAR" scores Portuguese): a
		// language with some words of its own is read too, after the likeliest, unless far behind.
		const close = scores
			.slice(1)
			.filter((entry) => entry.score > 0 && best.score - entry.score < CLEAR_LEAD)
			.map((entry) => entry.language);
		// "Chega de me incomodar, me deixem sossegado" scores Spanish on "de" and "me": a language whose own request
		// words the message uses (chega, incomodar, deixem, sossegado) is read too, in its own words.
		const requestWords = scores
			.slice(1)
			.filter((entry) => !close.includes(entry.language) && ownRequestWords(raw, entry.language) >= MIN_REQUEST_WORDS)
			.map((entry) => entry.language);
		return { readings: [best.language, ...close, ...requestWords], ownWordsOnly: new Set([...close, ...requestWords]) };
	}
	return { readings: scores.map((entry) => entry.language), ownWordsOnly: new Set() };
}

function firstInClauses(clauses: string[][], match: (clause: string[]) => Match | undefined): Match | undefined {
	for (const clause of clauses) {
		const found = match(clause);
		if (found) return found;
	}
	return undefined;
}

function matchOptOut(clause: string[], vocabulary: Vocabulary, scan: Scan, others: string[][] = [], asks = false): Match | undefined {
	// "took amoxicillin for 3 days and got a rash… should i stop it?": the catalogue's stop_medication_question.
	if (asks && asksWhetherToStop(clause) && others.some(takesATreatment)) return undefined;
	const position = others.indexOf(clause);
	const closes = !asks || position === 0;
	return (
		// "STOP, i sent the wrong photo": a lone "stop" before other business means "wait"; after it
		// ("not interested, stop", "no me interesa, baja") it closes the message.
		(others.every((other, at) => (at <= position && (closes || at === position)) || isTail(other, 0))
			? matchNearlyWhole(clause, vocabulary.keywords, scan)
			: undefined) ??
		// "aff, de novo essa mensagem? parem": a plural or infinitive stop closing the message.
		(others.length > 1 && closes && others[others.length - 1] === clause
			? (matchWhole(clause, CLOSING_STOPS) ??
				(others.some((other) => other.some(isMessageObject)) ? matchWhole(clause, CLOSING_ENOUGH) : undefined))
			: undefined) ??
		(closes && others[others.length - 1] === clause
			? (interjectedClosingStop(clause) ?? intensifiedClosingStop(clause, others))
			: undefined) ??
		matchPhrase(clause, vocabulary.phrases, scan, asks) ??
		matchVerbAndObject(clause, vocabulary, scan) ??
		matchRefusal(clause)
	);
}

/** Stops that close a message after an interjection, not "para" (for) nor "pare" ("que pare de doler"). */
const INTERJECTED_STOPS = new Set(['stop', 'parem', 'paren', 'parad']);

/**
 * "so many texts every day ugh stop", "mil promos por semana aff parem": written without a stop between, a sigh
 * before a stop that closes the message sets it apart as a clause of its own, in a clause that names the messages;
 * not "make the itching stop", nor a laugh ("the reminder text made me laugh lol stop" is praise).
 */
function interjectedClosingStop(clause: string[]): Match | undefined {
	let end = clause.length;
	while (end > 0 && POLITE_WORDS.has(clause[end - 1]) && !INTERJECTED_STOPS.has(clause[end - 1])) end--;
	const stop = end - 1;
	if (stop < 2 || !INTERJECTED_STOPS.has(clause[stop]) || !EXASPERATION_WORDS.has(clause[stop - 1])) return undefined;
	return clause.slice(0, stop - 1).some(isMessageObject) ? { text: clause[stop], clause } : undefined;
}

/** Words that insist on what follows: "en serio ya paren", "sério, parem", "seriously just stop", "for real stop". */
const INTENSIFIERS = ['en serio', 'de verdad', 'neta', 'serio', 'de verdade', 'seriously', 'srsly', 'honestly', 'for real', 'fr'].map(
	(text) => text.split(' '),
);

/**
 * "otro mensajito 🙃 en serio ya paren", "mais uma promo. sério, parem logo": an intensifier before a stop that closes
 * the message hides none of it. Opening its own clause it counts as the stop alone would; after other words of its
 * clause the messages must be named before it, as with a sigh: not "me duele la pata, en serio paren de darle eso".
 */
function intensifiedClosingStop(clause: string[], others: string[][]): Match | undefined {
	for (let at = 0; at < clause.length; at++) {
		const intensifier = INTENSIFIERS.find((words) => phraseAt(clause, words, at));
		if (!intensifier) continue;
		const stop = matchWhole(clause.slice(at + intensifier.length), CLOSING_STOPS);
		if (!stop) continue;
		const before = [...others.slice(0, others.indexOf(clause)).flat(), ...clause.slice(0, at)];
		if (at === 0 ? others.length > 1 : before.some(isMessageObject)) return { ...stop, clause };
	}
	return undefined;
}

/** "should i", "devo", "¿debo…?": the person asks what they should do, not the sender to do it. */
const SHOULD_I = ['should i', 'shall i', 'do i', 'must i', 'should we', 'devo', 'eu devo', 'debo', 'tengo que'].map((text) =>
	text.split(' '),
);
/** Taking or giving a medicine: "took amoxicillin", "tá tomando o antibiótico", "le doy la pastilla". */
const TAKING = new Set(
	'took taking take started give gives giving gave given tomei tomou tomando toma tomo dando dei demos tome doy di dimos'.split(' '),
);

/** The clause opens by asking whether oneself should (stop): "should i stop it?", "devo parar?". */
function asksWhetherToStop(clause: string[]): boolean {
	let start = 0;
	while (start < clause.length && (POLITE_WORDS.has(clause[start]) || clause[start] === 'so')) start++;
	return SHOULD_I.some((opening) => phraseAt(clause, opening, start));
}

/** A clause that takes or gives a medicine, or names one or another thing a shop sends ("took amoxicillin for 3 days", "the antibiotics"). */
function takesATreatment(clause: string[]): boolean {
	return clause.some((word) => TAKING.has(word) || inSet(word, THING_OBJECTS));
}

// ---- the rules -------------------------------------------------------------------------------

/** The entry is the entire message, give or take courtesy: "PARAR", "cancelar, obrigado". */
function matchWhole(all: string[], entries: Compiled[]): Match | undefined {
	let start = 0;
	let end = all.length;
	while (start < end && POLITE_WORDS.has(all[start])) start++;
	while (end > start && POLITE_WORDS.has(all[end - 1])) end--;
	if (end - start > 1 && FAREWELL_WORDS.has(all[end - 1])) end--;
	const core = all.slice(start, end);
	const entry = entries.find((candidate) => candidate.words.length === core.length && phraseAt(core, candidate.words, 0));
	return entry && { text: entry.text, clause: all, language: entry.language };
}

/**
 * The entry fills the clause except for an intent before it ("eu quero", "I want to") and filler
 * after it ("da lista de vocês", "por favor"): "quero sair" yes, "quero sair mais cedo" no.
 */
function matchNearlyWhole(clause: string[], entries: Compiled[], scan: Scan): Match | undefined {
	let negatedSoFar = false;
	for (let start = 0; start < clause.length; start++) {
		for (const entry of entries) {
			const end = looseMatchAt(clause, start, entry.words);
			if (end === -1 || !isTail(clause, end)) continue;
			if (negatedSoFar) {
				scan.negated = true;
				continue;
			}
			return { text: entry.text, clause, language: entry.language };
		}
		const word = clause[start];
		if (NEGATIONS.has(word)) negatedSoFar = true;
		else if (!POLITE_WORDS.has(word) && !INTENT_WORDS.has(word)) return undefined;
	}
	return undefined;
}

/** Openings that call the message something ("isso é spam", "esto es acoso", "this is harassment"). */
const CALLING = ['isso e', 'isso ja e', 'isto e', 'esto es', 'esto ya es', 'eso es', 'this is', 'that is', 'thats', 'its', 'it is'].map(
	(text) => text.split(' '),
);
const callsItSomething = (words: string[]): boolean =>
	CALLING.some((opening) => words.length > opening.length && phraseAt(words, opening, 0));

/** A context-free phrase anywhere in the clause, unless negated ("não quero me descadastrar"). */
function matchPhrase(clause: string[], phrases: CompiledPhrase[], scan: Scan, asks = false): Match | undefined {
	const index = firstWordIndex(phrases);
	for (let at = 0; at < clause.length; at++) {
		for (const phrase of candidatesAt(index, clause[at])) {
			if (!phraseAt(clause, phrase.words, at)) continue;
			if (phrase.tail === 'clean' && !isTail(clause, at + phrase.words.length)) continue;
			// "isso é spam?" asks about a link, "isso é assédio moral no trabalho" names another harassment: a name given to the
			// messages counts closing its clause, not asked.
			if (callsItSomething(phrase.words) && (asks || !isTail(clause, at + phrase.words.length))) continue;
			// "pode parar de mandar o remédio?", "can you stop sending the food?": a medicine or a delivery, no messages.
			if (endsInSend(phrase.words) && sendsAThing(clause, at + phrase.words.length, clause.length)) continue;
			// "hisses at the kitten like 'leave me alone'": what the pet seems to say.
			if (introducedAsSaid(clause, at)) continue;
			if (negatedBefore(clause, at)) {
				scan.negated = true;
				continue;
			}
			return { text: phrase.text, clause, language: phrase.language };
		}
	}
	return undefined;
}

interface FirstWordIndex {
	phrases: CompiledPhrase[];
	/** Positions in `phrases` by first word. */
	exact: Map<string, number[]>;
	/** Positions of phrases whose first word is long enough to be matched with a typo. */
	fuzzy: number[];
}

const firstWordIndexes = new WeakMap<CompiledPhrase[], FirstWordIndex>();

/** Phrases by their first word, so a long message is not compared with every phrase at every word. */
function firstWordIndex(phrases: CompiledPhrase[]): FirstWordIndex {
	let index = firstWordIndexes.get(phrases);
	if (!index) {
		index = { phrases, exact: new Map(), fuzzy: [] };
		phrases.forEach((phrase, at) => {
			const first = phrase.words[0];
			if (first === undefined) return;
			const list = index!.exact.get(first);
			if (list) list.push(at);
			else index!.exact.set(first, [at]);
			if (first.length >= 7) index!.fuzzy.push(at);
		});
		firstWordIndexes.set(phrases, index);
	}
	return index;
}

/** The phrases that may start at this word, in their list order. */
function candidatesAt(index: FirstWordIndex, word: string): CompiledPhrase[] {
	const exact = index.exact.get(word) ?? [];
	const fuzzy = word.length >= 6 ? index.fuzzy.filter((at) => sameWord(word, index.phrases[at].words[0])) : [];
	if (fuzzy.length === 0) return exact.map((at) => index.phrases[at]);
	return [...new Set([...exact, ...fuzzy])].sort((a, b) => a - b).map((at) => index.phrases[at]);
}

/**
 * A stop verb followed, through articles and "de me mandar", by a messaging object ("pare de me
 * mandar mensagens", "stop the notifications"), or a remove verb followed by "da lista" and
 * nothing else ("me tira da lista", not "me tira da lista de espera").
 */
function matchVerbAndObject(clause: string[], vocabulary: Vocabulary, scan: Scan): Match | undefined {
	for (let at = 0; at < clause.length; at++) {
		for (const { verb, removesOnly } of vocabulary.verbs) {
			if (!sameWord(clause[at], verb.word) || reportsStop(clause, at)) continue;
			let next = at + 1;
			if (verb.needs) {
				if (clause[next] !== verb.needs) continue;
				next++;
			}
			let sawFrom = false;
			let sawReceive = false;
			for (let gap = 0; gap < 5 && next < clause.length && isBridge(clause[next]); gap++) {
				sawFrom ||= FROM_WORDS.has(clause[next]);
				sawReceive ||= inSet(clause[next], RECEIVE_WORDS);
				next++;
			}
			// "dejé de recibir los recordatorios", "parou de receber": the customer tells what happened;
			// a request to stop receiving takes the infinitive ("quero parar de receber").
			if (sawReceive && verb.needs && !/r$/.test(clause[at])) continue;
			const object = clause[next];
			if (object === undefined) continue;
			const takesOffList = inSet(object, LIST_OBJECTS) && sawFrom && isTail(clause, next + 1);
			const stopsMessages = !removesOnly && isMessageObject(object);
			if (!takesOffList && !stopsMessages) continue;
			if (negatedBefore(clause, at)) {
				scan.negated = true;
				continue;
			}
			return { text: `${clause[at]}${verb.needs ? ` ${verb.needs}` : ''} … ${object}`, clause };
		}
	}
	return undefined;
}

/** "em NENHUM deles quero receber", "en NINGUNO quiero recibir": a none put first negates the want after it. */
const NONE_WORDS = new Set('nenhum nenhuma ninguno ninguna none'.split(' '));
/** What a none may take before the want: "nenhum DELES", "ninguno DE ELLOS", "none OF THEM". */
const NONE_OF_WORDS = new Set('deles delas dessas desses de ellos ellas estos estas of them these those'.split(' '));

/** "não quero mais receber", "no quiero recibir más", "I don't want any more messages". */
function matchRefusal(clause: string[]): Match | undefined {
	for (let at = 0; at < clause.length; at++) {
		const none = NONE_WORDS.has(clause[at]);
		if (!NEGATIONS.has(clause[at]) && !none) continue;
		let want = at + 1;
		if (none) while (want < at + 3 && NONE_OF_WORDS.has(clause[want])) want++;
		else while (want < at + 3 && REFUSAL_GAP_WORDS.has(clause[want])) want++;
		if (!WANT_WORDS.has(clause[want])) continue;
		let next = want + 1;
		let sawReceive = false;
		for (let gap = 0; gap < 6 && next < clause.length && isBridge(clause[next]); gap++) {
			sawReceive ||= inSet(clause[next], RECEIVE_WORDS);
			next++;
		}
		const object = clause[next];
		if ((object !== undefined && isMessageObject(object)) || (sawReceive && isTail(clause, next))) {
			return { text: `${clause[at]} ${clause[want]} … ${object ?? clause[next - 1]}`, clause };
		}
	}
	return undefined;
}

// ---- near misses for layer 2 ---------------------------------------------------------------------

function looksLikeOptOut(clause: string[]): boolean {
	const hasObject = clause.some(isObject);
	if (!hasObject && !clause.some((word) => inSet(word, RECEIVE_WORDS))) return false;
	const hasStopVerb = clause.some((word, at) => isStopVerb(word, clause[at + 1]));
	const hasRefusal = clause.some((word, at) => NEGATIONS.has(word) && clause.slice(at + 1, at + 4).some((next) => WANT_WORDS.has(next)));
	const hasComplaint = clause.some((word) => COMPLAINT_WORDS.has(word));
	return (hasObject && (hasStopVerb || hasComplaint)) || hasRefusal;
}

/** Nothing but messaging objects and filler, if anything: "🚫 mensagens", "⛔ promos pls". */
function isOnlyMessages(all: string[]): boolean {
	return all.every((word) => isObject(word) || isBridge(word) || POLITE_WORDS.has(word)) && (all.length === 0 || all.some(isMessageObject));
}

/** "quero cancelar", "pode parar", "cancela tudo": a stop verb and nothing that says what it stops. */
function isLoneStopVerb(all: string[]): boolean {
	const core = all.filter((word) => !POLITE_WORDS.has(word) && !INTENT_WORDS.has(word) && !TAIL_WORDS.has(word));
	return core.length === 1 && isStopVerb(core[0]);
}

// ---- word helpers ----------------------------------------------------------------------------

/** `next` is the word after; verbs such as "para" are verbs only with theirs ("para de"). */
function isStopVerb(word: string, next?: string): boolean {
	const fits = (verb: StopVerb): boolean => sameWord(word, verb.word) && (!verb.needs || verb.needs === next);
	return STOP_VERBS.some(fits) || REMOVE_VERBS.some(fits);
}

/** Articles, pronouns and "de me mandar" between a verb and its object. */
function isBridge(word: string): boolean {
	return inSet(word, BRIDGE_WORDS) && !isObject(word);
}

function isMessageObject(word: string): boolean {
	return inSet(word, MESSAGE_OBJECTS) || inSet(word, MARKETING_OBJECTS);
}

function isObject(word: string): boolean {
	return isMessageObject(word) || inSet(word, LIST_OBJECTS) || swapsLetters(word, LIST_OBJECTS);
}

/** Everything from `from` on is filler that does not change a request's meaning. */
function isTail(clause: string[], from: number): boolean {
	for (let at = from; at < clause.length; at++) {
		const word = clause[at];
		if (!TAIL_WORDS.has(word) && !POLITE_WORDS.has(word) && !isObject(word) && !inSet(word, BRIDGE_WORDS)) return false;
	}
	return true;
}

/** A negation just before `at`, allowing "quero", "vou", "to"... in between: "não quero parar". */
function negatedBefore(clause: string[], at: number): boolean {
	let before = at - 1;
	for (let gap = 0; gap < 3 && before >= 0 && !NEGATIONS.has(clause[before]) && NEGATION_GAP_WORDS.has(clause[before]); gap++) {
		before--;
	}
	return before >= 0 && NEGATIONS.has(clause[before]);
}

/**
 * `phrase` at `start`, allowing articles and objects between its words so that "voltar a
 * receber" also matches "voltar a receber as mensagens" and "receber de novo" matches
 * "receber mensagens de novo". Returns the index after the match, or -1.
 */
function looseMatchAt(words: string[], start: number, phrase: string[]): number {
	if (start >= words.length || !sameWord(words[start], phrase[0])) return -1;
	let at = start + 1;
	for (let index = 1; index < phrase.length; index++) {
		let gap = 0;
		while (at < words.length && gap < 3 && !sameWord(words[at], phrase[index]) && (isBridge(words[at]) || isObject(words[at]))) {
			at++;
			gap++;
		}
		if (at >= words.length || !sameWord(words[at], phrase[index])) return -1;
		at++;
	}
	return at;
}

// ---- language ----------------------------------------------------------------------------------

/**
 * The language with the clearest markers (the shared detector): the fallback unless one language
 * scores at least 2 and beats the others ("STOP" alone is typed in Brazil too, so it keeps the fallback).
 */
export function guessLanguage(words: string[], fallback: Language = DEFAULT_LANGUAGE, hint?: Language): Language {
	return guessSharedLanguage(words, fallback, hint);
}

// ---- vocabulary ------------------------------------------------------------------------------

// Longest first, so that "voltar a receber" is reported rather than "voltar".
const longestFirst = <T extends { words: string[] }>(list: T[]): T[] => [...list].sort((a, b) => b.words.length - a.words.length);
const compileIn =
	(reading: Language) =>
	(entry: Entry): Compiled => ({ text: entry.text, words: wordsOf(entry.text, reading), language: entry.language });
const compileCustomIn =
	(reading: Language) =>
	(text: string): Compiled => ({ text, words: wordsOf(text, reading) });

const vocabularies = new Map<string, Vocabulary>();
const VOCABULARY_CACHE_LIMIT = 32;

/** The compiled lists for these options, read in one language; cached because node parameters repeat on every item. */
function vocabularyFor(options: DetectOptions, reading: Language): Vocabulary {
	const key = JSON.stringify([reading, options.extraOptOut ?? [], options.extraOptIn ?? [], options.ignore ?? []]);
	let vocabulary = vocabularies.get(key);
	if (!vocabulary) {
		if (vocabularies.size >= VOCABULARY_CACHE_LIMIT) vocabularies.clear();
		vocabulary = buildVocabulary(options, reading);
		vocabularies.set(key, vocabulary);
	}
	return vocabulary;
}

function buildVocabulary(options: DetectOptions, reading: Language): Vocabulary {
	const compile = compileIn(reading);
	const compileCustom = compileCustomIn(reading);
	const ignored = (options.ignore ?? []).map((text) => wordsOf(text, reading)).filter((words) => words.length > 0);
	// An ignored word takes its one-typo neighbours along: ignoring "cancelar" also drops "cancela".
	const isIgnored = (words: string[]): boolean =>
		ignored.some(
			(other) =>
				other.length === words.length && other.every((word, index) => sameWord(word, words[index]) || sameWord(words[index], word)),
		);
	const kept = <T extends { words: string[] }>(list: T[]): T[] => list.filter((entry) => entry.words.length > 0 && !isIgnored(entry.words));
	const extraOut = (options.extraOptOut ?? []).map(compileCustom).filter((entry) => entry.words.length > 0);
	const extraIn = (options.extraOptIn ?? []).map(compileCustom).filter((entry) => entry.words.length > 0);
	return {
		bare: [...kept([...BARE_OPT_OUT, ...CATALOGUE_KEYWORDS].map(compile)), ...extraOut.filter((entry) => entry.words.length === 1)],
		keywords: longestFirst(kept(OPT_OUT_KEYWORDS.map(compile))),
		// The package's own lists first, then the catalogue's (so "matched" names the shorter, stable entry).
		phrases: [
			...longestFirst(kept(OPT_OUT_PHRASES.map((phrase) => ({ ...compile(phrase), tail: phrase.tail })))),
			...longestFirst(kept(CATALOGUE_PHRASES.map((phrase) => ({ ...compile(phrase), tail: phrase.tail })))),
			...extraOut.filter((entry) => entry.words.length > 1).map((entry) => ({ ...entry, tail: 'free' as const })),
		],
		optIn: longestFirst([...kept(OPT_IN_KEYWORDS.map(compile)), ...extraIn]),
		optInCatalogue: longestFirst(kept(CATALOGUE_OPT_IN.map(compile))),
		ignored,
		// Not subject to `ignore`: switching off the bare "cancelar" must not let "cancelar as mensagens" through.
		verbs: [...STOP_VERBS.map((verb) => ({ verb, removesOnly: false })), ...REMOVE_VERBS.map((verb) => ({ verb, removesOnly: true }))],
	};
}
