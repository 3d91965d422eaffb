// Does the customer object to the price? Pure rules over folded words (the Opt-Out Guard's word
// pipeline: no case or accents, stretched letters squeezed, chat spellings mapped, clauses split
// at punctuation), in Portuguese, Spanish and English. Only an objection unlocks the discount
// link, so the rules lean to precision:
// - "caro"/"cara" are also "dear" ("Caro João") and, for "cara", "dude" ("cara, quero comprar"):
//   they count only as a judgement ("tá caro", "muito cara", "caro demais", "é caro?") or, for
//   "caro", as a clause on its own ("Caro!");
// - a negator shortly before the words cancels them ("não é caro", "no es caro", "not
//   expensive"); negators that belong to the phrase ("não tenho dinheiro") are part of it;
// - look-alikes are different words and never match: "carro", "caroço", "inexpensive",
//   "descontar", "barato" (unless "não é barato").
import { clausesOf } from '../OptOutGuard/words';

export type ObjectionLanguage = 'pt' | 'es' | 'en';

export interface PriceObjection {
	objection: boolean;
	/** The words that decided, folded, e.g. 'esta caro' (chat spellings spelled out) or 'desconto'. */
	matched?: string;
	language?: ObjectionLanguage;
}

interface Entry {
	words: string[];
	language: ObjectionLanguage;
	/** Needs a judgement around it (a copula, an intensifier, "demais"...) or, if `alone`, to stand alone. */
	ambiguous?: { alone: boolean };
	/**
	 * A request word (discount, coupon): "não tem desconto?" still asks for one, so only a refusal
	 * cancels it ("não quero desconto", "I don't need a coupon").
	 */
	request?: true;
}

const wordsOf = (text: string): string[] => (clausesOf(text)[0] ?? []).slice();
const entry = (text: string, language: ObjectionLanguage, ambiguous?: { alone: boolean }): Entry => ({
	words: wordsOf(text),
	language,
	...(ambiguous ? { ambiguous } : {}),
});
const list = (language: ObjectionLanguage, texts: string[]) => texts.map((text) => entry(text, language));
const requests = (language: ObjectionLanguage, texts: string[]): Entry[] =>
	texts.map((text) => ({ ...entry(text, language), request: true }));

// Words that name the price, the lack of money or a discount: an objection wherever they appear.
const ENTRIES: Entry[] = [
	...list('pt', [
		'não tenho dinheiro',
		'não tenho grana',
		'não tenho esse dinheiro',
		'não tenho como pagar',
		'sem dinheiro',
		'sem grana',
		'tô duro',
		'tô liso',
		'não posso pagar',
		'não consigo pagar',
		'não dá pra pagar',
		'não dá para pagar',
		'não cabe no bolso',
		'não cabe no meu bolso',
		'não cabe no orçamento',
		'não cabe no meu orçamento',
		'fora do orçamento',
		'fora do meu orçamento',
		'mais barato',
		'mais em conta',
		'preço alto',
		'preço salgado',
		'preço puxado',
		'abaixar o preço',
		'baixar o preço',
		'abaixa o preço',
		'baixa o preço',
		'muito dinheiro',
		'não é barato',
		'nada barato',
		'não tá barato',
		'não está barato',
		'pesou no bolso',
		'pesado pro bolso',
	]),
	...list('es', [
		'no tengo dinero',
		'no tengo plata',
		'no tengo lana',
		'no tengo pasta',
		'sin dinero',
		'sin plata',
		'no me alcanza',
		'no puedo pagar',
		'no puedo pagarlo',
		'fuera de mi presupuesto',
		'más barato',
		'precio alto',
		'precio muy alto',
		'costoso',
		'muy costoso',
		'no es barato',
		'nada barato',
	]),
	...list('en', [
		'expensive',
		'pricey',
		'overpriced',
		'too pricey',
		'too much money',
		'cant afford',
		'cannot afford',
		'can not afford',
		'couldnt afford',
		'no money',
		'dont have the money',
		'dont have money',
		'dont have enough money',
		'do not have the money',
		'do not have money',
		'not enough money',
		'out of my budget',
		'over my budget',
		'over budget',
		'cheaper',
		'price is high',
		'price is too high',
		'too high a price',
		'not cheap',
		'isnt cheap',
		'lower the price',
		'costs too much',
		'cost too much',
	]),
	...requests('pt', ['desconto', 'descontos', 'descontinho', 'cupom', 'cupons', 'promoção', 'promoções']),
	...requests('es', ['descuento', 'descuentos', 'descuentito', 'cupón', 'cupones', 'promoción', 'rebaja', 'rebajas']),
	...requests('en', ['discount', 'discounts', 'coupon', 'coupons', 'promo code', 'voucher', 'promotion']),
	// Judgements of the price that need context.
	entry('caro', 'pt', { alone: true }),
	entry('caros', 'pt', { alone: true }),
	entry('cara', 'pt', { alone: false }),
	entry('caras', 'pt', { alone: false }),
	entry('caríssimo', 'pt', { alone: true }),
	entry('caríssima', 'pt', { alone: true }),
	entry('carísimo', 'es', { alone: true }),
	entry('carísima', 'es', { alone: true }),
	entry('salgado', 'pt', { alone: false }),
	entry('salgada', 'pt', { alone: false }),
	entry('puxado', 'pt', { alone: false }),
	entry('puxada', 'pt', { alone: false }),
];

