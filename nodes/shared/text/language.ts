// The one Language type of the package and the one language detector that Symptom Triage and the
// Opt-Out Guard share: common words that belong clearly to one of pt, es and en. Spanish and
// Portuguese share many words ("de", "que"), so only words that tell them apart count.

export const LANGUAGES = ['pt', 'es', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The node option lists ("Language" parameter): the same values and names in every node. */
export const LANGUAGE_OPTIONS: readonly { name: string; value: Language }[] = [
	{ name: 'English', value: 'en' },
	{ name: 'Portuguese', value: 'pt' },
	{ name: 'Spanish', value: 'es' },
];
export const AUTO_LANGUAGE = 'auto';
export const LANGUAGE_OPTIONS_WITH_AUTO: readonly { name: string; value: Language | typeof AUTO_LANGUAGE }[] = [
	{ name: 'Auto-Detect', value: AUTO_LANGUAGE },
	...LANGUAGE_OPTIONS,
];

export function isLanguage(value: unknown): value is Language {
	return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

// Weight 2: words that are almost never anything else; weight 1: frequent but weaker hints
// (STOP is typed in Brazil too). Words are folded, as written, before chat spellings are expanded.
const MARKER_WORDS: Readonly<Record<Language, { clear: string; weak: string }>> = {
	pt: {
		clear:
			'nao naum vc voce voces vcs estou tenho muito muita meu minha ele ela dor sangue peito cachorro cachorra filho filha ' +
			'consigo consegue obrigado obrigada oi ola tambem agora hoje estao sem nem quero pode fazer desmaiou ' +
			'xixi comeu tomou teve isso essa esse quanto custa posso preciso precisa queria gostaria ontem quais ' +
			'dele dela sao tive quase quando vi atende atendem bom boa filhote remarcar marcar ' +
			'receber mensagens mensagem pare parem tira tire tirem sair descadastrar voltar mais mande mandem envie enviem ' +
			'novamente novo eu lembretes notificacoes promocoes propaganda tchau dessa ' +
			// Months that are Portuguese only (folded: março is marco).
			'janeiro fevereiro marco maio junho julho setembro outubro novembro dezembro ' +
			// Everyday words whose Spanish twin is spelt differently (bem/bien, depois/después, febre/fiebre).
			'bem depois amanha pouco onde ainda entao tava coisa tudo gravida febre cabeca perna braco olho olhos tosse ' +
			'nenem crianca menino menina gatinho cachorrinho vomitou caiu bateu engoliu mordeu',
		weak: 'com uma um do da no na dos das pra pro ta to ja mas e foi tem ao qual parar para cancelar',
	},
	es: {
		clear:
			'estoy tengo muy mucho mucha mi mis dolor sangre pecho perro perra hijo hija puedo gracias hola tambien ' +
			'ahora hoy pero sin quiero hacer desmayo panza comio tomo tuvo eso esa ese cuanto cuesta ' +
			'usted ustedes cita turno necesito quisiera ayer atienden recomiendan muero buenos noches cual cuales abren ' +
			'recibir mensajes mensaje baja dejen deja manden envien yo volver nuevo sacame saquenme quitame quitenme quiten ' +
			'borrame eliminame su sus recordatorios notificaciones promociones publicidad suscripcion desuscribir difusion esos ' +
			'hasta enero febrero marzo mayo junio julio septiembre setiembre octubre noviembre diciembre vosotros vuestros parad dejad ' +
			// Everyday words whose Portuguese twin is spelt differently (bien/bem, después/depois, fiebre/febre).
			'bien despues manana anoche poco donde todavia entonces ella ellos nosotros puede hay cuando embarazada fiebre cabeza ' +
			'pierna brazo ojo ojos tos nino nina ninos bebito gatito perrito cayo golpeo trago mordio hace lleva llevo',
		weak: 'con una un del la las los el y ya mas es fue tiene al se me parar para cancelar basta',
	},
	en: {
		clear:
			'the my i is have has with and of he she it dog cat pain not can cant blood chest breathe breathing son daughter ' +
			'baby please hi hello how much what this that ate took had been having help you your does need take ' +
			'dont im ive hes shes we our when where which there just any want receive messages message remove from list ' +
			'texts sending send again anymore more notifications reminders promotions off could would should ' +
			'january february june july september october november december calls call phone emails',
		weak: 'an in on at for was are be open stop unsubscribe start subscribe cancel quit do',
	},
};

function markerTable({ clear, weak }: { clear: string; weak: string }): ReadonlyMap<string, number> {
	const table = new Map<string, number>();
	for (const word of weak.split(/\s+/).filter(Boolean)) table.set(word, 1);
	for (const word of clear.split(/\s+/).filter(Boolean)) table.set(word, 2);
	return table;
}

/** Each marker word's weight in every language, in LANGUAGES order: one lookup per word of a message. */
const MARKERS: ReadonlyMap<string, readonly number[]> = (() => {
	const tables = LANGUAGES.map((language) => markerTable(MARKER_WORDS[language]));
	const words = new Set(tables.flatMap((table) => [...table.keys()]));
	return new Map([...words].map((word) => [word, tables.map((table) => table.get(word) ?? 0)]));
})();

export interface LanguageScore {
	language: Language;
	score: number;
}

/** Each language's score, highest first; ties keep `fallback` first, then pt, es, en. */
export function languageScores(words: readonly string[], fallback: Language = 'pt'): LanguageScore[] {
	const scores = LANGUAGES.map(() => 0);
	for (const word of words) {
		const weights = MARKERS.get(word);
		if (weights) for (let i = 0; i < scores.length; i++) scores[i] += weights[i];
	}
	return LANGUAGES.map((language, i) => ({ language, score: scores[i] })).sort(
		(a, b) => b.score - a.score || (a.language === fallback ? -1 : b.language === fallback ? 1 : 0),
	);
}

export interface Detection {
	language: Language;
	/** Enough distinctive words, and clearly more than any other language. */
	confident: boolean;
}

const MIN_SCORE = 3;
const MIN_LEAD = 2;

/**
 * The language of a message from its folded words (as written, before chat spellings). Not
 * confident when the evidence is thin; a caller that must not guess then reads the message in
 * every language.
 */
export function detectLanguage(words: readonly string[], fallback: Language = 'pt'): Detection {
	const [best, second] = languageScores(words, fallback);
	if (best.score === 0) return { language: fallback, confident: false };
	return { language: best.language, confident: best.score >= MIN_SCORE && best.score - second.score >= MIN_LEAD };
}

/**
 * A decision where one is needed (the language of a reply): the fallback unless one language
 * scores at least 2 and beats the others; on a tie the fallback, else the hint, wins.
 */
export function guessLanguage(words: readonly string[], fallback: Language = 'pt', hint?: Language): Language {
	const scores = languageScores(words, fallback);
	const [best, second] = scores;
	if (best.score < 2) return fallback;
	if (best.score > second.score) return best.language;
	const tied = scores.filter((entry) => entry.score === best.score).map((entry) => entry.language);
	if (tied.includes(fallback)) return fallback;
	return hint && tied.includes(hint) ? hint : best.language;
}
