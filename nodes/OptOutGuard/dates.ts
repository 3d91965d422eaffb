// Dates and periods as a pause reads them, by their shape rather than one phrase per date: "até o dia 15 de março",
// "depois do dia 15", "hasta el 3 de febrero", "till feb 1st", "until the 15th", "for a few weeks", "por 2 meses".
// The phrase lists keep the idioms ("até segunda ordem", "after the holidays"); this finds the dates people write.
import type { Language } from '../shared/text';

export type DateKind = 'until' | 'after' | 'period';

/** Openers of a date, folded and per language: "ate" is a date only in Portuguese, not English's "ate". */
const OPENERS: Record<Language, { words: string[]; kind: DateKind }[]> = {
	pt: [
		{ words: ['ate'], kind: 'until' },
		{ words: ['depois'], kind: 'after' },
		{ words: ['apos'], kind: 'after' },
		{ words: ['a', 'partir'], kind: 'after' },
		{ words: ['por'], kind: 'period' },
		{ words: ['durante'], kind: 'period' },
	],
	es: [
		{ words: ['hasta'], kind: 'until' },
		{ words: ['despues'], kind: 'after' },
		{ words: ['luego'], kind: 'after' },
		{ words: ['a', 'partir'], kind: 'after' },
		{ words: ['por'], kind: 'period' },
		{ words: ['durante'], kind: 'period' },
	],
	en: [
		{ words: ['until'], kind: 'until' },
		{ words: ['till'], kind: 'until' },
		{ words: ['til'], kind: 'until' },
		{ words: ['untill'], kind: 'until' },
		{ words: ['after'], kind: 'after' },
		{ words: ['for'], kind: 'period' },
	],
};

/** Words that may stand between the opener and the date: "até O DIA 15", "hasta EL 3", "until THE 15th", "depois DO dia". */
const LEADS = new Set('o a do da de dia del el la the day of next proximo proxima que'.split(' '));
const MONTHS = new Set(
	(
		'janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro ' +
		'enero febrero marzo mayo junio julio septiembre setiembre octubre noviembre diciembre ' +
		'january february march april may june july august september october november december'
	).split(' '),
);
/** Abbreviated months, a date only beside a day ("feb 1st", "15 mar"): alone, "mar", "set" and "out" are words. */
const SHORT_MONTHS = new Set('jan fev feb mar abr apr mai may jun jul ago aug set sep sept out oct nov dez dec dic ene'.split(' '));
const WEEKDAYS = new Set(
	(
		'segunda terca quarta quinta sexta sabado domingo lunes martes miercoles jueves viernes ' +
		'monday tuesday wednesday thursday friday saturday sunday weekend'
	).split(' '),
);
const ORDINALS = new Set('st nd rd th'.split(' '));
/** "a month", "a few weeks", "uns dias", "un par de semanas", "2 meses". */
const AMOUNTS = new Set(
	'a an one two three few couple of some um uma uns umas dois duas tres alguns algumas un una unos unas dos par'.split(' '),
);
const UNITS = new Set('day days week weeks month months dia dias semana semanas mes meses'.split(' '));

const isDay = (word: string | undefined): boolean => word !== undefined && /^([1-9]|[12]\d|3[01])(st|nd|rd|th|o)?$/.test(word);
const isAmount = (word: string | undefined): boolean => word !== undefined && (AMOUNTS.has(word) || /^\d{1,2}$/.test(word));

/** The date's words after its opener, or 0: a month, a weekday or a day of the month, with what trails it. */
function dateLength(words: readonly string[], at: number): number {
	let end = at;
	let leads = 0;
	while (end < words.length && LEADS.has(words[end]) && leads < 3) {
		end++;
		leads++;
	}
	const led = words.slice(at, end);
	const word = words[end];
	if (word === undefined) return 0;
	if (MONTHS.has(word) || WEEKDAYS.has(word) || (SHORT_MONTHS.has(word) && isDay(words[end + 1]))) {
		end++;
		// "feb 1st", "march 15".
		if (isDay(words[end])) end++;
		if (ORDINALS.has(words[end])) end++;
		return end - at;
	}
	if (!isDay(word)) return 0;
	end++;
	const ordinal = ORDINALS.has(words[end]) || /\D$/.test(word);
	if (ORDINALS.has(words[end])) end++;
	// "15 de março", "3 of feb", "1 mar".
	let month = 0;
	while (month < 2 && (words[end + month] === 'de' || words[end + month] === 'of' || words[end + month] === 'del')) month++;
	if (MONTHS.has(words[end + month] ?? '') || SHORT_MONTHS.has(words[end + month] ?? '')) return end + month + 1 - at;
	// A bare number is a date only as a day ("dia 15", "el 15", "the 15th"), not a time ("até as 5", "until 5").
	return ordinal || led.some((lead) => lead === 'dia' || lead === 'day' || lead === 'el' || lead === 'the') ? end - at : 0;
}

/** A period: "um mês", "a few weeks", "2 meses", "un par de semanas". */
function periodLength(words: readonly string[], at: number): number {
	let end = at;
	while (end < words.length && isAmount(words[end]) && end - at < 3) end++;
	return end > at && UNITS.has(words[end] ?? '') ? end + 1 - at : 0;
}

/** A date or period opened at `at`: its kind and length in words. */
export function dateAt(language: Language, words: readonly string[], at: number): { kind: DateKind; length: number } | undefined {
	for (const opener of OPENERS[language]) {
		if (!opener.words.every((word, i) => words[at + i] === word)) continue;
		const from = at + opener.words.length;
		const length = opener.kind === 'period' ? periodLength(words, from) : dateLength(words, from);
		if (length > 0) return { kind: opener.kind, length: opener.words.length + length };
	}
	return undefined;
}
