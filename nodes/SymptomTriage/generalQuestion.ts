// A general question: one that asks about a red flag nobody in the message has ("quantos minutos
// de convulsão é considerado grave?", "la meningitis se contagia?", "how fast does sepsis kill?").
// The rules read its red flags as a topic, not a complaint. Three things must all hold, so that a
// short report with a question mark ("dor no peito e falta de ar?") still counts:
//   - it asks in a general frame: "é grave?", "é verdade que", "how much … is an overdose";
//   - it names no one: no pronoun, relative, pet, patient, "someone" or capitalised name ("you"
//     is the clinic; a bare noun after a preposition is anyone: "infarto em mulher", "in dogs"),
//     and no case at hand: "agora", "right now", "vc acha q é grave?", "forte", "can't";
//   - it tells no event: no verb in the past or going on ("vomitei sangue, é grave?", "thor comeu
//     chocolate, é grave?", "ta convulsionando faz 6 min").
// The learned layer still reads the message: it can raise one the rules let go.
import type { Clause, Word } from './normalize';

/** Folded pronouns, verbs of being and feeling, and words of a case at hand, that put someone in the message. */
const SOMEONE = words(
	'eu mim me comigo meu minha meus minhas nosso nossa nossos nossas nos ele ela eles elas dele dela alguem',
	'tenho estou to ta esta estamos sinto sou tava estava',
	'yo mi mis nuestro nuestra nosotros ella ellos ellas alguien tengo tiene estoy siento soy estaba ando',
	'i im ive id my mine our we us he she they him her his hers them someone somebody feel feeling has',
	// A case at hand: now, an opinion asked on it, how bad it is, what cannot be done.
	'agora agorinha hoje hj ontem ja ahora hoy ayer ya now today tonight yesterday right',
	'acha acham think crees cree creen forte muito muita mucho mucha lots severe bad terrible consegue cant cannot couldnt',
);
/** Folded nouns for a patient: someone in the message, unless bare after a preposition ("infarto em mulher", "in dogs"). */
const PATIENTS = words(
	'filho filha filhos filhas filhote filhotes bebe bebezinho nene crianca menino menina moleque guri guria pai mae mamae papai',
	'avo vo vovo marido esposa esposo mulher namorado namorada irmao irma tio tia primo prima sobrinho sobrinha neto neta sogra sogro',
	'amigo amiga vizinho vizinha colega chefe gestante gravida paciente cachorro cachorra cadela cao gato gata gatinho gatinha',
	'coelho passaro cavalo',
	'hijo hija hijos hijas nino nina chaval chavala guagua papa mama abuelo abuela abuelita abuelito novio novia hermano hermana',
	'sobrino sobrina nieto nieta suegra suegro vecino vecina jefe embarazada perro perra perrito perrita gatito gatita conejo pajaro caballo',
	'son daughter kid kids baby bub bubs toddler child boy girl dad mum mom mother father grandma grandad grandpa gran granny nan',
	'husband wife partner boyfriend girlfriend brother sister uncle aunt cousin nephew niece grandson granddaughter friend mate',
	'neighbour neighbor boss pregnant patient dog doggo pup puppy cat kitty kitten rabbit bunny bird horse',
);
const GENERIC_AFTER = words('em en in pra para for');

function words(...lines: string[]): Set<string> {
	return new Set(lines.join(' ').split(' '));
}

/** Past forms that end in no regular ending: an event, so no general question. */
const EVENTS = words(
	'comi bebi engoli senti tossi sai dormi cai comio tomo cayo vomito trago mordio pico tome vomite desmaye trague ate took fell got had bit was were been',
);
/** Regular past endings, pt "-ei/-ou/-eu/-iu" (vomitei, desmaiou, comeu, caiu) and en "-ed" (not "-eed": "nosebleed"), and pt/es gerunds ("ta convulsionando"). */
const EVENT_ENDING = /(ei|ou|eu|iu|ed|ando|endo|indo)$/;

/** A question that asks about a sign or illness in general, whoever might have it (folded words, joined by spaces). */
const GENERAL_FRAME = new RegExp(
	` (${[
		'(e|eh|es|son|sao|is|are) ((sempre|siempre|always) )?(grave|graves|perigos\\w*|peligros\\w*|serious|dangerous|normal|sinal|senal|sintoma|sign|comum|comun|common|verdade|verdad|true|mito|myth|considerad\\w*|contagios\\w*|mortal|deadly|fatal)',
		'quanto tempo',
		'cuanto tiempo',
		'quant[oa]s?',
		'cuant[oa]s?',
		'how (fast|long|much|many|often|quickly|soon|do you|can you|to|would you|does|do)',
		'(qual|quais|cual|cuales) ((e|es|sao|son) )?((a|la|el|as|os|las|los) )?(diferenca|diferencia|dose|dosis|sinais|senales|sintomas)',
		'difference',
		'diferenca',
		'diferencia',
		'o que (e|eh|fazer|faz|acontece|causa)',
		'que (es|hacer|causa|pasa)',
		'what (is|are|causes|happens|to do|does)',
		'como (saber|se sabe|sei|identificar|reconhecer|reconocer|diferenciar|distinguir|tratar|prevenir|evitar|se previene|se evita|se contagia|se pega|se transmite)',
		'how (do|can|would) (you|one) (tell|know|recognise|recognize|spot|prevent|avoid)',
		'(pode|puede|can|could) (causar|cause|matar|kill|dar|provocar|lead)',
		'(can|do|does) (dogs|cats|puppies|kittens|babies|kids|children|people|pets) (get|have|catch)',
		'(se|it) (pega|contagia|transmite|previene|spreads?)',
		// What animals do in general: "do snakes bite dogs much around here?", "as cobras picam cachorro?".
		'(snakes|spiders|ticks|toads|bees|wasps|scorpions) (bite|sting|attack|kill|hurt)',
		'(serpientes|viboras|aranas|garrapatas|sapos|abejas|avispas|alacranes|escorpiones) (muerden|pican|atacan|matan)',
		'(cobras|aranhas|carrapatos|sapos|abelhas|vespas|escorpioes) (mordem|picam|atacam|matam)',
		'(tem|hay|is there|are there) (cura|vacina|vacuna|tratamento|tratamiento|cure|vaccine|treatment)',
		'pega pelo',
		'passa pel[oa]',
		'se pasa por',
		'por que',
		'porque',
		'why',
		'always',
		'siempre',
		'sempre',
		'e verdade',
		'es verdad',
		'is it true',
		'(a |um |un )?(myth|mito)',
		'warning signs',
		'(da|dao|causa|causam|tem|cause|causes|give) (sintoma|sintomas|symptoms)',
		'sinais de alerta',
		'signos de alarma',
	].join('|')}) `,
);

