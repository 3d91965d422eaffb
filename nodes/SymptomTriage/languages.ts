// Which language a message is in, from common words that belong clearly to one of them. Spanish
// and Portuguese share many words ("de", "que", "dolor"/"dor" do not), so only words that tell
// them apart count. When the evidence is thin, the caller reads the message in every language
// and keeps the most urgent reading rather than trusting a guess.
import { LANGUAGES, type Language } from './types';

export interface Detection {
	language: Language;
	/** Enough distinctive words, and clearly more than any other language. */
	confident: boolean;
}

// Weight 2: words that are almost never anything else; weight 1: frequent but weaker hints.
const MARKERS: Readonly<Record<Language, ReadonlyMap<string, number>>> = {
	pt: weights(
		'nao naum vc voce estou tenho muito muita meu minha ele ela dor sangue peito cachorro cachorra filho filha ' +
			'consigo consegue obrigado obrigada oi ola tambem agora hoje estao sem nem quero pode fazer desmaiou ' +
			'xixi comeu tomou teve isso essa esse quanto custa vcs voces posso preciso precisa queria gostaria ontem quais ' +
			'dele dela nao sao tive quase quando vi atende atendem bom boa filhote remarcar marcar',
		'com uma um do da no na dos das pra pro ta to ja mais mas e foi tem ao cachorro qual'
	),
	es: weights(
		'estoy tengo muy mucho mucha mi mis dolor sangre pecho perro perra hijo hija puedo gracias hola tambien ' +
			'ahora hoy pero sin quiero hacer desmayo panza comio tomo tuvo eso esa ese cuanto cuesta ' +
			'usted ustedes cita turno necesito quisiera ayer atienden recomiendan muero buenos noches cual cuales abren',
		'con una un del la las los el y ya mas es fue tiene al se me'
	),
	en: weights(
		'the my i is have has with and of he she it dog cat pain not can cant blood chest breathe breathing son daughter ' +
			'baby please hi hello how much what this that ate took had been having help you your do does need take ' +
			'dont im ive hes shes we our when where which there just any',
		'an in on at for was are be more open'
	),
};

function weights(clear: string, weak: string): ReadonlyMap<string, number> {
	const table = new Map<string, number>();
	for (const word of weak.split(' ')) table.set(word, 1);
	for (const word of clear.split(' ')) table.set(word, 2);
	return table;
}

const MIN_SCORE = 3;
const MIN_LEAD = 2;

/** `words` are folded tokens as written, before any language's chat spellings are expanded. */
export function detectLanguage(words: readonly string[], fallback: Language = 'pt'): Detection {
	const scores = LANGUAGES.map((language) => ({
		language,
		score: words.reduce((sum, word) => sum + (MARKERS[language].get(word) ?? 0), 0),
	})).sort((a, b) => b.score - a.score || (a.language === fallback ? -1 : b.language === fallback ? 1 : 0));
	const [best, second] = scores;
	if (best.score === 0) return { language: fallback, confident: false };
	return { language: best.language, confident: best.score >= MIN_SCORE && best.score - second.score >= MIN_LEAD };
}
