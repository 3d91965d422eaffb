// The concepts layer 1 combines, per language: a stop verb and a messaging object ("parem de
// mandar", "chega de promoção", "pause the reminders"), a remove verb and a list ("tirem meu número
// do cadastro"), "don't" with a contact verb and "me" ("no me vuelvan a contactar"), erasing personal
// data, revoking consent, a wrong number, a death, a threat to block or report, "leave me alone".
// Whole phrases and keywords come from the opt-out catalogue (catalogue/opt-out.json); these lists
// are the parts that let new wordings of the same requests match. Words are written plainly (accents
// allowed) and normalized like messages (nodes/shared/text); a word also matches its other forms by
// stem ("mandar" → "mandando", "mandem"), and one other word may sit between two words of a phrase. A stop as a noun
// with its article ("dar uma parada") is a visit, and "para otro chat" says a quotation was meant elsewhere.
import type { Language } from '../shared/text';

export const CONCEPTS = [
	'stop',
	'pause',
	'canStop',
	'notNow',
	'later',
	'send',
	'sendMe',
	'me',
	'object',
	'marketing',
	'care',
	'only',
	'list',
	'records',
	'remove',
	'erase',
	'data',
	'consent',
	'permission',
	'wrong',
	'notMe',
	'who',
	'deceased',
	'newPet',
	'grief',
	'noLongerComes',
	'notInterested',
	'misrecorded',
	'switched',
	'still',
	'block',
	'threat',
	'threatMsg',
	'blockNow',
	'complaint',
	'blockedWord',
	'without',
	'leave',
	'fedUp',
	'asked',
	'unsubscribe',
	'noMore',
	'noReceive',
	'negator',
	'keep',
	'other',
	'hypothesis',
	'no_need',
	'needless',
	'this_number',
	'notStop',
	'notList',
	'quote',
	'timeWindow',
	'cancel',
	'blockedReported',
	'anything',
	'you',
	'reportOther',
	'there',
	'removeMe',
	'leaveShort',
	'notHere',
	'notHereIdiom',
	'mineNow',
	'fromLater',
	'onlyLater',
	'resume',
	'fine',
	'lost',
	'notDeceased',
	'hurts',
	'decline',
	'declineBefore',
	'declineWeak',
	'tooOften',
	'afterEvent',
	'askedAgain',
	'noneOf',
	'arrived',
	'wasOf',
	'notOne',
	'demonstrative',
	'tooMuch',
	'subscription',
	'notQuote',
	'botherMe',
	'everything',
	'knowNone',
	'plenty',
	'enough',
	'knowWhatToDo',
	'withoutDiscounts',
	'keepConsent',
	'notYet',
	'otherOwner',
	'dataRegulator',
	'notMeShort',
	'wantsRecords',
	'asks',
	'noPet',
	'stopKeyword',
	'blockingWord',
	'junk',
	'canEnd',
	'again',
	'keepSending',
	'away',
	'notSigned',
	'imOut',
	'forGood',
	'hearFrom',
	'lastOne',
	'holdThese',
	'noThese',
	'lastNoun',
	'button',
	'outOf',
	'gotIt',
	'moreOfThese',
	'changeNumber',
	'receiveThis',
	'noReceiveThem',
	'politeBother',
	'order',
	'keywordAlone',
	'fedUpAfter',
	'lastBefore',
	'asksOffer',
	'forget',
	'withoutMore',
	'notOn',
	'hearOf',
	'lessOf',
	'leaveBare',
	'harassment',
	'dataLaw',
	'spareMe',
	'numberNoLonger',
	'calledSpam',
	'sarcasm',
	'never',
	'thanks',
	'oneMoreAnd',
	'ordinal',
	'neverAgain',
	'notLeftAlone',
	'neverQuit',
	'restIsSpam',
	'whyHeld',
	'leaveVerb',
	'spamFolder',
	'nothingElse',
	'youContactMe',
] as const;
export type Concept = (typeof CONCEPTS)[number];

type Lists = Partial<Record<Concept, string>>;

const split = (list: string): string[] =>
	list
		.split(';')
		.map((phrase) => phrase.trim())
		.filter(Boolean);

/** "a partir de janeiro", "a partir de fevereiro"…: one phrase per month after each opening. */
const fromMonths = (openings: string, months: string): string =>
	split(openings)
		.flatMap((opening) => months.split(' ').map((month) => `${opening} ${month}`))
		.join(';');
const PT_MONTHS = 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro';
const ES_MONTHS = 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre';
const EN_MONTHS = 'january february march april may june july august september october november december';

/**
 * A verb family: every form of the verbs that a request takes, from their roots, so that a
 * remove verb counts in all its conjugations and politeness forms ("tirem", "tirassem",
 * "excluíssem", "quiten", "quitasen", "quitarme", "sáquenme"). A root is written "root:class",
 * with the class "ar", "er" or "ir", and a second root for the forms whose spelling changes ("apag|apagu:ar", "sac|saqu:ar").
 */
const verbRoots = (roots: string): { root: string; eRoot: string; v: string }[] =>
	roots.split(' ').map((entry) => {
		const [both, kind] = entry.split(':');
		const [root, eRoot = root] = both.split('|');
		return { root, eRoot, v: kind[0] };
	});
const ptVerbs = (roots: string): string =>
	verbRoots(roots)
		.flatMap(({ root, eRoot, v }) => {
			// "tira/tire/tirem", "apaga/apague/apaguem", "remove/remova/removam", "exclui/exclua/excluam"; the infinitive,
			// its personal form, the past subjunctive and the conditional ("gostaria que tirassem", "se vocês removessem").
			const present = v === 'a' ? [`${root}a`, `${eRoot}e`, `${eRoot}em`] : [`${root}${v === 'e' ? 'e' : 'i'}`, `${root}a`, `${root}am`];
			const rest = [`${v}r`, `${v}rem`, `${v}sse`, `${v}ssem`, `${v}ria`, `${v}riam`].map((ending) => `${root}${ending}`);
			return [...present, ...rest];
		})
		.join(';');
/** The participles of a family: "que sejam deletados", "apagadas", "excluído". */
const ptParticiples = (roots: string): string =>
	verbRoots(roots)
		.flatMap(({ root, v }) => ['o', 'os', 'a', 'as'].map((ending) => `${root}${v === 'a' ? 'ad' : 'id'}${ending}`))
		.join(';');
const esVerbs = (roots: string): string =>
	verbRoots(roots)
		.flatMap(({ root, eRoot, v }) => {
			const subjunctive = v === 'a' ? `${eRoot}e` : `${eRoot}a`;
			const imperative = v === 'a' ? `${root}a` : `${eRoot}e`;
			const past = v === 'a' ? `${root}a` : eRoot === root ? `${root}ie` : `${eRoot}e`;
			// "quita/quite/quiten", "quitar", "quitaran/quitasen", "quitarme", "quítame", "quítenme", "quítenlo"; to
			// vosotros, "quitad", "quitadme", "quitéis" ("borrad mis datos", "no me quitéis", "sacadme de la lista").
			const vosotros = v === 'a' ? `${eRoot}éis` : `${eRoot}áis`;
			return [
				`${root}${v}d`,
				vosotros,
				...['me', 'nos', 'lo', 'la'].map((clitic) => `${root}${v}d${clitic}`),
				imperative,
				subjunctive,
				`${subjunctive}n`,
				`${root}${v}r`,
				`${past}ra`,
				`${past}ran`,
				`${past}se`,
				`${past}sen`,
				...['me', 'nos', 'lo', 'la', 'los', 'las'].flatMap((clitic) => [
					`${root}${v}r${clitic}`,
					`${imperative}${clitic}`,
					`${subjunctive}n${clitic}`,
				]),
			];
		})
		.join(';');
/** The clitic forms only: "quitarme", "quítame", "quítenme": a remove verb with its "me". */
const esVerbsMe = (roots: string): string =>
	esVerbs(roots)
		.split(';')
		.filter((form) => form.endsWith('me'))
		.join(';');
const PT_REMOVE_VERBS = 'tir:ar retir:ar remov:er exclu:ir apag|apagu:ar delet:ar elimin:ar descadastr:ar';
const PT_ERASE_VERBS = 'apag|apagu:ar exclu:ir delet:ar elimin:ar';
// "k me kiten de ese grupo": chat spells qu as k.
const ES_REMOVE_VERBS = 'sac|saqu:ar quit:ar kit:ar borr:ar elimin:ar retir:ar exclu|excluy:ir desapunt:ar';
const ES_ERASE_VERBS = 'borr:ar elimin:ar suprim:ir';

/** Every pairing of the words of two lists, or three: "me deixem" × "em paz", "otro" × "mensajito". */
const pairs = (...lists: string[]): string =>
	lists
		.map((list) => list.split(' ').map((word) => word.replace(/_/g, ' ')))
		.reduce((done, next) => done.flatMap((left) => next.map((right) => `${left} ${right}`)))
		.join(';');

/** Asking whether there is an offer: "tem (alguma) promoção essa semana?", "¿hay descuentos?", "any deals this week?". */
const PT_ASKS_OFFER = pairs(
	'tem têm vai_ter teria tem_alguma tem_algum tem_alguns tem_algumas têm_alguma têm_algum vai_ter_alguma vai_ter_algum',
	'promoção promoções promo promos oferta ofertas desconto descontos cupom cupons liquidação',
);
const ES_ASKS_OFFER = pairs(
	'hay habrá tienen tenéis tiene hay_alguna hay_algún hay_algunas hay_algunos tienen_alguna tienen_algún tienen_algunas tienen_algunos',
	'promoción promociones promo promos oferta ofertas descuento descuentos cupón cupones rebaja rebajas',
);
const EN_ASKS_OFFER = pairs(
	'any is_there_a is_there_any are_there_any got_any have_any',
	'promotion promotions promo promos offer offers deal deals discount discounts coupon coupons sale sales',
);

/** The same, each entry matched as written: "me deixem tranquila" must not take "me deixa tranquila" by stem. */
const asWritten = (entries: string): string =>
	entries
		.split(';')
		.map((entry) => `=${entry}`)
		.join(';');

/**
 * "Leave me alone" as a family: each form of "deixar"/"dejar" that asks ("me deixem", "déjenme", "dejadme",
 * "que me dejen") with each way of being left ("em paz", "sossegada", "tranquilo", "quieta"). Not the forms that
 * tell ("isso me deixa tranquila" reassures): a calm after an indicative counts only as "em paz".
 */
const PT_LEAVE_ALONE = asWritten(
	[
		pairs(
			'me_deixem me_deixe deixem_me deixe_me me_deixarem me_deixassem me_deixasse',
			'em_paz quieto quieta quietos sossegado sossegada sossegados tranquilo tranquila tranquilos',
		),
		pairs('me_deixa deixa_eu me_dxa me_dexa deixa_me me_deixar', 'em_paz sossegado sossegada'),
	].join(';'),
);
/** "Me dais de baja", "nos dan de baja": each form of "dar" that asks, to "me" or "nos", with "de baja". */
const ES_GIVE_NOTICE = pairs('me nos', 'da das dan dais den des deis', 'de_baja');
const ES_LEAVE_ALONE = asWritten(
	[
		pairs(
			'déjenme déjame dejadme déjeme me_dejen me_dejéis me_dejes me_deje me_dejaran me_dejasen',
			'en_paz tranquilo tranquila tranquilos tranquilas tranqui quieto quieta quietos',
		),
		pairs('dejarme', 'en_paz'),
	].join(';'),
);
/** "Meu gato se foi", "ele se foi": gone, of the pet (a fever or a pain that "se foi" is no death). */
const PT_PET_GONE = pairs(
	'gato gata gatinho gatinha cachorro cachorra cachorrinho cachorrinha cão cadela bichinho bichinha pet ele ela',
	'se_foi',
);
/** "No promotions" as a family: each way of saying without with each kind of promotion ("sem descontos", "sin cupones", "no flash sales"). */
const PT_WITHOUT = pairs(
	'sem nada_de menos',
	'propaganda propagandas promoção promoções promo promos oferta ofertas cupom cupons novidades campanhas publicidade anúncios marketing',
);
const ES_WITHOUT = pairs(
	'sin nada_de menos',
	'promoción promociones promo promos oferta ofertas cupón cupones publicidad anuncios novedades campañas marketing rebajas',
);
/** Without discounts: said of a price too ("ficou 80 sem desconto"), so only beside a request for the care messages alone. */
const PT_WITHOUT_DISCOUNTS = pairs('sem nada_de', 'desconto descontos');
const ES_WITHOUT_DISCOUNTS = pairs('sin nada_de', 'descuento descuentos');
const EN_WITHOUT_DISCOUNTS = pairs('no without', 'discount discounts');
const EN_WITHOUT = pairs(
	'no without less less_of_the less_of_your less_of_all_the fewer',
	'promotions promos offers deals coupons ads adverts advertising marketing newsletters sales',
);
/** "One more message" as a family: each opening with each kind of message ("otro mensajito", "mais uma promo", "another text"). */
const PT_ONE_MORE = [
	pairs('mais_uma outra', 'mensagem msg mensagenzinha mensaginha promoção promo propaganda oferta notificação'),
	pairs('mais_um outro', 'aviso lembrete email sms zap whats disparo'),
].join(';');
const ES_ONE_MORE = [
	pairs('otro', 'mensaje mensajito msj msg sms whatsapp wsp correo mail email recordatorio aviso'),
	pairs('otra', 'promo promoción oferta publicidad notificación'),
	pairs('un', 'mensajito msj sms whatsapp correo recordatorio', 'más'),
].join(';');
/** "4th", "3rd", "3º", "2ª" as the tokenizer splits them: a number and its ordinal ending. */
const ORDINAL_NUMERALS = [2, 3, 4, 5, 6, 7, 8, 9, 10]
	.flatMap((n) => ['st', 'nd', 'rd', 'th', 'º', 'ª'].map((ending) => `${n} ${ending}`))
	.join(';');
const EN_ONE_MORE = pairs('one_more another', 'message msg text txt sms email reminder promo ad offer notification');

/**
 * "The last message before I block" as a family: "last" with each kind of message and "before", a "you send" between or
 * not ("the last msg u send before", "a última mensagem que vcs mandam antes", "el último mensaje antes de que").
 */
const PT_LAST_BEFORE = pairs(
	'última',
	'mensagem msg promoção promo propaganda',
	'antes que_mandam_antes que_voces_mandam_antes que_me_mandam_antes',
);
const ES_LAST_BEFORE = [
	pairs('último', 'mensaje msj whatsapp correo', 'antes que_mandan_antes que_me_mandan_antes que_mandáis_antes que_me_mandáis_antes'),
	pairs('última', 'promo promoción', 'antes que_mandan_antes que_me_mandan_antes que_mandáis_antes que_me_mandáis_antes'),
].join(';');
const EN_LAST_BEFORE = pairs(
	'last',
	'message msg text txt email reminder promo one',
	'before you_send_before you_send_me_before you_will_send_before youll_send_before you_get_to_send_before',
);

/** The sender got the wrong person: "vcs erraram a pessoa", "se equivocaron de persona", each past form with each way of naming it. */
const PT_WRONG_PERSON = pairs('erraram errou errou_de erraram_de', 'a_pessoa de_pessoa o_destinatário');
const ES_WRONG_PERSON = pairs('se_equivocaron se_equivocó erraron le_erraron', 'de_persona a_la_persona la_persona');
/**
 * The number no longer someone's, each way of naming it: "ya no es el cel de mi suegra", "não é mais o zap da Ana",
 * "this is no longer Sarah's phone" (a name may stand between the words).
 */
const PT_NO_LONGER_NUMBER_OF = pairs('não_é_mais_o já_não_é_o', 'número cel celular telefone zap whats whatsapp', 'do da de');
const ES_NO_LONGER_NUMBER_OF = pairs('ya_no_es_el no_es_más_el', 'número cel celular teléfono whatsapp móvil', 'de');
const EN_NO_LONGER_NUMBER_OF = [
	pairs('is_no_longer', 'number phone cell mobile'),
	pairs('is_not', 'number phone cell mobile', 'anymore'),
].join(';');
/**
 * Someone else's animal read or seen about, in a group, a post or the news: "li num grupo do face que uma gata morreu",
 * "vi en las noticias que un perro murió", "saw a post about a dog that died"; a death told of no pet of the speaker's.
 */
const PT_READ_ABOUT = pairs(
	'li vi lendo vendo',
	'num_grupo no_grupo em_um_grupo numa_notícia na_notícia no_jornal na_tv no_face no_facebook no_insta no_instagram no_tiktok num_post numa_postagem numa_reportagem na_internet',
);
const ES_READ_ABOUT = pairs(
	'leí vi leyendo viendo',
	'en_un_grupo en_el_grupo en_una_noticia en_las_noticias en_el_diario en_la_tele en_face en_facebook en_insta en_instagram en_tiktok en_un_post en_una_publicación en_internet',
);
const EN_READ_ABOUT = pairs(
	'read saw seen reading',
	'in_a_group on_a_group in_the_group a_post on_facebook on_fb on_insta on_instagram on_tiktok on_the_news in_the_news an_article on_reddit online',
);
/** A rude dismissal "with" the messages: each "off" that dismisses ("rack off with these texts"). */
const EN_OFF_WITH = pairs('fuck piss sod bugger rack naff shove', 'off_with');
/** "Don't call, don't text": each "don't" with each channel, two of which refuse contact (none_of). */
const EN_DONT_CHANNEL = pairs('dont', 'call ring text txt message msg email whatsapp');
/** "Sem contato mais", "sin mensajes más": without a channel any more, closing its clause. */
const PT_WITHOUT_MORE = pairs('sem', 'contato mensagem mensagens msg ligação ligações lembretes avisos notificações', 'mais');
const ES_WITHOUT_MORE = pairs('sin', 'contacto mensajes mensaje llamadas recordatorios avisos notificaciones', 'más');

