// "Never invent": the final reply may not mention a link, an e-mail address, a clock time or a
// calendar date that no source of the turn contained (tool results, knowledge passages, the
// clinic's instructions, the person's own messages and earlier checked replies), nor pair a
// day with a time that no source paired.
//
// Recognised, in pt/es/en: "14:30", "14h30", "9h", "2:30 pm", "2 p.m.", "às 9", "a las 9",
// "at 9", "9 da manhã", "meio-dia"; "04/03", "04/03/2030", "2030-03-04T09:00…", "5 de março",
// "March 5"; "hoje/amanhã/depois de amanhã", "hoy/mañana/pasado mañana", "today/tomorrow";
// weekday names (Portuguese "segunda"…"sexta" only where they name a day: "-feira", "na
// segunda", "segunda a sexta", not "a segunda opção").
//
// Every pattern has bounded repetition and the URL patterns run on whitespace-separated tokens,
// so scanning is linear in the text's length (no catastrophic backtracking on hostile input).
import { addDays, localDateTimeOf, weekdayOf, type LocalDate } from '../AppointmentBooking/time';
import type { AgentLanguage } from './types';

export interface GroundingContext {
	now: Date;
	timeZone: string;
	language: AgentLanguage;
}

export type ViolationKind = 'url' | 'email' | 'time' | 'date' | 'weekday' | 'date_time' | 'overflow';

export interface Violation {
	kind: ViolationKind;
	/** The words as found (folded: lower case, no accents). */
	text: string;
}

interface TimeMention {
	text: string;
	/** Candidate readings in minutes after midnight ("às 9" is 09:00 or 21:00). */
	minutes: number[];
	clause: number;
}

interface DateMention {
	text: string;
	/** Candidate calendar dates ("04/03" in English may be either order). */
	dates: LocalDate[];
	/** A written date ("04/03", "5 de março"); false for "amanhã", "today". */
	explicit: boolean;
	clause: number;
}

interface WeekdayMention {
	text: string;
	weekday: number;
	clause: number;
}

export interface TextScan {
	urls: string[];
	emails: string[];
	times: TimeMention[];
	dates: DateMention[];
	weekdays: WeekdayMention[];
	/** Weekdays a range names ("segunda a sexta" → 1…5). */
	rangeWeekdays: number[];
	/** More mentions than MAX_MENTIONS: the rest of the text was not read. */
	overflow: boolean;
}

/**
 * Mentions kept per kind and text. Pairing days with times within a clause is a product, so an
 * unbounded count would make a hostile text quadratic; a real reply or source has a few dozen.
 */
