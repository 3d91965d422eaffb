// The layer-1 vocabulary, as data. Entries are written plainly (accents allowed) and folded
// when compiled, so "não" and "nao" are one entry. The node's parameters add to these lists
// (extraOptOut/extraOptIn) or switch entries off (ignore).
import optOutCatalogue from './catalogue/opt-out.json';
import type { Language } from './types';

export interface Entry {
	text: string;
	language: Language;
}

/** An opt-out phrase found anywhere in a clause. 'clean' ones count only when nothing but filler follows. */
export interface OptOutPhrase extends Entry {
	tail: 'free' | 'clean';
}

/** Context-free opt-out phrases: they mean "stop messaging me" wherever they appear. */
export const OPT_OUT_PHRASES: OptOutPhrase[] = [
	{ text: 'descadastrar', language: 'pt', tail: 'free' },
	{ text: 'descadastre', language: 'pt', tail: 'free' },
	{ text: 'descadastro', language: 'pt', tail: 'free' },
	{ text: 'não me mande mais', language: 'pt', tail: 'clean' },
	{ text: 'não me mandem mais', language: 'pt', tail: 'clean' },
	{ text: 'não me envie mais', language: 'pt', tail: 'clean' },
	{ text: 'não me enviem mais', language: 'pt', tail: 'clean' },
	{ text: 'não mande mais', language: 'pt', tail: 'clean' },
	{ text: 'não mandem mais', language: 'pt', tail: 'clean' },
	{ text: 'não envie mais', language: 'pt', tail: 'clean' },
	{ text: 'não enviem mais', language: 'pt', tail: 'clean' },
	{ text: 'não me manda mais', language: 'pt', tail: 'clean' },
	{ text: 'não manda mais', language: 'pt', tail: 'clean' },
	{ text: 'pare de me mandar', language: 'pt', tail: 'clean' },
	{ text: 'parem de me mandar', language: 'pt', tail: 'clean' },
	{ text: 'para de me mandar', language: 'pt', tail: 'clean' },
	{ text: 'pare de mandar', language: 'pt', tail: 'clean' },
	{ text: 'parem de mandar', language: 'pt', tail: 'clean' },
	{ text: 'pare de me enviar', language: 'pt', tail: 'clean' },
	{ text: 'parem de me enviar', language: 'pt', tail: 'clean' },
	{ text: 'parem de enviar', language: 'pt', tail: 'clean' },
	{ text: 'pare de me encher', language: 'pt', tail: 'free' },
	{ text: 'parem de me encher', language: 'pt', tail: 'free' },
	{ text: 'não entre mais em contato', language: 'pt', tail: 'free' },
	{ text: 'não entrem mais em contato', language: 'pt', tail: 'free' },
	{ text: 'não quero ser contatado', language: 'pt', tail: 'free' },
	{ text: 'não quero mais ser contatado', language: 'pt', tail: 'free' },
	{ text: 'não quero mais contato', language: 'pt', tail: 'clean' },
	{ text: 'darme de baja', language: 'es', tail: 'free' },
	{ text: 'dame de baja', language: 'es', tail: 'free' },
	{ text: 'denme de baja', language: 'es', tail: 'free' },
	{ text: 'desuscribir', language: 'es', tail: 'free' },
	{ text: 'desuscribirme', language: 'es', tail: 'free' },
	{ text: 'desinscribirme', language: 'es', tail: 'free' },
	{ text: 'no me manden más', language: 'es', tail: 'clean' },
	{ text: 'no me envíen más', language: 'es', tail: 'clean' },
	{ text: 'no me escriban más', language: 'es', tail: 'clean' },
	{ text: 'no me mandes más', language: 'es', tail: 'clean' },
	{ text: 'dejen de enviarme', language: 'es', tail: 'free' },
	{ text: 'dejen de mandarme', language: 'es', tail: 'free' },
	{ text: 'dejen de escribirme', language: 'es', tail: 'free' },
	{ text: 'deja de enviarme', language: 'es', tail: 'free' },
	{ text: 'deja de mandarme', language: 'es', tail: 'free' },
	{ text: 'no me contacten más', language: 'es', tail: 'free' },
	{ text: 'no manden más', language: 'es', tail: 'clean' },
	{ text: 'no envíen más', language: 'es', tail: 'clean' },
	{ text: 'no escriban más', language: 'es', tail: 'clean' },
	{ text: 'unsubscribe', language: 'en', tail: 'free' },
	{ text: 'opt out', language: 'en', tail: 'free' },
	{ text: 'optout', language: 'en', tail: 'free' },
	{ text: 'opt me out', language: 'en', tail: 'free' },
	{ text: 'stop sending', language: 'en', tail: 'free' },
	{ text: 'stop texting', language: 'en', tail: 'free' },
	{ text: 'stop messaging', language: 'en', tail: 'free' },
	{ text: 'stop contacting', language: 'en', tail: 'free' },
	{ text: 'do not contact me', language: 'en', tail: 'free' },
	{ text: "don't contact me", language: 'en', tail: 'free' },
	{ text: "don't text me", language: 'en', tail: 'free' },
	{ text: "don't message me", language: 'en', tail: 'free' },
	{ text: "don't send me", language: 'en', tail: 'clean' },
	{ text: 'no more messages', language: 'en', tail: 'free' },
	{ text: 'no more texts', language: 'en', tail: 'free' },
	{ text: 'remove me', language: 'en', tail: 'clean' },
	{ text: 'take me off', language: 'en', tail: 'clean' },
];

