// Words as the triage rules see them. Each word is folded (no case, no accents, apostrophes
// dropped, letters stretched to three or more squeezed to two: "socorrrooo" → "socorroo", which
// typo correction then reads as "socorro") and chat spellings are expanded
// per language ("vc" → "voce", "tô" → "estou", "can't" → "can not"), so that rules are written
// in plain language and still match how people type. Patterns go through the same steps, which
// keeps both sides in one vocabulary. Every word remembers where it stood in the original text,
// so a match can quote the person's own words.
import { foldText } from '../shared/text';
import type { Language } from './types';

export interface Word {
	text: string;
	/** Character offsets of the original token; words expanded from one token share them. */
	start: number;
	end: number;
}

/** Words between two punctuation marks: negation and time never reach across a clause. */
export type Clause = Word[];

// A token: letters, digits and combining marks, with inner apostrophes ("can't", "d'água").
const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’‘`´][\p{L}\p{M}]+)*/gu;
const CLAUSE_BREAK = /[.,;:!?¡¿…()[\]{}\n]/;
const APOSTROPHES = /['’‘`´]/g;
const STRETCHED = /(\p{L})\1{2,}/gu;
const PLAIN = /^[a-z0-9]*$/;

/** Chat spellings, abbreviations and misspellings too short for fuzzy matching. */
const SPELLINGS: Readonly<Record<Language, ReadonlyMap<string, string[]>>> = {
	pt: spellings({
		nao: 'naum nn n ñ nau nops',
		voce: 'vc vce ce',
		voces: 'vcs',
		que: 'q k ke',
		porque: 'pq pk',
		tambem: 'tb tbm tmb',
		muito: 'mto mt mtu mtoo',
		muita: 'mta',
		hoje: 'hj',
		agora: 'agr agra',
		esta: 'ta tah tá',
		estou: 'to tou',
		comigo: 'cmg',
		depois: 'dps dpois',
		mesmo: 'msm',
		quando: 'qnd qdo qndo',
		tudo: 'td',
		todos: 'tds',
		e: 'eh',
		para: 'pra',
		'para o': 'pro',
		'para os': 'pros',
		'para as': 'pras',
		bebe: 'bb bebezinho bebezinha',
		derrame: 'derami derrami',
		sangue: 'sangui',
		veneno: 'venenu',
		chocolate: 'xocolate xocolati',
		peito: 'peitu',
		cachorro: 'dog cachorrinho doguinho',
		gato: 'gatinho bichano',
		hospital: 'hosp',
	}),
	es: spellings({
		que: 'q k ke',
		porque: 'xq pq porq',
		tambien: 'tb tmb tambn',
		estoy: 'toy stoy',
		esta: 'ta sta',
		estas: 'tas',
		de: 'd',
		por: 'x',
		para: 'pa',
		nada: 'nd',
		mucho: 'muxo mxo',
		tengo: 'tngo',
		bebe: 'bb',
		perro: 'perrito perrita',
		pecho: 'pexo pexito',
		gato: 'gatito michi',
	}),
	en: spellings({
		you: 'u ya',
		your: 'ur',
		are: 'r',
		'i am': 'im',
		'i have': 'ive',
		'he is': 'hes',
		'she is': 'shes',
		'they are': 'theyre',
		'can not': 'cant cannot',
		'do not': 'dont',
		'does not': 'doesnt',
		'did not': 'didnt',
		'is not': 'isnt',
		'are not': 'arent',
		'was not': 'wasnt',
		'were not': 'werent',
		'will not': 'wont',
		'would not': 'wouldnt',
		'could not': 'couldnt',
		'have not': 'havent',
		'has not': 'hasnt',
		'had not': 'hadnt',
		'want to': 'wanna',
		'going to': 'gonna',
		because: 'bc cuz cos coz bcs',
		before: 'b4',
		please: 'pls plz',
		'right now': 'rn',
		little: 'lil',
		poison: 'poisen poision',
		breathe: 'breath',
	}),
};

function spellings(table: Record<string, string>): ReadonlyMap<string, string[]> {
	const map = new Map<string, string[]>();
	for (const [meaning, variants] of Object.entries(table)) {
		for (const variant of variants.split(' ')) map.set(foldWord(variant), meaning.split(' '));
	}
	return map;
}

function foldWord(raw: string): string {
	const lower = raw.toLowerCase();
	const folded = PLAIN.test(lower) ? lower : foldText(lower).replace(APOSTROPHES, '');
	return folded.replace(STRETCHED, '$1$1');
}

/** Folded tokens in clauses, before any language-specific spelling is expanded. */
export function tokenizeClauses(text: string): Clause[] {
	const clauses: Clause[] = [];
	let clause: Clause = [];
	let previousEnd = 0;
	for (const token of text.matchAll(TOKEN)) {
		const start = token.index;
		if (clause.length > 0 && CLAUSE_BREAK.test(text.slice(previousEnd, start))) {
			clauses.push(clause);
			clause = [];
		}
		previousEnd = start + token[0].length;
		const folded = foldWord(token[0]);
		if (folded) clause.push({ text: folded, start, end: previousEnd });
	}
	if (clause.length > 0) clauses.push(clause);
	return clauses;
}

/** The same clauses with this language's chat spellings expanded. */
export function expandSpellings(clauses: readonly Clause[], language: Language): Clause[] {
	const table = SPELLINGS[language];
	return clauses.map((clause) =>
		clause.flatMap((word) => {
			const meaning = table.get(word.text);
			return meaning ? meaning.map((text) => ({ text, start: word.start, end: word.end })) : [word];
		}),
	);
}

/** Words of a pattern fragment or phrase, normalized exactly like a message in that language. */
export function normalizeWords(text: string, language: Language): string[] {
	return expandSpellings(tokenizeClauses(text), language).flatMap((clause) => clause.map((word) => word.text));
}