const PT: Lists = {
	// Praise that mocks, said of one more message: "era só o que faltava", "adoro receber 3 por dia".
	// Sincere thanks keep praise praise: "adoro receber os lembretes, obrigada!".
	// "mais uma e é block": the message left out, nothing between the words ("mais uma dose e" is a dose).
	oneMoreAnd: 'mais uma e;mais um e',
	thanks: 'obrigado;obrigada;obg;valeu;agradeço;brigado;brigada',
	sarcasm:
		'era só o que faltava;só o que faltava;era tudo que eu precisava;justo o que eu precisava;exatamente o que eu precisava;adoro receber;amo receber;que maravilha receber;que delícia receber;que delicia receber;q delícia receber;q delicia receber',
	// "a terceira hoje", "o 4º aviso": a message counted, which the sarcasm around it mocks.
	ordinal: `${ORDINAL_NUMERALS};segunda;terceira;quarta;quinta;sexta;segundo;terceiro;quarto;quinto;sexto`,
	// "nunca mais ter notícias de vocês": never again, either side of hearing from the sender.
	neverAgain: 'nunca mais;nunca mais na vida',
	// "não me deixam em paz": a complaint of not being left alone, which needs the messages named.
	notLeftAlone: 'não me deixam em paz;nao me deixam em paz;não me deixam em paz nunca;não deixam a gente em paz',
	// "me deixa" alone, closing a message that complains: "PARAAA toda hora isso, me deixa".
	leaveBare: 'me deixa;me deixem;me deixe;me deixa quieto;me deixa quieta;deixa eu;me larga',
	harassment: 'isso é assédio;isso já é assédio;é assédio;isso é perseguição;é perseguição;vocês estão me assediando;vcs tão me assediando',
	dataLaw: 'lei de proteção de dados;lei geral de proteção de dados;lgpd',
	numberNoLonger: PT_NO_LONGER_NUMBER_OF,
	calledSpam: 'isso é spam;isso já é spam;isso virou spam;isso já virou spam;já virou spam;virou spam;é só spam;é puro spam',
	spareMe: 'me poupem;me poupe;me poupa;poupem me;me livrem;me livra',
	stop: 'parar;pare;parem;para de;pare de;parem de;parar de;deixa de;deixem de;deixar de;=chega de;=chega;basta de;para com;parem com;pare com;interromper;interrompam;suspender;suspendam;desativar;desativem;desative;cessar;cessem;acabar com;sem mais;parassem;parassem de;parasse de;deixassem de;deixasse de;desliga;desligar;desliguem;desligue;pararem;pararem de;já deu dessas;já deu dessa;já deu de;abstenham se de;abster se de;interrupção;suspensão;parem c;pare c;parem c as;chega c;stop nas;stop nos;stop com;stop aos;stop às;maneirem nas;maneira nas;maneirem com;maneira com;peguem leve com;pega leve com;peguem leve nas;pega leve nas',
	pause:
		'ano que vem;mês que vem;depois do natal;pausa;pausar;pausem;pause;pausa nos;dar um tempo;dá um tempo;por um tempo;por enquanto;até janeiro;até fevereiro;até março;até abril;até maio;até junho;até julho;até agosto;até setembro;até outubro;até novembro;até dezembro;até o mês que vem;essas semanas;por uns dias;por umas semanas;me deixa sem;depois de janeiro;por 30 dias;por um mês;por duas semanas;por uma semana;pelos próximos meses;segura as;segurem as;até eu voltar;até eu avisar;até segunda ordem;até nova ordem;me deixa uns tempos sem;me deixa um tempo sem;uns tempos sem;um tempo sem;uns dias sem;por um tempinho;um tempinho;por uns tempos;uma segurada;dá uma segurada;deem uma segurada;dar uma segurada;segura as mensagens;segurem as mensagens;silêncio;um silêncio;até lá;até então;me silencia;me silenciem;me coloca em pausa;me coloquem em pausa;me pausa;me pausem',
	send: 'mandar;mandando;mande;mandem;manda;enviar;envie;enviem;envia;escrever;escrevam;escreva;ligar;liguem;ligue;liga;contatar;contatem;contate;contactar;procurar;procurem;chamar;chamem;comunicar;comuniquem;entrar em contato;entrem em contato;mandarem;enviarem;ligarem;escreverem;contatarem;mandassem;enviassem;ligassem;escrevessem;procurarem;chamarem;contactarem',
	me: 'me;mim;pra mim;para mim;comigo;meu número;meu numero;meu contato;meu telefone;meu celular;meu contacto;meu telemóvel;meu telemovel;esse número;este número;meu nome',
	object:
		'mensagem;mensagens;msg;zap;zaps;zapzap;whats;whatsapp;sms;torpedo;torpedos;notis;noti;notif;spams;lembrete;lembretes;aviso;avisos;notificação;notificações;notificacao;notificacoes;comunicado;comunicados;disparo;disparos;email;emails;e-mail;ligação;ligações;ligacao;ligacoes;spam;essas coisas;essas mensagens;contato;propaganda;propagandas;promoção;promoções;promo;ofertas;oferta;newsletter;novidades;campanha;campanhas;mensagens automáticas;mensagem automática;comunicação;comunicações;cupom;cupons;esse tipo de coisa;esse tipo de coisas;este tipo de coisa;esse tipo de conteúdo;esse tipo de contato;esse tipo de aviso;ladainha;mesma ladainha;lenga-lenga;lengalenga;coisas nesse número;coisa nesse número;coisas neste número;coisas pra esse número;coisas para esse número;nada nesse número;nada neste número;disparo em massa;disparos em massa;mensagem em massa;mensagens em massa;corrente;correntes;corrente de zap;correntes de whatsapp',
	marketing:
		'propaganda;propagandas;promoção;promoções;promocao;promocoes;promo;promos;promocional;promocionais;oferta;ofertas;desconto;descontos;newsletter;novidades;campanha;campanhas;marketing;publicidade;anúncio;anúncios;black friday;liquidação;queima de estoque;cupom;cupons;2 x1;3 x2;leve 3 pague 2;boletim;boletins;informativo de ofertas;informativo de promoções',
	care: 'lembrete;lembretes;aviso;avisos;consulta;consultas;vacina;vacinas;agendamento;retorno;resultado;resultados;banho;tosa;banho e tosa',
	list: 'lista;listas;=cadastro;=cadastros;mailing;grupo;transmissão;lista de transmissão;difusão;trem de lista;negócio de lista;coisa de lista;lance de lista;bagulho de lista;trem de grupo;negócio de grupo;trem de transmissão',
	records: 'sistema;base;base de dados;banco de dados;agenda;registro;registros;contatos;contactos',
	remove: `tira;tire;tirem;tirar;retira;retire;retirem;retirar;remove;remova;removam;remover;exclui;exclua;excluam;excluir;apaga;apague;apaguem;apagar;deleta;delete;deletem;deletar;descadastra;descadastre;descadastrem;remoção;exclusão;nos tira;nos tirem;tirem a gente;tira a gente;nos remova;nos removam;${ptVerbs(PT_REMOVE_VERBS)}`,
	erase: `apaga;apague;apaguem;apagar;exclui;exclua;excluam;excluir;deleta;deletem;deletar;elimina;eliminem;eliminar;apagados;excluídos;apagado;excluído;exclusão;${ptVerbs(PT_ERASE_VERBS)};${ptParticiples(PT_ERASE_VERBS)};apagamento;eliminação;pro lixo;jogados fora;joguem fora;jogue fora;joga fora;descartem;descartar;descartados`,
	data: 'meus dados;dados pessoais;minhas informações;minhas infos;minha info;meu cadastro;meu telefone;meu número;meu contato;meu contacto;meu telemóvel;meus dados pessoais;os dados de vocês;todos os meus dados;meu nome;meu endereço;tudo que vocês têm sobre mim;tudo que tem sobre mim;dados meus;meus dados;tudo que vocês guardam de mim;tudo que tem de mim',
	consent:
		'não autorizo;nao autorizo;não autorizei;nunca autorizei;retiro o consentimento;retiro meu consentimento;retiro a autorização;revogo;revogar;revogo o consentimento;revogar consentimento;lgpd;lei geral de proteção de dados;quem deu meu número;de onde tiraram meu número;nunca me inscrevi;nunca me cadastrei;não me cadastrei;não me inscrevi;nunca pedi pra receber;nunca pedi para receber;nunca pedi essas mensagens;não pedi essas mensagens;não pedi pra receber;não dou consentimento;não dou meu consentimento;sem meu consentimento;não consinto;direito de não receber;direito de não ser contatado;direito de oposição;de onde pegaram meu número;onde conseguiram meu número;como conseguiram meu número;como conseguiram meu contato;quem passou meu número;quem autorizou vcs;quem autorizou vocês;quem autorizou voces;quem te autorizou;quem deu permissão pra vocês;quem deu permissão pra vcs;retiro o meu consentimento;retirar meu consentimento;retirar o consentimento;consentimento retirado;consentimento revogado;revogo meu consentimento;lei 13.709;13.709;direito ao esquecimento;direito de eliminação;direito à eliminação;quem deu meus dados;quem deu meu contato;quem deu meu telefone;quem deu meu celular;quem deu meu email;quem passou meus dados;quem passou meu contato;quem passou meu telefone;quem passou meu celular;quem passou meu email;de onde tiraram meus dados;de onde tiraram meu contato;de onde tiraram meu telefone;de onde tiraram meu celular;de onde tiraram meu email;onde conseguiram meus dados;onde conseguiram meu contato;onde conseguiram meu telefone;onde conseguiram meu celular;onde conseguiram meu email;como conseguiram meus dados;como conseguiram meu contato;como conseguiram meu telefone;como conseguiram meu celular;como conseguiram meu email;de onde pegaram meus dados;de onde pegaram meu contato;de onde pegaram meu telefone;de onde pegaram meu celular;de onde pegaram meu email;quem vendeu meus dados;quem vendeu meu contato;quem vendeu meu telefone;quem vendeu meu celular;quem vendeu meu email',
	wrong: `não é mais dela;não é mais dele;não conheço vocês;número errado;numero errado;número erradíssimo;numero erradissimo;pessoa erradíssima;pessoa errada;mandou pra pessoa errada;esse número não é;este número não é;não tenho cachorro;não tenho gato;não tenho pet;nem tenho cachorro;nem tenho gato;não sou paciente;não sou cliente;nunca fui paciente;nunca fui cliente;nunca fui aí;nunca levei;antigo dono;antiga dona;dono anterior;dona anterior;era de outra pessoa;número era de;não sou quem;não sou a pessoa;não sou essa pessoa;não é o número do;não é o número da;nao e o numero do;nao e o numero da;mudou de dono;trocou de dono;número era da;número era do;esse número era;este número era;esse número é meu há;este número é meu há;tenho esse número há;tenho esse número desde;esse número é meu faz;nunca fui em veterinário;nunca fui no veterinário;nem tenho bicho;não tenho bicho;nunca tive pet;nunca tive cachorro;nunca tive gato;não usa mais esse número;não usa mais este número;${PT_WRONG_PERSON}`,
	deceased: `faleceu;falecido;falecida;morreu;óbito;obito;nos deixou;virou estrelinha;descansou;=partiu;virou anjinho;virou anjo;foi pro céu;foi para o céu;atravessou a ponte;ponte do arco-íris;arco-íris;foi sacrificado;foi sacrificada;tivemos que sacrificar;precisamos sacrificar;fizemos a eutanásia;fizemos eutanásia;não está mais entre nós;não está mais com a gente;veio a falecer;perdemos o nosso;perdemos a nossa;perdemos nosso;perdemos nossa;tivemos que sacrificar o;tivemos que sacrificar a;${PT_PET_GONE};ja morreu`,
	block:
		'vou bloquear;vou te bloquear;te bloquear;bloquear vocês;bloquear esse;eu bloqueio;bloqueio vocês;bloqueio esse;denunciar;denuncio;vou denunciar;reportar como spam;denunciar como spam;reclamar no procon;procon;anatel;reclame aqui;processar vocês;spam;te bloqueio;vou dar block;dar block;vou dar um block;vai levar block;anpd;autoridade nacional de proteção de dados',
	// Forgetting and losing asked as written, like `forget`: "me esqueci", "esqueceu meu número?", "perdi meu número" tell what happened.
	leave: `prefiro não ter notícias de vocês;não quero saber de vocês;não quero saber mais de vocês;não quero mais saber de vocês;${pairs('que_parte_do_não qual_parte_do_não que_parte_de_não', 'me_interessa quero entenderam entendem entendeu')};me deixa em paz;me deixem em paz;me deixe em paz;me deixa em paz;deixa eu em paz;=me esquece;=me esqueçam;me erra;larga do meu pé;larguem do meu pé;parem de encher;para de encher;pare de encher;não me enche;não encham;não enche;encher o saco;encher meu saco;parem de me incomodar;parem de me perturbar;para de me incomodar;para de me perturbar;some;sumam;sai do meu zap;sai do meu whats;sai do meu whatsapp;saiam do meu zap;some do meu zap;ser incomodado;ser incomodada;não me incomodem;não me incomode;parem de incomodar;para de incomodar;não quero ser incomodado;não quero ser incomodada;não quero mais ser incomodado;não quero mais ser incomodada;dxa eu em paz;me dxa em paz;me dxem em paz;não quero saber de vocês;não quero saber mais de vocês;não quero mais saber de vocês;não quero nada de vocês;não quero nada com vocês;vaza daqui;vazem daqui;=esquece que eu existo;=esqueçam que eu existo;=esquecer que eu existo;=esqueçam meu número;=esquece meu número;=percam meu número;=perde meu número;${PT_LEAVE_ALONE};vocês não desistem;vcs não desistem;vocês nunca desistem;vcs nunca desistem;vcs n desistem;=esqueçam que existo;=esqueçam de mim;=esquece de mim;finjam que eu não existo;façam de conta que eu não existo`,
	unsubscribe:
		'descadastrar;descadastre;descadastro;descadastra;descadastrem;descadastramento;cancelar inscrição;cancelar minha inscrição;cancelar assinatura;cancelar cadastro;desinscrever;opt out;optout;sair da lista;sair dessa lista;sair do grupo;sair da transmissão;saio da lista;saio dessa lista;saio desta lista;sair desta lista;saia da lista;tirar da lista;desescreve;desescrever;desinscreve;desinscrevam;me desinscreve;me desescreve;me descadastram;me descadastrem;me descadastra',
	noMore:
		'não quero mais;nao quero mais;não quero receber;nao quero receber;não quero nada;não quero contato;não quero mais contato;não quero mais nada;não quero;promoção não;propaganda não;promoções não;gostaria de não receber;prefiro não receber;deixar de receber;não tenho interesse;não tenho mais interesse;perdi o interesse;dispenso;dispensamos;não me interessa;não me interessam;nao me interessa;nao me interessam',
	negator: 'não;nao;nunca;jamais;nem;nem pensem em;nem pense em;nem inventem de;nem invente de;nem ousem',
	keep: 'continuem;continuem mandando;pode continuar;podem continuar;quero continuar recebendo;=adoro;gosto das;gosto dos;preciso dos lembretes;preciso das mensagens;me ajudam;ajudam muito;sigo querendo;pelo contrário;mandem também;continuem avisando;continuem me avisando;me salvam;salvam minha vida',
	other: `${pairs('assinatura_da assinatura_do assinatura_de entrega_da entrega_do entrega_de envio_da envio_do', 'areia ração racao petisco petiscos sachê sache remédio medicamento produto produtos caixa caixinha tapete tapetes shampoo antipulgas')};no curso;do curso;da faculdade;do condomínio;ração mensal;assinatura da ração;de outra loja;da outra veterinária;de outra veterinária;da outra clínica;de outra clínica;do pedido;o pedido;a entrega;mudei de endereço;da família;do aplicativo;do app;no meu celular;do celular;no celular;meu plano de celular;do seguro;da seguradora;da operadora;do banco;da escola;da academia;de outra loja;de outra empresa;não é de vocês;não são vocês;do plano;do convênio;netflix;spotify;amazon;ifood;uber;grupo errado;conversa errada;da netflix;revista;da revista;outra empresa;meu número novo é;anota o novo;anota meu novo;anote o novo;número novo é;atualiza meu número;atualizem meu número;atualizar meu número;atualiza meu cadastro;do meu plano;plano de saúde;grupo de mães;grupo das mães;grupo de gestantes;grupo de pais;grupo de apoio;grupo de estudo;grupo de amigos;grupo da turma;prefiro whatsapp;prefiro mensagem;prefiro por mensagem;prefiro texto;melhor mandar mensagem;melhor por mensagem;manda por whatsapp;só por mensagem;prefiro email;prefiro ligação;melhor me ligar;do site;no site;site da;site do;pelo site;grupo de corrida;grupo de caminhada;grupo de adoção;grupo do condomínio;grupo da escola;grupo de treino;grupo do adestramento;número antigo;numero antigo;meu antigo número;número velho;põe esse;coloca esse;coloca este;troca pelo;do meu ex;da minha ex;meu cartão;o cartão;fraude;grupo do trabalho;grupo do meu trabalho;pessoal do trabalho;email do trabalho;grupo da vizinhança;grupo do bairro;grupo de tutores;grupo do whatsapp da;grupo do whats da;grupo do zap da;quem é o adm;quem é o admin;administrador do grupo;trocar o cadastro;troca o cadastro;trocar meu cadastro;atualiza o cadastro;atualizem o cadastro;atualizar o cadastro;atualiza pra esse;atualizar pra esse;atualizem pra esse;farmácia;drogaria;aplicativo de entrega;app de entrega;assinatura mensal;envio mensal;entrega mensal;entrega programada;envio programado;entrega recorrente;compra recorrente;compra programada;ninguém em casa;não tem ninguém em casa;o pacote;o entregador;a encomenda;a transportadora;o motoboy;da ong;do abrigo;da protetora;vocês trabalham com eles;vcs trabalham com eles`,
	hypothesis:
		'se eu quiser;se eu quisesse;se alguém quiser;como alguém;alguém sabe como;meu amigo;minha amiga;minha mãe pediu;minha mãe quer;meu marido quer;minha esposa quer;ela disse;ele disse;não eu;o que acontece se;o que significa;caso eu queira;caso um dia;se eu mandar;se eu responder;se eu escrever;se eu digitar;minha mãe mandou;meu pai mandou;meu filho mandou;minha filha mandou;meu marido mandou;minha esposa mandou;meu marido disse;minha esposa disse;minha mãe disse;meu marido falou;minha mulher falou;era pro meu;era pra minha;era para o meu;era para a minha;se um dia eu quiser;se um dia quiser;só curiosidade;por curiosidade;só pra saber;não quero sair;curiosidade;vocês sabem;vcs sabem;sabem como;alguém sabe;falei pro meu;falei pra minha;disse pro meu;disse pra minha;falou que pediu;disse que pediu;minha vizinha;meu vizinho;se um dia quisesse;se um dia eu quisesse;disse que era pra;alguma ideia de como;sabe como faço;meu marido fala;meu marido diz;meu marido vive falando;meu marido vive dizendo;minha esposa fala;minha esposa diz;minha esposa vive falando;minha esposa vive dizendo;minha mulher fala;minha mulher diz;minha mulher vive falando;minha mulher vive dizendo;minha mãe fala;minha mãe diz;minha mãe vive falando;minha mãe vive dizendo;meu pai fala;meu pai diz;meu pai vive falando;meu pai vive dizendo;meu filho fala;meu filho diz;meu filho vive falando;meu filho vive dizendo;minha filha fala;minha filha diz;minha filha vive falando;minha filha vive dizendo;meu namorado fala;meu namorado diz;meu namorado vive falando;meu namorado vive dizendo;minha namorada fala;minha namorada diz;minha namorada vive falando;minha namorada vive dizendo;ela pediu pra;ele pediu pra;ela pediu para;ele pediu para;ela respondeu;ele respondeu;ela mandou sair;ela mandou parar;ele mandou parar;ele mandou sair',
	no_need:
		'não precisa mais mandar;nao precisa mais;não precisa mais;não precisam mais;pode parar;não tem mais;não há mais necessidade;não tem mais necessidade;não é mais necessário;não são mais necessários;não precisa mais de',
	needless: 'não faz sentido;não tem sentido;não tem por que;não tem porque;não precisa;nao precisa;não precisam;não precisa ficar',
	this_number:
		'esse número;este número;esse numero;este numero;meu número;meu numero;esse zap;esse whats;esse celular;este celular;esse telefone;este telefone;este telemóvel;esse telemóvel;meu telemóvel',
	notStop:
		'parar o carro;parar no;para amanhã;para hoje;para mim;para o;para a;para quando;parar de tomar;parar de fumar;parar de beber;parar o remédio;para de doer;parar de sangrar;cancelar a consulta;cancelar o horário;cancelar o pedido;cancelar a compra;cancelar o agendamento;parei de receber;pararam de chegar;parou de chegar;pararam de mandar;pararam de enviar;deixei de receber;deixaram de mandar;deixaram de chegar;deixou de chegar;parar de dar;parar de usar;parar de passar;parar com o remédio;parar de pingar;parar a medicação;parar o antibiótico;parar o tratamento;parar a ração;parar com a ração;uma parada;uma paradinha;dar uma parada',
	notList:
		'lista de espera;fila de espera;lista de compras;lista de vacinas;lista de encaixe;fila de encaixe;lista de cirurgia;lista de cancelamento;lista da cirurgia;lista de castração;lista da castração;lista de exames;lista de vacinação;lista do plantão;lista de procedimentos;lista do banho;lista da tosa;lista de banho;lista do hotel;lista da creche;lista do sábado;lista de sábado;uma lista de;lista de plantas;lista de alimentos',
	cancel: 'cancelar;cancela;cancele;cancelem;desmarcar;anular;anulem;anule;encerrar;encerrem;encerre;encerra;encerrarem',
	blockedReported:
		'vou registrar no consumidor;consumidor.gov;registrar reclamação;bloqueado e denunciado;bloqueado e reportado;denunciado e bloqueado;bloqueei e denunciei;já bloqueei;botão de denunciar;botãozinho de denunciar;botão de bloquear;botãozinho de bloquear;botão de denúncia;dedo no botão de bloquear;dedo no bloquear',
	anything: 'nada;nenhuma;coisa nenhuma',
	you: 'vocês;voces;vcs;vcês;essa clínica;essa empresa;essa loja;esse pet shop',
	reportOther: 'maus-tratos;maus tratos;maltrato;maltratando;maltratar;vizinho;vizinha;vizinhos',
	there: 'daí;daqui;dai;de lá',
	removeMe:
		'me tira;me tire;me tirem;me retira;me retirem;me remove;me removam;me exclui;me excluam;tira meu nome;tirem meu nome;tira o meu nome;tirem o meu nome;tira meu número;tirem meu número;tira o meu número;tirem o meu número;apaga meu nome;apaguem meu nome;exclui meu nome;excluam meu nome;tira ele;tira ela;tirem ele;tirem ela;tira meu nro;tirem meu nro;tira meu contato;tirem meu contato;tira meu contacto;tirem meu contacto;retirem meu contacto;retirem meu contato;tira meus dados;tirem meus dados;desfaz isso;desfaçam isso;podem desfazer;pode desfazer;desfazer isso;me desconsiderar;me desconsiderem;me desconsidere;me desconsidera',
	leaveShort:
		'me silenciem;me silencia;me coloca no mudo;me coloquem no mudo;me põe no mudo;me ponham no mudo;me larga;me larguem;vaza;vazem;some daqui;sumam daqui;sai fora',
	quote:
		'digitou;escreveu;sem querer;foi engano meu;ignora;ignore;mandei errado;era brincadeira;espera;pera;peraí;calma;quis dizer;digo;me enganei;errei;foi mal;não me descadastra;nao me descadastra;não me descadastrem;não me tira da lista;não me tirem da lista;nem pensar em sair;não quero sair da lista;pegou meu celular;pegou o celular;pegou meu telefone;desconsidera;desconsiderem;desconsidere;responda sair para;responda parar para;responda pare para;responda stop para;é golpe ou;é confiável;é de vocês mesmo;outro chat;outra conversa;pra outra conversa;para outra conversa',
	notMe: `não conheço;não sou o;não sou a;nao sou o;nao sou a;não é do;não é da;não é mais do;não é mais da;não sou eu;não é o;não é a;nao e o;nao e a;não conheço essa clínica;não conheço esse número;não conheço ninguém;não conheço nenhum;não conheço nenhuma;${pairs('não_sou_dona_de não_sou_dono_de', 'nenhum nenhuma')}`,
	who: 'quem é;quem fala;quem está falando;quem é você;quem são vocês;quem são;quem é vc;q é isso;que número é esse;de onde é esse número;número novo;esse número agora é meu;agora é meu número;trocou de número;mudou de número;engano;por engano',
	grief: `me deixa mal receber;me deixa mal ver;não sei se consigo ver;não tenho coragem de ver;dói receber;dói ver;doi muito ver;doloroso receber;doloroso ver;triste receber;triste ver;machuca ver;difícil ver;difícil receber;dói cada vez;parte o coração;parte meu coração;corta o coração;não consigo ver;não aguento ver;não consigo mais ver;não aguento mais ver;${pairs('não_consigo não_aguento', 'ver ler receber mais_ver mais_ler mais_receber continuar_vendo continuar_lendo continuar_recebendo')};o nome dele nas mensagens;o nome dele nos lembretes;o nome dele nos avisos;o nome dele nessas mensagens;o nome dele aparecer;o nome dele aparecendo;o nome dela nas mensagens;o nome dela nos lembretes;o nome dela nos avisos;o nome dela nessas mensagens;o nome dela aparecer;o nome dela aparecendo;o nomezinho dele nas mensagens;o nomezinho dele nos lembretes;o nomezinho dele nos avisos;o nomezinho dele nessas mensagens;o nomezinho dele aparecer;o nomezinho dele aparecendo;o nomezinho dela nas mensagens;o nomezinho dela nos lembretes;o nomezinho dela nos avisos;o nomezinho dela nessas mensagens;o nomezinho dela aparecer;o nomezinho dela aparecendo`,
	noLongerComes:
		'não vai mais precisar;não vai precisar mais;não vai precisar;não vai mais às consultas;não vai mais nas consultas;não vai mais na consulta;não vai mais vir;não vem mais;não vai mais tomar vacina',
	notInterested:
		'não me interessa;não me interessam;nao me interessa;nao me interessam;dispenso;não tenho interesse;sem interesse;pode tirar;podem tirar',
	misrecorded:
		'estão com o número errado;estão com meu número errado;tem o número errado;anotaram errado;número anotado errado;anotado errado;anotaram errado;anotou errado;anotado o telefone errado;cadastrado errado;cadastraram errado;telefone errado;digitaram errado;salvaram errado',
	switched:
		'não moro mais em;não moro mais na;não moro mais no;já não moro;não levo mais;me mudei pra;me mudei para;nos mudamos pra;nos mudamos para;mudamos de cidade;mudei de cidade;troquei de veterinário;troquei de veterinario;troquei de clínica;troquei de clinica;mudei de veterinário;mudei de clínica;levo em outra clínica;levo em outro veterinário;outra clínica;outro veterinário;nem cliente sou mais;não sou mais cliente;nao sou mais cliente;me mudei de cidade;mudamos de cidade;mudamos de estado;me mudei de estado;mudei de país;mudamos de país;não vamos mais voltar;não vou mais voltar;não voltaremos',
	without: `sem promoções;sem propaganda;sem propagandas;sem marketing;sem spam;sem publicidade;menos spam;menos propaganda;menos promoção;menos promoções;nada de promoção;nada de propaganda;sem ofertas;sem oferta;sem promoção;sem promo;sem promos;sem cupom;sem cupons;sem anúncios;nada de oferta;nada de ofertas;${PT_WITHOUT}`,
	threat:
		'continua mandando e;continuem mandando e;manda mais uma e;mandem mais uma e;mais uma mensagem;mais uma msg;mais um aviso;próxima mensagem;próxima msg;da próxima vez;última vez que;ultima vez;se mandarem de novo;se mandar de novo;se mandarem mais;se mandar mais;se continuar;se continuarem;continuem assim;continua assim;para ou;pare ou;parem ou;para senão;pare senão;parem senão;continua mandando;continuem mandando;continue mandando;manda mais uma pra ver;manda mais pra ver',
	complaint:
		'reclamação;reclamar;procon;consumidor.gov;reclame aqui;denúncia;denunciar;processo;processar;advogado;justiça;consumidor;defesa do consumidor;avaliação negativa;1 estrela;uma estrela;nota 1;avaliação;consumidor gov',
	blockedWord: 'bloqueado;bloqueada;bloqueei;bloqueamos;denunciado;denunciada;denunciei;reportado;reportada;reportei',
	blockNow:
		'é block;leva block;toma block;bloqueio;bloquear;bloqueando;anatel;spam;bloqueiam;bloqueie;bloqueei;vou bloquear;vai ser bloqueado;é bloqueio;leva bloqueio;reporto;reportar;vou reportar;denuncio;dou denúncia;dar block;dou block;dar um block;levar block;vai levar block;pro block;pro bloqueio;pra block;ganha block;ganhar block;direto pro block',
	threatMsg: `na próxima vai;a próxima vai;o próximo vai;na próxima já;mais uma mensagem;mais uma msg;mais um aviso;mais um lembrete;próxima mensagem;próxima msg;se mandarem de novo;se mandar de novo;se mandarem mais;se mandar mais;se mandarem outra;se chegar mais uma;mais uma dessa;mais uma dessas;mais um desse;manda mais uma;mandem mais uma;se vier mais uma;se vier outra;na próxima eu;mais uma promoção;mais uma propaganda;mais uma promo;mais um email;${PT_ONE_MORE}`,
	still:
		'continuam vindo;ainda vêm;ainda vem;seguem chegando;continuam aparecendo;continuam mandando;continuam enviando;continuam me mandando;seguem mandando;ainda mandam;ainda estão mandando;continua chegando;continuam chegando;ainda chega;ainda chegam',
	only: 'só;somente;apenas',
	asked:
		'já pedi;já falei;já disse;quantas vezes;eu pedi;pedi pra;pela última vez;já respondi sair;respondi sair;respondi pare;respondi parar;já mandei sair;já mandei parar;mandei sair;mandei parar',
	// A rude dismissal "with" the messages is fed up with them: "vsf com essas mensagens", "vai à merda com essas promoções".
	fedUp:
		'me deixando louca;me deixando doida;me deixando maluca;me deixando louco;me deixando doido;vocês me cansam;vcs me cansam;que chatos;que chatice;vocês são chatos;vcs são chatos;que pentelhos;nem um dia de paz;nem um dia sossegado;não tenho um dia de paz;saco cheio;de saco cheio;cansei;cansada dessas;cansado dessas;to cansada de;to cansado de;não aguento mais;nao aguento mais;farta de;farto de;vsf com;vtnc com;vai se ferrar com;vai se lascar com;vai à merda com;vai pro inferno com;vai tomar no cu com;pro inferno com;à merda com',
	notNow: 'agora não;por enquanto não;agora nao;agora não dá;no momento não;agora mesmo não;no momento;por ora;por enquanto',
	later:
		'em janeiro;em fevereiro;em março;em abril;em maio;em junho;em julho;em agosto;em setembro;em outubro;em novembro;em dezembro;ano que vem;mês que vem;depois do carnaval;depois das férias',
	permission: `${pairs('nunca_concordei_em nunca_concordei_com nunca_aceitei nunca_pedi_para nunca_pedi_pra não_concordei_em', 'receber mensagens mensagem propaganda propagandas promoções marketing isso')};sem minha autorização;não têm minha permissão;não tem minha permissão;sem minha permissão;não dei permissão;nunca dei permissão;não dou permissão;não autorizei isso;nunca autorizei;não dou autorização;não dei autorização;nunca dei autorização;não têm minha autorização;não tem minha autorização;não autorizo vocês`,
	sendMe: 'me escrevam;me escreve;me chamem;me procurem;me procura;me liguem;me avisem;me avisa;me avise;me chama;me avisar',
	newPet: 'agora temos;novo filhote;nova filhote;cachorro novo;gato novo;filhote novo;adotei um;adotei uma;adotamos um;adotamos uma',
	canStop: 'já pode parar;pode parar;podem parar;já podem parar',
	timeWindow: 'antes das;depois das;de manhã;pela manhã;no horário de trabalho;em horário comercial;fora do horário',
	noReceive:
		'não quero receber;não quero mais receber;não me interessa receber;gostaria de não receber;prefiro não receber;não desejo receber;não receber mais;preferia não receber;prefiro não ter que receber',

	// "aqui não é a dona Cida": the one who answers says this phone is not that person's.
	notHere:
		'aqui não é o;aqui não é a;aqui não é do;aqui não é da;aqui não mora;aqui não tem nenhum;aqui não tem nenhuma;aqui não tem ninguém com esse nome;não tem ninguém aqui com esse nome',
	// "aqui não é a primeira vez": an idiom, not a wrong number.
	notHereIdiom:
		'aqui não é a primeira;aqui não é a única;aqui não é a mesma;aqui não é o mesmo;aqui não é o lugar;aqui não é a hora;aqui não é o caso;aqui não é o primeiro',
	mineNow:
		'ficou comigo;ficou pra mim;ficou para mim;passou pra mim;passou para mim;herdei;agora está comigo;agora tá comigo;agora uso eu;é meu agora;agora é meu;é minha agora;agora é minha;agora pertence a mim;agora quem usa sou eu;quem usa agora sou eu',
	fromLater: `${fromMonths('a partir de', PT_MONTHS)};a partir do mês que vem;a partir do próximo mês;a partir do ano que vem`,
	onlyLater: `${fromMonths('só em;só depois de;não antes de', PT_MONTHS)};só no ano que vem;só no mês que vem`,
	resume: 'voltem a;voltar a;volta a;voltarem a;retomem;retomar',
	fine: 'tudo bem com;tudo bem receber;de boa com;tranquilo com;ok com;podem continuar;pode continuar;são úteis;me ajudam;não me importo com',
	lost: '=tivemos que nos despedir do;=tivemos que nos despedir da;=nos despedimos do;=nos despedimos da;=tivemos que dar adeus;=perdemos o;=perdemos a;=perdemos nosso;=perdemos nossa',
	notDeceased:
		'morreu de rir;morri de rir;morrendo de;morrer de;morta de;morto de;quase morreu;quase morre;quase morri;celular morrendo;celular ta morrendo;celular está morrendo;bateria morrendo;celular morreu;bateria morreu;=morri;=morri aqui;eu morri',
	hurts:
		'dói;doi;doem;machuca;choro;começo a chorar;me faz chorar;me fazem chorar;fico chorando;um soco;um golpe;uma facada;de partir o coração;me destrói;me destroi;acaba comigo;me arrasa;me mata;me despedaça;é difícil;muito difícil;é duro;muito duro;é doloroso;muito doloroso',
	// "Enough of that" after the promotions refuses them: "cupom, oferta, black friday... chega disso".
	decline:
		'não precisa não;não precisa mais não;não quero não;tô bem;to bem;tô de boa;to de boa;estou bem;tô servido;tô servida;estou servido;estou servida;não preciso delas;não preciso deles;não preciso não;podem guardar;pode guardar;guardem pra vocês;guarda pra vocês;economizem;dispenso;dispensamos;não precisa;nao precisa;não obrigado;não obrigada;nao obrigado;nao obrigada;to fora;tô fora;já cansou;ja cansou;cansa;não rola;nao rola;pode parar;podem parar;ninguém merece;ninguem merece;chega disso;basta disso;já deu disso',
	declineBefore:
		'estou de boa das;estou de boa dos;estou de boa de;estou bem sem;tô bem sem;dispenso;dispensamos;não preciso de;não preciso das;não preciso dos;nao preciso de;sem necessidade de',
	declineWeak: 'não dá;nao da;chega;basta',
	tooOften:
		'vocês não cansam;vcs não cansam;voces nao cansam;não se cansam;não cansam;é a terceira;é a quarta;é a quinta;a terceira hoje;a quarta hoje;todo santo dia;todo dia;todos os dias;toda semana;toda hora;todo santo;direto;o tempo todo;várias vezes por semana;por semana;na semana;por dia;ao dia;num dia;todo santo dia;toda segunda;toda terça;toda quarta;toda quinta;toda sexta;toda manhã;toda noite;toda semana;todo sábado;todo domingo;todo fim de semana',
	afterEvent: `depois das férias;depois do carnaval;depois do natal;depois do ano novo;depois da mudança;depois da viagem;depois das festas;depois da páscoa;depois das festas de fim de ano;no ano que vem;ano que vem;depois do verão;depois do inverno;daqui uns meses;daqui a uns meses;daqui uns dois meses;daqui a dois meses;daqui uns 2 meses;depois que eu voltar;quando eu voltar;depois que eu me mudar;depois do feriado;depois do feriadão;${fromMonths('depois de;só depois de;a partir de', PT_MONTHS)};passando as festas;depois das festas de fim de ano;depois do réveillon`,
	askedAgain:
		'terceira vez que peço;segunda vez que peço;quarta vez que peço;já é a terceira vez;já é a segunda vez;pela terceira vez;pela segunda vez;pela quarta vez;cansei de pedir;de novo eu peço',
	noneOf:
		'nem email;nem e-mail;nem ligação;nem ligacao;nem zap;nem whats;nem whatsapp;nem mensagem;nem msg;nem sms;nenhum contato;nada de contato;nada de ligação;nunca mais',
	arrived: 'chegou;chegaram;recebi;recebemos;ainda;até agora',
	// "esse celular era do meu ex": after "this number", the number was someone else's.
	wasOf: 'era do;era da;era de;era dele;era dela;pertencia a;pertencia ao;pertencia à;já foi do;já foi da;foi do;foi da',
	// "nem uma mensagem até janeiro": not a single one.
	notOne: 'nem uma;nem um;nenhuma;nenhum;nem meia',
	// "não quero mais receber isso": what a refusal points back to.
	demonstrative: 'isso;isto;essas;esses;estas;estes;elas;eles',
	// "essas ofertas todo dia tão demais": too much of a thing.
	tooMuch: 'demais;é demais;tá demais;tão demais;estão demais;é muito;exagero;exagerado;exagerada;um exagero;excessivo;excessiva',
	subscription: 'inscrição;minha inscrição;assinatura;minha assinatura;meu cadastro;o cadastro',
	notQuote:
		'de espera;sala de espera;tempo de espera;fila de espera;horas de espera;na espera;me desconsiderar;me desconsiderem;me desconsidere;me desconsidera;vez que digo',
	botherMe:
		'me incomodar;me incomodando;me perturbar;me perturbando;me importunar;me importunando;me amolar;me amolando;me aborrecer;me aborrecendo;me azucrinar;me azucrinando;me encher;me enchendo;encher o saco;encher meu saco',
	everything: 'tudo;todos;todas;tudinho;tudo isso',
	plenty:
		'já basta;bastam;basta;é suficiente;são suficientes;já é suficiente;tá ótimo;tá bom demais;já tá bom;já está bom;é o bastante;já é o bastante',
	enough: 'mais não;chega disso;já tá bom;já está bom;=chega;já chega;=basta;já basta;já deu;chega né;chega ne',
	knowWhatToDo: 'já sabem o que fazer com;vocês sabem o que fazer com;sabem o que fazer com;sabem o que fazer;já sabem o que fazer',
	withoutDiscounts: PT_WITHOUT_DISCOUNTS,
	keepConsent:
		'tem autorização;têm autorização;autorização pra guardar;autorização para guardar;permissão pra guardar;permissão para guardar;guardar meus dados;guardar meu telefone;guardar meu número',
	notYet:
		'nenhuma ligação ainda;nenhuma ligação até agora;nenhuma mensagem ainda;nenhuma mensagem até agora;nenhuma email ainda;nenhuma email até agora;nenhuma retorno ainda;nenhuma retorno até agora;nenhuma notícia ainda;nenhuma notícia até agora;nenhuma contato ainda;nenhuma contato até agora;nenhum ligação ainda;nenhum ligação até agora;nenhum mensagem ainda;nenhum mensagem até agora;nenhum email ainda;nenhum email até agora;nenhum retorno ainda;nenhum retorno até agora;nenhum notícia ainda;nenhum notícia até agora;nenhum contato ainda;nenhum contato até agora;nada de ligação ainda;nada de ligação até agora;nada de mensagem ainda;nada de mensagem até agora;nada de email ainda;nada de email até agora;nada de retorno ainda;nada de retorno até agora;nada de notícia ainda;nada de notícia até agora;nada de contato ainda;nada de contato até agora',
	knowNone:
		'não conheço nenhum;não conheço nenhuma;nem conheço nenhum;nem conheço nenhuma;não conheço ninguém chamado;não conheço ninguém chamada;nunca ouvi falar de nenhum;nunca ouvi falar de nenhuma;nem sei quem é;não sei quem é;não faço ideia de quem é',
	// "só me avisa quando o pedido sair": an order, which a message may keep while it refuses the promotions.
	order: 'pedido;pedidos;encomenda;encomendas;minha compra',
	// "não quero incomodar, mas tem horário?": not bothering the clinic, politeness.
	politeBother:
		'não quero incomodar;nao quero incomodar;não queria incomodar;não quero atrapalhar;não quer incomodar;não quer atrapalhar;desculpa incomodar;desculpe incomodar',
	otherOwner: `${PT_READ_ABOUT};vizinho;vizinha;vizinhos;meu amigo;minha amiga;de um amigo;de uma amiga;uma amiga;um amigo;da minha irmã;do meu irmão;da minha prima;do meu primo;da minha tia;do meu tio;de uma colega;de um colega`,
	dataRegulator: 'anpd;autoridade nacional de proteção de dados',
	notMeShort: 'não sou eu;sem pet;não tenho pet;pessoa errada',
	wantsRecords: 'prontuário;cópia do prontuário;segunda via;cópia dos exames',
	asks: 'queria saber;quero saber;gostaria de saber;como faço;como eu faço;vocês fazem;vcs fazem',
	noPet:
		'não tenho cachorro;não tenho gato;não tenho pet;não tenho bicho;não tenho cão;não tenho cadela;não tenho cachorros;não tenho gatos;não tenho animal;não tenho animais;nem tenho cachorro;nem tenho gato;nem tenho pet;nem tenho bicho;nem tenho cão;nem tenho cadela;nem tenho cachorros;nem tenho gatos;nem tenho animal;nem tenho animais;nem tenho nenhum cachorro;nem tenho nenhum gato;nem tenho nenhum pet;nem tenho nenhum bicho;nem tenho nenhum cão;nem tenho nenhum cadela;nem tenho nenhum cachorros;nem tenho nenhum gatos;nem tenho nenhum animal;nem tenho nenhum animais;não tenho nenhum cachorro;não tenho nenhum gato;não tenho nenhum pet;não tenho nenhum bicho;não tenho nenhum cão;não tenho nenhum cadela;não tenho nenhum cachorros;não tenho nenhum gatos;não tenho nenhum animal;não tenho nenhum animais;aqui não tem cachorro;aqui não tem gato;aqui não tem pet;aqui não tem bicho;aqui não tem gatos;aqui não tem cachorros;nunca tive bicho;nunca tive cachorro;nunca tive gato;nunca tive pet;nunca tive animal;nunca tive cão;nunca tive bichos;nunca tive cachorros;nunca tive gatos;nunca tive pets;nunca tive animais',
	// The SMS keyword, in English in every language: "STOP hasta marzo", "stop até março".
	stopKeyword: 'stop',
	// A keyword that is a clause of its own ("SAIR. não tenho interesse"); the rule asks for the clause alone.
	keywordAlone: 'sair;parar;stop;descadastrar',
	blockingWord: 'bloqueando;denunciando;reportando',
	junk: 'essa porra;essa merda;essa bosta;esse lixo;essa droga;essa joça;essa palhaçada;esse troço;essa desgraça;essa porcaria',
	canEnd:
		'isso não acaba nunca;não acaba nunca;quando isso acaba;quando isso vai acabar;alguém faz parar;faz isso parar;façam parar;que isso acabe;dá pra parar;dá para parar;tem como parar',
	again:
		'por nenhum meio;por meio nenhum;por nenhuma via;de maneira nenhuma;de modo nenhum;por nenhum canal;em hipótese nenhuma;de novo;novamente;outra vez;nunca mais;de nenhuma forma;de jeito nenhum;de forma alguma',
	keepSending:
		'se continuarem mandando;se continuarem me mandando;se continuarem mandando isso;se continuar me mandando;se continuarem me mandando;se continuar mandando;se seguirem mandando;se continuarem com isso;se continuarem enviando',
	away: 'vou viajar;vou estar fora;estarei fora;vou ficar fora;quando eu voltar;na volta;enquanto isso;de viagem;vou passar uns meses fora',
	notSigned:
		'não assinei nada;nunca assinei nada;não assinei isso;eu não assinei;nunca me inscrevi;não me inscrevi;nunca me cadastrei;não me cadastrei;me cadastraram sem;me inscreveram sem;me colocaram sem;me adicionaram sem;me incluíram sem;me botaram sem;nunca pedi isso;não lembro de ter me cadastrado;não me lembro de ter me cadastrado;não lembro de ter me inscrito;nem lembro de ter me cadastrado;não lembro de ter assinado;não lembro de ter autorizado;nao lembro de ter me cadastrado',
	imOut:
		'tô fora;to fora;tô fora disso;estou fora;não quero fazer parte;nao quero fazer parte;não quero participar;quero sair;não me interessa',
	forGood: 'de vez;de uma vez;de uma vez por todas;pra sempre;para sempre;definitivamente;de vez por todas',
	hearFrom: 'ter notícias de vocês;ter notícia de vocês;receber notícias de vocês;ouvir falar de vocês;saber de vocês',
	lastOne: 'que essa seja a última mensagem;que essa seja a última msg;que seja a última mensagem;que essa seja a última de vocês',
	holdThese:
		'silenciem isso;silenciem essas;pausem isso;congelem isso;pausar essas mensagens;segurar essas mensagens;dar uma pausa nessas mensagens;segura essas mensagens;pausem essas mensagens',
	noThese:
		'não tenho interesse em receber isso;não tenho mais interesse em receber isso;não quero continuar recebendo isso;não quero mais receber isso;não tenho interesse em receber essas;não quero continuar recebendo essas',
	lastNoun: 'mensagem;msg;promoção;promo;propaganda',
	// The button for a refusal: "cadê o botão de não quero mais?"
	button: 'botão;botãozinho;botao;botaozinho',
	// Out of something, said of oneself: "count me out of the newsletter".
	outOf: 'me deixa fora de;me deixem fora de;me deixe fora de;me deixa fora dessa;me deixem fora dessa',
	// An exasperated "I get it", before a refusal.
	gotIt: 'já entendi;eu já entendi;ja entendi;tá bom já entendi;já entendi já',
	// "any more of these": the messages pointed back at, after a refusal.
	moreOfThese: 'mais disso;mais dessas;mais desses;mais nenhuma dessas;mais nenhum desses',
	// Changing one's number, as the way out of the messages.
	changeNumber: 'trocar de número;mudar de número;trocar meu número;mudar meu número;trocar de celular;trocar de chip',
	// Receiving these, after "there is no point".
	receiveThis: 'receber isso;receber isto;receber essas coisas;recebendo isso;eu receber isso',
	// The messages as the subject of an idiom of being fed up, closing its clause: "essas promoções tão me deixando louca".
	fedUpAfter:
		'me deixando louca;me deixando doida;me deixando maluca;me deixando louco;me deixando doido;me enchendo o saco;enchendo o saco;me tirando do sério;me dando nos nervos',
	lastBefore: PT_LAST_BEFORE,
	asksOffer: PT_ASKS_OFFER,
	// Asked, as written: "esqueci meu número" tells that I forgot it.
	forget: '=esquece;=esqueça;=esqueçam;=esqueca;=esquecam;=esqueçe;=esquecer',
	withoutMore: PT_WITHOUT_MORE,
	// Wanting to hear of one thing ("só quero saber do banho da Mel"), not asking whether ("quero saber se vale pro banho").
	hearOf: 'quero saber do;quero saber da;quero saber de;quero notícias do;quero notícias da',
	// "vcs não param nunca", "vocês não se cansam": the sender who never quits, said to it.
	neverQuit: pairs(
		'vocês vcs voces cês',
		'nunca_param não_param_nunca nao_param_nunca não_param nao_param num_param não_cansam nao_cansam não_se_cansam nunca_se_cansam nunca_cansam não_desistem nunca_desistem',
	),
	// "só me avisem da consulta, o resto é spam": everything but the care messages called spam.
	restIsSpam:
		'o resto é spam;o resto eh spam;o resto e spam;o resto é lixo;o resto eh lixo;o resto é só spam;o resto é tudo spam;todo o resto é spam;o resto pode ir pro lixo;o resto é propaganda;o resto dispenso;o resto eu dispenso;o resto não precisa',
	// "o que meu número faz no sistema de vocês?", "por que vcs têm meu telefone?": why the sender holds my number.
	whyHeld:
		'o que faz;oq faz;o q faz;que que faz;o que tá fazendo;o que está fazendo;por que vocês têm;por que vcs tem;pq vcs tem;pq vocês têm;por que vcs têm;por que ainda têm;pq ainda tem;pra que vcs tem;faz no sistema;faz aí;fazendo no sistema;fazendo aí;faz no cadastro;faz na lista',
	// "como eu saio dessa lista", leaving as a verb of one's own.
	leaveVerb: 'sair;saio;saia;saiam;sairia',
	// A spam folder is where mail lands, no threat: "olha no spam?", "foi pro spam".
	// "só me mandem os lembretes, nada mais": the rest refused after what is kept.
	// "vcs me procuram de novo": the contact told as what you will do, which the send verbs' stems do not take ("não me mandam nada" complains).
	youContactMe:
		'me procuram;me chamam;me mandam;me escrevem;me ligam;me contatam;me avisam;vocês me procuram;vocês me chamam;vocês me escrevem;vocês me mandam mensagem;me mandam mensagem;me mandam msg',
	nothingElse: 'nada mais;mais nada;nada além disso;o resto não;o resto nao;e só;só isso',
	spamFolder: 'caiu no spam;foi pro spam;foi para o spam;vai pro spam;no spam;pasta de spam;caixa de spam;na pasta spam',
};

