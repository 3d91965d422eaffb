// A light, language-neutral stemmer for folded words, so that a rule phrase written one way
// matches the other forms of its words: "respirando", "respirar", "respira" and "respiração" are
// one stem, as are "vomiting", "vomited" and "vomits". It only strips common inflection endings
// of pt, es and en and never leaves fewer than four letters, so short words stay whole: "para"
// and "parou" stay apart, and so do "dor" and "dar".

// Longest first within each group; the first ending that leaves a stem long enough is stripped.
const ENDINGS = [
	'amentos',
	'imentos',
	'amento',
	'imento',
	'aciones',
	'iciones',
	'acoes',
	'icoes',
	'acion',
	'icion',
	'acao',
	'icao',
	'ssemos',
	'ariamos',
	'aramos',
	'eramos',
	'iramos',
	'abamos',
	'avamos',
	'ariam',
	'eriam',
	'iriam',
	'aram',
	'eram',
	'iram',
	'avam',
	'aban',
	'ieron',
	'aron',
	'iendo',
	'ando',
	'endo',
	'indo',
	'ados',
	'adas',
	'idos',
	'idas',
	'ado',
	'ada',
	'ido',
	'ida',
	'aria',
	'eria',
	'iria',
	'ava',
	'aba',
	'amos',
	'emos',
	'imos',
	'ings',
	'ing',
	'edly',
	'ily',
	'ied',
	'ies',
	'ed',
	'oes',
	'aes',
	'ao',
	'ar',
	'er',
	'ir',
	'ou',
	'eu',
	'iu',
	'ei',
	'as',
	'es',
	'os',
	'is',
	'ly',
	'a',
	'e',
	'i',
	'o',
	's',
	'y',
];
const MIN_STEM = 4;
// Words whose endings are not inflections, or whose stem would meet an unrelated word's:
// "grave" (serious) is not "grávida" (pregnant), "parto" (labour) is not "partes" (parts).
const OWN_STEMS: ReadonlyMap<string, string> = new Map([
	['grave', 'grave'],
	['graves', 'grave'],
	['gravida', 'gravid'],
	['gravidas', 'gravid'],
	['gravido', 'gravid'],
	['parto', 'parto'],
	['partos', 'parto'],
	['partes', 'parte'],
	['ponte', 'ponte'],
	['candy', 'candy'],
	['candida', 'candida'],
	['cocoa', 'cocoa'],
	['limpa', 'limpa'],
	['limpo', 'limpo'],
	['media', 'media'],
	['medio', 'medio'],
	['comes', 'comes'],
	['grande', 'grande'],
	['grandes', 'grande'],
	['mano', 'mano'],
	['manos', 'mano'],
	['pasas', 'pasa'],
	['cabecada', 'cabecada'],
	['cabecadas', 'cabecada'],
	['torcao', 'torcao'],
	['torcoes', 'torcao'],
	['torsao', 'torsao'],
	['torsion', 'torsion'],
	// The doctor, not the medicine: "hueco con el médico" is no "medicamento".
	['medico', 'medico'],
	['medicos', 'medico'],
	['medica', 'medico'],
	['medicas', 'medico'],
]);
const MIN_WORD = 5;
const PLURAL_BASE = /[^aeiou][aeiou][rlzsnd]$/;
const DIGIT = /\d/;

const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/** The stem of a folded word; words under five letters and numbers are their own stem. */
export function stem(word: string): string {
	if (word.length < MIN_WORD || DIGIT.test(word)) return word;
	const known = cache.get(word);
	if (known !== undefined) return known;
	let result = OWN_STEMS.get(word);
	// The plural of a word ending in a consonant: "dores" → "dor", "meses" → "mes", "dolores" → "dolor".
	if (result === undefined && word.endsWith('es') && word.length >= 5 && PLURAL_BASE.test(word.slice(0, -2))) result = word.slice(0, -2);
	if (result === undefined) {
		result = word;
		for (const ending of ENDINGS) {
			if (word.length - ending.length >= MIN_STEM && word.endsWith(ending)) {
				result = word.slice(0, word.length - ending.length);
				break;
			}
		}
	}
	if (cache.size >= CACHE_LIMIT) cache.clear();
	cache.set(word, result);
	return result;
}