/**
 * Opt-out words that are plain verbs in ordinary requests ("cancelar a consulta", "parar de
 * tomar"): they count only as the entire message, with nothing around them but courtesy. A bare
 * CANCELAR/CANCEL is not here: after a reminder or an order it cancels that, so it is one of the
 * catalogue's ambiguous keywords, `possible` for layer 2 (every author of our labelled sets read
 * it as cancelling the appointment).
 */
export const BARE_OPT_OUT: Entry[] = [
	{ text: 'parar', language: 'pt' },
	{ text: 'pare', language: 'pt' },
	{ text: 'para', language: 'pt' },
	{ text: 'chega', language: 'pt' },
	{ text: 'basta', language: 'es' },
	{ text: 'detener', language: 'es' },
	{ text: 'não quero mais', language: 'pt' },
	{ text: 'nao quero mais', language: 'pt' },
	{ text: 'no quiero más', language: 'es' },
	{ text: 'quit', language: 'en' },
];

/**
 * Opt-out keywords that may carry an intent ("quero sair", "I want to unsubscribe") and filler
 * ("sair da lista", "stop please"), but no other content: "sair mais cedo" is not an opt-out.
 */
export const OPT_OUT_KEYWORDS: Entry[] = [
	{ text: 'sair', language: 'pt' },
	{ text: 'cancelar inscrição', language: 'pt' },
	{ text: 'cancelar cadastro', language: 'pt' },
	{ text: 'baja', language: 'es' },
	{ text: 'dar de baja', language: 'es' },
	{ text: 'salir', language: 'es' },
	{ text: 'cancelar suscripción', language: 'es' },
	{ text: 'stop', language: 'en' },
	{ text: 'stopall', language: 'en' },
	{ text: 'stop all', language: 'en' },
];