const ES: Lists = {
	oneMoreAnd: 'una más y;uno más y;otro más y;otra más y',
	thanks: 'gracias;se agradece;les agradezco;mil gracias',
	ordinal: `${ORDINAL_NUMERALS};segundo;segunda;tercer;tercero;tercera;cuarto;cuarta;quinto;quinta;sexto;sexta`,
	neverAgain: 'nunca más;nunca jamás;nunca mas',
	notLeftAlone: 'no me dejan en paz;no me dejan tranquilo;no me dejan tranquila;no nos dejan en paz',
	sarcasm:
		'justo lo que necesitaba;justo lo que me faltaba;lo que me faltaba;exactamente lo que necesitaba;me encanta recibir;me fascina recibir;qué maravilla recibir',
	// "me deixa" alone, closing a message that complains: "PARAAA toda hora isso, me deixa".
	leaveBare: 'déjame;déjenme;dejame;dejenme;déjeme;dejadme',
	harassment: 'esto es acoso;esto ya es acoso;es acoso;esto es un acoso;ya es acoso;ustedes me están acosando;me están acosando ustedes',
	dataLaw: 'ley de protección de datos;ley de protección de datos personales;rgpd;lopd;lopdgdd;habeas data',
	numberNoLonger: ES_NO_LONGER_NUMBER_OF,
	calledSpam: 'esto es spam;esto ya es spam;ya es spam;esto se volvió spam;ya se volvió spam;es puro spam;es solo spam',
	spareMe: 'ahórrenme;ahórrame;ahórreme;ahorradme;líbrenme de;evítenme',
	stop: 'parar;pare;paren;para de;paren de;dejar de;deja de;dejen de;deje de;=basta de;=basta;ya basta;no más;no mas;cortala con;córtenla con;paren con;detener;detengan;suspender;suspendan;desactivar;desactiven;cesar;ya estuvo con;nada de;párale;párenle;ya párale;ya párenle;párale con;párenle con;bájale;bájenle;bájenle a;bájale a;ya estuvo de;dejaran de;dejaran;pararan de;dejasen de;apaguen;apagar;absténganse de;abstenerse de;absténgase de;dejad de;parad de;frenar;frenen;para con;ya para con;parad;detened;basta con;ya basta con;suficiente con;stop a;stop a los;stop a las;stop al;stop con;tranqui con;relájense con;cálmense con',
	pause:
		'el año que viene;el mes que viene;pausa;pausar;pausen;pause;por un tiempo;por ahora;hasta enero;hasta febrero;hasta marzo;hasta abril;hasta mayo;hasta junio;hasta julio;hasta agosto;hasta septiembre;hasta octubre;hasta noviembre;hasta diciembre;el mes que viene;por unas semanas;por unos días;estas semanas;hasta fin de año;hasta fin de mes;hasta nuevo aviso;silencien;silenciar;por 30 días;por un mes;por dos semanas;por una semana;hasta que vuelva;hasta que avise;hasta que les avise;por un rato;un tiempito;silencio;un silencio;modo silencio;hasta entonces;hasta ese momento;silénciame;silenciadme;silénciennos;pónganme en pausa;ponme en pausa;pónganme en silencio',
	send: 'buscarnos;contactarnos;escribirnos;llamarnos;mandarnos;enviarnos;avisarnos;mandar;manden;mandes;mande;mandarme;enviar;envíen;envíes;enviarme;escribir;escriban;escribas;escribirme;llamar;llamen;llamarme;contactar;contacten;contactarme;=molestar;=molesten;=buscar;=busquen;=buscarme;=buscando;=buscándome;=buscandome;=busque;=busques;=buscaran;=buscasen;=busquéis;marcar;marquen;marcarme;spamear;spamearme;whatsappear;recordar;recuerden;recordarme;recuérdenme;comunicar;comuniquen;comunicarse;comunicarme;contactarse;escríbanme;mándenme;llámenme;contáctenme;enviad;mandad;escribid;enviéis;mandéis;escribáis;llaméis;contactéis;contactáis;escribís;mandáis;llamáis;volver a escribirme;volver a contactarme;volver a llamarme;volver a mandarme;volver a escribir;volver a contactar',
	me: 'me;mí;a mí;conmigo;mi número;mi numero;mi teléfono;mi celular;este número;llamarme;escribirme;marcarme;contactarme;mandarme;enviarme;spamearme;molestarme;recordarme;recuérdenme;mi nombre;volver a contactarme;volver a escribirme;volver a llamarme;volver a mandarme',
	object:
		'sus cosas;esas cosas;estas cosas;vuestras cosas;mensaje;mensajes;mensajitos;msj;whatsapp;whatsapps;wasap;wasaps;guasaps;notis;noti;mails;sms;recordatorio;recordatorios;aviso;avisos;notificación;notificaciones;correo;correos;email;emails;=llamada;=llamadas;spam;cadenas;promoción;promociones;promo;promos;oferta;ofertas;publicidad;boletín;novedades;mensajes automáticos;mensaje automático;comunicación;comunicaciones;cupón;cupones;este tipo de cosas;ese tipo de cosas;esta clase de cosas;este tipo de mensajes;ese tipo de mensajes;este tipo de avisos;cantaleta;misma cantaleta;letanía;misma letanía;cosas a este número;cosas a este numero;cosas a mi número;cosas a este celular;nada a este número;nada más a este número;difusiones;envíos masivos;mensajes masivos;masivos',
	marketing:
		'promoción;promociones;promo;promos;promocional;oferta;ofertas;descuento;descuentos;publicidad;boletín;novedades;campaña;campañas;marketing;anuncios;black friday;liquidación;rebajas;ofertas de temporada;cupón;cupones;2 x1;3 x2;2 por 1;3 por 2;boletín;boletines;boletín de ofertas;boletín de promociones',
	care: 'recordatorio;recordatorios;aviso;avisos;cita;citas;turno;turnos;vacuna;vacunas;control;controles;resultados;peluquería;baño y corte',
	list: 'lista;listas;lista de difusión;difusión;grupo;cosa de lista;rollo de lista;asunto de lista;cosa de grupo;rollo de grupo',
	records: 'base de datos;sistema;registro;registros;contactos;agenda;base',
	remove: `saca;saquen;sacar;sácame;sáquenme;quita;quiten;quitar;quítame;quítenme;quítenlo;quítenla;borra;borren;borrar;bórrame;bórrenme;elimina;eliminen;eliminar;elimíname;elimínenme;remover;retirar;retiren;remoción;eliminación;la baja;sáquennos;quítennos;bórrennos;elimínennos;${esVerbs(ES_REMOVE_VERBS)}`,
	erase: `borra;borren;borrar;elimina;eliminen;eliminar;supriman;suprimir;supresión;borrados;eliminados;${esVerbs(ES_ERASE_VERBS)};supresión;borrado;a la basura;a la papelera;tírenlos;tírenlo;descarten;descartar;descartados;desechen`,
	data: 'mis datos;datos personales;mi información;mi info;mis infos;información personal;mi número;mi teléfono;mis datos personales;todos mis datos;mi nombre;mi dirección;todo lo que tienen de mí;todo lo que tengan de mí;datos míos;todo lo que guardan de mí',
	consent:
		'no autorizo;nunca autoricé;=nunca autorizé;retiro mi consentimiento;retiro el consentimiento;revoco;revocar;revoco mi consentimiento;habeas data;rgpd;lopdgdd;derechos arco;no di mi consentimiento;quién les dio mi número;de dónde sacaron mi número;nunca me suscribí;nunca me inscribí;nunca me registré;no me suscribí;no me inscribí;nunca pedí recibir;nunca pedí estos mensajes;no pedí estos mensajes;no doy mi consentimiento;sin mi consentimiento;no consiento;derecho a no recibir;derecho de oposición;de dónde sacaron mi teléfono;cómo consiguieron mi número;quién les pasó mi número;quién los autorizó;quién les dio permiso;con qué permiso;quien los autorizo;quien les dio permiso;retirar mi consentimiento;consentimiento retirado;consentimiento revocado;revocar mi consentimiento;revoco el consentimiento;derecho al olvido;derecho de supresión;derecho de cancelación;quién les dio mis datos;quién les dio mi contacto;quién les dio mi teléfono;quién les dio mi celular;quién les dio mi correo;quién les pasó mis datos;quién les pasó mi contacto;quién les pasó mi teléfono;quién les pasó mi celular;quién les pasó mi correo;de dónde sacaron mis datos;de dónde sacaron mi contacto;de dónde sacaron mi teléfono;de dónde sacaron mi celular;de dónde sacaron mi correo;cómo consiguieron mis datos;cómo consiguieron mi contacto;cómo consiguieron mi teléfono;cómo consiguieron mi celular;cómo consiguieron mi correo;quién les vendió mis datos;quién les vendió mi contacto;quién les vendió mi teléfono;quién les vendió mi celular;quién les vendió mi correo',
	wrong: `no los conozco;no las conozco;ya no es de ella;ya no es de él;número equivocado;numero equivocado;número equivocadísimo;numero equivocadisimo;persona equivocadísima;se equivocaron de número;se equivocaron de persona;persona equivocada;equivocados de número;este número no es;no tengo perro;no tengo gato;no tengo mascota;no soy paciente;no soy cliente;nunca fui paciente;nunca fui cliente;nunca fui a;dueño anterior;antiguo dueño;anterior dueño;dueña anterior;antigua dueña;era de otra persona;no soy la persona;no soy quien;no es el número de;cambió de dueño;este número era de;ahora es mío;este número es mío hace;es mi número hace;tengo este número hace;tengo este número desde;nunca fui al veterinario;ni tengo perro;ni tengo gato;nunca tuve mascota;ya no usa este número;ya no usa este celular;no usa más este número;este número es mío desde;este número es mio desde;este número es mío hace;este número es mio hace;este número lo tengo desde;este número lo tengo hace;este numero es mío desde;este numero es mio desde;este numero es mío hace;este numero es mio hace;este numero lo tengo desde;este numero lo tengo hace;este cel es mío desde;este cel es mio desde;este cel es mío hace;este cel es mio hace;este cel lo tengo desde;este cel lo tengo hace;este celular es mío desde;este celular es mio desde;este celular es mío hace;este celular es mio hace;este celular lo tengo desde;este celular lo tengo hace;este teléfono es mío desde;este teléfono es mio desde;este teléfono es mío hace;este teléfono es mio hace;este teléfono lo tengo desde;este teléfono lo tengo hace;este whatsapp es mío desde;este whatsapp es mio desde;este whatsapp es mío hace;este whatsapp es mio hace;este whatsapp lo tengo desde;este whatsapp lo tengo hace;${ES_WRONG_PERSON}`,
	deceased:
		'falleció;fallecido;fallecida;murió;se murió;se fue al cielo;descansa en paz;=partió;cruzó el arcoíris;cruzó el arco iris;puente del arcoíris;arcoíris;arco iris;cruzó el puente;está en el cielo;se nos fue;lo tuvimos que dormir;la tuvimos que dormir;tuvimos que dormirlo;tuvimos que dormirla;lo sacrificamos;la sacrificamos;tuvimos que sacrificar;lo durmieron;la durmieron;le hicimos la eutanasia;ya no está con nosotros;perdimos a nuestra;perdimos a nuestro;perdimos al;perdimos a la;tuvimos que dormir;tuvimos que dormir a;tuvimos que sacrificar a;se fue al cielo de;murio ya;se murio',
	block:
		'los bloqueo;te bloqueo;voy a bloquear;los voy a bloquear;denunciar;los denuncio;voy a denunciar;los voy a denunciar;reportar como spam;profeco;spam;los voy a reportar;los reporto;te reporto;les reporto;te voy a reportar;les voy a reportar;voy a reportar;reportarlos;denunciarlos;bloquearlos;aepd;agencia de protección de datos;ocu;facua;os bloqueo;os denuncio;os voy a bloquear;os voy a denunciar;os reporto',
	// Forgetting asked as written, like `forget`: "me olvidé de mi número" tells what happened.
	leave: `no quiero nada de ustedes;no quiero nada de vosotros;no quiero nada con ustedes;no quiero saber nada de ustedes;no quiero saber nada de vosotros;prefiero no saber nada de ustedes;prefiero no saber nada de vosotros;no quiero saber nada de ustedes;no quiero saber nada de vosotros;no quiero saber más de ustedes;no quiero saber más de vosotros;${pairs('qué_parte_de_que_no qué_parte_del_no qué_parte_de_no', 'me_interesa me_interesan quiero entienden entendéis entiendes')};no chinguen;no jodan;ya estuvo;déjenme en paz;déjame en paz;dejen de molestar;no molesten;no me molesten;no jodan;dejen de joder;olvídenme;lárguense;ya no molesten;me tienen harta;me tienen harto;qué pesados;déjame tranquilo;déjame tranquila;déjenme tranquilo;déjenme tranquila;déjame quieto;no quiero ser molestado;no quiero ser molestada;dejen de molestarme;no quiero que me molesten;no quiero saber nada de ustedes;no quiero saber nada más de ustedes;no quiero saber nada de esta;no quiero saber nada más de esta;no sean pesados;no sean pesadas;no me rompan;no rompan más;dejen de romper;no quiero nada de ustedes;no quiero nada con ustedes;pierdan mi contacto;pierdan mi número;pierde mi número;pierde mi contacto;olvídense de mí;olvídate de mí;=olvidate de mi;=olviden mi número;no quiero saber más de ustedes;denme un respiro;déjame tranqui;déjenme tranqui;déjame tranca;déjenme tranca;${ES_LEAVE_ALONE};ustedes nunca se rinden;ustedes no se rinden;no se rinden ustedes;nunca se rinden ustedes;ustedes no se cansan nunca;=olvídense de que existo;=olvídense que existo;=olviden que existo;=olvídate de que existo;=olvídate que existo;=olvídenme;=olvidadme;hagan como que no existo;hagan de cuenta que no existo;=olvida que existo;=olviden de que existo;=olvídense de mí;=olvidate de mi`,
	unsubscribe: `darme de baja;me doy de baja;denme de baja;${ES_GIVE_NOTICE};dame de baja;darse de baja;desuscribir;desuscribirme;desuscribirse;desinscribirme;cancelar suscripción;cancelar mi suscripción;salir de la lista;salirme de la lista;opt out;me da de baja;me dan de baja;me das de baja;me pueden dar de baja;me puedes dar de baja;salgo de la lista;salirme de esta lista;dadme de baja;me salgo de esta lista;me salgo de la lista;salgo de esta lista;desuscríbanme;desuscribanme;desuscríbeme;desuscribime;desuscribirnos;desinscríbanme;desuscríbannos;me desuscriben;me desinscriben;me desinscriban;me desuscriban;desuscríbanme;desuscríbeme;me desuscribes;desinscríbanme`,
	noMore:
		'no quiero más;no quiero mas;no quiero recibir;ya no quiero;no quiero nada;no quiero contacto;no quiero;promociones no;publicidad no;no tengo interés;ya no tengo interés;no me interesa recibir;no me interesan',
	negator: 'no;nunca;jamás;ni;ni se les ocurra;ni se te ocurra;que no se les ocurra;ni se os ocurra',
	keep: 'sigan;sigan mandando;pueden seguir;quiero seguir recibiendo;sigo queriendo;me encantan;necesito los recordatorios;me ayudan;al contrario;mándenme también;sigan avisándome;sigan avisando;me salvan;me sirven mucho',
	other: `${pairs('suscripción_de suscripción_del envío_de envío_del entrega_de entrega_del pedido_de', 'arena pienso comida croquetas medicamento medicina producto productos caja snacks premios antipulgas')};del curso;en el curso;de la facultad;del alimento mensual;alimento mensual;de otra tienda;de la otra veterinaria;de otra veterinaria;de la otra clínica;de otra clínica;el pedido;la entrega;cambié de dirección;la línea;mi línea;obra social;del celular;del teléfono;de la aplicación;de la app;de la familia;del seguro;de la aseguradora;de la mutua;la mutua;mi mutua;de la mutual;la mutual;mi mutual;del banco;de la compañía;del colegio;del gimnasio;de otra tienda;no son ustedes;netflix;spotify;amazon;grupo equivocado;chat equivocado;revista;de la revista;de otra empresa;otra empresa;prepaga;la prepaga;de la prepaga;seguro médico;mi nuevo número es;este es el nuevo;el nuevo es;actualicen mi número;actualizar mi número;anoten el nuevo;grupo de mamás;grupo de padres;grupo de apoyo;grupo de amigos;mejor escríbanme;mejor por whatsapp;prefiero whatsapp;prefiero mensajes;mejor por mensaje;solo por whatsapp;mejor mándenme un mensaje;prefiero correo;mejor llámenme;del sitio;de la página;de la web;sitio web;grupo de paseos;grupo de adopción;grupo del edificio;grupo del colegio;número viejo;mi número anterior;pon este;ponga este;pongan este;de mi ex;mi tarjeta;la tarjeta;fraude;grupo del trabajo;grupo del barrio;grupo de vecinos;quién es el admin;administrador del grupo;actualicen el registro;cambien el registro;actualizar el registro;farmacia;plan de salud;seguro de mascotas;suscripción mensual;app de delivery;aplicación de delivery;envío mensual;envíos mensuales;entrega mensual;envío programado;entrega programada;envío automático;compra recurrente;compra programada;nadie en casa;no hay nadie en casa;el paquete;el repartidor;la paquetería;el mensajero;de la protectora;del refugio;del albergue;de la perrera;ustedes trabajan con ellos;trabajan con ellos;trabajáis con ellos;mi gimnasio;del gimnasio;el gimnasio`,
	hypothesis:
		'si quisiera;si alguien quiere;alguien sabe cómo;mi amigo;mi amiga;mi mamá quiere;mi esposo quiere;ella dijo;él dijo;no yo;qué pasa si;qué significa;en caso de que quiera;si respondo;si mando;si escribo;si contesto;mi esposo dice;mi esposa dice;mi marido dice;mi mamá dice;mi papá dice;mi hijo dice;mi hija dice;mi esposo dijo;mi mamá dijo;mi hijo mandó;mi hija mandó;mi mamá mandó;era para mi;iba para mi;si algún día quiero;si un día quiero;por curiosidad;pura curiosidad;solo curiosidad;no me quiero dar de baja;curiosidad;ustedes saben;saben cómo;alguien sabe;para saber nomás;es para saber;solo para saber;le dije a mi;si algún día;si un día;qué tendría que hacer;alguna idea de cómo;mi esposo siempre dice;mi esposo vive diciendo;mi esposo me dice;mi marido siempre dice;mi marido vive diciendo;mi marido me dice;mi esposa siempre dice;mi esposa vive diciendo;mi esposa me dice;mi mujer siempre dice;mi mujer vive diciendo;mi mujer me dice;mi mamá siempre dice;mi mamá vive diciendo;mi mamá me dice;mi papá siempre dice;mi papá vive diciendo;mi papá me dice;mi hijo siempre dice;mi hijo vive diciendo;mi hijo me dice;mi hija siempre dice;mi hija vive diciendo;mi hija me dice;mi novio siempre dice;mi novio vive diciendo;mi novio me dice;mi novia siempre dice;mi novia vive diciendo;mi novia me dice;les pidió que;le pidió que;les pidieron que;mi vecina;mi vecino;les puso;le puso;ella respondió;él respondió;ella contestó;él contestó;si quiero más adelante;por si después quiero',
	no_need:
		'ya no hace falta;no necesito más;ya no necesito;ya no tiene;ya no es necesario;no hay necesidad de;ya no son necesarios;no hace falta;no es necesario que',
	needless: 'ya no tiene sentido;no hace falta;no es necesario;no necesitan;no tiene caso;no tiene sentido',
	this_number: 'este número;este numero;mi número;mi numero;este whatsapp;este celular;este teléfono;este cel;mi cel',
	notStop:
		'para mañana;para mí;para el;para la;para hoy;dejar de tomar;dejar de fumar;parar de tomar;cancelar la cita;cancelar el turno;cancelar mi cita;cancelar el pedido;cancelar la compra;dejé de recibir;dejaron de llegar;dejaron de mandar;dejaron de enviar;dejó de llegar;han dejado de;dejé de recibirlos;dejar de darle;dejar de dar;dejar de usar;dejar de aplicar;dejar de ponerle;dejar la medicación;parar el antibiótico;dejar el antibiótico;parar el tratamiento;dejar el tratamiento;una parada;una paradita;uma parada;uma paradinha',
	notList:
		'lista de espera;lista de compras;fila de espera;lista de cancelaciones;lista de regalos;lista de cirugía;lista de la cirugía;lista de castración;lista de estudios;lista del baño;lista de peluquería;lista del hotel;lista de la guardería;una lista de;lista de plantas;lista de alimentos',
	cancel: 'cancelar;cancela;cancelen;cancele;anular;anulen;anule;anula;cerrar;cierren;cierre;cerrad',
	blockedReported:
		'bloqueado y reportado;bloqueado y denunciado;reportado y bloqueado;ya los bloqueé;botón de bloquear;botón de denunciar;botón de reportar;botoncito de bloquear;dedo en el bloquear',
	anything: 'nada;ninguna cosa',
	you: 'ustedes;los;esta clínica;esta empresa;esta tienda;esta veterinaria;os',
	reportOther: 'maltrato;maltratos;maltrato animal;maltratando;vecino;vecina;vecinos',
	there: 'de ahí;de ahi;de aquí;de ahí adentro',
	removeMe: `me quiero bajar;quiero bajarme;bajarme;bájenme;bájeme;bajadme;sácame;sáquenme;quítame;quítenme;bórrame;bórrenme;elimíname;elimínenme;me sacan;me quitan;me borran;saquen mi nombre;quiten mi nombre;borren mi nombre;saquen mi número;quiten mi número;borren mi número;quítenlo;quítenla;sáquenlo;sáquenla;${esVerbsMe(ES_REMOVE_VERBS)};deshagan eso;deshaz eso;desháganlo;pueden deshacerlo;deshacerlo;me desapuntáis;me quitáis;me borráis;me sacáis;desapúntenme;desapúntame`,
	leaveShort:
		'silénciame;silénciennos;me silencien;pónganme en silencio;ponedme en silencio;silenciadme;dejadme ya;déjenme ya;déjame ya;déjeme ya;dejenme ya;dejame ya;ya dejadme;ya déjenme;ya déjame;lárgate;lárguense ya;fuera de aquí;piérdanse;bájenle;bájenle tantito;ya bájenle;bájale;ya bájale;párenle;ya párenle;párale;ya párale;ya estuvo bueno;bájenle dos rayitas;bájenle de huevos',
	quote:
		'escribió;sin querer;ignoren;ignora;espera;esperen;me equivoqué;quise decir;digo;era broma;no quise;no me den de baja;no me saquen de la lista;ni loco me salgo;no quiero salir de la lista;agarró mi celular;agarró el celular;agarró mi teléfono;tomó mi teléfono;tomó mi celular;no hagan caso;no le hagan caso;responde baja para;responda baja para;responde stop para;responda stop para;es estafa o;es una estafa o;es confiable;es de ustedes de verdad;otro chat;para otro chat;otra conversación;para otra conversación',
	notMe: `no soy el;no soy la;${pairs('no_soy_dueña_de no_soy_dueño_de', 'ningún ninguna')};no conozco;no conozco a;no soy yo;no es de;ya no es de;no es el;no es la`,
	who: 'quién es;quién habla;quiénes son;quién me escribe;quiénes son ustedes;de dónde es este número;número nuevo;este número ahora es mío;ahora es mi número;cambió de número;cambió su número;equivocado;equivocada;equivocados',
	grief: `me pone mal recibir;me pone mal ver;no sé si puedo ver;no tengo valor para ver;no tengo corazón para;duele recibir;duele ver;me duele ver;doloroso recibir;doloroso ver;triste recibir;triste ver;difícil ver;difícil recibir;me parte el alma;parte el alma;me rompe el corazón;rompe el corazón;no puedo ver;no puedo seguir viendo;no soporto ver;no aguanto ver;${pairs('no_puedo no_aguanto no_soporto', 'leer recibir seguir_viendo seguir_leyendo seguir_recibiendo')};su nombre en los mensajes;su nombre en los recordatorios;su nombre en estos mensajes;su nombre en los avisos;su nombre aparecer;su nombrecito en los mensajes;su nombrecito en los recordatorios;su nombrecito en estos mensajes;su nombrecito en los avisos;su nombrecito aparecer`,
	noLongerComes:
		'ya no va a necesitar;ya no necesita;no va a necesitar;ya no va a venir;ya no vendrá;ya no va a asistir;ya no asistirá;ya no va a ir a;ya no irá',
	notInterested:
		'no me interesa;no me interesan;me las pueden ahorrar;me los pueden ahorrar;me la pueden ahorrar;me lo pueden ahorrar;no tengo interés;sin interés',
	misrecorded:
		'tienen mal el número;tienen mal mi número;tienen mal este número;tienen el número mal;tienen mal apuntado;tenéis mal el número;tenéis mal mi número;mal anotado;anotado mal;anotaron mal;mal registrado;registrado mal;mal guardado;teléfono equivocado;telefono equivocado;lo anotaron mal',
	switched:
		'ya no vivo en;ya no vivimos en;ya no llevo a;ya no la llevo;ya no lo llevo;me fui a vivir a;nos fuimos a vivir a;me mudé a;nos mudamos a;me cambié de veterinaria;me cambie de veterinaria;cambié de veterinario;cambie de veterinario;cambié de clínica;otra veterinaria;otro veterinario;otra clínica;ya no soy cliente;ya no somos clientes;me mudé de ciudad;nos mudamos de ciudad;me mudé de país;nos mudamos de país;no vamos a volver;no volveremos;ya no vamos a volver',
	without: `sin promociones;sin publicidad;sin spam;sin promos;sin ofertas;menos spam;menos publicidad;menos promociones;nada de promociones;nada de publicidad;nada de spam;sin cupones;sin anuncios;sin oferta;${ES_WITHOUT}`,
	threat:
		'sigan mandando y;sigue mandando y;seguid mandando y;manden otro y;mandad otro y;otro mensaje más;un mensaje más;otro mensaje;próximo mensaje;la próxima vez;última vez que;si me vuelven a;si siguen;sigan así;si mandan otro;si me mandan otro;paren o;párenle o;como sigáis así;si seguís así;si seguís;como sigan así;si siguen así;sigáis así;seguí mandando;sigue mandando;sigan mandando;seguid mandando',
	complaint:
		'queja;quejarme;profeco;denuncia;denunciar;demanda;demandar;abogado;reclamación;reclamo;reclamar;consumo;defensa del consumidor;sernac;indecopi;consumidor;una estrella;1 estrella;mala reseña;reseña;ocu;facua;hoja de reclamaciones;oficina del consumidor;omic;oficina de consumo;reclamación en consumo;denuncia en consumo',
	blockedWord: 'bloqueado;bloqueados;bloqueada;bloqueé;denunciado;denunciados;denuncié;reportado;reportados;reporté',
	blockNow:
		'es block;bloqueo;bloquear;bloquearlos;bloqueando;spam;los bloqueo;te bloqueo;voy a bloquear;reporto;los reporto;denuncio;los denuncio;reportarlos;os bloqueo;os denuncio;al block;pal block;pa block;al bloqueo;directo al bloqueo;directo al block',
	threatMsg: `a la próxima;a la próxima va;la próxima va;el próximo va;la siguiente va;el siguiente va;otro mensaje más;un mensaje más;otro mensaje;próximo mensaje;si me vuelven a escribir;si me vuelven a mandar;si mandan otro;si me mandan otro;si me llega otro;otra promo;otra promoción;una promo más;otro correo;${ES_ONE_MORE};una más de estas;una más de esas;uno más de estos;otra de estas;otro de estos;otra más de estas`,
	still:
		'siguen viniendo;siguen apareciendo;todavía siguen llegando;aún llegan;aún me llegan;siguen mandando;siguen enviando;siguen llegando;me siguen mandando;me siguen llegando;todavía me mandan;todavía mandan;todavía llegan',
	only: 'solo;sólo;solamente;únicamente;nomás',
	asked:
		'ya les dije;ya pedí;ya les pedí;cuántas veces;les pedí;por última vez;ya respondí baja;respondí baja;respondí stop;ya puse baja;puse baja;ya mandé baja;mandé baja',
	// A rude dismissal "with" the messages is fed up with them: "a la mierda con tus mensajes", "vete a la mierda con las promos".
	fedUp:
		'me tenéis frito;me tenéis frita;me tienen frito;me tienen frita;me tenéis harto;me tenéis harta;me tenéis hasta las narices;me tienen hasta las narices;me tienen hasta la coronilla;me tenéis hasta la coronilla;me tienen podrido;me tienen podrida;me tenéis negro;me tenéis loca;me tenéis loco;me tienen loca;me tienen loco;qué pesaditos;que pesaditos;pesaditos;qué pesados sois;qué pesados son;sois unos pesados;son unos pesados;qué plastas;qué cansinos;qué intensos;qué intensitos;no tengo ni un día de paz;ni un día de paz;ni un día tranquilo;harta de;harto de;hartos de;cansada de;cansado de;ya me cansé de;no aguanto más;qué fastidio;que fastidio;me tienen cansada;me tienen cansado;me tienen harta;me tienen harto;a la mierda con;al carajo con;al diablo con;vete a la mierda con;váyanse a la mierda con;vtnc con;chinguen a su madre con',
	notNow:
		'ahora no;por ahora no;ahorita no;ahora mismo no;ahorita mismo no;por el momento no;de momento;por el momento;por lo pronto;por ahora',
	later:
		'en enero;en febrero;en marzo;en abril;en mayo;en junio;en julio;en agosto;en septiembre;en octubre;en noviembre;en diciembre;el año que viene;el mes que viene;después de las fiestas',
	permission: `${pairs('nunca_acepté nunca_estuve_de_acuerdo_con nunca_estuve_de_acuerdo_en nunca_pedí no_acepté', 'recibir mensajes publicidad promociones marketing esto')};nunca di mi consentimiento;no tienen mi permiso;sin mi permiso;no di permiso;nunca di permiso;no les di permiso;nunca autoricé;nunca di mi autorización;no doy autorización;no di autorización;nunca di autorización;no tienen mi autorización;no les doy permiso;no doy permiso;no les doy autorización`,
	sendMe:
		'me aviséis;avisadme;me escribáis;escribidme;me mandéis;mandadme;me llaméis;llamadme;me contactéis;contactadme;escríbanme;mándenme mensajes;llámenme;contáctenme;búsquenme;escríbeme;avísenme;avisenme;avísame;avisame;avíseme;me avisan;me avisen',
	newPet: 'ahora tenemos;cachorro nuevo;perro nuevo;gato nuevo;adopté un;adopté una;adoptamos un;adoptamos una',
	canStop: 'ya pueden parar;ya puedes parar;pueden parar;ya pueden dejar de',
	timeWindow: 'antes de las;después de las;por la mañana;en la mañana;en horario de trabajo;fuera de horario',
	noReceive:
		'que no me lleguen;no me lleguen más;no me lleguen;que no me llegue más;ya no me lleguen;dejen de llegarme;no quiero recibir;ya no quiero recibir;no me interesa recibir;no deseo recibir;prefiero no recibir;no recibir más',

	notHere:
		'aquí no es el;aquí no es la;aquí no es de;acá no es el;acá no es la;aquí no vive;acá no vive;aquí no hay ningún;aquí no hay ninguna;acá no hay ningún;acá no hay ninguna;no hay nadie aquí con ese nombre',
	notHereIdiom:
		'aquí no es la primera;aquí no es el primero;aquí no es lo mismo;aquí no es el lugar;aquí no es la única;acá no es la primera;acá no es lo mismo;acá no es el lugar',
	mineNow:
		'se quedó conmigo;me quedé con;lo heredé;ahora lo tengo yo;ahora está conmigo;pasó a ser mío;pasó a mí;es mío ahora;ahora es mío;es mía ahora;ahora es mía;ahora lo uso yo',
	fromLater: `${fromMonths('a partir de;después de', ES_MONTHS)};a partir del mes que viene;a partir del próximo mes;a partir del año que viene`,
	onlyLater: `${fromMonths('recién en;solo en;no antes de', ES_MONTHS)};recién el mes que viene;recién el año que viene`,
	resume: 'vuelvan a;volver a;retomen;retomar',
	fine: 'están bien;me parecen bien;me sirven;no me molestan;sin problema con;no hay problema con;bien con',
	lost: '=tuvimos que despedir a;=tuvimos que despedirnos de;=nos despedimos de;=despedimos a;=perdimos a;=perdimos al;=perdimos a nuestro;=perdimos a nuestra',
	notDeceased:
		'muriendo de;me muero de;muerta de;muerto de;morirme de;casi se muere;casi muere;casi se murió;se murió de risa;me morí de risa;se murió el teléfono;se murió el celular;se me murió el celular;se me murió el teléfono;celular muerto;batería muerta;=me morí;=morí',
	hurts:
		'duele;duelen;lloro;me pongo a llorar;me hace llorar;me hacen llorar;me largo a llorar;es un golpe;un golpe;una puñalada;me parte;me destroza;me destruye;me mata;me parte el alma;me rompe el corazón;me hunde;es duro;muy duro;es difícil;muy difícil;es doloroso;muy doloroso',
	// "Enough of that" after the promotions refuses them: "las promos, ya basta de eso".
	decline:
		'ando bien;estoy bien;así estoy bien;ando servido;ando servida;estoy servido;estoy servida;no los necesito;no las necesito;no lo necesito;no la necesito;no los quiero;no las quiero;me sobra;me sobran;nos sobra;nos sobran;me sobra la verdad;me sobran la verdad;la verdad me sobra;la verdad me sobran;ahórrenselas;ahórrenselos;ahórreselas;ahórreselos;ahórratelas;ahórratelos;ahorráoslas;ahorráoslos;ahórrenselo;ahórrensela;ahórreselo;ahórresela;ahórratelo;ahórratela;ahorráoslo;se las pueden ahorrar;se los pueden ahorrar;se las podéis ahorrar;se los podéis ahorrar;sobran;me la ahorro;me lo ahorro;me las ahorro;me los ahorro;paso;no gracias;no che;ya cansa;cansa;no me hace falta;no hace falta;sobran;están de más;estan de mas;ni ahí;ni hablar;no lo quiero;no la quiero;nadie se lo merece;basta de eso;ya basta de eso;basta de esto;ya basta de esto',
	declineBefore: 'estoy bien sin;paso de;yo paso de;me ahorro;no necesito;no me hace falta;no hace falta;no me hacen falta',
	declineWeak: 'no da;no;basta;ya basta',
	tooOften:
		'cuántos mensajes más;cuántos más;es el tercero;es el cuarto;es el quinto;el tercero hoy;el cuarto hoy;no se cansan;no os cansáis;todo santo día;todos los días;todos los dias;cada día;cada semana;todas las semanas;a cada rato;todo el tiempo;varias veces por semana;por semana;a la semana;por día;al día;en un día;todos los lunes;todos los martes;todos los miércoles;todos los jueves;todos los viernes;todos los sábados;todos los domingos;cada lunes;cada martes;cada miércoles;cada jueves;cada viernes;cada sábado;cada domingo',
	afterEvent: `después de las vacaciones;después de semana santa;después de las fiestas;después de navidad;después de año nuevo;después de la mudanza;después del viaje;después del verano;después del invierno;el año que viene;el próximo año;en un par de meses;en unos meses;dentro de unos meses;cuando vuelva;después del feriado;después de pascua;después de fin de año;${fromMonths('después de;recién en;recién después de;a partir de', ES_MONTHS)};después de reyes;pasadas las fiestas;pasando las fiestas;después de las fiestas patrias`,
	askedAgain:
		'tercera vez que pido;segunda vez que pido;tercera vez que les pido;segunda vez que les pido;ya es la tercera vez;ya es la segunda vez;por tercera vez;por segunda vez;me cansé de pedir',
	noneOf:
		'ni llamadas;ni mensajes;ni correos;ni whatsapp;ni email;ni sms;ningún contacto;nada de contacto;nada de llamadas;nunca más;no llamadas;no mensajes',
	arrived: 'llegó;llegaron;recibí;recibimos;todavía;aún;hasta ahora',
	wasOf: 'era de;era del;era de la;pertenecía a;pertenecía al;fue de;fue del',
	notOne: 'ni un;ni una;ningún;ninguna;ni medio',
	demonstrative: 'esto;estos;estas;eso;esos;esas;ellos;ellas',
	tooMuch:
		'demasiado;demasiadas;demasiados;es mucho;son muchas;son muchos;es demasiado;son demasiadas;un exceso;una exageración;exagerado;exagerada;excesivo;excesiva',
	subscription: 'suscripción;mi suscripción;inscripción;mi inscripción;afiliación',
	notQuote:
		'de espera;sala de espera;tiempo de espera;horas de espera;en espera;ya os digo;os digo;ya les digo;ya te digo;lo digo;se lo digo;se los digo;les digo;te lo digo;vez que digo',
	botherMe:
		'molestarme;molestándome;joderme;jodiéndome;fastidiarme;fastidiándome;acosarme;acosándome;incordiarme;me molesten;me molestan;me molestes;me moleste;me jodan;me fastidien;me acosen',
	everything: 'todo;todos;todas;todito;todo eso',
	plenty: 'basta;bastan;es suficiente;son suficientes;alcanza;alcanzan;me alcanza;es más que suficiente;me basta;me bastan',
	enough: 'ya no más;=basta;ya basta;ya estuvo;ya fue;suficiente;ya es suficiente;ya está bien',
	knowWhatToDo: 'ya saben qué hacer con;saben qué hacer con;ya saben qué hacer;ya sabes qué hacer con',
	withoutDiscounts: ES_WITHOUT_DISCOUNTS,
	keepConsent: 'tienen permiso;tienen autorización;permiso para guardar;permiso pa guardar;guarden mis datos;guardar mis datos',
	notYet:
		'ninguna llamada todavía;ninguna llamada aún;ninguna llamada hasta ahora;ninguna mensaje todavía;ninguna mensaje aún;ninguna mensaje hasta ahora;ninguna correo todavía;ninguna correo aún;ninguna correo hasta ahora;ninguna respuesta todavía;ninguna respuesta aún;ninguna respuesta hasta ahora;ninguna noticia todavía;ninguna noticia aún;ninguna noticia hasta ahora;ningún llamada todavía;ningún llamada aún;ningún llamada hasta ahora;ningún mensaje todavía;ningún mensaje aún;ningún mensaje hasta ahora;ningún correo todavía;ningún correo aún;ningún correo hasta ahora;ningún respuesta todavía;ningún respuesta aún;ningún respuesta hasta ahora;ningún noticia todavía;ningún noticia aún;ningún noticia hasta ahora;ni una llamada todavía;ni una llamada aún;ni una llamada hasta ahora;ni una mensaje todavía;ni una mensaje aún;ni una mensaje hasta ahora;ni una correo todavía;ni una correo aún;ni una correo hasta ahora;ni una respuesta todavía;ni una respuesta aún;ni una respuesta hasta ahora;ni una noticia todavía;ni una noticia aún;ni una noticia hasta ahora;nada de llamada todavía;nada de llamada aún;nada de llamada hasta ahora;nada de mensaje todavía;nada de mensaje aún;nada de mensaje hasta ahora;nada de correo todavía;nada de correo aún;nada de correo hasta ahora;nada de respuesta todavía;nada de respuesta aún;nada de respuesta hasta ahora;nada de noticia todavía;nada de noticia aún;nada de noticia hasta ahora',
	knowNone:
		'no conozco a ningún;no conozco a ninguna;no conozco a ninguno;no conozco ningún;no conozco ninguna;ni conozco a ningún;ni conozco a ninguna;no conozco a nadie llamado;no conozco a nadie llamada;ni idea de quién es;no sé quién es;ni sé quién es',
	// "solo avísenme cuando esté listo el pedido": an order, which a message may keep while it refuses the promotions.
	order: 'pedido;pedidos;encargo;mi compra',
	// "no quiero molestar pero ¿tienen turno?", "él no quiere molestar": politeness, not bothering the speaker.
	politeBother:
		'no quiero molestar;no queremos molestar;no quería molestar;no quiere molestar;no quieren molestar;no quiero incomodar;no quiere incomodar;perdón por molestar;disculpa la molestia;disculpe la molestia;perdón la molestia',
	otherOwner: `${ES_READ_ABOUT};vecino;vecina;vecinos;mi amigo;mi amiga;de un amigo;de una amiga;una amiga;un amigo;de mi hermana;de mi hermano;de mi prima;de mi primo;de mi tía;de mi tío;de una compañera;de un compañero`,
	dataRegulator: 'aepd;agencia de protección de datos;agencia española de protección de datos',
	notMeShort: 'no soy yo;no tengo mascota;persona equivocada',
	wantsRecords: 'historia clínica;copia de la historia;expediente médico',
	asks: 'quería saber;quiero saber;quisiera saber;cómo hago;ustedes hacen;hay forma de',
	noPet:
		'no tengo perro;no tengo perros;no tengo gato;no tengo gatos;no tengo mascota;no tengo mascotas;no tengo perra;no tengo gata;no tengo animales;ni tengo perro;ni tengo perros;ni tengo gato;ni tengo gatos;ni tengo mascota;ni tengo mascotas;ni tengo perra;ni tengo gata;ni tengo animales;no tengo ningún perro;no tengo ningún perros;no tengo ningún gato;no tengo ningún gatos;no tengo ningún mascota;no tengo ningún mascotas;no tengo ningún perra;no tengo ningún gata;no tengo ningún animales;no tengo ninguna perro;no tengo ninguna perros;no tengo ninguna gato;no tengo ninguna gatos;no tengo ninguna mascota;no tengo ninguna mascotas;no tengo ninguna perra;no tengo ninguna gata;no tengo ninguna animales;aquí no hay perros;aquí no hay gatos;aquí no hay mascotas;acá no hay perros;acá no hay gatos;acá no hay mascotas;nunca tuve perro;nunca tuve gato;nunca tuve mascota;nunca tuve animal;nunca tuve perros;nunca tuve gatos;nunca tuve mascotas;nunca tuve animales',
	// The SMS keyword, in English in every language: "STOP hasta marzo", "stop até março".
	stopKeyword: 'stop',
	// A keyword that is a clause of its own ("baaaja. no me interesa"); not "estoy de baja", "la presión baja".
	keywordAlone: 'baja;stop;salir',
	blockingWord: 'bloqueando;denunciando;reportando',
	junk: 'esta mierda;esta porquería;esta basura;esta madre;esta chingadera;esta vaina;esta huevada;esta weá;esta cosa',
	canEnd:
		'que alguien lo pare;que pare ya;cuándo se acaba;cuándo termina esto;esto no se acaba nunca;no se acaba nunca;que se acabe ya;ya que se acabe;que ya se acabe;que paren ya',
	again:
		'por ningún medio;por ninguna vía;de ningún modo;por ningún canal;bajo ningún concepto;de aquí en adelante;en adelante;de nuevo;otra vez;nunca más;de ninguna forma;de ninguna manera;en el futuro',
	keepSending:
		'como sigan mandando;como me sigan mandando;como sigan mandándome;como sigan enviándome;como sigan escribiéndome;si siguen mandándome;si siguen enviándome;si siguen escribiéndome;como sigan enviando;como me sigan enviando;como sigan escribiendo;como me sigan escribiendo;si siguen mandando;si me siguen mandando;si siguen enviando;si me siguen escribiendo;si siguen escribiendo',
	away: 'me voy de viaje;me voy de vacaciones;estaré fuera;estaré de viaje;voy a estar fuera;a la vuelta;cuando vuelva;mientras tanto;mientras esté fuera;me voy fuera;me voy unos meses;me voy unas semanas',
	notSigned:
		'me habéis apuntado sin;me han apuntado sin;me apuntaron sin;me apuntasteis sin;me inscribieron sin;me habéis inscrito sin;me han inscrito sin;me metieron sin;me habéis metido sin;me han metido sin;me agregaron sin;me añadieron sin;me habéis añadido sin;me han añadido sin;nunca me apunté;yo no me apunté;no me apunté a;no me apunté en;nunca me suscribí;yo no me suscribí;nunca pedí esto;no recuerdo haberme apuntado;no recuerdo haberme suscrito;no me acuerdo de haberme apuntado;no me acuerdo de haberme suscrito;no recuerdo haberme registrado;no recuerdo haberme inscrito;me suscribieron sin;me han suscrito sin;me registraron sin;me anotaron sin;me apuntaron sin',
	imOut:
		'=fuera;no quiero ser parte;no quiero formar parte;me salgo;paso de esto;no me interesa;quiero salir;quiero salirme;me quiero salir',
	forGood: 'de una vez;de una vez por todas;para siempre;definitivamente;del todo;de forma definitiva',
	hearFrom:
		'saber de ustedes;saber de vosotros;saber nada de ustedes;saber nada de vosotros;tener noticias de ustedes;tener noticias vuestras',
	lastOne:
		'que sea el último mensaje;que este sea el último mensaje;que ese sea el último mensaje;que sea la última promo;que esta sea la última promo',
	holdThese:
		'silencien esto;silencien estos;silencien estos mensajes;pausen esto;congelen esto;pausar estos mensajes;pausen estos mensajes;poner en pausa estos mensajes;pongan en pausa estos mensajes',
	noThese:
		'no me interesa recibir esto;ya no me interesa recibir esto;no quiero seguir recibiendo esto;no quiero seguir recibiendo estos;no me interesa seguir recibiendo esto',
	lastNoun: 'mensaje;msj;promo;promoción;correo',
	button: 'botón;botoncito;boton',
	outOf: 'déjenme fuera de;dejadme fuera de;déjame fuera de;déjenme afuera de',
	gotIt: 'ya entendí;ya lo entendí;ya entendi;ya lo entendi;ya lo sé;ya lo se',
	moreOfThese: 'más de esto;más de estos;más de estas;ni uno más de estos;ni uno más de estas',
	changeNumber: 'cambiar de número;cambiar mi número;cambiar de celular;cambiar de chip',
	receiveThis: 'recibir esto;recibir eso;recibirlos;recibirlas;recibiendo esto',
	// "prefiero no recibirlos más": the clitic on the verb points back at the messages named before.
	noReceiveThem:
		'prefiero no recibirlos;prefiero no recibirlas;no quiero recibirlos;no quiero recibirlas;ya no quiero recibirlos;ya no quiero recibirlas;no deseo recibirlos;no deseo recibirlas;ya no deseo recibirlos;ya no deseo recibirlas;no necesito recibirlos;no necesito recibirlas;prefiero ya no recibirlos;prefiero ya no recibirlas',
	// The messages as the subject of an idiom of being fed up, closing its clause: "los whatsapps me tienen frita".
	fedUpAfter:
		'me tienen frito;me tienen frita;me tenéis frito;me tenéis frita;me tienen harto;me tienen harta;me tenéis harto;me tenéis harta;me tienen hasta las narices;me tenéis hasta las narices;me tienen hasta la coronilla;me tenéis hasta la coronilla;me tienen loca;me tienen loco;me tenéis loca;me tenéis loco;me están volviendo loca;me están volviendo loco;me sacan de quicio',
	lastBefore: ES_LAST_BEFORE,
	asksOffer: ES_ASKS_OFFER,
	forget: '=olvida;=olvide;=olviden;=olvidad;=olvidar;=olvídense de;=olvídate de',
	withoutMore: ES_WITHOUT_MORE,
	hearOf: 'quiero saber del;quiero saber de la;quiero saber de;me interesa saber del;me interesa saber de la',
	neverQuit: `${pairs('ustedes uds', 'nunca_paran no_paran no_paran_nunca no_se_cansan nunca_se_cansan no_se_rinden nunca_se_rinden')};no paráis nunca;nunca paráis;no os cansáis;nunca os cansáis`,
	restIsSpam:
		'lo demás es spam;el resto es spam;lo demás es basura;el resto es basura;todo lo demás es spam;lo demás sobra;el resto sobra;todo lo demás sobra;lo demás no me interesa;el resto no me interesa',
	whyHeld:
		'qué hace;que hace;q hace;qué hacen;q hacen;por qué tienen;xq tienen;porque tienen;pq tienen;para qué tienen;pa qué tienen;por qué siguen teniendo;por qué tenéis;hace en su sistema;hace ahí;hace en su lista;hace en su base;hace en el sistema',
	leaveVerb: 'salir;salgo;salirme;salirse;me salgo;nos salimos',
	// A spam folder: "revisa en spam", "se fue al spam".
	youContactMe:
		'me escriben;me buscan;me llaman;me mandan;me contactan;me avisan;me mandan mensaje;me escribís;me buscáis;me llamáis;me contactáis',
	nothingElse: 'nada más;nada mas;más nada;nada más que eso;lo demás no;el resto no;y ya;solo eso',
	spamFolder: 'en spam;en el spam;carpeta de spam;se fue a spam;se fue al spam;llegó a spam;cayó en spam',
};