export const MAX_MENTIONS = 300;

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lower case without accents, same length rules for every text the check compares. */
export function fold(text: string): string {
	return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

const MONTHS: Record<string, number> = {
	janeiro: 1,
	fevereiro: 2,
	marco: 3,
	abril: 4,
	maio: 5,
	junho: 6,
	julho: 7,
	agosto: 8,
	setembro: 9,
	outubro: 10,
	novembro: 11,
	dezembro: 12,
	enero: 1,
	febrero: 2,
	marzo: 3,
	mayo: 5,
	junio: 6,
	julio: 7,
	septiembre: 9,
	setiembre: 9,
	octubre: 10,
	noviembre: 11,
	diciembre: 12,
	january: 1,
	february: 2,
	march: 3,
	april: 4,
	may: 5,
	june: 6,
	july: 7,
	august: 8,
	september: 9,
	october: 10,
	november: 11,
	december: 12,
};
// Abbreviations only after a day number ("5 mar", "5 de set."): alone they are ordinary words.
const MONTH_ABBREVIATIONS: Record<string, number> = {
	jan: 1,
	fev: 2,
	feb: 2,
	mar: 3,
	abr: 4,
	apr: 4,
	mai: 5,
	jun: 6,
	jul: 7,
	ago: 8,
	aug: 8,
	set: 9,
	sep: 9,
	sept: 9,
	out: 10,
	oct: 10,
	nov: 11,
	dez: 12,
	dic: 12,
	dec: 12,
};
const byLength = (names: string[]) => names.sort((a, b) => b.length - a.length).join('|');
const MONTH_NAMES = byLength(Object.keys(MONTHS));
const ANY_MONTH = byLength([...Object.keys(MONTHS), ...Object.keys(MONTH_ABBREVIATIONS)]);

const WEEKDAYS: Record<string, number> = {
	domingo: 0,
	segunda: 1,
	terca: 2,
	quarta: 3,
	quinta: 4,
	sexta: 5,
	sabado: 6,
	lunes: 1,
	martes: 2,
	miercoles: 3,
	jueves: 4,
	viernes: 5,
	sunday: 0,
	monday: 1,
	tuesday: 2,
	wednesday: 3,
	thursday: 4,
	friday: 5,
	saturday: 6,
};
// Portuguese ordinals that are also weekday names ("a segunda opção" is the second option).
const AMBIGUOUS_WEEKDAYS = new Set(['segunda', 'terca', 'quarta', 'quinta', 'sexta']);
// A word before an ambiguous name that makes it a day: "na segunda", "próxima quarta".
const WEEKDAY_CUES = new Set([
	'na',
	'nesta',
	'nessa',
	'neste',
	'proxima',
	'desta',
	'dessa',
	'pela',
	'ate',
	'de',
	'toda',
	'todas',
	'aos',
	'as',
	'cada',
	'dia',
]);
const DATE_CUES = new Set([
	'dia',
	'em',
	'no',
	'na',
	'on',
	'el',
	'del',
	'ate',
	'para',
	'hasta',
	'until',
	'data',
	'fecha',
	'date',
	'desde',
	'from',
]);
const RANGE_CONNECTOR = /^\s{0,3}(?:-|\u2013|a|ate|to|through|thru|al|hasta)\s{0,3}$/;
const LIST_CONNECTOR = /^\s{0,3}(?:,|e|y|and|or|ou|o|\/)\s{0,3}$/;

// ---------------------------------------------------------------------------------------------
// Patterns (on folded text)

const period = (name: string) =>
	String.raw`(?:\s{0,2}(?<${name}>a\.?\s?m\b\.?|p\.?\s?m\b\.?|da manha|de manha|pela manha|da tarde|a tarde|da noite|a noite|de la manana|por la manana|en la manana|de la tarde|por la tarde|de la noche|por la noche|in the morning|in the afternoon|in the evening|at night|tonight))?`;

// What may follow "às 9" for it to be a time, not "as 3 opções".
const AFTER_BARE_HOUR = String.raw`(?=\s{0,2}(?:$|[.,;:!?)\u2013-]|(?:ou|or|o|e|y|and|as|a|ate|to|las|pode|podemos|puede|can|ok)\b|em ponto|en punto|o'?clock|sharp))`;

const TEMPORAL = new RegExp(
	[
		// ISO date with optional time: 2030-03-04, 2030-03-04T09:00:00-03:00
		String.raw`(?<!\d)(?<iy>\d{4})-(?<imo>\d{2})-(?<id>\d{2})(?:[t ](?<ih>\d{2}):(?<imi>\d{2})(?::\d{2}(?:\.\d{1,9})?)?(?:z|[+-]\d{2}:?\d{2})?)?(?!\d)`,
		// 04/03, 04/03/2030
		String.raw`(?<![\d/])(?<sd>\d{1,2})\/(?<sm>\d{1,2})(?:\/(?<sy>\d{4}|\d{2}))?(?![\d/])`,
		// 04.03.2030, 04-03-2030 (a year is required: "9.30" and "1-2" are not dates)
		String.raw`(?<![\d.-])(?<dd>\d{1,2})[.-](?<dm>\d{1,2})[.-](?<dy>\d{4})(?!\d)`,
		// 5 de março (de 2030), 5 mar, 5th March
		String.raw`(?<!\d)(?<nd>\d{1,2})(?:o|º|°|st|nd|rd|th)?\s(?:de\s)?(?<nm>${ANY_MONTH})\.?(?![a-z])(?:,?\s(?:de\s)?(?<ny>\d{4}))?`,
		// March 5(th)(, 2030)
		String.raw`(?<![a-z])(?<mn>${MONTH_NAMES})\s(?<md>\d{1,2})(?:st|nd|rd|th)?(?![\d:h])(?:,?\s(?<my>\d{4}))?`,
		// 14:30, 9:05 pm, 10:30h
		String.raw`(?<![\d:])(?<ch>\d{1,2}):(?<cm>\d{2})(?!\d)(?::\d{2}(?!\d))?(?:\s?h(?:rs?|s)?\b)?${period('p1')}`,
		// 14h30, 9h, 9 hs, 14h30min
		String.raw`(?<![\d:.,])(?<hh>\d{1,2})\s?h(?:rs?|s)?(?<hmi>\d{2})?(?:\s?min\b)?(?![a-z\d])${period('p2')}`,
		// 2 pm, 2pm, 9 a.m.
		String.raw`(?<![\d:.,])(?<ah>\d{1,2})\s?(?<ap>a\.?\s?m\b\.?|p\.?\s?m\b\.?)`,
		// às 9, a las 9, at 9, das 8 (with horas, a period, or punctuation after it)
		String.raw`(?<![a-z])(?:as|a las|a la|at|das|de las|desde las|ate|hasta|until|till)\s(?<qh>\d{1,2})(?![\d:/h])(?![.,]\d)(?:\s?(?:horas?|hours?)\b)?${period('p3')}${AFTER_BARE_HOUR}`,
		// 9 horas da manhã, 3 de la tarde (an hour word or a period is enough without a cue)
		String.raw`(?<![\d:.,])(?<wh>\d{1,2})\s(?:horas?\s)?(?<p4>da manha|da tarde|da noite|de la manana|de la tarde|de la noche|in the morning|in the afternoon|in the evening|o'?clock)(?![a-z])`,
		String.raw`(?<![a-z])(?<noon>meio-dia|meio dia|mediodia|noon|midday)(?![a-z])`,
		String.raw`(?<![a-z])(?<midnight>meia-noite|meia noite|medianoche|midnight)(?![a-z])`,
	].join('|'),
	'g',
);

const DAY_WORDS = new RegExp(
	String.raw`(?<![a-z])(?<word>domingos?|segundas?|tercas?|quartas?|quintas?|sextas?|sabados?|lunes|martes|miercoles|jueves|viernes|sundays?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|hoje|hoy|today|tonight|amanha|manana|tomorrow)(?![a-z])`,
	'g',
);

const CLAUSE_END = /[\n!?;]|\.(?=\s|$)/g;

const TOKEN_SPLIT = /[\s<>()[\]{}"'`|*]+/;
const EDGE_PUNCTUATION = /^[.,;:!?¿¡*_~-]+|[.,;:!?*_~-]+$/g;
const EMAIL = /^[a-z0-9._%+-]{1,64}@(?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24}$/;
const SCHEME_URL = /^(?:https?:\/\/|www\.)[^\s]{2,}$/;
const TLDS =
	'com|br|org|net|io|app|me|info|biz|co|gov|edu|health|vet|clinic|care|link|ly|site|online|store|shop|es|ar|mx|cl|pe|uy|py|bo|ec|ve|pt|us|uk|ai|dev|page|ws|to|gl|gle|bit';
const BARE_DOMAIN = new RegExp(String.raw`^(?:[a-z0-9-]{1,63}\.){1,8}(?:${TLDS})(?:[/:?#][^\s]*)?$`);

// ---------------------------------------------------------------------------------------------
// Scanning

/** Every link, address, time, date and weekday in `text`, with the clause each sits in. */
export function scanText(text: string, ctx: GroundingContext): TextScan {
	const folded = fold(text);
	const clauseEnds = positions(folded, CLAUSE_END);
	const clauseOf = (index: number) => countBefore(clauseEnds, index);
	const today = localDateTimeOf(ctx.now, ctx.timeZone);
	const scan: TextScan = { urls: [], emails: [], times: [], dates: [], weekdays: [], rangeWeekdays: [], overflow: false };
	scanLinks(folded, scan);

	for (const match of folded.matchAll(TEMPORAL)) {
		if (scan.times.length >= MAX_MENTIONS || scan.dates.length >= MAX_MENTIONS) {
			scan.overflow = true;
			break;
		}
		const g = match.groups ?? {};
		const at = match.index ?? 0;
		const clause = clauseOf(at);
		const text = match[0].trim();
		const addTime = (hour: number, minute: number, marker: string | undefined, padded: boolean) => {
			const minutes = clockCandidates(hour, minute, marker, padded);
			if (minutes.length > 0) scan.times.push({ text, minutes, clause });
		};
		const addDate = (dates: LocalDate[]) => {
			if (dates.length > 0) scan.dates.push({ text, dates, explicit: true, clause });
		};
		if (g.iy !== undefined) {
			addDate(realDates([{ year: Number(g.iy), month: Number(g.imo), day: Number(g.id) }]));
			if (g.ih !== undefined) addTime(Number(g.ih), Number(g.imi), undefined, true);
		} else if (g.sd !== undefined) {
			// "1/2 comprimido" is half a pill: one-digit pairs without a year need "dia 1/2", "on 1/2".
			if (g.sy === undefined && g.sd.length === 1 && g.sm.length === 1 && !DATE_CUES.has(previousWord(folded, at))) continue;
			addDate(numericDates(Number(g.sd), Number(g.sm), g.sy, ctx.language, today));
		} else if (g.dd !== undefined) {
			addDate(numericDates(Number(g.dd), Number(g.dm), g.dy, ctx.language, today));
		} else if (g.nd !== undefined) {
			const abbreviated = MONTHS[g.nm] === undefined;
			// "3 out of 5", "1 mar": an abbreviation counts only as "5 de set", "5 set." or with a year.
			if (abbreviated && !/\sde\s/.test(text) && !/\.$/.test(match[0].trimEnd()) && g.ny === undefined) continue;
			const month = MONTHS[g.nm] ?? MONTH_ABBREVIATIONS[g.nm];
			addDate(realDates([withYear(month, Number(g.nd), g.ny, today)]));
		} else if (g.mn !== undefined) {
			addDate(realDates([withYear(MONTHS[g.mn], Number(g.md), g.my, today)]));
		} else if (g.ch !== undefined) {
			addTime(Number(g.ch), Number(g.cm), g.p1, g.ch.length === 2);
		} else if (g.hh !== undefined) {
			// "a cada 8h", "jejum de 12h", "2h de antecedência": a duration, not a time of day.
			if (isDuration(folded, at, at + match[0].length)) continue;
			addTime(Number(g.hh), Number(g.hmi ?? 0), g.p2, g.hh.length === 2);
		} else if (g.ah !== undefined) {
			addTime(Number(g.ah), 0, g.ap, false);
		} else if (g.qh !== undefined) {
			addTime(Number(g.qh), 0, g.p3, false);
		} else if (g.wh !== undefined) {
			addTime(Number(g.wh), 0, g.p4, false);
		} else if (g.noon !== undefined) {
			scan.times.push({ text, minutes: [12 * 60], clause });
		} else if (g.midnight !== undefined) {
			scan.times.push({ text, minutes: [0], clause });
		}
	}

	scanDayWords(folded, clauseOf, today, scan);
	return scan;
}

function scanLinks(folded: string, scan: TextScan): void {
	for (const raw of folded.split(TOKEN_SPLIT)) {
		if (scan.urls.length + scan.emails.length >= MAX_MENTIONS) {
			scan.overflow = true;
			return;
		}
		if (raw.length < 4 || !raw.includes('.')) continue;
		const token = raw.replace(EDGE_PUNCTUATION, '');
		if (token.includes('@')) {
			const address = token.replace(/^mailto:/, '');
			if (EMAIL.test(address)) scan.emails.push(address);
			continue;
		}
		if (SCHEME_URL.test(token) || (BARE_DOMAIN.test(token) && /[a-z]/.test(token))) scan.urls.push(normalizeUrl(token));
	}
}

/** 'https://www.Clinica.com.br/agenda/' → 'clinica.com.br/agenda'. */
export function normalizeUrl(url: string): string {
	return url
		.toLowerCase()
		.replace(/^[a-z][a-z0-9+.-]{0,15}:\/\//, '')
		.replace(/^www\./, '')
		.replace(/[/?#]+$/, '');
}

function scanDayWords(folded: string, clauseOf: (index: number) => number, today: LocalDate, scan: TextScan): void {
	interface Candidate {
		word: string;
		weekday: number;
		start: number;
		end: number;
		accepted: boolean;
	}
	const candidates: Candidate[] = [];
	for (const match of folded.matchAll(DAY_WORDS)) {
		if (candidates.length >= MAX_MENTIONS || scan.dates.length >= MAX_MENTIONS) {
			scan.overflow = true;
			break;
		}
		const word = match.groups?.word ?? match[0];
		const start = match.index ?? 0;
		const end = start + match[0].length;
		const before = previousWord(folded, start);
		const relative = relativeDays(word, before, folded.slice(Math.max(0, start - 12), start));
		if (relative !== undefined) {
			if (relative !== null) {
				scan.dates.push({ text: word, dates: [addDays(today, relative)], explicit: false, clause: clauseOf(start) });
			}
			continue;
		}
		const singular = word.endsWith('s') && WEEKDAYS[word] === undefined ? word.slice(0, -1) : word;
		const weekday = WEEKDAYS[singular];
		if (weekday === undefined) continue;
		const accepted =
			!AMBIGUOUS_WEEKDAYS.has(singular) ||
			singular !== word || // "às segundas": the plural is the weekday
			/^(?:-|\s)feiras?(?![a-z])/.test(folded.slice(end, end + 8)) ||
			WEEKDAY_CUES.has(before) ||
			// "sexta às 9h", "segunda (04/03)", "terça, 05/03": a day with its time or date.
			/^\s{0,3},?\s{0,2}(?:\(|(?:as|a|das|dia)\s{1,2}\d|\d)/.test(folded.slice(end, end + 12));
		candidates.push({ word, weekday, start, end, accepted });
	}
	// Neighbours joined by "a", "e", "-", ",": "segunda a sexta" names days even without "-feira".
	for (let i = 0; i + 1 < candidates.length; i++) {
		const gap = folded.slice(candidates[i].end, candidates[i + 1].start);
		const range = RANGE_CONNECTOR.test(gap);
		if (!range && !LIST_CONNECTOR.test(gap)) continue;
		candidates[i].accepted = true;
		candidates[i + 1].accepted = true;
		if (range) {
			for (let day = candidates[i].weekday; ; day = (day + 1) % 7) {
				scan.rangeWeekdays.push(day);
				if (day === candidates[i + 1].weekday) break;
			}
		}
	}
	for (const candidate of candidates) {
		if (candidate.accepted) scan.weekdays.push({ text: candidate.word, weekday: candidate.weekday, clause: clauseOf(candidate.start) });
	}
}

/** Days from today a word names; null for "mañana" meaning morning; undefined for a weekday. */
function relativeDays(word: string, before: string, lead: string): number | null | undefined {
	switch (word) {
		case 'hoje':
		case 'hoy':
		case 'today':
		case 'tonight':
			return 0;
		case 'amanha':
			return /depois de $/.test(lead) ? 2 : 1;
		case 'tomorrow':
			return /after $/.test(lead) ? 2 : 1;
		case 'manana':
			if (before === 'pasado') return 2;
			// "por la mañana", "esta mañana": the morning, not tomorrow.
			return before === 'la' || before === 'esta' ? null : 1;
		default:
			return undefined;
	}
}

const DURATION_BEFORE = new Set([
	'cada',
	'every',
	'durante',
	'during',
	'for',
	'por',
	'within',
	'apos',
	'after',
	'despues',
	'tras',
	'hace',
	'ha',
]);
const DURATION_NOUNS = new Set(['jejum', 'ayuno', 'fasting', 'duracao', 'duracion', 'antecedencia', 'antelacion', 'prazo', 'plazo']);
const DURATION_AFTER =
	/^\s{0,2}(?:de antecedencia|de antelacion|in advance|antes|before|de jejum|de ayuno|of fasting|depois|later|despues|de duracao|de duracion|long)(?![a-z])/;

function isDuration(text: string, start: number, end: number): boolean {
	const before = previousWord(text, start);
	if (DURATION_BEFORE.has(before)) return true;
	if (before === 'de' || before === 'of') {
		const second = previousWord(text, start - before.length - 1);
		if (DURATION_NOUNS.has(second)) return true;
	}
	return DURATION_AFTER.test(text.slice(end, end + 24));
}

function previousWord(text: string, index: number): string {
	const match = /([a-z]+)[\s,]{1,3}$/.exec(text.slice(Math.max(0, index - 24), index));
	return match ? match[1] : '';
}

/** Readings of hour:minute in minutes after midnight. */
function clockCandidates(hour: number, minute: number, marker: string | undefined, padded: boolean): number[] {
	if (!Number.isInteger(hour) || !Number.isInteger(minute) || hour > 23 || minute > 59) return [];
	const at = (h: number) => h * 60 + minute;
	const meridiem = marker ? meridiemOf(marker) : undefined;
	if (meridiem === 'pm') return [hour < 12 ? at(hour + 12) : at(hour)];
	if (meridiem === 'am') return [hour === 12 ? at(0) : at(hour)];
	// "09:00" and "14h" are 24-hour readings; "às 9" or "2:30" may be either half of the day.
	if (padded || hour === 0 || hour >= 12) return [at(hour)];
	return [at(hour), at(hour + 12)];
}

function meridiemOf(marker: string): 'am' | 'pm' | undefined {
	const m = marker.replace(/[\s.]/g, '');
	if (m === 'am' || /manha|manana|morning/.test(m)) return 'am';
	if (m === 'pm' || /tarde|noite|noche|afternoon|evening|night/.test(m)) return 'pm';
	return undefined;
}

function numericDates(first: number, second: number, year: string | undefined, language: AgentLanguage, today: LocalDate): LocalDate[] {
	// Day first in Portuguese and Spanish; English text may be either (US month first).
	const readings = [withYear(second, first, year, today)];
	if (language === 'en') readings.push(withYear(first, second, year, today));
	return realDates(readings);
}

function withYear(month: number, day: number, year: string | undefined, today: LocalDate): LocalDate {
	if (year !== undefined) {
		const y = Number(year);
		return { year: year.length === 2 ? 2000 + y : y, month, day };
	}
	// No year: the next such date, allowing for dates a few months back ("your visit on 10/01").
	const candidate = { year: today.year, month, day };
	const monthsBack = (today.year - candidate.year) * 12 + today.month - month;
	return monthsBack > 6 ? { ...candidate, year: today.year + 1 } : candidate;
}

function realDates(dates: LocalDate[]): LocalDate[] {
	return dates.filter((date) => {
		if (!(date.month >= 1 && date.month <= 12 && date.day >= 1)) return false;
		const last = new Date(Date.UTC(date.year, date.month, 0)).getUTCDate();
		return date.day <= last;
	});
}

function positions(text: string, pattern: RegExp): number[] {
	const found: number[] = [];
	for (const match of text.matchAll(pattern)) found.push(match.index ?? 0);
	return found;
}

/** How many sorted numbers are below `value` (binary search). */
function countBefore(sorted: number[], value: number): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (sorted[middle] < value) low = middle + 1;
		else high = middle;
	}
	return low;
}

const dateKey = (date: LocalDate) => `${date.month}-${date.day}`;

function groupByClause<T extends { clause: number }>(mentions: T[]): Map<number, T[]> {
	const groups = new Map<number, T[]>();
	for (const mention of mentions) {
		const group = groups.get(mention.clause);
		if (group) group.push(mention);
		else groups.set(mention.clause, [mention]);
	}
	return groups;
}

// ---------------------------------------------------------------------------------------------
// Evidence and the check

/** What the sources of a turn mention; add every source text, then check the reply against it. */
export class Evidence {
	readonly urls = new Set<string>();
	readonly emails = new Set<string>();
	readonly times = new Set<number>();
	readonly dates = new Set<string>();
	readonly weekdays = new Set<number>();
	/** `${month}-${day}@${minutes}`: a day and a time named together in one clause. */
	readonly pairs = new Set<string>();

	constructor(private readonly ctx: GroundingContext) {}

	add(text: string): this {
		if (!text) return this;
		const scan = scanText(text, this.ctx);
		for (const url of scan.urls) this.urls.add(url);
		for (const email of scan.emails) this.emails.add(email);
		for (const time of scan.times) for (const minutes of time.minutes) this.times.add(minutes);
		for (const mention of scan.dates) {
			for (const date of mention.dates) {
				this.dates.add(dateKey(date));
				this.weekdays.add(weekdayOf(date));
			}
		}
		for (const weekday of scan.weekdays) this.weekdays.add(weekday.weekday);
		for (const weekday of scan.rangeWeekdays) this.weekdays.add(weekday);
		const timesByClause = groupByClause(scan.times);
		for (const date of scan.dates) {
			for (const time of timesByClause.get(date.clause) ?? []) {
				for (const day of date.dates) for (const minutes of time.minutes) this.pairs.add(`${dateKey(day)}@${minutes}`);
			}
		}
		return this;
	}

	/** Every string inside a JSON value (a tool result), each as its own text. */
	addValue(value: unknown, depth = 0): this {
		if (depth > 8) return this;
		if (typeof value === 'string') return this.add(value);
		if (Array.isArray(value)) for (const item of value) this.addValue(item, depth + 1);
		else if (value && typeof value === 'object') for (const item of Object.values(value)) this.addValue(item, depth + 1);
		return this;
	}

	hasUrl(url: string): boolean {
		if (this.urls.has(url)) return true;
		// A shorter form of a link a source gave ("clinica.com.br" for "clinica.com.br/agenda").
		for (const known of this.urls) if (known.startsWith(`${url}/`) || known.startsWith(`${url}?`)) return true;
		return false;
	}
}

/** What the reply mentions that no source did; empty when the reply is grounded. */
export function findUngrounded(reply: string, evidence: Evidence, ctx: GroundingContext): Violation[] {
	const scan = scanText(reply, ctx);
	const violations: Violation[] = [];
	const seen = new Set<string>();
	const report = (kind: ViolationKind, text: string) => {
		const key = `${kind}:${text}`;
		if (seen.has(key)) return;
		seen.add(key);
		violations.push({ kind, text });
	};
	for (const url of scan.urls) if (!evidence.hasUrl(url)) report('url', url);
	for (const email of scan.emails) if (!evidence.emails.has(email)) report('email', email);
	for (const time of scan.times) if (!time.minutes.some((m) => evidence.times.has(m))) report('time', time.text);
	for (const date of scan.dates) {
		if (date.explicit && !date.dates.some((d) => evidence.dates.has(dateKey(d)))) report('date', date.text);
	}
	if (scan.overflow) report('overflow', 'more times and dates than a reply can hold');
	// A day and a time in one clause is an offer: some source must have named that day with that time.
	const timesByClause = groupByClause(scan.times);
	for (const date of scan.dates) {
		for (const time of timesByClause.get(date.clause) ?? []) {
			const paired = date.dates.some((d) => time.minutes.some((m) => evidence.pairs.has(`${dateKey(d)}@${m}`)));
			if (!paired) report('date_time', `${date.text} ${time.text}`);
		}
	}
	for (const weekday of scan.weekdays) {
		if (timesByClause.has(weekday.clause) && !evidence.weekdays.has(weekday.weekday)) report('weekday', weekday.text);
	}
	return violations;
}

/** The correction the model gets once when its reply mentions what no source had. */
export function correctionText(violations: Violation[]): string {
	const listed = violations.map((v) => `"${v.text}"`).join(', ');
	return [
		`[Automatic check] Your reply mentions ${listed}, which no tool result, knowledge passage, instruction or message of the person contains.`,
		'Do not invent times, dates, links or contacts. Offer times only from find_slots results, and state opening hours without tying them to a specific date.',
		'Write the reply again without them, or call a tool to get the real information.',
	].join(' ');
}