const wordSet = (text: string) => new Set(text.split(' ').flatMap(wordsOf));

// Before an ambiguous word: "tá caro", "muito cara", "é caro", "ficou caro", "um pouco caro", "muy caro".
const JUDGEMENT_BEFORE = wordSet(
	'muito mto mt mtu bem meio tão mais ainda continua segue sigue todavía tá tah está é eh era foi ficou fica sai saiu custa custou ' +
		'achei acho acha achou ' +
		'bastante super pouco mui muy es demasiado algo medio poco',
);
// After one: "caro demais", "cara d+", "caro mesmo", "caro né?".
const JUDGEMENT_AFTER = wordSet('demais d mesmo hein ein né viu assim pacas');
// After a word that is never a salutation on its own: "caro pra mim", "carísimo para mí".
const JUDGEMENT_AFTER_ALONE = wordSet('pra para pro pa');
// What may sit beside a lone word: "caro né", "kkk caro", "nossa, caro".
const FILLER = wordSet('né hein ein viu kkk kkkk kkkkk rs rsrs aff affs nossa poxa vixe eita');

// A negator this close before the words cancels them ("não é tão caro" is three words away).
const NEGATOR_REACH = 3;
const NEGATORS = wordSet('não nem nunca jamais nada not never isnt arent wasnt dont doesnt nothing tampoco ni');
// Portuguese "no" is "in the" ("o preço no site é caro"); it negates only as Spanish does, before a verb.
const SPANISH_NO_BEFORE = wordSet('es está era fue me parece creo lo la tan se hay necesito quiero tengo puedo veo');
// Judgement words only Spanish uses: "muy caro", "es caro" are Spanish, "tá caro" Portuguese.
const SPANISH_JUDGEMENTS = wordSet('muy mui es demasiado algo poco sigue todavía medio');
// A refusal verb between a negator and a request word: "não quero desconto", "I don't need a coupon".
const REFUSALS = wordSet('quero preciso quiero necesito want need interessa interesa ligo importa');
// Words that end a negator's reach: "não sei mas tá caro", "no sé pero es caro".
const REACH_BREAKS = wordSet('mas pero but porém so que porque pq');

/** How much of a message is read; a sales reply is short, and the scan stays linear. */
const MAX_CHARS = 2_000;

export function detectPriceObjection(text: string): PriceObjection {
	const clauses = clausesOf(String(text ?? '').slice(0, MAX_CHARS));
	for (const words of clauses) {
		for (let at = 0; at < words.length; at++) {
			for (const candidate of ENTRIES) {
				if (!startsAt(words, candidate.words, at)) continue;
				const end = at + candidate.words.length;
				if (candidate.ambiguous && !judged(words, at, end, candidate.ambiguous.alone)) continue;
				if (candidate.request ? refused(words, at) : negated(words, at)) continue;
				if (!candidate.ambiguous) return { objection: true, matched: candidate.words.join(' '), language: candidate.language };
				// "caro" is Portuguese and Spanish: the judgement around it tells which ("muy caro").
				const spanish = words.slice(Math.max(0, at - 2), at).some((word) => SPANISH_JUDGEMENTS.has(word));
				return {
					objection: true,
					matched: words.slice(Math.max(0, at - 1), end + (end < words.length ? 1 : 0)).join(' '),
					language: spanish ? 'es' : candidate.language,
				};
			}
		}
	}
	return { objection: false };
}

function startsAt(words: string[], phrase: string[], at: number): boolean {
	if (phrase.length === 0 || at + phrase.length > words.length) return false;
	return phrase.every((word, offset) => words[at + offset] === word);
}

/** Whether an ambiguous word is a judgement of the price here. */
function judged(words: string[], start: number, end: number, alone: boolean): boolean {
	const before = words.slice(Math.max(0, start - 2), start);
	if (before.some((word) => JUDGEMENT_BEFORE.has(word))) return true;
	if (end < words.length && JUDGEMENT_AFTER.has(words[end])) return true;
	if (!alone) return false;
	if (end < words.length && JUDGEMENT_AFTER_ALONE.has(words[end])) return true;
	// "Caro!", "caro né", "kkk caro": the clause is the word, give or take filler.
	return words.every((word, index) => (index >= start && index < end) || FILLER.has(word));
}

/** The index of a negator within reach before `start`, or -1. */
function negatorBefore(words: string[], start: number): number {
	for (let at = start - 1; at >= Math.max(0, start - NEGATOR_REACH); at--) {
		if (REACH_BREAKS.has(words[at])) return -1;
		if (NEGATORS.has(words[at])) return at;
		if (words[at] === 'no' && (at + 1 === start || SPANISH_NO_BEFORE.has(words[at + 1]))) return at;
	}
	return -1;
}

function negated(words: string[], start: number): boolean {
	return negatorBefore(words, start) !== -1;
}

function refused(words: string[], start: number): boolean {
	const negator = negatorBefore(words, start);
	return negator !== -1 && words.slice(negator + 1, start).some((word) => REFUSALS.has(word));
}