const EN: Lists = {
	oneMoreAnd: 'one more and;another one and',
	thanks: 'thanks;thank you;thx;ty;cheers;appreciate it',
	ordinal: `${ORDINAL_NUMERALS};second;third;fourth;fifth;sixth;seventh`,
	notLeftAlone: 'will not leave me alone;wont leave me alone;never leave me alone;cant leave me alone;can not leave me alone',
	sarcasm:
		'oh great;oh joy;oh wonderful;oh lovely;just what i needed;exactly what i needed;just what i wanted;love getting;i love getting;so glad to get',
	// "never hearing from you again": a wish, the "again" after it.
	never: 'never',
	// "me deixa" alone, closing a message that complains: "PARAAA toda hora isso, me deixa".
	leaveBare: 'leave me;leave me be;let me be',
	harassment: 'this is harassment;thats harassment;is harassment;its harassment;this is harrassment;you are harassing me;harassing me',
	dataLaw: 'data protection law;data protection act;data protection laws;gdpr;privacy law;privacy laws',
	numberNoLonger: EN_NO_LONGER_NUMBER_OF,
	calledSpam:
		'this is spam;this is just spam;thats spam;its just spam;this is basically spam;this is spam now;its basically spam;this has become spam',
	spareMe: 'spare me;spare us',
	stop: 'thats enough;that is enough;stop;stopping;quit;cease;halt;no more;enough with;enough of;cut it out with;stop sending;knock it off;disable;turn off;no further;refrain from;enough w;enough wit;chill with;chill w;chill on;ease up on;ease up with;lay off;cool it with;give it a rest with',
	pause:
		'next year;pause;hold;hold off;hold all;snooze;for a while;for now;for a couple weeks;for a few weeks;for a couple of weeks;until the new year;till the new year;til the new year;until new year;until christmas;until xmas;until january;until february;until march;until april;until may;until june;until july;until august;until september;until october;until november;until december;until after;till after;next month;take a break from;a break from;til january;til february;til march;til april;til may;til june;til july;til august;til september;til october;til november;til december;for 30 days;for a month;for two weeks;for 2 weeks;for a week;for the month;for the summer;for the next month;until i get back;until i say so;until further notice;silence;mute the;mute these;till january;till february;till march;till april;till may;till june;till july;till august;till september;till october;till november;till december;for a bit;for a little while;for a few days;a rest;a break;until then;till then;til then;mute me;mute us;put me on mute;snooze me;put me on pause;pause me',
	send: 'send;sending;text;texting;txting;messaging;msging;msgng;call;calling;email;emailing;contact;contacting;reach out;reaching out;get in touch;getting in touch;write;writing;bother;bothering;spam;spamming;communicate;reach;msg;hit me up;hmu;circle back;get back to me;get back to you',
	me: 'me;my number;my phone;this number;my cell;my name',
	object:
		'message;messages;msg;msgs;text;texts;sms;whatsapp;whatsapps;pings;notifs;notis;reminder;reminders;notification;notifications;alert;alerts;update;updates;email;emails;call;calls;spam;these messages;this stuff;promotion;promotions;promo;promos;offer;offers;newsletter;newsletters;ad;ads;marketing;deals;sales;discounts;sales stuff;marketing stuff;promo stuff;automated messages;automated texts;robotexts;robocalls;communication;communications;txt;txts;txting;coupon;coupons;sale alerts;sale texts;sale emails;deal alerts;this kind of thing;this sort of thing;this kind of stuff;this sort of stuff;this type of thing;these kinds of messages;same spiel;same old spiel;stuff to this number;things to this number;anything to this number;anything else to this number;blast;blasts;text blast;text blasts;broadcasts;mass texts;bulk texts;mass messages;chain messages;chain letters;chain texts',
	marketing:
		'promotion;promotions;promotional;promo;promos;offer;offers;deal;deals;discount;discounts;newsletter;newsletters;marketing;ad;ads;advertising;campaign;campaigns;sales;black friday;sales stuff;marketing stuff;promo stuff;coupon;coupons;sale alerts;sale texts;sale emails;deal alerts;flash sale;flash sales;clearance;off stuff;percent off;off deals;off offers;5 off;10 off;15 off;20 off;25 off;30 off;40 off;50 off;percent off;per cent off;half price;half off;bogo;bulletin;bulletins;sale messages;sale message;sale stuff;sale offers;sale notifications;sale reminders',
	// "appt" as texted: "can u just send appt stuff".
	care: 'reminder;reminders;appointment;appointments;appt;appts;vaccine;vaccines;booking;results;checkup;check up;appointment stuff;appt stuff;grooming',
	list: 'list;lists;mailing list;broadcast;group',
	records: 'records;database;system;contacts;register',
	remove:
		'remove;delete;take off;take me off;erase;drop;unsubscribe;removal;deletion;count me out;take this number off;take my number off;take us off;remove us;delete us;take our number off;get off;get me off;kick me off;kick me out of;boot me off',
	erase:
		'wiped;have it wiped;wipe it;get it wiped;scrubbed;erase;delete;remove;wipe;destroy;deleted;erased;deletion;gone;erasure;erasing;binned;bin;trashed;trash;shredded;shred;purged;purge;ditched',
	data: 'what data you hold;data you hold on me;data you have on me;what you hold on me;what data you have;what information you hold;what info you hold;my data;personal data;my personal data;my information;my info;my details;my records;my number;all my data;my personal info;personal info;personal information;my name;my address;everything you have on me;all you have on me;everything you have about me;whatever you have on me;everything you hold on me;everything you hold about me;all you hold on me;all you hold about me;whatever you hold on me;whatever you hold about me;everything you keep on me;the data you hold',
	consent:
		'revoke;revoke consent;withdraw consent;privacy act;data protection act;no longer agree to you;no longer consent;withdraw my consent;i do not consent;i dont consent;never consented;didnt sign up;never signed up;gdpr;ccpa;who gave you my number;where did you get my number;how did you get my number;right to opt out;who gave you permission;who authorized you;who said you could;consent withdrawn;consent is withdrawn;consent revoked;consent is revoked;withdrawing my consent;withdrawing consent;revoking my consent;revoking consent;take back my consent;taking back my consent;right to erasure;right to be forgotten;article 17;data subject request;who gave you my data;who gave you my details;who gave you my info;who gave you my information;who gave you my contact;who gave you my email;who gave you my personal data;where did you get my data;where did you get my details;where did you get my info;where did you get my information;where did you get my contact;where did you get my email;where did you get my personal data;how did you get my data;how did you get my details;how did you get my info;how did you get my information;how did you get my contact;how did you get my email;how did you get my personal data;who gave out my data;who gave out my details;who gave out my info;who gave out my information;who gave out my contact;who gave out my email;who gave out my personal data;who sold you my data;who sold you my details;who sold you my info;who sold you my information;who sold you my contact;who sold you my email;who sold you my personal data;cease all processing;cease processing my;stop processing my data;stop processing my personal;cease processing of my',
	wrong:
		'wrong number;wrong person;wrong phone;i dont know you;i do not know you;not my number;do not have a dog;dont have a dog;do not have a cat;dont have a cat;no pets;not your patient;not your client;not your customer;not a patient;not a client;not a customer;never been a patient;never been a client;never been your;never been to your;previous owner;old owner;belonged to someone;this is not number;is not number anymore;not the person you;not the number for;not the number of;number is not anymore;changed owners;changed hands;used to belong to;been my number for;had this number for;had this number since;never been to a vet;never been to the vet;never had a pet;dont even have a pet;dont have any pets;no longer uses this number;does not use this number anymore',
	deceased:
		'passed away;died;deceased;she passed;he passed;husband passed;wife passed;mom passed;mum passed;dad passed;mother passed;father passed;passed on;passed yesterday;passed last;passed this morning;passed over the weekend;crossed the rainbow bridge;rest in peace;put to sleep;to put down;put her down;put him down;put them down;euthanized;euthanised;rainbow bridge;crossed over;no longer with us;he is gone;she is gone;put boy to sleep;put girl to sleep;put dog to sleep;put cat to sleep;put him to sleep;put her to sleep;put boy down;put girl down;put dog down;put cat down;we lost our;had to put down;had to put to sleep;had to euthanize;had to let him go;had to let her go;had to let go on;had to let go last;had to let go yesterday;had to let go today;had to let go this;had to let go over;passed awy;pased away',
	block:
		'block you;blocking you;block u;blocking u;report u;block this number;block your number;report you;reporting you;report this number;report as spam;report it as spam;mark as spam;spam;ftc;bbb;sue you;ico;information commissioner;data protection authority;trading standards;report to trading standards;acma;ofcom',
	leave:
		'do not want anything from you;dont want anything from you;do not want anything else from you;do not want anything more from you;want nothing more from you;want nothing else from you;which part of not interested;what part of not interested;what part of no dont;which part of no dont;what part of i am not interested;rather not hear from you;prefer not to hear from you;would rather not hear from you;id rather not hear from you;d rather not hear from you;rather not hear from your;leave me alone;leave me be;go away;get lost;back off;piss off;buzz off;stop bothering me;stop harassing me;stop pestering me;lose my number;bugger off;sod off;jog on;get off my phone;want nothing to do with you;want nothing from you;forget i exist;forget about me;forget my number;lose my contact;dont want to hear from you;do not want to hear from you;dont need to hear from you;do not need to hear from you;dont need to hear from your;no need to hear from you again;dont want to hear from your;never want to hear from;dont wanna hear from;give it a rest;leave us alone;let me be;let us be;leave me in peace;leave us in peace;can not take a hint;take a hint;take the hint;do you ever give up;do u ever give up;do you people ever give up;do u people ever give up;do you guys ever give up;do u guys ever give up;do you lot ever give up;dont you people ever give up;dont you ever give up;will you ever give up;you people never give up;do you people ever stop;do u people ever stop;rack off;naff off;shove off;forget that i exist;forget i ever existed;forget i even exist;pretend i dont exist;pretend i do not exist',
	unsubscribe: 'unsubscribe;unsub;opt out;optout;opt me out;sign me out',
	noMore:
		'dont want;do not want;no longer want;dont need;do not need;dont send;do not send;no more;not interested in;not interested in getting;no interest in;no longer wish;do not wish;no longer wish to;do not wish to;would rather not',
	negator: 'not;no;never;dont;do not;dont you dare;dont you even think about;dont even think about;do not even think about',
	keep: 'keep sending;keep them coming;continue;i need the reminders;i like;i love;please keep;still want;keep texting;keep messaging;on the contrary;save me;saves me;lifesaver;life saver;reminders help',
	other: `${pairs('litter food kibble treats meds medication flea_treatment', 'subscription delivery deliveries shipment shipments order orders')};from the course;the course;from the class;from another store;the order;my order;the delivery;changed my address;on my phone;my phone settings;the app;of the app;family group;work group;my phone plan;from the pet insurance;pet insurance;from the bank;my bank;from the gym;from the school;from another;not yours;not you guys;other company;netflix;spotify;amazon;wrong chat;wrong group;magazine;the magazine;my new number is;new number is;update my number;update my contact;the bank;to the bank;health insurance;text instead;text me instead;prefer text;prefer texts;email instead;email me instead;rather text;call instead;call me instead;the website;on the website;their website;from the website;class group;group chat;puppy class;training class;the old one;my old number;replace my number;use this one;use this number instead;my ex;my card;for fraud;fraud;group admin;who is the admin;neighborhood group;pharmacy;drugstore;delivery app;food app;subscription box;groomers app;old groomer;other app;another app;their app;monthly delivery;monthly shipment;autoship;auto ship;repeat delivery;scheduled delivery;recurring order;repeat order;monthly order;nobody home;no one home;nobody at home;no one at home;nobody s home;no one s home;the parcel;the package;the courier;from the shelter;the shelter s;from the rescue;you work with them;you guys work with them;my gym;gym membership;the gym`,
	hypothesis:
		'if i wanted;if someone;how do people;my friend;asking for a friend;she said;he said;my mom wants;my wife wants;my husband wants;what happens if;what does;what is;in case i want;if i reply;if i text;if i send;if i type;if i answer;my mom sent;my son sent;my daughter sent;my husband said;my wife said;my mom said;was meant for;meant for my;was for my;if i ever want;if one day i want;just wondering;not opting out;out of curiosity;how does the opt out work;just curious;curious how;do you know how;you guys know how;told my;any idea how;anyone know how;keeps saying;kept saying;is always saying;my husband says;my husband keeps telling me;my husband always says;my wife says;my wife keeps telling me;my wife always says;my mom says;my mom keeps telling me;my mom always says;my mum says;my mum keeps telling me;my mum always says;my dad says;my dad keeps telling me;my dad always says;my son says;my son keeps telling me;my son always says;my daughter says;my daughter keeps telling me;my daughter always says;my partner says;my partner keeps telling me;my partner always says;my boyfriend says;my boyfriend keeps telling me;my boyfriend always says;my girlfriend says;my girlfriend keeps telling me;my girlfriend always says;she asked you to;he asked you to;she asked them to;he asked them to;she replied;he replied;they replied;she answered;he answered;she responded;he responded;she texted back;he texted back;if i want to later;if i ever wanted;if i decide to later;in case i ever',
	no_need: 'no need anymore;no longer need;no need to keep;no longer necessary;no need for;not needed anymore;no longer needed',
	needless: 'no point in;theres no point;no sense in;no reason to;no reason for you to;no need to;dont need to;do not need to',
	this_number:
		'her phone;his phone;her number;his number;her mobile;his mobile;her cell;his cell;their phone;their number;this number;that number;my number;this phone',
	notStop:
		'stop by;stop at;stop in;stop taking;stop smoking;stop the bleeding;stop bleeding;stop itching;cancel my appointment;cancel the appointment;cancel my order;cancel the order;cancel my booking;stopped getting;stopped receiving;stopped coming;stopped arriving;have stopped;has stopped;stopped sending me the;stop giving;stop using;stop applying;stop feeding;stop the drops;stop the meds;stop the medication;stop the antibiotics;stop the treatment;stop the food;hold on stop;hang on stop;wait stop;stop wait;stop hold on;stop hang on;stop dont book;stop do not book;stop dont confirm;stop dont cancel',
	notList:
		'waiting list;waitlist;shopping list;wait list;standby list;cancellation list;cancelation list;gift list;surgery list;procedure list;grooming list;boarding list;daycare list;a list of;list of plants;list of foods;list of flowers',
	cancel: 'cancel;cancelling;canceling;close;terminate',
	blockedReported:
		'blocked and reported;reported and blocked;blocked you;reported you;report button;block button;report spam button;hovering over the block;hovering over the report;finger on the block button;finger on the report button;have the onto you;get the onto you;set the onto you',
	anything: 'anything;nothing',
	you: 'you;you guys;your clinic;your company;this clinic;this company',
	reportOther: 'animal abuse;animal cruelty;abusing;neighbor;neighbour;neighbors;neighbours',
	there: 'from there;off there;out of there',
	removeMe:
		'i want off;want off;like to be off;love to be off;want to be off;get me off;end up off;take me;take my name;take my number;remove me;remove my name;remove my number;delete me;delete my name;take him off;take her off;take them off;take my contact;take my details;take my info;remove my contact;remove my details;delete my contact;delete my details;undo it;undo that;please undo;reverse it;reverse that',
	leaveShort: 'mute me;mute us;put me on mute;scram;shoo;get out',
	quote:
		'let me check;ignore the unsubscribe;ignore my unsubscribe;ignore the stop;ignore my stop;ignore the opt out;wrong photo;sent the wrong photo;by mistake;ignore that;ignore it;please ignore;wait;i meant;my bad;sorry wrong;was a joke;i accidentally;unsubscribed by accident;pressed it by accident;typed it by accident;did it by accident;typed stop;typed that;typed it;typed this;wrote stop;wrote that;kid typed;son typed;daughter typed;wrong pet;did not mean to;dont unsubscribe me;do not unsubscribe me;dont remove me;do not remove me;dont take me off;do not take me off;disregard;grabbed my phone;took my phone;got my phone;wrote unsubscribe;reply stop to;text stop to;reply stop for;is that legit;is this legit;is it legit;is it a scam;is this a scam;is that a scam;legit or;another chat;other chat;different chat;another conversation;other conversation',
	notMe: 'i am not;this is not;not him;not her;dont know who;do not know who;it is not;that is not',
	who: 'who is this;who are you;who dis;whos this;who is that;who are you people;who is texting;new number;my number now;this is my number now;changed numbers;changed his number;changed her number',
	grief: `upsetting to see;upsetting to get;upsetting to receive;distressing to see;distressing to get;do not think i can face;dont think i can face;not sure i can face;could not face;couldnt face;can hardly face;can not face seeing;cannot face seeing;hard seeing;painful seeing;hurts seeing;heartbreaking seeing;tough seeing;hard getting;hard to get;hard to see;heartbreaking to;painful to get;painful to see;painful to receive;painful to keep;hurts to see;hurts to get;hurts to receive;hard to see these;heartbreaking to see;heartbreaking to get;breaking my heart;breaks my heart;can not keep seeing;cannot keep seeing;can not bear;cannot bear;can not stand seeing;can not look at;${pairs('cant can_not cannot', 'keep_seeing keep_reading keep_getting face bear stand')};his name on these;his name on the reminders;his name on the messages;his name on these messages;his name on the texts;his name on your texts;his name on your messages;his name pop up;his name popping up;her name on these;her name on the reminders;her name on the messages;her name on these messages;her name on the texts;her name on your texts;her name on your messages;her name pop up;her name popping up;their name on these;their name on the reminders;their name on the messages;their name on these messages;their name on the texts;their name on your texts;their name on your messages;their name pop up;their name popping up`,
	noLongerComes:
		"won't be needing;will not be needing;won't need;will not need;no longer needs;won't be attending;will not be attending;won't be coming;will not be coming",
	notInterested: 'not interested;a no from me;less so;dont need to hear;do not need to hear;not for me',
	misrecorded:
		'typed the number wrong;typed it wrong;number wrong;wrote the number down wrong;wrote it down wrong;have the wrong number;got the wrong number;saved the wrong number',
	switched:
		'moved to a practice;moved to a new practice;changed practices;switched practices;moved practices;a practice closer;a vet closer;a clinic closer;closer to home;no longer live in;dont live in;moved house;moved abroad;switched vets;switched clinics;changed vets;changed clinics;moved to another vet;moved to another clinic;another vet;another clinic;new vet now;not a client anymore;no longer a client;moved away;moved out of the area;wont be coming back;will not be coming back;not coming back',
	// "less of the 20% off spam pls": fewer of the promotions, whatever names them in between.
	lessOf: 'less of the;less of your;less of all the;less of those;less of these;fewer of the;fewer of your',
	without: `less of the spam;less of your spam;no spam;no promos;no ads;no marketing;less spam;without the ads;without promotions;without the promos;no more spam;no offers;no deals;no coupons;without the deals;${EN_WITHOUT}`,
	threat:
		'keep texting and;keep messaging and;keep sending these and;keep it up and;carry on and;send another and;keep it up;keep going like this;keep this up;keep that up;carry on like this;one more message;one more text;one more time;next message;next text;last warning;last time;if you text;if you message;if you keep;if you send;do it again;text me again and;message me again and;stop or;stop it or;if this continues;if this keeps up;if it continues;if this keeps happening;keep texting me and;keep messaging me and;keep sending me and;keep going',
	complaint:
		'file a complaint;complaint;complain;ftc;attorney general;lawyer;sue;report;consumer protection;1 star;one star;1-star;bad review;review;trading standards;ombudsman;citizens advice',
	blockedWord: 'blocked;reported;flagged',
	blockNow:
		'fcc;spam;report as spam;you are blocked;youre blocked;i will block;gonna block;im blocking;i am blocking;blocking this number;block this number;ftc;file a complaint;blocking;getting blocked;get blocked;be blocked;ur blocked;your blocked;gonna get blocked;trading standards;information commissioner;straight to block;gets blocked;getting the block;gets the block;on the block list;to the block list;hit block;hitting block',
	threatMsg: `next one of these;the next one of these;next one of those;another one of these;another of these;any more of these;next one goes;the next one goes;next one is going;next one and;one more message;one more text;next message;next text;text me again and;message me again and;send me another;one more of these;one more of those;one more promo;one more promotion;one more ad;one more reminder;one more email;another promo;${EN_ONE_MORE}`,
	still:
		'are still coming;still being sent;are still arriving;still turning up;you keep sending;you still send;still sending;keep getting;still getting;you keep texting;still texting;still receiving;why do you keep;still got one;still get them;still got another;still getting them;still get one',
	only: 'only;just',
	asked:
		'i already asked;i already told;told you already;asked you already;how many times;i asked you;for the last time;i replied stop;i already replied stop;i texted stop;i sent stop;i already sent stop;i said stop;i already said stop;i typed stop',
	// A rude dismissal "with" the messages is fed up with them: "to hell with these reminders", "piss off with the texts".
	fedUp: `doing my head in with;driving me mad with;driving me crazy with;driving me nuts with;driving me up the wall with;not a single day of peace;not one day of peace;cant get a day of peace;so annoying with;you lot are relentless;relentless with;sick of;fed up with;tired of;so done with;had enough of;done with;im done with;i am done with;${EN_OFF_WITH};to hell with;screw you and;screw you with`,
	notNow: 'not now;not right now;for now;for the time being',
	later:
		'in january;in february;in march;in april;in may;in june;in july;in august;in september;in october;in november;in december;next year;next month;after the holidays',
	permission: `${pairs('never_agreed_to did_not_agree_to never_opted_in_to never_opted_into never_said_yes_to never_signed_up_for', 'marketing messages texts emails promotions promos receiving getting this any_of_this')};dont have my permission;do not have my permission;without my permission;never gave you permission;never gave permission;did not give permission;didnt give you permission;never consented to;dont have my authorisation;do not have my authorisation;dont have my authorization;do not have my authorization;never authorised;never authorized;i do not authorise;i do not authorize;without my authorisation;without my authorization`,
	sendMe: 'text me;message me;contact me;reach out;email me;let me know;notify me;remind me;text me only;only text me',
	newPet: 'now we have;new puppy;new kitten;new dog;new cat;just adopted;recently adopted;we adopted a;adopted a new',
	canStop: 'you can stop now;can stop now;you can stop;you may stop',
	timeWindow: 'before noon;before 9;before 10;after 9pm;after 8pm;in the morning;during work;after hours;at work',
	noReceive:
		'dont want to receive;do not want to receive;dont want to get;do not want to get;rather not receive;prefer not to receive;not receive any more;not to receive any;rather not get;prefer not to get;would rather not get',

	notHere:
		'no one here by that name;nobody here by that name;no one here called;nobody here called;no one here named;nobody here named;nobody by that name here;no one by that name here',
	mineNow:
		'stayed with me;ended up with me;i inherited;i have it now;i have taken over;i took over;passed to me;mine now;is mine now;belongs to me now;my phone now',
	fromLater: `${fromMonths('starting in;starting;from;after', EN_MONTHS)};starting next month;from next month on;starting next year`,
	onlyLater: `${fromMonths('not until;not before;only in', EN_MONTHS)};not until next month;not until next year`,
	resume: 'resume;start again;start texting again;start messaging again',
	fine: 'fine with;ok with;okay with;happy with;good with;dont mind;are fine;is fine;are ok;are okay;are useful;can stay',
	lost: '=had to say goodbye to;=said goodbye to;=said our goodbyes to;=say goodbye to;=we lost;=we just lost;=we sadly lost;=lost our',
	notDeceased:
		'died laughing;dying to;dying of;nearly died;almost died;almost dying;nearly dying;dead tired;died down;phone died;battery died;i died;i am dead;i nearly died;dying here',
	hurts:
		'hurts;gut punch;a punch;stings;kills me;a knife;destroys me;wrecks me;crushes me;breaks me;guts me;is hard;so hard;really hard;too hard;is painful;so painful;too painful',
	// "Enough of that" after the promotions refuses them: "the deals? enough of that".
	// "the reminders are useful. the flash sale texts, less so": the promotions weighed and found wanting.
	decline:
		'less so;not so much;do not need them;dont need them;do not need those;dont need those;nah;no thanks;no thank you;can do without;could do without;pass;ill pass;i will pass;hard pass;can go;not needed;no ty;nope;too much;not for me;dont want it;do not want it;dont want them;do not want them;could live without;could happily live without;enough of that;enough of this;enough of it',
	declineBefore:
		'i am good on;i am good without;i am fine without;i am ok without;can do without;could do without;do not need;dont need;no need for;i will pass on;ill pass on;could live without;could happily live without',
	declineWeak: 'no;enough',
	tooOften:
		'how many more;thats the third;thats the fourth;thats the fifth;the third today;the fourth today;dont you get tired;do you ever get tired;every single day;every day;everyday;every week;every single week;all the time;daily;several times a week;constantly;a day;per day;a week;per week;in one day;in a day;every monday;every tuesday;every wednesday;every thursday;every friday;every saturday;every sunday;every weekend;every morning;every night',
	afterEvent: `after the holidays;after christmas;after new year;after new years;in the new year;next year;after my trip;after the move;after summer;after the summer;in a couple of months;in a few months;in a couple months;after easter;after thanksgiving;after spring break;when i am back;when im back;when i get back;${fromMonths('after;not until;only in', EN_MONTHS)};after xmas;after the new year;after the festive season;after the festivities;after new year s;after the break;after the baby;after the baby arrives;after the baby is born`,
	askedAgain:
		'third time asking;second time asking;fourth time asking;third time i ask;third time i have asked;asked twice;asked three times;for the third time;for the second time;asked you twice',
	noneOf: `no calls;no emails;no texts;no messages;no whatsapp;no contact;no more contact;never again;no sms;${EN_DONT_CHANNEL}`,
	arrived: 'received;got;arrived;yet;came through;so far',
	wasOf: 'was my;was his;was her;was their;used to be;belonged to;was someone;before me',
	notOne: 'not a single;not one;not even one',
	demonstrative: 'these;those;them;this;it',
	tooMuch: 'too much;a bit much;a little much;way too much;too many;excessive;overkill;a lot',
	subscription: 'subscription;my subscription;membership',
	notQuote: 'wait time;waiting time;the wait;a long wait;waiting room',
	botherMe:
		'bothering me;bothering us;pestering me;pestering us;harassing me;harassing us;hassling me;hassling us;bugging me;bugging us;annoying me;annoying us;spamming me;spamming us;badgering me;badgering us;hounding me;hounding us;blowing up my phone;blowing up my phone;blow up my phone;blowing my phone up;hitting up my phone;hittin up my phone;hitting me up;hittin me up;hitting up my line;blowing up my line;blowin up my phone',
	everything: 'everything;it all;all of it;all that;the lot',
	plenty:
		'is plenty;are plenty;is enough;are enough;is all i need;are all i need;will do;is more than enough;are more than enough;suffice;suffices',
	enough: 'enough;enough already;enough is enough;thats enough;that is enough;no more',
	knowWhatToDo: 'you know what to do with;know what to do with;you know what to do',
	withoutDiscounts: EN_WITHOUT_DISCOUNTS,
	keepConsent: 'permission to keep;permission to store;permission to hold;keep my data;store my data;hold my data',
	notYet:
		'no calls yet;no calls so far;no call yet;no call so far;no texts yet;no texts so far;no text yet;no text so far;no emails yet;no emails so far;no email yet;no email so far;no messages yet;no messages so far;no message yet;no message so far;no word yet;no word so far;no news yet;no news so far;no reply yet;no reply so far;not a call yet;not a text yet;not an email yet;not a message yet',
	knowNone:
		'do not know any;do not even know any;do not know anyone called;do not know anyone named;do not know anybody called;do not know anybody named;never heard of any;whoever;no idea who;have no idea who',
	// "only msg me when my order's ready": an order, which a message may keep while it refuses the promotions.
	order: 'order;orders;delivery;parcel',
	// "I don't want to bother you but is the vet in?": politeness, not bothering the speaker.
	politeBother:
		'do not want to bother you;dont want to bother you;did not want to bother you;didnt want to bother you;do not want to be a bother;dont want to be a bother;sorry to bother;sorry to bother you;does not want to bother;doesnt want to bother;do not want to bother anyone;dont want to bother anyone',
	otherOwner: `${EN_READ_ABOUT};neighbours;neighbors;neighbour;neighbor;my friend;my mate;a mate;friends dog;friends cat;a friend;sisters dog;sisters cat;brothers dog;brothers cat;cousins dog;cousins cat;coworkers;someone else`,
	dataRegulator:
		'information commissioner;privacy commissioner;privacy commission;oaic;ico;data protection authority;data protection regulator;privacy regulator;the regulator',
	notMeShort: 'not me;no pet;no pets;no dog;no cat;no pets here;wrong person',
	wantsRecords: 'medical records;a copy of;copies of;get hold of;request the records;request her records;request his records',
	asks: 'wanted to know;i want to know;how do i;do you do;can you tell me;is there a way',
	noPet:
		'do not own a cat;do not own a dog;do not own a pet;do not own any pets;do not own any cats;do not own any dogs;do not own any animals;do not own pets;do not own cats;do not own dogs;do not even own a cat;do not even own a dog;do not even own a pet;do not even own any pets;do not even own any cats;do not even own any dogs;do not even own any animals;do not even own pets;do not even own cats;do not even own dogs;do not even have a cat;do not even have a dog;do not even have a pet;do not even have any pets;do not even have any cats;do not even have any dogs;do not even have any animals;do not even have pets;do not even have cats;do not even have dogs;no cats here;no dogs here;no pets here;no animals here;no cat here;no dog here;no pet here;no animal here;never had a dog;never had a cat;never had a pet;never had any pets;never had pets;never had dogs;never had cats;never had an animal;never had any animals',
	// The SMS keyword, in English in every language: "STOP hasta marzo", "stop até março".
	stopKeyword: 'stop',
	// A keyword that is a clause of its own ("STOP. not interested"); the rule asks for the clause alone.
	keywordAlone: 'stop;unsubscribe;unsub',
	blockingWord: 'blocking;reporting;flagging',
	junk: 'this crap;this shit;this garbage;this trash;this junk;this nonsense;this rubbish;this bs',
	canEnd:
		'make it stop;please make it stop;someone make it stop;can it please stop;will it ever end;does it ever end;when does it end;when will it end;can it end now;can it end;can this end now;can this end;can it stop now;can this stop now;can they stop now;can they end now;make them stop;can we end this',
	again:
		'by any means;through any channel;in any shape or way;from now on;from here on;from here on out;again;ever again;in any way;in any shape or form;in any form;any further;in future;going forward',
	keepSending:
		'if you keep sending;if you keep sending me;if you keep texting me;if you keep texting;if you keep messaging;if you keep emailing;if you carry on sending;if you carry on texting;if these keep coming;if they keep coming',
	away: 'going away;ill be away;i will be away;im away;while im away;when im back;when i get back;in the meantime;meanwhile;travelling for;traveling for;abroad for',
	notSigned:
		'never signed up;didnt sign up;did not sign up;never subscribed;i never subscribed;signed me up without;added me without;put me on this without;subscribed me without;never asked for this;never asked for these;dont remember signing up;dont remember ever signing up;do not remember signing up;do not remember ever signing up;dont recall signing up;dont recall ever signing up;do not recall signing up;cant remember signing up;dont remember subscribing;dont recall subscribing;dont remember agreeing to',
	imOut: 'im out;i am out;count me out;want no part;dont want to be part;not interested;no thanks',
	forGood: 'for good;once and for all;permanently;for ever;forever;altogether;entirely',
	hearFrom: 'hear from;hear anything from;hearing from;hearing anything from;hear from you;hear from your',
	lastOne:
		'let that be the last;let this be the last;let it be the last;let that be the last one;let this be the last one;make that the last one;make this the last one;make that the last;make this the last;that better be the last;that better be the last one;this better be the last one;that had better be the last one;let this be the last message;let this be the last text;let that be the last message;let that be the last text;make this the last message;make this the last text',
	holdThese:
		'put these on ice;put all these on ice;put these on the back burner;put these on hold;put all these on hold;put these on pause;hold these until;hold these till;pause these until;pause these till;hold off on these until;hold off on these till',
	noThese:
		'not interested in getting these;not interested in receiving these;no longer interested in getting these;no longer interested in receiving these;no interest in getting these;no interest in receiving these;dont want to keep getting these;dont want to keep receiving these;do not want to keep getting these;do not want to keep receiving these;dont need to keep getting these;dont need to keep receiving these',
	lastNoun: 'one;text;message;msg;email;reminder;promo;one of these;of these',
	button: 'button',
	outOf: 'count me out of;leave me out of;take me out of;opt me out of',
	gotIt: 'i get it;i get it already;ok i get it;i get the point;i got the message',
	moreOfThese: 'any more of these;any more of those;any more of them;more of these;more of those',
	changeNumber: 'change my number;change numbers;change my phone number;get a new number',
	receiveThis: 'getting these;getting this;receiving these;receiving this;get these;receive these',
	// The messages as the subject of an idiom of being fed up, closing its clause: "ur deals r doing my head in".
	fedUpAfter:
		'doing my head in;doing me head in;driving me mad;driving me crazy;driving me nuts;driving me insane;driving me up the wall;getting on my nerves;getting on my last nerve',
	lastBefore: EN_LAST_BEFORE,
	asksOffer: EN_ASKS_OFFER,
	forget: '=forget',
	// Being on a list refused, the list named before or after: "ended up on this broadcast thing… id rather not be on it".
	notOn:
		'rather not be on;prefer not to be on;dont want to be on;do not want to be on;dont wanna be on;no longer want to be on;would rather not be on',
	hearOf: 'want to hear about;want to know about;wanna hear about;wanna know about;care about',
	neverQuit: pairs(
		'you you_guys you_people you_lot u u_guys yall',
		'never_quit never_give_up never_stop never_let_up dont_ever_quit dont_ever_stop do_not_ever_stop do_not_ever_quit',
	),
	restIsSpam:
		'the rest is spam;the rest is junk;the rest is just spam;everything else is spam;everything else is junk;all the rest is spam;anything else is spam;the rest is noise;the rest can go;everything else can go',
	// "what is" is a hypothesis's opening here ("what is the opt out?"), so only the why.
	whyHeld:
		'why do you have;why have you got;why do you still have;how come you have;how come you still have;why does your system have;doing in your system;doing on your list;doing in your database;doing on your system',
	leaveVerb: 'get off;get out of;come off',
	// A spam folder: "the rest went to spam", "check your spam folder".
	youContactMe:
		'you can text me;you can message me;you can contact me;you can reach out;you can call me;u can text me;u can msg me;feel free to text me;feel free to reach out;hit me up;reach out',
	nothingElse: 'nothing else;nothing more;none of the rest;not the rest;not anything else;and that is it;thats it;that is all;thats all',
	spamFolder: 'went to spam;in my spam;in spam;spam folder;junk folder;to my spam;in the spam',
};

export const CONCEPT_LISTS: Readonly<Record<Language, Readonly<Record<Concept, readonly string[]>>>> = {
	pt: listsOf(PT),
	es: listsOf(ES),
	en: listsOf(EN),
};

function listsOf(lists: Lists): Record<Concept, string[]> {
	return Object.fromEntries(CONCEPTS.map((concept) => [concept, split(lists[concept] ?? '')])) as Record<Concept, string[]>;
}
