// Chat spellings, abbreviations and misspellings too short for fuzzy matching, per language
// ("vc" → "voce", "tô" → "estou", "can't" → "can not", "msgs" → "mensagens"). Expanded after
// the language is known: "to" is Portuguese chat for "estou" but an English word.
import { normalizeToken, tokenizeClauses, type Clause } from './tokens';
import type { Language } from './language';

const TABLES: Readonly<Record<Language, Record<string, string>>> = {
	pt: {
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
		nada: 'nd nds',
		ninguem: 'ngm',
		todos: 'tds',
		e: 'eh',
		para: 'pra',
		'para o': 'pro',
		'para os': 'pros',
		'para as': 'pras',
		'de novo': 'dnv',
		quero: 'qro kero qero',
		mensagem: 'msg msgm mensagi',
		mensagens: 'msgs mgs msgns',
		bebe: 'bb bebezinho bebezinha',
		derrame: 'derami derrami',
		sangue: 'sangui',
		veneno: 'venenu',
		chocolate: 'xocolate xocolati',
		peito: 'peitu',
		cachorro: 'dog cachorrinho doguinho',
		roxo: 'roxinho',
		roxa: 'roxinha',
		mole: 'molinho molinha',
		gelado: 'geladinho',
		gelada: 'geladinha',
		quente: 'quentinho quentinha',
		amarelo: 'amarelinho',
		amarela: 'amarelinha',
		fraco: 'fraquinho',
		fraca: 'fraquinha',
		gato: 'gatinho bichano',
		hospital: 'hosp',
	},
	es: {
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
		quiero: 'kiero qiero',
		mensaje: 'msj msje',
		mensajes: 'msjs mjs',
		bebe: 'bb',
		perro: 'perrito perrita',
		pecho: 'pexo pexito',
		gato: 'gatito michi',
		morado: 'moradito',
		morada: 'moradita',
		flojo: 'flojito',
		floja: 'flojita',
		frio: 'friito',
		fria: 'friita',
		amarillo: 'amarillito',
		amarilla: 'amarillita',
	},
	en: {
		you: 'u ya',
		your: 'ur',
		are: 'r',
		'i am': 'im',
		'i have': 'ive',
		'he is': 'hes',
		'she is': 'shes',
		'they are': 'theyre',
		'can not': 'cant cannot',
		'do not': 'dont dnt',
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
		enough: 'enuf enuff nuff',
		'out of': 'outta',
		please: 'pls plz',
		'right now': 'rn',
		little: 'lil',
		message: 'msg',
		messages: 'msgs',
		texts: 'txts',
		poison: 'poisen poision',
		breathe: 'breath',
	},
};

function compile(table: Record<string, string>): ReadonlyMap<string, string[]> {
	const map = new Map<string, string[]>();
	for (const [meaning, variants] of Object.entries(table)) {
		for (const variant of variants.split(' ')) map.set(normalizeToken(variant).text, meaning.split(' '));
	}
	return map;
}

const SPELLINGS: Readonly<Record<Language, ReadonlyMap<string, string[]>>> = {
	pt: compile(TABLES.pt),
	es: compile(TABLES.es),
	en: compile(TABLES.en),
};

/** What a chat spelling stands for in this language ("vc" → ["voce"]), or undefined. */
export function expandWord(word: string, language: Language): readonly string[] | undefined {
	return SPELLINGS[language].get(word);
}

/** The same clauses with this language's chat spellings expanded; expanded words keep the token's offsets. */
export function expandSpellings(clauses: readonly Clause[], language: Language): Clause[] {
	const table = SPELLINGS[language];
	const result: Clause[] = [];
	for (const clause of clauses) {
		let expanded: Clause | undefined;
		for (let index = 0; index < clause.length; index++) {
			const word = clause[index];
			const meaning = table.get(word.text) ?? (word.alt ? table.get(word.alt) : undefined);
			if (!meaning && !expanded) continue;
			expanded ??= clause.slice(0, index);
			if (meaning) for (const text of meaning) expanded.push({ text, start: word.start, end: word.end });
			else expanded.push(word);
		}
		result.push(expanded ?? clause);
	}
	return result;
}

const normalized = new Map<string, readonly string[]>();
const NORMALIZED_LIMIT = 100_000;

/**
 * Words of a phrase, normalized exactly like a message in that language (rules and messages share
 * one vocabulary). Rule compilation asks for the same phrases many times: results are remembered.
 */
export function normalizeWords(text: string, language: Language): string[] {
	const key = `${language}\u0000${text}`;
	let words = normalized.get(key);
	if (!words) {
		words = expandSpellings(tokenizeClauses(text), language).flatMap((clause) => clause.map((word) => word.text));
		if (normalized.size >= NORMALIZED_LIMIT) normalized.clear();
		normalized.set(key, words);
	}
	return [...words];
}
