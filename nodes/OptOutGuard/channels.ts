// A channel preference is no opt-out: "dnt call before 9, text is fine", "não me liga, manda mensagem", "no me
// llames, escríbeme" refuse phone calls while asking for the messages this node sends. A refusal of calls that
// leaves writing open, beside a channel of writing asked for, is read out of the message, and the rest decides
// ("don't call me, text me, and take me off the promo list" still leaves the list). A refusal that goes on to
// writing ("don't call or text me", "não me liga nem manda mensagem", "don't call, text or email me") refuses the
// messages too and stays; so does "stop texting me, call me if it's urgent", where the messages are the refused channel.
import { NEGATIONS, NEGATION_GAP_WORDS, STOP_VERBS } from './phrases';
import { phraseAt, sameWord } from './words';

const words = (list: string): Set<string> => new Set(list.split(' '));

/** The phone, as a verb or a noun: "call", "ligar", "llámenme" (folded). */
const CALL_WORDS = words(
	'call calls calling ring ringing phone phoning ' +
		'ligar liga ligue liguem ligarem ligando ligacao ligacoes telefonar telefone telefonem telefonema telefonemas ' +
		'llamar llama llame llames llamen llamarme llamenme llamando llamada llamadas telefonear',
);

/** Ways of writing to someone, this node's messages among them: "text", "manda mensagem", "escríbeme", "por aqui". */
const WRITE_CHANNELS: readonly string[][] = [
	...'text texts texting txt message messages messaging msg msgs whatsapp whats wpp zap wa sms email emails mail write'.split(' '),
	...'mensagem mensagens mensagi escreve escrever escreva escrevam manda mandar mande mandem envia enviar envie enviem'.split(' '),
	...'mensaje mensajes escribe escribeme escribanme escribir escribirme escribime escribas escriban escriba'.split(' '),
	...'mandame mandenme manden mandes enviame envien envies'.split(' '),
	'por aqui',
	'por aca',
	'on here',
	'por escrito',
	'in writing',
].map((channel) => channel.split(' '));

/** What may stand between a negator and the call it refuses: "não PRECISA (me) ligar", "no HACE FALTA QUE ME llamen", "no NEED TO call". */
const CALL_GAP_WORDS = new Set([...NEGATION_GAP_WORDS, 'hace', 'falta', 'vuelvan', 'volver', 'a', 'please', 'pls', 'porfa']);
/** Words joining one refused channel to the next: "don't call OR text", "não me liga E NEM manda mensagem". */
const JOINING_WORDS = words('or nor and ou e nem o ni y tampoco either');
/** What a joined refusal repeats before its channel: "and DO not text", "e DE mandar", "ni ME escribas". */
const LINKING_WORDS = words('do de me');
/** The person called, dropped with the call: "don't call ME", "não liga PRA MIM". */
const CALLED_WORDS = words('me mim pra para mi us');

/** How many words back a negator or stop verb takes a channel of writing: "do not want MESSAGES", "stop these TEXTS". */
const REFUSAL_REACH = 3;

interface Span {
	start: number;
	end: number;
}

/** The channel of writing at `at`, if any: its length in words. */
function writeChannelAt(all: readonly string[], at: number): number {
	return WRITE_CHANNELS.find((channel) => phraseAt(all as string[], channel, at))?.length ?? 0;
}

const isStopVerb = (word: string): boolean => STOP_VERBS.some((verb) => sameWord(word, verb.word));
/** A stop verb at `at` with the word it needs after it: "parem", "dejen DE", not "para" (for). */
const stopsAt = (all: readonly string[], at: number): boolean =>
	STOP_VERBS.some((verb) => sameWord(all[at], verb.word) && (!verb.needs || all[at + 1] === verb.needs));

/** A negator or a stop verb takes the words up to REFUSAL_REACH after it, within its clause. */
function refusedAt(clause: readonly string[], at: number): boolean {
	for (let before = at - 1; before >= 0 && before >= at - REFUSAL_REACH; before--) {
		if (NEGATIONS.has(clause[before]) || isStopVerb(clause[before])) return true;
	}
	return false;
}

/** Skips the words joining one channel to the next ("or", "e nem", "and do not", "ni me") from `at`. */
function pastJoining(all: readonly string[], at: number): number {
	while (at < all.length && (JOINING_WORDS.has(all[at]) || NEGATIONS.has(all[at]) || LINKING_WORDS.has(all[at]))) at++;
	return at;
}

/**
 * Whether the words from `at` join a channel of writing to the call refused before them: "or text", "e nem manda
 * mensagem", or a list of channels, "text or email me", "mandem mensagem ou e-mail", "calls, texts or postcards".
 */
function joinsWriting(all: readonly string[], at: number): boolean {
	const joined = pastJoining(all, at);
	if (joined > at) return writeChannelAt(all, joined) > 0;
	let after = at;
	for (let channel = writeChannelAt(all, after); channel > 0; channel = writeChannelAt(all, after)) after += channel;
	if (after === at) return false;
	while (CALLED_WORDS.has(all[after])) after++;
	return JOINING_WORDS.has(all[after]);
}

/**
 * The refusal of a call starting at the negator or stop verb `at` of the message's words ("não me liga", "stop
 * calling", "dejen de llamarme"), if any: up to the call and whom it calls; or word that it refuses writing too.
 */
function callRefusalAt(all: readonly string[], at: number): Span | 'refuses writing' | undefined {
	if (!NEGATIONS.has(all[at]) && !stopsAt(all, at)) return undefined;
	let call = at + 1;
	for (let gap = 0; gap < 4 && call < all.length && !CALL_WORDS.has(all[call]) && CALL_GAP_WORDS.has(all[call]); gap++) call++;
	if (!CALL_WORDS.has(all[call])) return undefined;
	let end = call + 1;
	while (end < all.length && CALLED_WORDS.has(all[end])) end++;
	return joinsWriting(all, end) ? 'refuses writing' : { start: all[at - 1] === 'do' ? at - 1 : at, end };
}

/**
 * The clauses with each refusal of a call taken out, when the message refuses calls only and asks for a channel of
 * writing elsewhere; otherwise the clauses as they are.
 */
export function withoutCallPreference(clauses: string[][]): string[][] {
	const all = clauses.flat();
	const refusals: Span[] = [];
	for (let at = 0; at < all.length; at++) {
		const refusal = callRefusalAt(all, at);
		if (refusal === 'refuses writing') return clauses;
		if (refusal) {
			refusals.push(refusal);
			at = refusal.end - 1;
		}
	}
	if (refusals.length === 0) return clauses;
	const refused = (at: number) => refusals.some((span) => span.start <= at && at < span.end);
	const starts = clauses.map((_, index) => clauses.slice(0, index).reduce((length, clause) => length + clause.length, 0));
	const asksForWriting = clauses.some((clause, index) =>
		clause.some((_, at) => !refused(starts[index] + at) && writeChannelAt(clause, at) > 0 && !refusedAt(clause, at)),
	);
	if (!asksForWriting) return clauses;
	return clauses.map((clause, index) => clause.filter((_, at) => !refused(starts[index] + at))).filter((clause) => clause.length > 0);
}