/** Opt-in requests: they must be (nearly) the whole clause, since a false opt-in re-enables a contact. */
export const OPT_IN_KEYWORDS: Entry[] = [
	{ text: 'voltar', language: 'pt' },
	{ text: 'voltar a receber', language: 'pt' },
	{ text: 'voltar a mandar', language: 'pt' },
	{ text: 'voltar a enviar', language: 'pt' },
	{ text: 'voltem a mandar', language: 'pt' },
	{ text: 'voltem a enviar', language: 'pt' },
	{ text: 'receber de novo', language: 'pt' },
	{ text: 'receber novamente', language: 'pt' },
	{ text: 'reativar', language: 'pt' },
	{ text: 'assinar', language: 'pt' },
	{ text: 'volver', language: 'es' },
	{ text: 'volver a recibir', language: 'es' },
	{ text: 'recibir de nuevo', language: 'es' },
	{ text: 'reactivar', language: 'es' },
	{ text: 'suscribirme', language: 'es' },
	{ text: 'darme de alta', language: 'es' },
	{ text: 'dame de alta', language: 'es' },
	{ text: 'start', language: 'en' },
	{ text: 'start again', language: 'en' },
	{ text: 'unstop', language: 'en' },
	{ text: 'subscribe', language: 'en' },
	{ text: 'resubscribe', language: 'en' },
	{ text: 'opt in', language: 'en' },
	{ text: 'optin', language: 'en' },
	{ text: 'opt me in', language: 'en' },
	{ text: 'receive again', language: 'en' },
	{ text: 'send me again', language: 'en' },
];

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/** A verb that stops messages when an object such as "mensagens" follows; `needs` is the word it takes first. */
export interface StopVerb {
	word: string;
	needs?: string;
}

const verbs = (list: string, needs?: string): StopVerb[] =>
	list
		.split(/\s+/)
		.filter(Boolean)
		.map((word) => ({ word, needs }));

/** Verbs that stop messages: "parar as mensagens", "stop the notifications", "dejen de enviar mensajes". */
export const STOP_VERBS: StopVerb[] = [
	...verbs(
		'parar pare parem cancelar cancela cancele cancelem desativar desative desativa desativem desligar desligue desliga ' +
			'bloquear bloqueie bloqueia suspender suspenda suspendam interromper interrompa interrompam ' +
			'paren detener detengan deten cancelen desactivar desactiva desactiven suspendan ' +
			'stop cancel disable block halt quit',
	),
	...verbs('para chega basta deja dejen dejar dejes deje', 'de'),
	// "para ya con los mensajes", "para com essas mensagens": "para" is a verb only with its word after it.
	...verbs('para', 'ya'),
	...verbs('para', 'con'),
	...verbs('para', 'com'),
	...verbs('para', 'ja'),
	...verbs('turn', 'off'),
];

/** Verbs that take someone off a list: only "lista"/"list" (with "da"/"from") completes them. */
export const REMOVE_VERBS: StopVerb[] = verbs(
	'sair remover remova removam remove tirar tira tire tirem retirar retire retirem excluir exclua excluam exclui ' +
		'salir sacar saca saquen sacame saquenme quitar quita quiten quitame quitenme borrar borra borren borrame ' +
		'eliminar elimina eliminen eliminame retirame delete take',
);

/**
 * What a message stream is called. Reminders and notices only in the plural: "cancelar o
 * lembrete de amanhã" is about one appointment, "parar os lembretes" is about the stream.
 */
export const MESSAGE_OBJECTS = words(
	'mensagem mensagens notificacao notificacoes lembretes avisos comunicacoes comunicados disparos sms alertas ' +
		'mensaje mensajes notificacion notificaciones recordatorios avisos alertas ' +
		// Diminutives, said in scorn: "para ya con los mensajitos", "chega de mensagenzinha".
		'mensajito mensajitos mensagenzinha mensagenzinhas mensaginha mensaginhas ' +
		'message messages text texts txt txts notification notifications reminders alerts updates messaging texting ' +
		'contacting spamming emailing',
);

/** Objects that make an opt-out about marketing only: "parar as promoções" still allows appointment reminders. */
export const MARKETING_OBJECTS = words(
	'propaganda propagandas promocao promocoes promocional promocionais oferta ofertas marketing newsletter novidades ' +
		'campanha campanhas comerciais publicidad promocion promociones promocionales anuncios novedades campanas boletin ' +
		'comerciales promotion promotions promotional promo promos ad ads advertising offer offers newsletters campaign campaigns ' +
		'deals discounts coupons descontos cupons descuentos cupones',
);

/**
 * Things a shop or clinic sends that are no messages: "pode parar de mandar o remédio?", "stop sending the food" ask about
 * a medicine or a delivery (the catalogue's stop_medication_question and cancel_order look-alikes), not about messages.
 */