/** Opening words of a question written without a question mark ("how much paracetamol is an overdose for an adult"). */
const OPENER =
	/^(how|what|is|are|does|do|can|why|which|quanto|quantos|quantas|qual|quais|como|o que|por que|porque|cual|cuales|cuanto|cuantos|que|es verdad|e verdade) /;

const OPENER_WORDS = words(
	'how what is are does do can why which quanto quantos quantas qual quais como o por cual cuales cuanto cuantos que es e',
);

/** A capitalised word that does not start a sentence: a name ("is Thor's cough serious?"). */
function namesSomeone(message: string, words: readonly Word[]): boolean {
	for (let w = 1; w < words.length; w++) {
		const first = message.charCodeAt(words[w].start);
		const second = message.charCodeAt(words[w].start + 1);
		if (!isUpper(first) || !(second >= 97 && second <= 122)) continue;
		// A place, not a person: "around Sydney", "em Curitiba".
		if (PLACE_BEFORE.has(words[w - 1].text)) continue;
		// After . ! ? a capital starts a sentence.
		let before = words[w].start - 1;
		while (before >= 0 && message[before] === ' ') before--;
		if (before >= 0 && !'.!?'.includes(message[before])) return true;
	}
	return false;
}

const PLACE_BEFORE = words('around near in at em na no en cerca perto');

const isUpper = (code: number) => (code >= 65 && code <= 90) || (code >= 192 && code <= 222);

/** `span`: the sentence asked about, as character offsets in the message; the whole message by default. */
export function isGeneralQuestion(message: string, clauses: readonly Clause[], span?: readonly [number, number]): boolean {
	// Most messages ask nothing: a question mark or an opening question word is looked for first,
	// then the word lookups, and the frame's long pattern last.
	const asks = span ? message.slice(span[0], span[1]).includes('?') : message.includes('?');
	if (!asks && !OPENER_WORDS.has(clauses.find((clause) => clause.length > 0)?.[0].text ?? '')) return false;
	const words = clauses.flat();
	if (words.length === 0) return false;
	for (let w = 0; w < words.length; w++) {
		const { text } = words[w];
		// "a bit" is an amount, not a bite.
		if (SOMEONE.has(text) || (EVENTS.has(text) && !(text === 'bit' && words[w - 1]?.text === 'a'))) return false;
		if (PATIENTS.has(text) && !(w > 0 && GENERIC_AFTER.has(words[w - 1].text))) return false;
		if (text.length >= 4 && EVENT_ENDING.test(text) && !text.endsWith('eed')) return false;
	}
	const joined = ` ${words.map((word) => word.text).join(' ')} `;
	if (!asks && !OPENER.test(joined.slice(1))) return false;
	return GENERAL_FRAME.test(joined) && !namesSomeone(message, words);
}

/** What ends a sentence between two clauses. */
export const SENTENCE_END = /[.!?\n…]/;

/**
 * Per clause, 1 when its sentence alone is a general question and the message goes on or began with another
 * ("meningite pega pelo ar? saiu no grupo da escola que um aluno teve"); undefined when the message asks nothing.
 */
export function generalSentences(message: string, clauses: readonly Clause[]): Uint8Array | undefined {
	if (!message.includes('?') || clauses.length < 2) return undefined;
	let flags: Uint8Array | undefined;
	let first = 0;
	for (let c = 1; c <= clauses.length; c++) {
		const previous = clauses[c - 1];
		const next = clauses[c];
		if (c < clauses.length && (previous.length === 0 || next.length === 0)) continue;
		if (c < clauses.length && !SENTENCE_END.test(message.slice(previous[previous.length - 1].end, next[0].start))) continue;
		const sentence = clauses.slice(first, c);
		const from = sentence.find((clause) => clause.length > 0)?.[0].start ?? 0;
		const to = c < clauses.length ? next[0].start : message.length;
		// The whole message is isGeneralQuestion's to decide.
		if (!(first === 0 && c === clauses.length) && isGeneralQuestion(message, sentence, [from, to])) {
			flags ??= new Uint8Array(clauses.length);
			flags.fill(1, first, c);
		}
		first = c;
	}
	return flags;
}