export const THING_OBJECTS = words(
	'remedio remedios medicamento medicamentos medicacao medicacoes comprimido comprimidos pilula pilulas antibiotico ' +
		'vermifugo antipulgas colirio pomada racao racoes comida sache saches petisco petiscos biscoito biscoitos areia ' +
		'tapete tapetes shampoo brinquedo brinquedos coleira pedido pedidos encomenda encomendas compra caixa caixas ' +
		'caixinha entrega entregas amostra amostras produto produtos pacote pacotes kit ' +
		'medicina medicinas pastilla pastillas antibioticos pienso alimento croquetas golosinas arena juguete juguetes ' +
		'collar correa caja cajas cajita paquete paquetes muestra muestras producto productos ' +
		'medicine medicines meds medication medications pill pills tablets antibiotics food kibble treats snacks chews ' +
		'litter sand toys toy order orders package packages parcel parcels box boxes delivery deliveries sample ' +
		'samples product products shipment shipments refill refills ' +
		// The brands a pet shop sells: "stop sending the Bravecto".
		'bravecto nexgard simparic frontline seresto apoquel royal canin golden premier whiskas pedigree purina proplan hills',
);

/** A list one is taken off; only with a "from" word before it and filler after ("lista de espera" is not this). */
export const LIST_OBJECTS = words('lista listas list lists cadastro mailing');
export const FROM_WORDS = words('da de dessa desta dessas destas do desse deste del dela from off');

/** Words that may sit between a verb and its object: articles, pronouns, "receber", "mandar"... */
export const BRIDGE_WORDS = words(
	'de da do das dos d me a o as os com essa esse essas esses esta este estas estes dessa desse dessas desses desta deste ' +
		'destas nessa nesta sua seu suas seus minha meu minhas meus toda todo todas todos receber recebendo recebimento mandar mandando ' +
		'enviar enviando ficar mais qualquer nenhuma voces voce vcs numero telefone contato nome ' +
		'la las el los lo del mi mis tu tus su sus esa ese esas esos estos recibir recibiendo enviarme mandarme mas ustedes usted ' +
		'ningun ninguna cualquier nombre con ya ja ' +
		'the this these that those your my all any of from off me getting receiving receive get sending send more you to with such ' +
		'number name',
);

/** Words allowed after a keyword or a list without changing its meaning: "sair da lista de vocês, obrigado". */
export const TAIL_WORDS = words(
	'voces voce ustedes you transmissao transmision difusao difusion envio envios whatsapp zap wpp contatos contactos contacts ' +
		'broadcast anymore mais more nada nothing agora now ya ja ahora sistema system numero number telefone phone contato ' +
		'contacto contact aqui here aca nunca never again ever vez isso eso it this that empresa clinica loja tudo todo nd nda',
);

/** Exasperation around a request: "FFS STOP", "pqp, parem", "joder, parad". Not "omg", which also swoons ("omg stop 😍"). */
export const EXASPERATION_WORDS = words('ffs wtf ugh argh smh jfc pqp aff afff affs porra caralho joder hostia carajo');

/** Courtesy and greetings around a request: "Oi, PARAR por favor, obrigado". */
export const POLITE_WORDS = words(
	'por favor porfavor porfa pf pfv pfvr pls plz please obrigado obrigada obg brigado brigada grato grata gracias thanks ' +
		'thank you thx ty ok okay oi ola hola hi hello hey bom dia boa tarde noite buenos dias buenas tardes noches good ' +
		'morning afternoon evening agora ja now ya ahora imediatamente urgente sim si yes ' +
		// "plis", "porfis" as texted: "de baja plisss".
		'porfis plis pliis pliss pliz ' +
		// Laughter around a request: "lol stop", "kkk para de mandar".
		'lol lmao haha hahaha kkk kkkk rs jaja jajaja kindly gentilmente amablemente ' +
		[...EXASPERATION_WORDS].join(' '),
);

/** A farewell after a keyword that is otherwise the whole message: "bloqueado. tchau" (but "tchau" alone is no keyword). */
export const FAREWELL_WORDS = words('tchau chau bye adeus adios');

/** Words that state an intent before a keyword: "eu quero", "I want to", "pueden". */
export const INTENT_WORDS = words(
	'eu quero queria gostaria de desejo me so pode podem poderia poderiam voces vcs ' +
		'yo quiero deseo puede pueden podria podrian ustedes ' +
		'i want to wanna would like id can could you please',
);

export const NEGATIONS = words('nao no not dont doesnt never nunca nem ni jamais jamas');

/** What may stand between a negation and the verb it negates: "não QUERO parar", "don't WANT TO stop". */
export const NEGATION_GAP_WORDS = words(
	'eu yo i quero queria quiero want to precisa preciso need vou voy vai va will pode podem puede can me te se mais mas more ' +
		'do ja ya deve devem deben should gostaria de e es is para pra for trying tentando intentando ' +
		// "ni se les ocurra dejar de…", "nem pensem em parar…", "don't you dare stop…": a dare is a negation.
		'les ocurra pensem pense em ousem you dare ' +
		// "no quiero QUE me saquen de la lista".
		'que ' +
		// "yo no PEDÍ salir de la lista", "I did not ASK to be unsubscribed": what was not asked for.
		'pedi pedimos solicitei solicite ask asked ' +
		// "not ASKING you to stop the msgs": what is not being asked for.
		'asking pedindo pidiendo',
);

export const WANT_WORDS = words('quero queria quer queremos quiero queremos want wanna preciso necesito need desejo deseo gostaria');
export const RECEIVE_WORDS = words('receber recebendo recibir recibiendo receive receiving get getting');
/** Between a negation and "quero": "não QUERO MAIS receber". */
export const REFUSAL_GAP_WORDS = words('eu yo i mais mas more do really realmente');

/** Complaints that hint at an opt-out without saying it: "muitas mensagens", "too many texts". */
export const COMPLAINT_WORDS = words(
	'muitas muita demais excesso tantas tanta chato chatas insuportavel encher enchendo incomodando perturbando ' +
		'demasiados demasiadas tantos molesto molestando too many annoying spam harassing',
);

/** Words that betray a language; 2 = clear sign, 1 = shared or borrowed (STOP is typed in Brazil too). */
export const LANGUAGE_MARKERS: Record<Language, ReadonlyMap<string, number>> = {
	pt: weights(
		'nao quero receber mensagens mensagem voces voce obrigado obrigada pare parem tira tire tirem sair descadastrar ' +
			'voltar mais mande mandem envie enviem novamente novo meu minha eu oi ola agora lembretes notificacoes ' +
			'promocoes propaganda tchau essas dessa',
		'da do das dos ja parar para cancelar',
	),
	es: weights(
		'quiero recibir mensajes mensaje baja dejen deja gracias usted ustedes manden envien yo volver nuevo hola ahora ' +
			'sacame saquenme quitame quitenme quiten borrame eliminame su sus recordatorios notificaciones promociones ' +
			'publicidad suscripcion desuscribir difusion esos',
		'mas del la las el los ya parar para cancelar basta',
	),
	en: weights(
		'want dont receive messages message please remove from the my you list texts sending send again anymore more not ' +
			'notifications reminders promotions off take this',
		'stop unsubscribe start i subscribe cancel quit',
	),
};

function weights(clear: string, weak: string): ReadonlyMap<string, number> {
	const table = new Map<string, number>();
	for (const word of words(weak)) table.set(word, 1);
	for (const word of words(clear)) table.set(word, 2);
	return table;
}

// ---- the opt-out catalogue (catalogue/opt-out.json) ---------------------------------------------

interface CatalogueIntent {
	id: string;
	phrases: Partial<Record<Language, string[]>>;
	keywords: Partial<Record<Language, string[]>>;
	typos?: Partial<Record<Language, string[]>>;
}

const CATALOGUE_INTENTS = (optOutCatalogue as unknown as { intents: CatalogueIntent[] }).intents;
const CATALOGUE_LANGUAGES: Language[] = ['pt', 'es', 'en'];
const entriesOf = (lists: Partial<Record<Language, string[]>> | undefined): Entry[] =>
	CATALOGUE_LANGUAGES.flatMap((language) => (lists?.[language] ?? []).map((text) => ({ text, language })));
const isOneWord = (text: string) => !/\s/.test(text.trim());
/** Words with a letter or a digit: "#" in "remove my #" is none. */
const wordCount = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** The catalogue's keywords (and one-word misspellings): an opt-out when they are the whole message. */
const BARE_REFUSAL = /^\s*(não|nao|n|ñ|naum|no)\s+(quero|qro|kero|quiero|kiero)(\s+(mais|más|mas))?\s*$/i;

const ambiguous = (intent: CatalogueIntent) =>
	entriesOf((intent as CatalogueIntent & { ambiguousKeywords?: Partial<Record<Language, string[]>> }).ambiguousKeywords);
const AMBIGUOUS_TEXTS = new Set(CATALOGUE_INTENTS.flatMap(ambiguous).map((entry) => entry.text.toLowerCase()));

export const CATALOGUE_KEYWORDS: Entry[] = CATALOGUE_INTENTS.flatMap((intent) => [
	...entriesOf(intent.keywords),
	...entriesOf(intent.typos).filter((entry) => isOneWord(entry.text)),
	// A one-word "phrase" ("bloqueado", "blocked") is a keyword: "meu cartão foi bloqueado" is no opt-out.
	...entriesOf(intent.phrases).filter((entry) => isOneWord(entry.text)),
]).filter((entry) => !AMBIGUOUS_TEXTS.has(entry.text.toLowerCase()));

/** The catalogue's intent for a death: its misspellings are deaths for the concept rules (concepts.ts), not phrases. */
const DEATHS = 'deceased_stop';

/** The catalogue's phrases (and misspelt phrases): an opt-out anywhere in a clause, unless negated. */
// A death told in a misspelt word or two ("se murio", "ja morreu", "pased away") is no request anywhere it stands: the
// concept rules take it, with a stop, grief or as a bare notice ("al perro de mi vecino lo envenenaron y se murio" is not).
export const CATALOGUE_PHRASES: OptOutPhrase[] = CATALOGUE_INTENTS.flatMap((intent) => [
	...entriesOf(intent.phrases).filter((entry) => !isOneWord(entry.text)),
	...(intent.id === DEATHS ? [] : entriesOf(intent.typos).filter((entry) => !isOneWord(entry.text))),
])
	// "não quero mais" alone ends many conversations ("não quero mais nada, obrigado"): it needs an object.
	.filter((entry) => !BARE_REFUSAL.test(entry.text))
	// A symbol standing for a word is no word: "remove my #" is as short as "remove my", and as clean ("remove my stitches").
	.map((entry) => ({ ...entry, tail: wordCount(entry.text) <= 2 ? ('clean' as const) : ('free' as const) }));

const SAFE_OPT_IN_WORDS = new Set(['start', 'unstop', 'voltar', 'subscribe', 'resubscribe', 're-subscribe', 'opt-in']);

/** The catalogue's opt-in phrases: they must be (nearly) the whole clause. */
export const CATALOGUE_OPT_IN: Entry[] = entriesOf(
	(optOutCatalogue as unknown as { optIn: { phrases: Partial<Record<Language, string[]>> } }).optIn.phrases,
).filter(
	// A lone "yes", "aceito" or "alta" answers too many other questions to re-enable a contact.
	(entry) => !isOneWord(entry.text) || SAFE_OPT_IN_WORDS.has(entry.text.toLowerCase()),
);

/**
 * The catalogue's ambiguous keywords ("CANCELAR", "FIM", "END"): alone they may answer an
 * appointment reminder, so they are not an opt-out by themselves, only `possible` for layer 2.
 */
export const AMBIGUOUS_KEYWORDS: Entry[] = CATALOGUE_INTENTS.flatMap(ambiguous);
