// Opt-out requests as combinations of concepts (concepts.ts), so that new wordings of a known
// request match: each rule names the concepts that must meet within a few words of each other.
//
//   stop_object        a stop or pause verb with a messaging object      "pausen los mensajes hasta marzo"
//   stop_sending       a stop verb with a contact verb                    "pareeeem de me mandar essas coisas"
//   dont_contact       a negator, "me" and a contact verb                 "no me vuelvan a contactar"
//   number_dont_contact  the number, then a negator and a contact verb    "a este número no escribáis más"
//   no_more            "don't want (any more)" with a messaging object    "dont want the newsletters anymore"
//   remove_from_list   a remove verb with a list, or with "me"/my number  "tirem meu numero do cadastro"
//   erase_data         erasing personal data                              "erase my personal data from your records"
//   revoke_consent     consent withdrawn                                  "nao autorizo mais vcs usarem meu telefone"
//   wrong_number       the number or person is wrong                      "vc mandou pra pessoa errada"
//   wrong_person       "I'm not …" with "who is this?", a request or a     "quem é? não sou a Maria, tira meu número"
//                      number noted wrong                               "não sou a Juliana, devem ter anotado errado"
//   not_here           "this is not X('s phone)", no question             "aqui não é a dona Cida"
//   number_changed     this number is mine now                            "esse telefone é meu agora"
//   switched_no_need   another vet now, no need to contact               "switched vets, no need to reach out anymore"
//   deceased           a death with a stop, remove, "no need", grief or   "mi gata murió, no me manden más recordatorios"
//                      "won't be coming any more"                        "my husband passed, he won't be attending"
//   report_threat      a threat to block or report the sender             "MAIS UMA MENSAGEM E EU BLOQUEIO"
//   threat_if_more     "keep it up", "one more message" with blocking    "próxima msg é bloqueio", "keep it up and I'll tell the FCC"
//                      or a privacy regulator; "one more and" bare     "mais uma e é block"
//   message_threat     "one more message and …" with a complaint          "mais uma mensagem e vou no procon"
//   blocked_and_reported  two of blocked / reported                       "bloqueado. denunciado."
//   without_marketing  "no spam", "sem propaganda", "sin promociones"
//   only_care          "only" the care messages, marketing negated       "only send me appointment reminders, not the deals"
//   leave_me_alone     "leave me alone", said to the business             "ya no molesten, carajo"
//   asked_before       "I already asked" with a stop                      "já pedi 3 vezes pra pararem!!!"
//   fed_up             fed up with the messages                          "tô de saco cheio dessas mensagens"
//   not_now            "not now" with a later date                       "ahora no, escríbanme en marzo"
//   only_from_later    "only (resume) from <month>"                      "só voltem a mandar mensagem a partir de agosto"
//   care_fine_not_marketing  the care messages are fine, promotions not  "fine with reminders but no more promos"
//   marketing_not_wanted  promotions declined as a kind                  "essas propagandas não me interessam"
//   no_more_list       "don't want to be on the list"                    "não quero mais estar na lista de transmissão"
//   can_stop           "you can stop now" closing a message about messages "obrigado pelas 5 mensagens por dia, agora já pode parar"
//   unsubscribe        unsubscribe words                                  "me doy de baja"
//   not_interested_marketing  "not interested" before the promotions       "no me interesan los descuentos"
//   marketing_declined promotions, then a decline closing the clause     "los cupones me los ahorro", "sales? nah"
//   declined_marketing a decline before the promotions                    "could do without the newsletter"
//   marketing_too_often promotions too often, refused                     "oferta toda semana não dá"
//   send_after         "write me (only) after <holiday, season, month>"   "escríbeme después de año nuevo"
//   lost_pet           "we lost <pet>" with a remove or grief            "perdimos a Toby, quítenlo del sistema"
//   death_hurts        the messages hurt after a death or loss           "se fue al cielo, cada aviso duele"
//   remove_me_records  "take my contact" off the system                  "please take my contact off the system"
//   asked_complaint    asked again, now a complaint                      "second time asking, complaint to the FTC next"
//   none_of            two channels refused one by one                   "nem whats, nem email, nem telefonema"
//   number_was         this number was someone else's                    "esse celular era do meu ex marido"
//   none_until         "not a single message" with a date                "hasta enero porfa ni un msj"
//   block_closing      a bare block word closing a complaint              "third promo this week. blocking"
//   remove_me_closing  "take me off" closing a message about the list     "no sé cómo acabé en esta lista… sáquenme"
//   cancel_subscription  a subscription to the messages cancelled         "deseo anular mi suscripción a las notificaciones"
//   marketing_much_only_care  too much, or too often, of the promotions  "the daily deals are a bit much, can i just get the reminders?"
//                      (either side of them), only the care            "me llegan demasiadas ofertas, ¿solo lo de las citas?"
//   stop_bothering     any stop with a way of bothering me               "chega de me incomodar", "quit blowing up my phone"
//   erase_everything   erase everything, data and a consent refused      "nunca di permiso pa q guarden mis datos, q los borren todos"
//   know_what_to_do    "you know what to do with my number"              "ya saben qué hacer con mi número"
//   only_send_care     offers named, then "only message me about" care    "none of the offers. Only message me about appointments"
//   only_hear_care     promotions named, then only the care wanted      "cupom disso… só quero saber do banho da Mel"
//   without_only_care  no promotions, only the care messages            "sin descuentos, nomas avisenme cuando toque la vacuna"
//   only_care_enough   only the care messages are enough, promos named   "the promos can go, just the reminders is plenty"
//   enough_clause      "enough" as a clause, messages too often           "chega né, todo santo dia msg de vcs"
//   unknown_name       "I don't know any <Name>", name capitalised       "no conozco a ninguna Luna"
//   no_pet             no pet here, closing its clause                   "I don't own a cat. Never have.", "no cats here"
//   who_not_me         "not me" as a clause beside a closing "who is this" "who is this? not me"
//   data_regulator     a complaint to a data-protection regulator        "I will complain to the information commissioner"
//   keyword_until      the STOP keyword opening a clause a date closes   "STOP hasta marzo"
//   pause_until        a date as its own clause, a pause asked beside it "até lá, silêncio por favor"
//   send_nothing       "send me nothing", the negator dropped            "me manda nada esse mês"
//   blocking_and_reporting  two doings joined, closing their clause      "reporting n blocking. bye"
//   keep_sending_complaint  the messages going on, then a complaint        "como sigan mandándome publicidad pongo una queja"
//   block_junk         a block word with a contemptuous object, closing "vou bloquear essa porra"
//   can_end            "can it end now?" as a clause, messages named      "third text this week. make it stop"
//   no_need_again      no need to contact, ever again                    "no need to get in touch with us again"
//   not_now_after      "not now" with a date, a short reply              "not now, maybe after xmas"
//   declined_only_care promotions declined, then only the care kept      "don't need the deals, just the reminders"
//   enough_closing     "enough" closing the message, messages counted    "cuántos mensajes más?? es el cuarto, ya basta"
//   enough_every_day   "enough" as a clause, then "this, every day"      "chega, todo santo dia isso"
//   not_signed_out     signed up without asking, and out                 "me habéis apuntado sin permiso… fuera"
//   leave_list_not_signed  leaving a list one was put on without asking  "cómo salgo de esta lista q me agregaron sin preguntar"
//   away_no_need       away a while, no need to send anything            "me voy de viaje, no hace falta que me aviséis de nada"
//   switched_keep_number  moved away, no point keeping the number        "ya no vivo ahí, no tiene sentido que tengan mi número"
//   no_contact_again   not wanting contact ever again or by any means   "não quero ser procurada por nenhum meio"
//   stop_for_good      a stop made final, messages named                 "vcs mandam mensagem demais… dá pra parar de vez"
//   remove_number_there  my number named, then removed "from there"      "vcs têm meu número aí… pode apagar daí"
//   last_one           "let that be the last (one)", closing its clause  "please let this be the last text"
//   hold_these         the messages as "these" put on hold to a date      "can we put these on hold until after the move?"
//   no_more_these      "not interested in getting these", closing        "not interested in getting these anymore"
//   keyword_pressed    STOP opening, an "enough" or a refusal closing     "STOP STOP STOP nao quero", "STOOOP ya basta"
//   cancel_everything  everything cancelled, the messages named          "cancela tudo q é msg de vcs"
//   away_nothing       away, "meanwhile nothing", writing named           "mientras tanto nada porfa"
//   blocking_you       a block in the doing, "you" closing               "to bloqueando vcs agora mesmo"
//   refusal_button     the button of a refusal                           "¿dónde está el botón de 'no quiero más'?"
//   no_receive_them    a refusal as a pronoun on the verb, messages named "los mensajes… prefiero no recibirlos más"
//   needless_receive   receiving these is pointless                      "não tem mais sentido eu receber isso"
//   out_of_messages    "count me out of" the messages or list           "count me out of the pet club newsletter stuff"
//   got_it_refusal     "I get it", then a refusal of anything            "I get it. I don't want anything."
//   no_more_of_these   "any more of these" refused, no interest shown    "Not interested. Don't need any more of these."
//   change_number_to_stop  changing numbers to make it stop              "do I have to change my number to get you to stop?"
//   remove_me_not_interested  "take me off" closing, beside no interest  "não tenho mais interesse… podem me desconsiderar"
//   keyword_not_interested  a keyword alone as a clause, then no interest "baaaja. no me interesa nada d esto"
//   fed_up_after       the messages drive me mad, closing the clause     "ur 20% off deals r doing my head in"
//   last_before_block  "the last message before" a block                 "this is the last msg u send before i hit block"
//   forget_my_number   my number or data to be forgotten                 "esqueçam meu contato", "olvídense de mi número"
//   block_and_complain a block, then a complaint                         "vou dar block e meter a boca no reclame aqui"
//   without_more       no channel any more, closing its clause           "sem contato mais, ok?", "sin mensajes más"
//   not_on_list        being on the list refused, named either side      "ended up on this broadcast thing… id rather not be on it"
//   who_no_pet         no pet here beside a closing "who is this?"        "who is this? i dont own a cat called Tom"
//   number_no_longer   the number no longer someone's                    "ya no es el cel de mi suegra"
//   harassment         the messages called harassment, a complaint or    "esto ya es acoso, pongo una reclamación"
//                      the messages beside
//   called_spam        the messages called spam, closing the clause      "isso já virou spam"
//   erase_by_law       erase everything or my data, the law invoked      "borren todo, la ley de protección de datos existe"
//   no_receive_closing a refusal to receive closing its clause, the      "los whatsapps diarios ya cansan, q no me lleguen más"
//                      messages named before
//   spare_me           the messages or promotions spared                 "spare me the 20% off spam", "ahórrenme las promos"
//   keyword_too_often  STOP opening, then how often the messages come    "stahhhp every single day with these msgs"
//   sarcastic_count    mocking praise of the messages, counted or how    "oh joy, a 4th reminder today", "justo lo que
//                      often, no thanks                                  necesitaba, otro mensaje"
//   threat_hear_from   a threat, then a complaint "hearing from" me       "keep it up and you'll hear from my lawyer"
//   never_hear_again   "never hearing from you again", a wish            "never hearing from u again would be great"
//   never_again_hear   "never again" either side of hearing from you     "no volver a saber de ustedes nunca más"
//   not_left_alone     not left alone, the messages named, how often     "todos los días los mismos mensajes, no me dejan en paz"
//   declined_too_often a refusal opening its clause, promotions too often "ngm merece essas promoções todo dia"
//   no_pet_named       no pet here, the name the messages use after it   "I don't own a dog named Rex"
//   never_quit         "you never quit", the messages named               "wow another text, you guys really never quit"
//   rest_is_spam       only the care messages, the rest called spam       "só me avisem da consulta, o resto eh spam"
//   why_held_erase     why you hold my number, then erase it             "q hace mi numero en su sistema?? borrenlo"
//   leave_list         leaving the list, closing the clause             "como eu saio desse trem de lista"
//   remove_me_everything  removed from everything, closing the clause      "bórrenme de todo"
//
// A subscription noun followed by a name written with a capital ("suscripción de Petco", "subscription to Chewy") is
// another business's, for the concept rules and the catalogue's phrases alike.
// So is, in a question, an unsubscribe word taking a subscription a capitalised name owns ("how do I unsubscribe from the
// Petz newsletter?"). A refusal closing its clause may be echoed ("não precisa não") or followed by a two-word aside ("me
// sobra, la verdad"), and promotions may trail a "stuff" ("the Black Friday stuff").
//
// "Leave me alone" and "one more message" come as families too: each form of deixar/dejar that asks with
// each way of being left ("me deixem sossegada", "dejadme tranquilo"; not "isso me deixa tranquila"), each
// opening with each kind of message ("otro mensajito", "mais uma promo", "another text"). An unsubscribe
// word counts with one typo ("me desiscreve"); a refusal may close its clause at the care messages the
// message goes on to keep ("las promos no gracias, lo de los turnos sí"); a "leave me alone" introduced
// by "like"/"tipo" is what a pet seems to say.
//
// Remove and erase verbs come as families (concepts.ts): every conjugation and politeness form of each
// root ("excluíssem", "quitaran", "quitarme", "sáquenme"). Remove rules skip a verb that takes a thing
// ("quitarme la vacuna de la lista"); an "other" right after "this number was" names its former owner.
//
// A concept does not count when a negator stands just before it ("não quero sair da lista"), and
// no rule counts in a message about another service ("the pet insurance newsletter, not yours",
// a group named for something else: "o grupo de WhatsApp da feirinha de adoção"),
// a hypothesis, or one that asks to keep the messages coming ("continuem mandando"). Another service named
// as the sender's own ("your pharmacy") is the sender, and updating the records after a death is the request.
import { NEGATION, PhraseIndex, stem, normalizeWords, type Language, type Phrase, type Slot } from '../shared/text';
import { dateAt } from './dates';
import { CONCEPT_LISTS, CONCEPTS, type Concept } from './concepts';
import { NEGATION_GAP_WORDS } from './phrases';
import type { Match, Scan } from './detect';
import { introducedAsSaid, reportsStop, sameWord, sendsAThing, writtenWithFinalAccent } from './words';

interface Found {
	concept: Concept;
	/** Word indexes in the message (all clauses in a row), end exclusive. */
	start: number;
	end: number;
	clause: number;
	negated: boolean;
	words: string;
	/** A care message read from an order the message asks to keep hearing about ("só me avisa quando o pedido sair"). */
	kept?: boolean;
}

interface Rule {
	name: string;
	/** Concept groups: each group needs one of its concepts; the first is the rule's anchor. */
	all: Concept[][];
	/** Words from the anchor to each other group. */
	near: number;
	/** Words from the anchor to each other group in turn, where they differ ("apaguem TUDO", then the data anywhere near). */
	nears?: number[];
	/** The other groups must come after the anchor. */
	ordered?: boolean;
	/** The groups may sit in different clauses ("o thor morreu 😢 tirem ele do sistema"). */
	acrossClauses?: boolean;
	/** Only articles, pronouns and such may stand between the anchor and the next group ("no quiero recibir la factura por correo" is about an invoice). */
	bridged?: boolean;
	/** A pause counts as a verb only ("pausen los mensajes"), not as a date ("pause the meds for a week, then send me a reminder"). */
	pauseVerbs?: boolean;
	/** One pause, anchor or partner, must be a verb ("silêncio", "pausem"), the other may be a date: "até lá, silêncio". */
	onePauseVerb?: boolean;
	/** Not in a message that asks something ("já pode parar?" asks about a treatment). */
	noQuestion?: boolean;
	/** Not in a message that ends on a question; one asked before may be "who is this?". */
	notEndingAsked?: boolean;
	/** Only in a message of at most this many words: a bare notice, with room for nothing else. */
	maxWords?: number;
	/** Nothing but filler may stand before the anchor in its clause ("agora já pode parar", not "o antibiótico pode parar"). */
	startsClause?: boolean;
	/** Nothing but filler may follow the anchor in its clause ("sem propaganda pfv", not "sem propaganda enganosa"). */
	endsClause?: boolean;
	/** The rule does not count when one of these concepts is in the message ("o Thor morreu, agora temos a Luna"). */
	unless?: Concept[];
	/** Partners of these concepts count only when negated. */
	onlyNegated?: Concept[];
	/** Partners of these concepts count only when not negated. */
	onlyPlain?: Concept[];
	/** The contact verb must not be in the past: "no me mandaron el resultado" is a complaint, not a request. */
	notPast?: boolean;
	/** Partners of these concepts after the anchor must close their clause, give or take filler. */
	closing?: Concept[];
	/** Partners of these concepts must close their clause wherever they stand: "who is this?", not "who is this doctor". */
	closingAlways?: Concept[];
	/** The request keeps the care messages and names promotions only. */
	marketingOnly?: boolean;
	/** The request is a bare noun phrase: no verb of its own follows in its clause ("less of the discount WOULD be a shame"). */
	verbless?: boolean;
	/** The remove verb must not take a thing as its object: "quitarme LA VACUNA de la lista" moves an appointment. */
	notAThing?: boolean;
	/** The anchor must close the message, give or take filler ("… es el cuarto hoy, ya basta"), not ask. */
	endsMessage?: boolean;
	/** The last partner must not be asked: "el descuento me sobra? o no aplica?" asks about the discount. */
	notAsked?: boolean;
	/** A name, written with a capital, must follow the anchor: "I don't know any Bella", not "any vets nearby". */
	nameAfter?: boolean;
}

const RULES: Rule[] = [
	{ name: 'unsubscribe', all: [['unsubscribe']], near: 0 },
	{ name: 'revoke_consent', all: [['consent']], near: 0 },
	{ name: 'wrong_number', all: [['wrong']], near: 0 },
	// "I don't own a cat. Never have.", "no cats here", "no tengo perros, se equivocaron": no pet, closing its clause;
	// not "I don't own a dog crate".
	// Not "I don't own a dog, do you sell cat food?", which shops; but "quem é thor?? nunca tive bicho".
	{ name: 'no_pet', all: [['noPet']], near: 0, endsClause: true, notEndingAsked: true },
	// "I don't own a dog named Rex": the pet the messages name is not here.
	{ name: 'no_pet_named', all: [['noPet']], near: 0, nameAfter: true },
	{
		name: 'wrong_person',
		all: [
			['notMe', 'notHere'],
			['who', 'this_number', 'remove', 'unsubscribe', 'misrecorded'],
		],
		near: 10,
		acrossClauses: true,
		// "I'm not unsubscribing, just wanted to update my email".
		onlyPlain: ['remove', 'unsubscribe'],
	},
	// "i dont know any Bella", "no conozco a ninguna Luna", "não conheço nenhum Thor": the pet or person the messages
	// name is unknown here; not "I don't know any vets nearby".
	{ name: 'unknown_name', all: [['knowNone']], near: 0, nameAfter: true },
	// "who is this? not me", "quem é? não sou eu": a short denial as a clause of its own, beside a "who is this?" that
	// closes its clause; not "not me, it's my son who has the fever. who is this doctor?".
	{
		name: 'who_not_me',
		all: [['notMeShort'], ['who']],
		near: 10,
		acrossClauses: true,
		startsClause: true,
		endsClause: true,
		closingAlways: ['who'],
	},
	// "who is this? i don't own a cat called Mittens", "quem é? nem tenho cachorro": no pet here beside a "who is this?"
	// that closes its clause; not "no tengo perro, ¿quién es el veterinario de guardia?".
	{ name: 'who_no_pet', all: [['noPet'], ['who']], near: 12, acrossClauses: true, closingAlways: ['who'] },
	// "aqui não é a dona Cida", "no one here by that name"; not "aqui não é a clínica do centro?".
	{ name: 'not_here', all: [['notHere']], near: 0, noQuestion: true },
	// "ya no es el cel de mi suegra", "this is no longer Sarah's phone": the number no longer someone's; not "ya no es el
	// teléfono de la clínica?", which asks.
	{ name: 'number_no_longer', all: [['numberNoLonger']], near: 0, noQuestion: true },
	// "esse telefone é meu agora", "this number is mine now": the number changed hands.
	{ name: 'number_changed', all: [['this_number'], ['mineNow']], near: 3, ordered: true },
	{ name: 'leave_me_alone', all: [['leave']], near: 0 },
	// "esqueçam meu contato", "olvídense de mi número": my number or data to be forgotten; not "esqueci meu número", nor
	// "olvide mi numero jaja, cuál es?", which asks for it.
	{ name: 'forget_my_number', all: [['forget'], ['this_number', 'data']], near: 1, ordered: true, noQuestion: true },
	// Any stop with any way of bothering me: "chega de me incomodar", "basta de molestarme", "quit blowing up my phone".
	{ name: 'stop_bothering', all: [['stop'], ['botherMe']], near: 3, ordered: true },
	// "ai que inferno, me larga!!!" as a clause of its own; not "me larga no hotel às 8h?".
	{ name: 'leave_short', all: [['leaveShort']], near: 0, startsClause: true, endsClause: true },
	// "PARAAAA pqp toda hora isso, me deixa", "todo santo día lo mismo, déjenme": "leave me" as the message's last clause,
	// after a complaint of how often or how fed up; not "me deixa preocupada", "leave me a voicemail".
	{
		name: 'leave_bare',
		// The complaint names the messages, as "this" at least: "toda hora ele vomita, me deixa" names none.
		all: [['leaveBare'], ['tooOften', 'fedUp', 'stopKeyword', 'asked'], ['object', 'demonstrative', 'send']],
		near: 12,
		acrossClauses: true,
		startsClause: true,
		endsMessage: true,
		noQuestion: true,
	},
	{
		name: 'asked_before',
		all: [['asked'], ['stop', 'noMore', 'unsubscribe', 'remove', 'leave', 'still']],
		near: 6,
		ordered: true,
		onlyPlain: ['stop', 'remove', 'leave', 'still'],
		// "eu ja pedi 3x e continua chegando 🙄": still coming, closing its clause.
		closing: ['still'],
	},
	// "this is the last msg u send before i hit block and report": the message named the last before a block (ahead of the block words
	// alone, whose match would not quote the "last msg" triage reads as a farewell).
	{
		name: 'last_before_block',
		all: [['lastBefore'], ['block', 'blockNow', 'blockedReported', 'blockingWord', 'blockedWord']],
		near: 4,
		ordered: true,
	},
	{ name: 'blocked_reported', all: [['blockedReported']], near: 0 },
	{ name: 'blocked_and_reported', all: [['blockedWord'], ['blockedWord']], near: 3, acrossClauses: true },
	// "só me avisem da consulta, o resto é spam", "only text me about appointments, everything else is junk": the care
	// messages kept, the rest called spam; not "só me avisem da consulta, o resto eu vejo". Ahead of the threats, which
	// would read the "spam" as a report and keep no scope.
	{
		name: 'rest_is_spam',
		all: [['only'], ['care', 'sendMe', 'send'], ['restIsSpam']],
		near: 25,
		nears: [4, 25],
		ordered: true,
		acrossClauses: true,
		marketingOnly: true,
	},
	// "vou bloquear essa porra", "blocking this crap": a block word whose object is a contemptuous name for the messages,
	// closing its clause; not "vou bloquear essa porra do cartão".
	// "vou dar block nessa porcaria e meter a boca no reclame aqui", "blocking you and going to trading standards": a block,
	// then a complaint; not "vou bloquear o cartão e reclamar no banco" (a thing blocked).
	// "esto ya es acoso, mañana pongo una reclamación en consumo", "isso é assédio, vou no procon": the messages called
	// harassment, with a complaint, a block or the messages named; not "mi hija sufre acoso escolar".
	{
		name: 'harassment',
		all: [['harassment'], ['complaint', 'block', 'blockNow', 'dataRegulator', 'object', 'tooOften']],
		near: 12,
		acrossClauses: true,
		unless: ['reportOther', 'other'],
	},
	// "isso já virou spam", "esto ya es spam", "this is just spam now": the messages called spam, closing the clause;
	// not "isso é spam?" (asks about a link) nor "this is spam from my bank".
	{ name: 'called_spam', all: [['calledSpam']], near: 0, endsClause: true, noQuestion: true, unless: ['other', 'reportOther'] },
	{ name: 'block_and_complain', all: [['blockNow'], ['complaint']], near: 10, ordered: true, notAThing: true, unless: ['reportOther'] },
	{ name: 'block_junk', all: [['block', 'blockNow'], ['junk']], near: 1, ordered: true, closing: ['junk'] },
	// "como sigan mandándome publicidad pongo una reclamación en consumo", "if you keep texting me these promos I'll go to
	// trading standards": the messages going on, then a complaint; not "si siguen mandando facturas equivocadas pongo una queja".
	{
		name: 'keep_sending_complaint',
		all: [['keepSending'], ['object'], ['complaint', 'block', 'blockNow']],
		near: 10,
		nears: [3, 10],
		ordered: true,
	},
	// "third message this week. can it end now?", "make it stop": asked for an end, as a clause of its own, in a message
	// that names the messages.
	{ name: 'can_end', all: [['canEnd'], ['object']], near: 12, acrossClauses: true, startsClause: true, endsClause: true },
	// "no need to get in touch with us again in any shape or form", "no hace falta que nos escriban nunca más": no need
	// to contact, ever again, closing the clause; not "no need to call me again today".
	{
		name: 'no_need_again',
		all: [['needless', 'no_need'], ['send'], ['again']],
		near: 8,
		nears: [3, 8],
		ordered: true,
		notPast: true,
		closing: ['again'],
	},
	// "not now, maybe after xmas", "ahora no, quizás después de reyes": a short reply putting the messages off to a date.
	{
		name: 'not_now_after',
		all: [['notNow'], ['afterEvent']],
		near: 4,
		ordered: true,
		acrossClauses: true,
		startsClause: true,
		closing: ['afterEvent'],
		noQuestion: true,
		maxWords: 8,
	},
	// "don't need 20% off every week, just the appointment stuff": promotions declined, then only the care messages kept.
	{
		name: 'declined_only_care',
		all: [['declineBefore'], ['marketing'], ['only'], ['care']],
		near: 20,
		nears: [3, 15, 20],
		ordered: true,
		acrossClauses: true,
		// "don't need the deals, just the appointment for Friday?" books an appointment.
		noQuestion: true,
		marketingOnly: true,
	},
	// "reporting n blocking. bye", "bloqueando e denunciando": two doings, joined, closing their clause; not "keeps
	// blocking the door and reporting to me".
	{ name: 'blocking_and_reporting', all: [['blockingWord'], ['blockingWord']], near: 1, ordered: true, closing: ['blockingWord'] },
	// "sem contato mais, ok?", "sin mensajes más": no channel any more, closing its clause; not "fiquei sem contato mais de um mês".
	{ name: 'without_more', all: [['withoutMore']], near: 0, endsClause: true },
	{ name: 'without_marketing', all: [['without']], near: 0, endsClause: true, marketingOnly: true, noQuestion: true },
	// "less of the 20% off spam pls", "less of your black friday stuff": a promotion named a few words after "less of the".
	{
		name: 'less_marketing',
		all: [['lessOf'], ['marketing']],
		near: 2,
		ordered: true,
		marketingOnly: true,
		noQuestion: true,
		verbless: true,
	},
	{ name: 'stop_object', all: [['stop', 'pause'], ['object']], near: 5, bridged: true, pauseVerbs: true },
	{ name: 'stop_sending', all: [['stop', 'pause'], ['send']], near: 3, ordered: true, pauseVerbs: true },
	{
		name: 'dont_contact',
		all: [['negator'], ['send'], ['me', 'this_number', 'object', 'anything', 'pause']],
		near: 4,
		ordered: true,
		notPast: true,
	},
	// "a este número no escribáis más", "pra esse número não mandem nada": the number named first, then the refusal.
	{ name: 'number_dont_contact', all: [['this_number'], ['negator'], ['send']], near: 4, ordered: true, notPast: true },
	{ name: 'pause_sending', all: [['pause'], ['send', 'stop', 'pause']], near: 5, notAThing: true },
	// "até lá, silêncio por favor", "until then: silence", "hasta marzo. pausa": a date as a clause of its own, the pause asked
	// right beside it.
	{ name: 'pause_until', all: [['pause'], ['pause']], near: 2, acrossClauses: true, notAThing: true, noQuestion: true, onePauseVerb: true },
	// "STOP hasta marzo", "stop for a month": the keyword opening its clause and a date closing it is a pause.
	{
		name: 'keyword_until',
		all: [['stopKeyword'], ['pause']],
		near: 0,
		ordered: true,
		startsClause: true,
		closing: ['pause'],
		noQuestion: true,
	},
	// "me manda nada esse mês não", "send me nothing": a contact verb whose object is "nothing" (the negator dropped, as
	// spoken Portuguese does, or said after it); not "vocês mandaram nada?".
	// Said to the sender ("me manda", "send me"): not "o veterinário manda nada de remédio", "te mando nada".
	{ name: 'send_nothing', all: [['send'], ['me'], ['anything']], near: 1, noQuestion: true, notPast: true, nears: [1, 1] },
	// "só voltem a me mandar mensagem a partir de agosto", "escríbanme solo a partir de octubre": nothing until then.
	{
		name: 'only_from_later',
		all: [
			['only', 'resume'],
			['send', 'sendMe', 'object'],
			['fromLater', 'onlyLater'],
		],
		near: 10,
		noQuestion: true,
	},
	// "me mandem mensagem só em agosto", "text me not until June"; not "a vacina só em agosto, mandem o lembrete".
	{ name: 'send_only_later', all: [['send', 'sendMe'], ['onlyLater']], near: 5, ordered: true, noQuestion: true },
	// "ahora mismo no. después de las vacaciones hablamos, mientras tanto silencio plis": not now, a date, a pause asked.
	{ name: 'not_now_pause', all: [['notNow'], ['afterEvent', 'later'], ['pause']], near: 15, acrossClauses: true, pauseVerbs: true },
	// "ahora no, escríbanme en marzo", "not now, maybe next year".
	// "ahora no porfa… escríbanme en un par de meses": a date after an event too.
	{ name: 'not_now', all: [['notNow'], ['later', 'pause', 'afterEvent'], ['object', 'sendMe']], near: 8, acrossClauses: true },
	// "vocês não têm minha permissão pra me mandar mensagem"; not "não dei permissão pra raspar o pelo".
	// "nunca di permiso para que tengan mis datos, bórrenlos": the data kept or erased without permission.
	{ name: 'no_permission', all: [['permission'], ['send', 'object', 'this_number', 'data', 'erase']], near: 8, acrossClauses: true },
	// Not politeness: "no quiero molestar, pero ¿tienen turno?", "he doesn't want to bother anyone".
	{ name: 'no_more', all: [['noMore'], ['object', 'send']], near: 6, bridged: true, unless: ['politeBother'] },
	// "promoção não, obrigado"; not "mandem o cupom de novo que não chegou", where "não" negates what follows.
	{ name: 'no_more_marketing', all: [['marketing'], ['noMore', 'negator']], near: 3, closing: ['negator'] },
	// "essas propagandas não me interessam", "the discount stuff is a no from me": promotions declined as a kind.
	{ name: 'marketing_not_wanted', all: [['marketing'], ['notInterested']], near: 6, marketingOnly: true },
	{ name: 'no_more_list', all: [['noMore'], ['list', 'records']], near: 5, ordered: true, bridged: true },
	// "no idea how i ended up on this broadcast thing, id rather not be on it": being on the list refused, named either side.
	{ name: 'not_on_list', all: [['notOn'], ['list']], near: 12, acrossClauses: true },
	// "ya no me interesa recibir nada", "gostaria de não receber mais nada"; not "não quero mais nada, obrigado".
	// "I'd rather not get these anymore": a pronoun pointing back at the messages counts when it closes the clause.
	{
		name: 'no_receive',
		all: [['noReceive'], ['anything', 'object', 'send', 'demonstrative']],
		near: 4,
		ordered: true,
		bridged: true,
		closing: ['demonstrative'],
	},
	// "los whatsapps diarios ya cansan, q no me lleguen más": a refusal to receive closing its clause, the messages named
	// before it; not "el resultado, que no me llegue tarde".
	// Nor "suspenderam as mensagens? não recebi mais", which tells what happened.
	{
		name: 'no_receive_closing',
		all: [['noReceive'], ['object', 'marketing']],
		near: 14,
		acrossClauses: true,
		endsClause: true,
		notPast: true,
	},
	// "only send me appointment reminders, not the deals", "só os lembretes, promoção não".
	{
		name: 'only_care',
		all: [['only'], ['care'], ['marketing']],
		near: 10,
		ordered: true,
		acrossClauses: true,
		onlyNegated: ['marketing'],
	},
	// "only send me booking reminders, nothing else", "só me mandem os avisos da vacina, mais nada": the messages kept
	// named, then the rest refused, closing its clause.
	{
		name: 'only_these_nothing_else',
		// The kept kind both a message and care: not "just text me, nothing else" (a channel), nor a lab result.
		all: [['only'], ['send', 'sendMe'], ['object'], ['care'], ['nothingElse']],
		near: 12,
		nears: [3, 8, 8, 12],
		ordered: true,
		acrossClauses: true,
		noQuestion: true,
		closing: ['nothingElse'],
		marketingOnly: true,
	},
	{ name: 'remove_from_list', all: [['remove', 'unsubscribe'], ['list']], near: 6, notAThing: true },
	// A system or database holds more than contacts: "tirem meu número do sistema", "o thor morreu, tirem ele do
	// sistema", but not "tira o Rex do sistema e põe a Mel" or "remove the duplicate appointment from the system".
	{ name: 'remove_from_records', all: [['remove', 'unsubscribe'], ['records']], near: 6, bridged: true, notAThing: true },
	{ name: 'remove_me', all: [['remove'], ['me', 'this_number', 'data'], ['list', 'records', 'object']], near: 6, ordered: true },
	// "tira meu nome daí", "sácame de ahí": "from there" is the sender's list.
	{ name: 'remove_from_there', all: [['removeMe'], ['there']], near: 3, ordered: true, bridged: true },
	// "me tira por um mês", "take me off for a few weeks": removed for a while is a pause.
	{ name: 'remove_for_a_while', all: [['removeMe'], ['pause']], near: 3, ordered: true },
	{ name: 'remove_from_messages', all: [['remove'], ['object']], near: 5, bridged: true },
	// "podem tirar meu número", "quiten mi número", "delete my number".
	{ name: 'remove_number', all: [['remove', 'erase'], ['this_number']], near: 2, ordered: true },
	{ name: 'erase_data', all: [['erase'], ['data']], near: 6 },
	// "vcs tem autorização pra guardar meus dados? podem excluir tudo", "nunca di permiso pa q guarden mis datos, quiero q
	// los borren todos": erase everything, in a message about one's data and a consent refused; not "meus dados estão
	// errados, apaguem tudo e cadastrem de novo".
	{
		name: 'erase_everything',
		all: [['erase'], ['everything'], ['data'], ['consent', 'permission', 'keepConsent', 'noMore']],
		near: 25,
		nears: [3, 25, 25],
		acrossClauses: true,
	},
	// "quiero q borren todo lo q tengan mío, q la ley de protección de datos existe", "apaguem meus dados, existe LGPD": an
	// erasure of everything or of one's data with the data-protection law invoked; not "apaguem a foto do Thor".
	{
		name: 'erase_by_law',
		all: [['erase'], ['everything', 'data'], ['dataLaw']],
		near: 25,
		nears: [3, 25],
		acrossClauses: true,
	},
	// "ya saben qué hacer con mi número", "entao ja sabem o q fazer com o meu cadastro": the request left to the sender.
	{
		name: 'know_what_to_do',
		all: [['knowWhatToDo'], ['this_number', 'data', 'list', 'records']],
		near: 3,
		ordered: true,
		noQuestion: true,
	},
	{
		name: 'deceased',
		all: [
			['deceased'],
			[
				'stop',
				'remove',
				'removeMe',
				'no_need',
				'needless',
				'noMore',
				'noLongerComes',
				'list',
				'records',
				'grief',
				'still',
				'unsubscribe',
				'object',
				'send',
			],
		],
		near: 25,
		acrossClauses: true,
		// "no me manden más", not "can you send me the new puppy's schedule".
		onlyNegated: ['object', 'send'],
		// Not another's animal, nor a request for the records of the dead: "my friend's cat died, can you send me a list of
		// safe plants?", "my late father's medical records… he passed in March".
		unless: ['newPet', 'otherOwner', 'wantsRecords'],
	},
	// "we had to put Daisy down on friday", sent to the clinic that sends her reminders, says stop them.
	// Only a bare notice: a death told with symptoms or a question ("o outro morreu de parvo, este
	// está vomitando") must reach triage, not the opt-out handler.
	// Not another's animal ("my neighbour's dog died, so sad"), nor a death told with a question ("meu cachorro morreu
	// ontem, queria saber como faço pra cremação").
	{ name: 'death_notice', all: [['deceased']], near: 0, noQuestion: true, maxWords: 10, unless: ['newPet', 'otherOwner', 'asks'] },
	// "I'll complain to the information commissioner", "vou denunciar na ANPD": data-protection regulators take complaints about one's data.
	{ name: 'data_regulator', all: [['dataRegulator'], ['complaint', 'block']], near: 6 },
	{ name: 'no_need', all: [['no_need'], ['send', 'object']], near: 4, ordered: true },
	// "switched vets, no need to reach out anymore", "me cambié de veterinaria, ya no hace falta que me busquen": the care moved elsewhere.
	{
		name: 'switched_no_need',
		all: [['switched'], ['no_need', 'needless'], ['send', 'object']],
		near: 8,
		// "ya llevo a mi perro a otra veterinaria más cerca de casa, así que no tiene caso que me sigan buscando".
		nears: [8, 14],
		ordered: true,
		acrossClauses: true,
	},
	// "obrigado pelas 5 mensagens por dia, agora já pode parar né": "you can stop now" closing a message about messages.
	{
		name: 'can_stop',
		all: [['canStop'], ['object']],
		near: 12,
		acrossClauses: true,
		startsClause: true,
		endsClause: true,
		noQuestion: true,
	},
	// "não precisa mandar nada", "no need to send these texts"; not "não precisa mandar o recibo".
	{ name: 'needless', all: [['needless'], ['object', 'anything']], near: 5, ordered: true, bridged: true },
	// "tô de saco cheio dessas mensagens", "harta de tantos mensajes", "sick of these texts".
	{ name: 'fed_up', all: [['fedUp'], ['object']], near: 4, ordered: true },
	// "ur 20% off deals r doing my head in", "los whatsapps me tienen frita": the messages drive me mad, closing the
	// clause; not "the reminders are driving me crazy with worry" nor "my dog is driving me nuts, send a reminder".
	// The idiom anchors: a negated message ("não recebi a mensagem") is no near miss.
	{ name: 'fed_up_after', all: [['fedUpAfter'], ['object', 'marketing']], near: 3, endsClause: true },
	// A report of animal abuse or a neighbour is no threat to the sender: "quiero denunciar maltrato animal, ¿a quién llamo?".
	{ name: 'report_threat', all: [['block'], ['object', 'this_number', 'send']], near: 8, acrossClauses: true, unless: ['reportOther'] },
	// "já tá no Reclame Aqui, parem", but not "vou denunciar o vizinho, ele não para de bater no cachorro".
	{ name: 'report_and_stop', all: [['block'], ['stop']], near: 8, acrossClauses: true, onlyPlain: ['stop'], unless: ['reportOther'] },
	{ name: 'report_you', all: [['block'], ['you']], near: 2, unless: ['reportOther'] },
	{
		name: 'threat_if_more',
		all: [
			['threat', 'threatMsg', 'oneMoreAnd'],
			['block', 'blockNow', 'dataRegulator'],
		],
		near: 8,
		acrossClauses: true,
		// "continuem mandando, não é spam" dares nothing.
		onlyPlain: ['block', 'blockNow'],
	},
	// "quiero seguir recibiendo los avisos pero no la publicidad": the care messages stay, promotions go.
	{
		name: 'keep_care_not_marketing',
		all: [['keep'], ['marketing']],
		near: 12,
		ordered: true,
		acrossClauses: true,
		onlyNegated: ['marketing'],
		marketingOnly: true,
	},
	// "I'm fine with appointment reminders but no more promotional offers": the care messages stay.
	{
		name: 'care_fine_not_marketing',
		all: [['fine'], ['care'], ['marketing']],
		near: 12,
		acrossClauses: true,
		onlyNegated: ['marketing'],
		marketingOnly: true,
	},
	{ name: 'message_threat', all: [['threatMsg'], ['complaint', 'blockedWord']], near: 8, acrossClauses: true },
	// "keep it up and you'll be hearing from my lawyer", "sigan así y van a tener noticias de mi abogado": a threat, then a
	// complaint the sender will "hear from"; not "keep it up, you'll hear from the vet about the results".
	{ name: 'threat_hear_from', all: [['threat'], ['hearFrom'], ['complaint', 'dataRegulator']], near: 10, ordered: true },
	// "oh joy, a 4th reminder today 🙃", "justo lo que necesitaba, otro mensaje", "adoro receber 3 promoções por dia":
	// praise that mocks the messages, counted ("another", "a 4th") or how often; not "love getting the reminders, thanks!"
	// nor "just what I needed, thank you for the reminder".
	{
		name: 'sarcastic_count',
		all: [['sarcasm'], ['object', 'marketing'], ['tooOften', 'threatMsg', 'moreOfThese', 'ordinal']],
		near: 14,
		acrossClauses: true,
		unless: ['thanks'],
	},
	// "never hearing from u again would be ideal", "never hear from you guys again pls": the sender wished gone for ever;
	// not "never hearing from the breeder again was a relief", nor "I never hear from you about the results, again?".
	{
		name: 'never_hear_again',
		all: [['never'], ['hearFrom'], ['you'], ['again']],
		near: 5,
		nears: [0, 2, 5],
		ordered: true,
		noQuestion: true,
	},
	// "nunca mais ter notícias de vocês", "no volver a saber de ustedes nunca más": never again, either side of hearing
	// from the sender; not "nunca mais tive notícias do criador".
	// "Never again" anchors: the hearing it negates is the request.
	{ name: 'never_again_hear', all: [['neverAgain'], ['hearFrom']], near: 4, noQuestion: true },
	// "todos los días los mismos mensajes, no me dejan en paz": not being left alone, the messages named with how often
	// or how fed up; not "mi vecino no me deja en paz" nor "my dog won't leave me alone every day, the reminders…".
	{
		name: 'not_left_alone',
		all: [['notLeftAlone'], ['object', 'marketing'], ['tooOften', 'fedUp']],
		near: 12,
		acrossClauses: true,
		// No subject of its own: "my dog won't leave me alone" is about the dog.
		startsClause: true,
		unless: ['reportOther', 'other'],
	},
	// "wow another text, you guys really never quit huh", "vcs não param nunca, todo dia msg": the sender told it never
	// quits, in a message about the messages; not "you guys never give up on my cat, thank you for the reminders".
	{
		name: 'never_quit',
		all: [['neverQuit'], ['threatMsg', 'object', 'tooOften', 'moreOfThese', 'send']],
		near: 15,
		acrossClauses: true,
		unless: ['thanks'],
	},
	// "q hace mi numero en su sistema?? borrenlo", "o que meu número faz no sistema? apaguem": my number held, asked why
	// (the number either side of the asking), and erased; not "qué hace mi número en su sistema? lo quiero actualizar".
	{
		name: 'why_held_erase',
		all: [['whyHeld'], ['this_number', 'data'], ['remove', 'erase']],
		near: 20,
		nears: [3, 20],
		acrossClauses: true,
		notAThing: true,
	},
	// "como eu saio desse trem de lista", "cómo me salgo de este grupo": leaving the list, which closes the clause; not
	// "saio do grupo de corrida amanhã" nor "la lista de espera".
	{ name: 'leave_list', all: [['leaveVerb'], ['list']], near: 3, ordered: true, bridged: true, closing: ['list'] },
	// "bórrenme de todo", "me tirem de tudo", "take me off everything": removed from everything, which closes the clause;
	// not "sáquenme de todo el estrés jaja".
	{ name: 'remove_me_everything', all: [['removeMe'], ['everything']], near: 2, ordered: true, bridged: true, closing: ['everything'] },
	// "no me interesan las promos del mes": the refusal comes first and negates the promotions it names.
	{ name: 'not_interested_marketing', all: [['notInterested'], ['marketing']], near: 4, ordered: true, marketingOnly: true },
	// "as ofertas de banho eu dispenso", "los cupones me los ahorro", "the grooming deals can go": promotions, then a
	// decline that closes the clause; not "o cupom não dá desconto no banho?" or "the promo can go on my card?".
	{
		name: 'marketing_declined',
		all: [['marketing'], ['decline']],
		near: 6,
		ordered: true,
		acrossClauses: true,
		closing: ['decline'],
		marketingOnly: true,
		notAsked: true,
	},
	// "could do without the newsletter", "no necesito los descuentos": a decline before the promotions it names.
	// Not "dont need the deals explained, what's the price?".
	{
		name: 'declined_marketing',
		all: [['declineBefore'], ['marketing']],
		near: 3,
		ordered: true,
		noQuestion: true,
		closing: ['marketing'],
		marketingOnly: true,
	},
	// "pls spare me the 20% off flea treatment spam", "me poupem dessas promoções", "ahórrenme las promos": the messages or
	// promotions to be spared, closing the clause; not "spare me the details" or "spare me a slot on friday".
	{
		name: 'spare_me',
		all: [['spareMe'], ['marketing', 'object']],
		near: 6,
		ordered: true,
		noQuestion: true,
		closing: ['marketing', 'object'],
	},
	// "ngm merece essas promoções todo dia", "no thanks to promos every day": the refusal first, opening its clause.
	{
		name: 'declined_too_often',
		all: [['decline'], ['marketing'], ['tooOften']],
		near: 8,
		ordered: true,
		startsClause: true,
		noQuestion: true,
		marketingOnly: true,
	},
	// "oferta toda semana não dá", "sales stuff every day? no": promotions too often, refused at the end.
	{
		name: 'marketing_too_often',
		all: [['marketing'], ['tooOften'], ['decline', 'declineWeak', 'tooMuch']],
		near: 8,
		ordered: true,
		acrossClauses: true,
		closing: ['decline', 'declineWeak', 'tooMuch'],
		marketingOnly: true,
	},
	// "me escreve só depois do feriadão", "escríbeme después de año nuevo", "message me after the summer": nothing
	// until then. Only messages may stand between ("send me the invoice after the holidays" asks for the invoice), and
	// the date closes the clause.
	{
		name: 'send_after',
		all: [
			['send', 'sendMe'],
			['afterEvent', 'later'],
		],
		near: 5,
		ordered: true,
		bridged: true,
		noQuestion: true,
		// "call me after christmas to book the spay" asks for a call about something.
		closing: ['afterEvent', 'later'],
	},
	// "daqui uns 2 meses vcs me procuram de novo", "en un par de meses me escriben otra vez": the date first, then the
	// contact resumed, closing its clause: nothing until then; not "daqui 2 meses me liguem de novo pra revacina".
	{
		name: 'later_send_again',
		all: [['afterEvent'], ['send', 'sendMe', 'youContactMe'], ['again']],
		near: 9,
		nears: [7, 9],
		ordered: true,
		noQuestion: true,
		notPast: true,
		closing: ['again'],
	},
	// "perdimos a Toby en abril, pueden quitarlo del sistema": a loss (a pet lost may be a death) with a remove or grief;
	// not "we lost his vaccine card, can you send the records?".
	{
		name: 'lost_pet',
		all: [['lost'], ['remove', 'removeMe', 'records', 'grief', 'stop', 'noMore', 'unsubscribe']],
		near: 20,
		acrossClauses: true,
		noQuestion: true,
		unless: ['newPet'],
	},
	// "nuestro gato se fue al cielo, cada aviso nos duele": the messages hurt after a death or a loss.
	{
		name: 'death_hurts',
		all: [['hurts'], ['object'], ['deceased', 'lost']],
		near: 12,
		acrossClauses: true,
		noQuestion: true,
		unless: ['newPet'],
	},
	// "please take my contact off the system", "tira meu contato do sistema".
	{ name: 'remove_me_records', all: [['removeMe'], ['records', 'list']], near: 4, ordered: true, bridged: true },
	// "pela segunda vez: vou abrir reclamação no procon", "second time asking, complaint to the FTC next"; not a
	// complaint about a result, another service or a neighbour.
	{
		name: 'asked_complaint',
		all: [
			['asked', 'askedAgain'],
			['complaint', 'block'],
		],
		near: 15,
		acrossClauses: true,
		unless: ['care', 'reportOther', 'other'],
	},
	// "nem whats, nem email, nem telefonema", "ni llamadas ni correos": two channels refused; not "nem email nem sms chegou ainda".
	{ name: 'none_of', all: [['noneOf'], ['noneOf']], near: 8, acrossClauses: true, unless: ['arrived'] },
	// "esse celular era do meu ex marido", "this number used to be my dad's": the number was someone else's; not
	// "esse número era da clínica antiga?".
	{ name: 'number_was', all: [['this_number'], ['wasOf']], near: 1, ordered: true, noQuestion: true },
	// "hasta enero ni un msj", "nem uma mensagem até março", "not a single text until june": a pause said as "none until";
	// not "no recibí ni un mensaje hasta enero".
	{ name: 'none_until', all: [['notOne'], ['pause'], ['object']], near: 5, noQuestion: true, unless: ['arrived'] },
	// "third promo this week. blocking", "mais uma promoção. bloqueado": a block word alone closes a complaint about
	// messages; not "cartão bloqueado" or "o ouvido dele tá bloqueado?".
	{
		name: 'block_closing',
		all: [['blockNow', 'blockedWord'], ['object']],
		near: 12,
		acrossClauses: true,
		startsClause: true,
		endsClause: true,
		noQuestion: true,
	},
	// "no sé cómo acabé en esta lista… sáquenme", "how did I end up on this list? take me off": a "take me off" closing
	// a message that names the list, the records or the messages.
	{ name: 'remove_me_closing', all: [['removeMe'], ['list', 'records', 'object']], near: 20, acrossClauses: true, endsClause: true },
	// "deseo anular mi suscripción a las notificaciones", "cancel my subscription to the texts"; not "cancelar a assinatura
	// da ração" (commerce) or a subscription that names no messages.
	// "not interested in any of the offers. Only message me about appointments": the offers named first, then only
	// the care messages asked for; not "me avisa só quando tiver desconto", which asks for the offers.
	{
		name: 'only_send_care',
		all: [['marketing', 'without'], ['only'], ['sendMe'], ['care']],
		near: 35,
		nears: [25, 28, 35],
		ordered: true,
		acrossClauses: true,
		marketingOnly: true,
	},
	// "cupom disso, promo daquilo… só quero saber do banho da Mel", "enough deals, i only care about the appointments": the
	// promotions named, then only the care wanted; not "só quero saber se o cupom vale pro banho", which asks about the offer.
	{
		name: 'only_hear_care',
		all: [['marketing'], ['only'], ['hearOf'], ['care']],
		near: 30,
		nears: [25, 28, 30],
		ordered: true,
		acrossClauses: true,
		noQuestion: true,
		marketingOnly: true,
	},
	// "sin descuentos ni esas cosas, nomas avisenme cuando toque desparasitar": no promotions, only the care messages.
	{
		name: 'without_only_care',
		all: [['without', 'withoutDiscounts'], ['only'], ['sendMe', 'care']],
		near: 12,
		acrossClauses: true,
		marketingOnly: true,
	},
	// "the promos can go, just the reminders is plenty", "só o aviso da consulta já basta, sem promoção": the care messages
	// alone are enough, in a message about the promotions.
	{
		name: 'only_care_enough',
		all: [['only'], ['care'], ['plenty'], ['marketing', 'without']],
		near: 25,
		nears: [4, 6, 25],
		acrossClauses: true,
		noQuestion: true,
		marketingOnly: true,
	},
	// "mate ive had 4 msgs off u lot today. enough. no more pls", "chega né, todo santo dia msg de vcs": an "enough" as a
	// clause of its own, in a message about the messages coming too often or still coming.
	{
		name: 'enough_clause',
		all: [['enough'], ['object'], ['tooOften', 'still', 'noMore', 'stop', 'asked', 'askedAgain', 'fedUp']],
		near: 12,
		acrossClauses: true,
		startsClause: true,
		endsClause: true,
		noQuestion: true,
	},
	{ name: 'cancel_subscription', all: [['cancel'], ['subscription'], ['object', 'list']], near: 6, ordered: true },
	// "the daily deals are a bit much, can I just get the reminders?", "essas ofertas tão demais, deixa só o aviso do banho":
	// too much of the promotions, keep only the care messages.
	{
		name: 'marketing_much_only_care',
		// "las promos me tienen re podrida, mandenme solo lo del turno": fed up with them is too much.
		all: [['marketing'], ['tooMuch', 'tooOften', 'fedUp'], ['only'], ['care']],
		near: 15,
		acrossClauses: true,
		marketingOnly: true,
	},
	// "another promo?? don't you ever tire? enough", "cuántos mensajes más… es el cuarto, ya basta": an "enough" closing the
	// message, which names the messages and how many or how often they come; not "ya basta?".
	{
		name: 'enough_closing',
		// "how many more of these am i gonna get?? enough now": the messages as "more of these".
		all: [['enough'], ['object', 'moreOfThese'], ['tooOften', 'still', 'threatMsg', 'fedUp', 'asked', 'askedAgain', 'tooMuch']],
		near: 25,
		acrossClauses: true,
		endsClause: true,
		endsMessage: true,
	},
	// "chega, todo santo dia isso", "ya basta, todos los días lo mismo": an "enough" as a clause of its own, then "this,
	// every day" closing a short message.
	{
		name: 'enough_every_day',
		all: [['enough'], ['tooOften'], ['demonstrative']],
		near: 6,
		nears: [6, 8],
		acrossClauses: true,
		startsClause: true,
		endsClause: true,
		closing: ['demonstrative'],
		noQuestion: true,
		maxWords: 10,
	},
	// "me habéis apuntado sin pedirme permiso. No me interesa, fuera", "não assinei nada disso, tô fora": signed up
	// without asking, and out.
	{ name: 'not_signed_out', all: [['notSigned'], ['imOut']], near: 15, acrossClauses: true },
	// "cómo salgo de esta lista q me agregaron sin preguntar", "quero sair dessa lista que me colocaram sem pedir": leaving
	// a list one was put on without asking.
	{ name: 'leave_list_not_signed', all: [['keywordAlone'], ['list'], ['notSigned']], near: 8, nears: [3, 8], ordered: true },
	// "me voy de viaje tres meses, mientras tanto no hace falta que me aviséis de nada": away for a while, no need to
	// send anything.
	{
		name: 'away_no_need',
		all: [['needless', 'no_need'], ['send', 'sendMe'], ['anything', 'object'], ['away']],
		near: 25,
		nears: [3, 6, 25],
		acrossClauses: true,
		notPast: true,
	},
	// "ya no vivo en esa ciudad, no tiene sentido que sigan teniendo mi número en su lista": moved away, no point in
	// keeping the number.
	{
		name: 'switched_keep_number',
		all: [['switched'], ['needless', 'no_need'], ['this_number', 'list', 'records']],
		near: 14,
		nears: [14, 22],
		ordered: true,
		acrossClauses: true,
	},
	// "não quero ser procurada por nenhum meio", "I do not wish to hear from you by any means going forward": not wanting
	// to be contacted, ever again or by any means, closing its clause.
	{
		name: 'no_contact_again',
		all: [['noMore'], ['send', 'hearFrom'], ['again']],
		near: 12,
		nears: [3, 12],
		ordered: true,
		notPast: true,
		closing: ['again'],
	},
	// "dá pra parar de vez", "paren de una vez por todas", "stop for good": a stop made final, closing its clause, in a
	// message about the messages.
	{
		name: 'stop_for_good',
		all: [['stop'], ['forGood'], ['object', 'send']],
		near: 15,
		nears: [2, 15],
		acrossClauses: true,
		closingAlways: ['forGood'],
	},
	// "vcs têm meu número aí… pode apagar daí", "tienen mi número, bórrenlo de ahí": my number named, then removed "from
	// there"; not "o gato subiu no armário, pode tirar daí?".
	{
		name: 'remove_number_there',
		all: [['this_number', 'data'], ['remove', 'erase'], ['there']],
		near: 16,
		nears: [14, 16],
		ordered: true,
		acrossClauses: true,
	},
	// "please let that be the last", "make this the last one": an end asked of the messages, closing its clause.
	{ name: 'last_one', all: [['lastOne']], near: 0, endsClause: true, noQuestion: true },
	{ name: 'last_one_named', all: [['lastOne'], ['lastNoun']], near: 1, ordered: true, closing: ['lastNoun'], noQuestion: true },
	// "can we put these on hold until after the move?", "pausen estos hasta enero": the messages themselves put on hold
	// to a date; not "put the surgery on hold until after the move".
	{ name: 'hold_these', all: [['holdThese'], ['afterEvent', 'later', 'pause']], near: 4, ordered: true },
	// "not interested in getting these anymore", "don't want to keep receiving these": the messages as "these", closing
	// the clause; not "not interested in getting these vaccines".
	{ name: 'no_more_these', all: [['noThese']], near: 0, endsClause: true },
	// "STOP STOP STOP não quero", "STOOOP ya basta", "stop. no more": the keyword opening its clause, pressed by an "enough"
	// or a refusal that closes it; the keyword may be repeated in between.
	{
		name: 'keyword_pressed',
		all: [['stopKeyword'], ['enough', 'noMore']],
		near: 4,
		ordered: true,
		acrossClauses: true,
		startsClause: true,
		closing: ['enough', 'noMore'],
		noQuestion: true,
	},
	// "stahhhp every single day with these msgs", "STOP todo santo dia essas mensagens": the keyword opening the message,
	// then how often the messages come; not "stop by every day with these treats".
	{
		name: 'keyword_too_often',
		all: [['stopKeyword'], ['tooOften'], ['object']],
		near: 8,
		ordered: true,
		acrossClauses: true,
		startsClause: true,
		noQuestion: true,
	},
	// "baaaja. no me interesa nada d esto", "SAIR. não tenho interesse", "STOP. not interested": the keyword alone as a
	// clause, then no interest; not "estoy de baja, no me interesa el alta" or "la fiebre baja, no me interesa el jarabe".
	{
		name: 'keyword_not_interested',
		all: [['keywordAlone'], ['notInterested', 'imOut']],
		near: 6,
		ordered: true,
		acrossClauses: true,
		startsClause: true,
		endsClause: true,
		noQuestion: true,
	},
	// "cancela tudo q é msg de vcs", "cancelen todo lo que sean mensajes": everything cancelled, the messages named; not
	// "cancela tudo de amanhã".
	{ name: 'cancel_everything', all: [['cancel'], ['everything'], ['object']], near: 5, nears: [1, 5], ordered: true },
	// "me voy de viaje, escríbanme en septiembre, mientras tanto nada porfa": away, "meanwhile nothing" closing its clause, in
	// a message about writing; not "mientras tanto nada de comida grasa".
	{
		name: 'away_nothing',
		all: [['away'], ['anything'], ['send', 'sendMe', 'object']],
		near: 25,
		nears: [1, 25],
		acrossClauses: true,
		closing: ['anything'],
		noQuestion: true,
	},
	// "tô bloqueando vcs agora mesmo", "reporting you guys": a block or report in the doing, "you" closing its clause;
	// not "estoy reportando los síntomas".
	{ name: 'blocking_you', all: [['blockingWord'], ['you']], near: 0, ordered: true, closing: ['you'] },
	// "¿dónde está el botón de 'no quiero más'?", "cadê o botão de descadastrar": the button of a refusal, wished for; not
	// "o botão da coleira não quer mais fechar".
	{ name: 'refusal_button', all: [['button'], ['noMore', 'unsubscribe', 'leave']], near: 2, ordered: true, bridged: true },
	// "los mensajes diarios me saturan, prefiero no recibirlos más": the messages refused as a pronoun on the verb, the
	// messages named just before; not "no quiero recibirlos en casa hasta que estén vacunados".
	{ name: 'no_receive_them', all: [['noReceiveThem'], ['object']], near: 8, acrossClauses: true },
	// "não tem mais sentido eu receber isso", "no tiene sentido recibir esto", "no point getting these": receiving these
	// is pointless, closing the clause; not "não faz sentido receber isso de cobrança".
	{ name: 'needless_receive', all: [['needless', 'no_need'], ['receiveThis']], near: 3, ordered: true, closing: ['receiveThis'] },
	// "count me out of the pet club newsletter stuff", "déjenme fuera de la lista de difusión": out of the messages or the
	// list, which close the clause; not "leave me out of the 9am slot".
	{
		name: 'out_of_messages',
		all: [['outOf'], ['marketing', 'object', 'list']],
		near: 5,
		ordered: true,
		closing: ['marketing', 'object', 'list'],
	},
	// "omg PLEASE. I get it. I don't want anything. Bye", "ya entendí, no quiero nada": an exasperated "I get it" as a clause
	// of its own, then a refusal of anything closing its clause.
	{
		name: 'got_it_refusal',
		all: [['gotIt'], ['noMore'], ['anything']],
		near: 8,
		nears: [4, 8],
		ordered: true,
		acrossClauses: true,
		startsClause: true,
		endsClause: true,
		closing: ['anything'],
		noQuestion: true,
	},
	// "Not interested. Don't need any more of these.", "no quiero más de estos, me tienen harta": more of these refused,
	// closing the clause, in a message that shows no interest or names the messages; not "he finished the tablets, I don't
	// need any more of these".
	{
		name: 'no_more_of_these',
		all: [['noMore', 'declineBefore', 'negator'], ['moreOfThese'], ['notInterested', 'imOut', 'object', 'marketing', 'fedUp', 'tooOften']],
		near: 12,
		nears: [2, 12],
		acrossClauses: true,
		closing: ['moreOfThese'],
	},
	// "do I literally have to change my number to get you people to stop?", "vou ter que trocar de número pra vcs pararem?":
	// changing numbers as the only way to make it stop.
	{ name: 'change_number_to_stop', all: [['changeNumber'], ['stop', 'leave']], near: 8, ordered: true },
	// "não tenho mais interesse… podem me desconsiderar", "no interest, take me off": a "take me off" closing its clause
	// beside no interest; not "me tira uma dúvida".
	{
		name: 'remove_me_not_interested',
		all: [['removeMe'], ['notInterested']],
		near: 20,
		acrossClauses: true,
		endsClause: true,
		notAThing: true,
	},
];

/** Concepts whose own words hold the negation ("não quero mais", "no more", "don't want"): never negated. */
const SELF_NEGATED: ReadonlySet<Concept> = new Set([
	'negator',
	'neverAgain',
	'notLeftAlone',
	'noMore',
	'noLongerComes',
	'noReceive',
	'consent',
	'wrong',
	'notMe',
	'no_need',
	'needless',
	'other',
	'hypothesis',
	'quote',
	'notStop',
	'notList',
	'notHere',
	'notHereIdiom',
	'onlyLater',
	'fine',
	'decline',
	'declineBefore',
	'declineWeak',
	'noneOf',
	'notOne',
	'tooMuch',
	'knowNone',
	'noPet',
	'notSigned',
	'imOut',
	'noReceiveThem',
	'withoutMore',
	'neverQuit',
	'restIsSpam',
]);

/** Concepts that cancel an overlapping one: "stop by" is no stop, "lista de espera" no mailing list, "you keep sending" no "keep sending". */
// "keep texting me and I'll report you" is a threat, not a wish to keep the messages.
const OVERRIDES: Partial<Record<Concept, Concept>> = {
	notStop: 'stop',
	notList: 'list',
	still: 'keep',
	threat: 'keep',
	notHereIdiom: 'notHere',
	notDeceased: 'deceased',
	// "escríbeme después del verano" names a season, not a time of day.
	afterEvent: 'timeWindow',
	// "the rest went to spam", "olha no spam?": the spam folder, no threat to report.
	spamFolder: 'block',
	// "dos horas de espera", "the wait time": a wait as a noun is no "wait, I meant".
	notQuote: 'quote',
	// "no calls yet from the lab": what has not come yet is no "no calls".
	notYet: 'negator',
};
const SECOND_OVERRIDES: Partial<Record<Concept, Concept>> = { notList: 'records', spamFolder: 'blockNow' };

/** Words that may stand between a negator and what it negates ("não QUERO sair", "no quiero QUE me saquen"): phrases.ts's list, and a "please". */
const NEGATION_GAP = new Set([...NEGATION_GAP_WORDS, 'por', 'favor', 'please']);
/** Question tags that close what comes before them: "não né", "não neh". */
const TAGS = new Set(['ne', 'neh']);

const MAX_FINDINGS = 200;

/** About another service, a hypothesis, a quotation or a time of day ("não me liga de manhã"): no opt-out. */
// A time of day vetoes only a message that names no messages: "domingo de manhã e vocês mandando promoção, chega" complains.
const CALLS = new Set(['call', 'calls', 'llamada', 'llamadas', 'ligacao', 'ligacoes']);
const namesMessages = (found: readonly Found[]): boolean =>
	found.some((hit) => (hit.concept === 'object' || hit.concept === 'marketing') && !CALLS.has(hit.words));
const VETOES: ReadonlySet<Concept> = new Set(['other', 'hypothesis', 'quote', 'timeWindow']);

/** "promoção não quero", "black friday não precisa": a want or a need may close a refusal. */
const WANT = new Set('quero queria quiero want precisa precisam preciso necesito need needed interessa interesa'.split(' '));

/**
 * Words that may close a clause after a request without changing it: "sem propaganda pfv", "no spam please"; and
 * interjections that may open one ("chale, ya bájenle", "ugh, stop"), which neither ask nor tell anything.
 */
const FILLER = new Set(
	(
		'por favor porfa porfis porfi plis pf pfv pfvr pls plz please obrigado obrigada gracias thanks thank you thx ok mais mas more nada nothing ja ya now agora ahora de vcs voces ustedes you guys aqui here ai kkk lol jaja rs ne ta ok valeu che tbh obg vlw xfa fr rn loco nomas maybe talvez quizas honestly seriously sinceramente anymore serio mesmo gente jeje jejeje jajaja haha hehe kkkk rsrs ' +
		'chale hijole uf uff ufa af aff affs afe ugh argh bah omg nossa puts jeez geez eh huh'
	).split(' '),
);

/**
 * Vetoes match as written, not by stem: "escreveu" (someone wrote it) is a quotation, but "nem
 * escreve" (and don't write) is part of the request. So do the block words: "bloqueio" (I'll
 * block) is a threat, "cartão bloqueado" is not.
 */
const AS_WRITTEN: ReadonlySet<Concept> = new Set(['quote', 'hypothesis', 'other', 'blockNow', 'blockedWord']);
/** Concepts whose phrases take no word between theirs: "mais uma e" is no "mais uma dose e". */
const GAPLESS: ReadonlySet<Concept> = new Set(['oneMoreAnd']);

const STOPPING: ReadonlySet<Concept> = new Set(['stop', 'remove', 'unsubscribe', 'pause', 'cancel']);
const REFUSALS: ReadonlySet<Concept> = new Set(['noMore', 'noReceive', 'no_need', 'needless', 'negator']);
const NO_NEED: ReadonlySet<Concept> = new Set(['no_need', 'needless']);

/** A stop verb; a pause only as a verb ("pausar"), not a date ("no me manden nada hasta enero"). */
const isStopping = (hit: Found): boolean => STOPPING.has(hit.concept) && (hit.concept !== 'pause' || !TIME_PHRASE.test(hit.words));
/** Pause entries that are a time, not a verb: "até janeiro", "for a week", "el mes que viene". */
const TIME_PHRASE = /^(ate|until|til|till|hasta|for|por|next|ano|mes|el|essas|estas|esas|depois|after|this|pelos|in|em|en|despues)\b/;

const indexes = new Map<Language, PhraseIndex<Concept>>();

function indexFor(language: Language): PhraseIndex<Concept> {
	let index = indexes.get(language);
	if (!index) {
		const phrases: Phrase<Concept>[] = [];
		for (const concept of CONCEPTS) {
			for (const entry of CONCEPT_LISTS[language][concept]) {
				// "=chega": as written, since "chegou a mensagem" is no "chega de mensagem".
				const asWritten = AS_WRITTEN.has(concept) || entry.startsWith('=');
				const words = normalizeWords(entry.replace(/^=/, ''), language);
				if (words.length === 0) continue;
				const sequence: Slot[] = [];
				words.forEach((word, at) => {
					// A longer phrase may take one other word between two of its words; a two-word one must be exact ("not me" is not "not contact me").
					if (at > 0) sequence.push({ kind: 'gap', max: words.length > 2 && !GAPLESS.has(concept) ? 1 : 0 });
					sequence.push({
						kind: 'words',
						words: [word],
						prefixes: [],
						stems: word.length >= 5 && !asWritten ? [stem(word)] : [],
					});
				});
				phrases.push({ sequence, owner: concept });
			}
		}
		index = new PhraseIndex(phrases);
		indexes.set(language, index);
	}
	return index;
}

/**
 * Whether the words at `start` are negated in the clause: a negator right before them, up to two
 * other words before them ("no me DEN de baja"), or up to three words such as "quero", "want to".
 */
function negatedAt(words: readonly string[], start: number, negators: ReadonlySet<string>): boolean {
	for (let at = start - 1, between = 0; at >= 0 && between <= 3; at--, between++) {
		// "todo dia não, né? tira eu dessas ofertas": a tag closes the refusal before it, which negates nothing after.
		if (TAGS.has(words[at])) return false;
		if (negators.has(words[at])) return true;
		if (between >= 2 && !NEGATION_GAP.has(words[at])) return false;
	}
	return false;
}

/**
 * Whether the message is about another service, a hypothesis, a quotation or a waiting list ("how do I
 * unsubscribe from the pet insurance newsletter? not yours", "my kid typed STOP, ignore that"):
 * then no rule of layer 1 makes it an opt-out.
 */
export function outOfScope(language: Language, clauses: readonly string[][]): boolean {
	return outOfScopeFound(withoutOverridden(findConcepts(language, clauses, [])), clauses);
}

function outOfScopeFound(found: readonly Found[], clauses: readonly string[][]): boolean {
	const words = clauses.flat();
	const vetoes = found.filter(
		(hit) =>
			VETOES.has(hit.concept) &&
			(hit.concept !== 'timeWindow' || !namesMessages(found)) &&
			!namesFormerOwner(hit, found) &&
			!namesTheSender(hit, words) &&
			!updatesAfterDeath(hit, found) &&
			!found.some((care) => care.kept && care.start < hit.end && hit.start < care.end),
	);
	// "sem promoção por favor, só quero saber quando o pedido sair": a clause of its own that refuses promotions is
	// about this sender, whatever other service the message goes on to mention.
	// So is one that declines them: "lo de los descuentos no me interesa jaja, solo avísenme cuando esté listo el pedido".
	if (
		vetoes.length > 0 &&
		vetoes.every((hit) => hit.concept === 'other') &&
		found.some((hit) => fillsClause(hit, 'without', found, clauses) || declinesPromotions(hit, found, clauses))
	)
		return false;
	if (vetoes.length > 0) return true;
	// "take me off the waitlist": the list is a waiting list, unless the message also names messages.
	// Messages the message wants to keep name none: "take me off the waitlist… still want my normal reminders".
	const kept = (hit: Found) =>
		found.some(
			(keep) =>
				keep.concept === 'keep' && !keep.negated && keep.clause === hit.clause && keep.end <= hit.start && hit.start - keep.end <= 3,
		);
	return (
		found.some((hit) => hit.concept === 'notList') &&
		!found.some((hit) => (hit.concept === 'object' || hit.concept === 'send') && !kept(hit))
	);
}

/**
 * "esse celular ERA DO MEU EX", "este número era DE MI EX": someone else named as the number's former owner
 * is the wrong-number notice itself, not a message about that person's affairs. A wrong number named as
 * this_number, wasOf: the "other" that follows it within a word is the former owner.
 */
function namesFormerOwner(hit: Found, found: readonly Found[]): boolean {
	if (hit.concept !== 'other') return false;
	return found.some(
		(was) =>
			(was.concept === 'wasOf' || was.concept === 'wrong') &&
			// After "this number was" within a word, or anywhere before a number that "was" someone's: "think u want my ex,
			// she had this number before me" (not "… era do meu pai, podem trocar o cadastro", another request after it).
			((was.start <= hit.start && hit.start - was.end <= 1) || (was.concept === 'wasOf' && hit.end <= was.start)) &&
			found.some((number) => number.concept === 'this_number' && number.end <= was.start + 1 && was.start - number.end <= 1),
	);
}

/**
 * "your pharmacy", "a farmácia de vocês", "la app de ustedes": another service named as the sender's own is the sender.
 */
function namesTheSender(hit: Found, words: readonly string[]): boolean {
	if (hit.concept !== 'other') return false;
	if (words[hit.start - 1] === 'your') return true;
	const after = words.slice(hit.end, hit.end + 2).join(' ');
	return after === 'de voces' || after === 'de ustedes';
}

const RECORDS = new Set('cadastro cadastros registro registros ficha records record file system sistema'.split(' '));

/** "perdemos o Thor… peço que atualizem o cadastro": after a death, updating the records is the request itself. */
function updatesAfterDeath(hit: Found, found: readonly Found[]): boolean {
	return (
		hit.concept === 'other' &&
		hit.words.split(' ').some((word) => RECORDS.has(word)) &&
		found.some((other) => other.concept === 'deceased' || other.concept === 'lost')
	);
}

/** "stop by", "lista de espera", "morri de rir": the overridden concept is not there (in place). */
function withoutOverridden(found: Found[]): Found[] {
	for (const [over, under] of [...Object.entries(OVERRIDES), ...Object.entries(SECOND_OVERRIDES)] as [Concept, Concept][]) {
		const covers = found.filter((hit) => hit.concept === over);
		for (let i = found.length - 1; i >= 0; i--) {
			if (found[i].concept === under && covers.some((hit) => hit.start <= found[i].start && hit.end >= found[i].end)) found.splice(i, 1);
		}
	}
	return found;
}

/**
 * Drops a forgetting told rather than asked: "olvidé mi número", "me olvidé de mi número" (I forgot it). Folded,
 * "olvidé" is the imperative "olvide"; the accent as written tells them apart, and so does a pronoun before it in
 * Spanish, where the imperative takes it after ("olvídese").
 */
function withoutForgotten(found: Found[], text: string, words: readonly string[], language: Language): void {
	for (let i = found.length - 1; i >= 0; i--) {
		const hit = found[i];
		if (hit.concept !== 'forget') continue;
		if ((language === 'es' && words[hit.start - 1] === 'me') || writtenWithFinalAccent(text, words[hit.start])) found.splice(i, 1);
	}
}

/** Drops the promotions an "is there" asks about ("tem promoção?", "¿hay descuentos?"): wanted, not refused. */
function withoutOffersAskedFor(found: Found[]): void {
	const asked = found.filter((hit) => hit.concept === 'asksOffer' && !hit.negated);
	for (let i = found.length - 1; i >= 0; i--) {
		const hit = found[i];
		if ((hit.concept === 'object' || hit.concept === 'marketing') && asked.some((ask) => ask.start <= hit.start && ask.end >= hit.end))
			found.splice(i, 1);
	}
}

function findConcepts(language: Language, clauses: readonly string[][], ignored: readonly string[][]): Found[] {
	const index = indexFor(language);
	const negators = new Set([...NEGATION[language].negators, ...NEGATION[language].short]);
	const found: Found[] = [];
	let offset = 0;
	clauses.forEach((words, clause) => {
		for (const hit of index.scan(words, () => false)) {
			// Past a few dozen findings of one concept, more say nothing new (and would cost their square).
			if (found.length >= MAX_FINDINGS) break;
			const phrase = words.slice(hit.start, hit.end);
			// A built-in word switched off by the node's "ignore" option does not count.
			if (ignored.some((entry) => entry.join(' ') === phrase.join(' '))) continue;
			found.push({
				concept: hit.owner,
				start: offset + hit.start,
				end: offset + hit.end,
				clause,
				negated: !SELF_NEGATED.has(hit.owner) && negatedAt(words, hit.start, negators),
				words: phrase.join(' '),
			});
		}
		// "me desiscreve", "unsubcribe", "desuscribanme", "cancela minha incrição": an unsubscribe word or a subscription
		// written with one typo.
		for (const [at, word] of words.entries()) {
			if (found.length >= MAX_FINDINGS) break;
			const concept = misspelt(language, word);
			if (!concept || found.some((hit) => hit.concept === concept && hit.start <= offset + at && hit.end > offset + at)) continue;
			if (ignored.some((entry) => entry.length === 1 && entry[0] === word)) continue;
			found.push({
				concept,
				start: offset + at,
				end: offset + at + 1,
				clause,
				negated: negatedAt(words, at, negators),
				words: word,
			});
		}
		// "dnme d baja", "dejen d mandr msjs": an unsubscribe phrase or a contact verb with vowels dropped, as chat writes them.
		for (let at = 0; at < words.length && found.length < MAX_FINDINGS; at++) {
			const dropped = vowelsDroppedAt(language, words, at);
			if (!dropped || found.some((hit) => hit.concept === dropped.concept && hit.start <= offset + at && hit.end > offset + at)) continue;
			const { concept, length } = dropped;
			found.push({
				concept,
				start: offset + at,
				end: offset + at + length,
				clause,
				negated: negatedAt(words, at, negators),
				words: words.slice(at, at + length).join(' '),
			});
		}
		// "até o dia 15 de março", "till feb 1st", "for a few weeks": a date or period by its shape, beyond the listed ones.
		for (let at = 0; at < words.length && found.length < MAX_FINDINGS; at++) {
			const date = dateAt(language, words, at);
			if (!date) continue;
			const concept: Concept = date.kind === 'after' ? 'afterEvent' : 'pause';
			const end = offset + at + date.length;
			if (found.some((hit) => hit.concept === concept && hit.start === offset + at && hit.end >= end)) continue;
			found.push({
				concept,
				start: offset + at,
				end,
				clause,
				negated: negatedAt(words, at, negators),
				words: words.slice(at, at + date.length).join(' '),
			});
			at += date.length - 1;
		}
		// Only a question about leaving another group ("como faço pra sair do grupo da feirinha?"): a request
		// to be taken out of a group ("me tira do grupo do Bicho Feliz") may name the sender's own, so it stays.
		const group = asksHow(words) ? anotherGroup(words) : undefined;
		if (group && found.length < MAX_FINDINGS) {
			found.push({
				concept: 'other',
				start: offset + group.start,
				end: offset + group.end,
				clause,
				negated: false,
				words: words.slice(group.start, group.end).join(' '),
			});
		}
		offset += words.length;
	});
	return withKeptOrders(found);
}

/**
 * "só me manda msg quando for sobre o pedido", "only msg me when my order's ready": an order named after "only"
 * and a contact verb is the one message kept, the sender's own care message rather than another service.
 * Only the wording counts, not a negator before it: "no quiero publicidad 🙅 solo avísenme…" reads on past an emoji.
 */
function withKeptOrders(found: Found[]): Found[] {
	// "só manda" or "manda só": the contact verb either side of "only".
	const onlyBeside = (send: Found) =>
		found.some(
			(only) =>
				only.concept === 'only' &&
				only.clause === send.clause &&
				(only.end <= send.start ? send.start - only.end <= 2 : only.start >= send.end && only.start - send.end <= 1),
		);
	const kept = found.filter(
		(order) =>
			order.concept === 'order' &&
			(found.some(
				(send) =>
					(send.concept === 'send' || send.concept === 'sendMe') &&
					send.clause === order.clause &&
					send.end <= order.start &&
					order.start - send.end <= 6 &&
					onlyBeside(send),
			) ||
				// "só os avisos do pedido", "solo los avisos del pedido": the care messages of the order, after "only".
				found.some(
					(care) =>
						care.concept === 'care' &&
						care.clause === order.clause &&
						care.end <= order.start &&
						order.start - care.end <= 1 &&
						found.some(
							(only) => only.concept === 'only' && only.clause === care.clause && only.end <= care.start && care.start - only.end <= 2,
						),
				) ||
				// "I only want my order updates", "só quero o pedido e os avisos dele": the order's messages named after "only".
				(found.some(
					(only) => only.concept === 'only' && only.clause === order.clause && only.end <= order.start && order.start - only.end <= 3,
				) &&
					found.some(
						(object) =>
							(object.concept === 'object' || object.concept === 'care') &&
							object.clause === order.clause &&
							object.start >= order.end &&
							object.start - order.end <= 1,
					))),
	);
	for (const order of kept) found.push({ ...order, concept: 'care', negated: false, kept: true });
	return found;
}

/** Concepts whose long words are read with a typo: "desiscreve", "incrição" (a hurried thumb drops or swaps a letter). */
const TYPO_CONCEPTS: readonly Concept[] = ['unsubscribe', 'subscription'];
/** The one-word entries of those concepts in each language, long enough to be recognised with a typo. */
const typoEntries = new Map<Language, { concept: Concept; word: string }[]>();

/**
 * The concept of the word that `word` misspells by one letter ("desiscreve" for "desinscreve", "incricao" for
 * "inscricao"), if any; not the word with an ending added ("unsubscribed" tells what happened).
 */
function misspelt(language: Language, word: string): Concept | undefined {
	if (word.length < 8) return undefined;
	let entries = typoEntries.get(language);
	if (!entries) {
		entries = TYPO_CONCEPTS.flatMap((concept) =>
			CONCEPT_LISTS[language][concept]
				.map((entry) => normalizeWords(entry.replace(/^=/, ''), language))
				.filter((words) => words.length === 1 && words[0].length >= 8)
				.map((words) => ({ concept, word: words[0] })),
		);
		typoEntries.set(language, entries);
	}
	return entries.find((entry) => entry.word !== word && !word.startsWith(entry.word) && sameWord(word, entry.word))?.concept;
}

/** Concepts read with vowels dropped from their words, with the letters a dropped word keeps at least ("dnme", "mandr"). */
const VOWEL_DROPPED: readonly { concept: Concept; minLetters: number }[] = [
	{ concept: 'unsubscribe', minLetters: 3 },
	// A contact verb needs more: "mnd" or "cll" may abbreviate anything.
	{ concept: 'send', minLetters: 4 },
];
/** The entries of those concepts in each language, as words. */
const droppableEntries = new Map<Language, { concept: Concept; words: string[]; minLetters: number }[]>();
const VOWELS = /[aeiou]/;

/** Whether `written` is `word` with one or more of its vowels dropped, keeping its first letter and every consonant ("dnme"). */
function dropsVowels(written: string, word: string, minLetters: number): boolean {
	if (written.length < minLetters || written.length >= word.length || written[0] !== word[0]) return false;
	let at = 0;
	for (const letter of word) {
		if (letter === written[at]) at++;
		else if (!VOWELS.test(letter)) return false;
	}
	return at === written.length;
}

/** The entry at `at` written with vowels dropped from one of its words at least ("dnme de baja", "mandr"), if any: its concept and length. */
function vowelsDroppedAt(language: Language, words: readonly string[], at: number): { concept: Concept; length: number } | undefined {
	let entries = droppableEntries.get(language);
	if (!entries) {
		entries = VOWEL_DROPPED.flatMap(({ concept, minLetters }) =>
			CONCEPT_LISTS[language][concept].map((entry) => ({ concept, words: normalizeWords(entry.replace(/^=/, ''), language), minLetters })),
		);
		droppableEntries.set(language, entries);
	}
	const entry = entries.find(
		(entry) =>
			entry.words.every((word, i) => words[at + i] === word || dropsVowels(words[at + i] ?? '', word, entry.minLetters)) &&
			entry.words.some((word, i) => words[at + i] !== word),
	);
	return entry && { concept: entry.concept, length: entry.words.length };
}

const HOW = new Set('como how onde donde where'.split(' '));
const asksHow = (words: readonly string[]) => words.some((word) => HOW.has(word));

const GROUPS = new Set(['grupo', 'grupos', 'group', 'groups']);
const GROUP_OF = new Set('de do da das dos del la el los las for of'.split(' '));
const CHATS = new Set('whatsapp whats wpp zap zapzap chat'.split(' '));
const DETERMINERS = new Set('the a my our this that'.split(' '));
/** What makes a group the sender's own: "grupo de avisos da clínica", "grupo de vocês", "your promo group". */
const OWN_GROUP = new Set(
	(
		'voces vcs voce ustedes you your clinica clinic loja tienda store shop petshop pet vet veterinaria veterinario veterinary ' +
		'consultorio hospital clientes cliente customers clients pacientes patients vip transmissao difusao difusion broadcast mailing ' +
		'ofertas promocoes promociones promos promo promotions offers avisos lembretes recordatorios reminders mensagens mensajes ' +
		'messages novidades novedades newsletter marketing descontos descuentos deals'
	).split(' '),
);

/**
 * A group named for something other than the sender: "grupo de WhatsApp da feirinha de adoção",
 * "grupo de padres del colegio", "the puppy class whatsapp group"; its "sair do grupo" is no opt-out here.
 */
function anotherGroup(words: readonly string[]): { start: number; end: number } | undefined {
	for (let at = 0; at < words.length; at++) {
		if (!GROUPS.has(words[at])) continue;
		// After it: "grupo (de WhatsApp) da X", X right after "de"/"da" ("grupo de whatsapp por favor" names nothing).
		let next = at + 1;
		while (next < words.length && (GROUP_OF.has(words[next]) || CHATS.has(words[next]))) next++;
		if (next < words.length && next > at + 1 && GROUP_OF.has(words[next - 1]) && !OWN_GROUP.has(words[next])) {
			return { start: at, end: next + 1 };
		}
		// Before it: "the X Y (whatsapp) group".
		let before = at - 1;
		while (before >= 0 && CHATS.has(words[before])) before--;
		const named: string[] = [];
		while (before >= 0 && named.length < 3 && !DETERMINERS.has(words[before]) && !GROUP_OF.has(words[before])) named.push(words[before--]);
		if (named.length > 0 && before >= 0 && DETERMINERS.has(words[before]) && !named.some((word) => OWN_GROUP.has(word))) {
			return { start: before + 1, end: at + 1 };
		}
	}
	return undefined;
}

/**
 * The wishes to keep the messages coming: "continuem mandando", "quero continuar recebendo". Not after "no need" ("no hace
 * falta que me sigan escribiendo" refuses), nor beside a dare and a report ("o Procon vai ADORAR saber de vcs. continua
 * mandando pra ver" is sarcasm).
 */
function keepsComing(found: readonly Found[]): Found[] {
	const dares =
		found.some((hit) => hit.concept === 'threat') &&
		found.some((hit) => (hit.concept === 'block' || hit.concept === 'blockNow') && !hit.negated);
	return found.filter(
		(hit) =>
			hit.concept === 'keep' &&
			!dares &&
			!hit.negated &&
			!found.some((other) => NO_NEED.has(other.concept) && other.end <= hit.start && hit.start - other.end <= 3),
	);
}

/** Whether the message asks to keep the messages coming: "…cancelar o recebimento: NÃO, quero continuar recebendo". */
export function asksToKeep(language: Language, clauses: readonly string[][]): boolean {
	return keepsComing(withoutOverridden(findConcepts(language, clauses, []))).length > 0;
}

/** The concept rules over a message already split into clauses (words of the reading language). */
export function matchConcepts(
	text: string,
	language: Language,
	clauses: readonly string[][],
	ignored: readonly string[][],
	scan: Scan,
): Match | undefined {
	const found = findConcepts(language, clauses, ignored);
	const allWords = clauses.flat();
	const clauseEnds: number[] = [];
	clauses.reduce((end, words) => (clauseEnds.push(end + words.length), end + words.length), 0);
	if (found.length === 0) return undefined;
	withoutOverridden(found);
	// "tem alguma promoção essa semana?", "any deals this week?": asking whether there is an offer wants it, so the
	// promotion asked about is no object of a stop ("essa semana" read as a pause).
	if (text.includes('?')) withoutOffersAskedFor(found);
	withoutForgotten(found, text, allWords, language);
	const has = (concept: Concept) => found.some((hit) => hit.concept === concept);
	// About another service, a hypothesis, or a request to keep the messages coming: not an opt-out.
	if (outOfScopeFound(found, clauses)) return undefined;
	const keepComing = keepsComing(found);
	for (const rule of RULES) {
		if (rule.unless?.some(has) || (rule.noQuestion && text.includes('?'))) continue;
		if (rule.maxWords !== undefined && allWords.length > rule.maxWords) continue;
		// "já deu?" asks: an anchor that must close the message does not close a question.
		if ((rule.endsMessage || rule.notEndingAsked) && /\?[^\p{L}\p{N}]*$/u.test(text)) continue;
		const used = matchRule(rule, found, scan, allWords, clauseEnds);
		// Not in a message that ends on a question: "no conozco a ningún Dr. García, ¿quién me atiende?".
		if (used && rule.nameAfter && (!nameFollows(text, used[0].words) || /\?[^\p{L}\p{N}]*$/u.test(text))) continue;
		if (!used) continue;
		if (rule.notAsked && askedRightAfter(text, used[used.length - 1].words)) continue;
		// "quiero cancelar mi suscripción de Petco", "unsubscribe from the Chewy newsletter": a subscription named for
		// another business, by its name written with a capital, is that business's.
		if (used.some((hit) => subscriptionOfAName(text, hit.words))) continue;
		const marketing = rule.marketingOnly ?? isMarketingOnly(found, used);
		// "pode mandar lembrete mas promoção não quero" keeps the care messages: a marketing opt-out.
		if (keepComing.length > 0 && !marketing) continue;
		const clauseWords = clauses[used[0].clause] ?? [];
		return { text: `${rule.name}: ${used.map((hit) => hit.words).join(' … ')}`, clause: clauseWords, language, marketing };
	}
	return undefined;
}

/** The nouns of a subscription, which another business may own ("suscripción de Petco"); not the verbs ("me doy de baja de Clínica Luna"). */
const SUBSCRIPTION_NOUNS = new Set(
	'subscription subscriptions membership newsletter newsletters suscripcion suscripciones boletin inscripcion assinatura assinaturas inscricao'.split(
		' ',
	),
);
/** Words for the sender's own messages, which a capital does not make another business: "my subscription to WhatsApp reminders". */
const OWN_CHANNELS = new Set(
	'whatsapp whats wpp zap sms email mail newsletter boletin boletines novedades mensajes mensagens messages texts reminders avisos lembretes recordatorios notificaciones notificacoes alerts'.split(
		' ',
	),
);

/**
 * Whether a subscription noun of a phrase is followed, in the message as written, by "de/da/do/del/from/to/of/with/
 * con/com/en/na/no/at/a/al" and a name written with a capital, with no messages named right after it ("suscripción
 * de Petco", "assinatura da PetLove", "subscription to Chewy"): a subscription to another business.
 */
export function subscriptionOfAName(text: string, phrase: string): boolean {
	const plain = text.normalize('NFD').replace(/\p{M}/gu, '');
	for (const noun of phrase.split(' ').filter((word) => SUBSCRIPTION_NOUNS.has(word))) {
		const after = new RegExp(
			`(?<![\\p{L}\\p{N}])${noun}\\s+(?:de|da|do|del|from|to|of|with|con|com|en|na|no|at|a|al)\\s+(?:(?:la|el|the|os|as|o)\\s+)?([\\p{L}\\p{N}]+)((?:[^\\p{L}\\p{N}]+[\\p{L}\\p{N}]+){0,2})`,
			'giu',
		);
		for (const match of plain.matchAll(after)) {
			const next = match[2].toLowerCase().split(/[^\p{L}\p{N}]+/u);
			if (/^\p{Lu}/u.test(match[1]) && !OWN_CHANNELS.has(match[1].toLowerCase()) && !next.some((word) => OWN_CHANNELS.has(word)))
				return true;
		}
	}
	// "how do I unsubscribe from the Petz newsletter?", "¿cómo me doy de baja del boletín de Tiendanimal?": a question
	// about an unsubscribe word taking a subscription that a name written with a capital owns, before the noun or after
	// it; "unsubscribe me from the Happy Paws newsletter", said, may name the sender.
	if (!UNSUBSCRIBING.test(phrase) || !ASKS_HOW.test(plain)) return false;
	// In a question, the messages a name sends are that name's too: "cómo me desuscribo de los correos de Royal Canin?".
	const nouns = [...SUBSCRIPTION_NOUNS, ...MAILINGS].join('|');
	const taken = new RegExp(
		`(?<![\\p{L}\\p{N}])(?:from|of|off|del|de|da|do)\\s+(?:(?:the|el|la|los|las|a|o|os|as)\\s+)?(?:([\\p{L}\\p{N}]+)\\s+(?:${nouns})|(?:${nouns})\\s+(?:de|da|do|del|from|of|at|with|con|com)\\s+(?:(?:la|el|the|a|o)\\s+)?([\\p{L}\\p{N}]+))(?![\\p{L}\\p{N}])`,
		'giu',
	);
	for (const match of plain.matchAll(taken)) {
		const name = match[1] ?? match[2];
		if (/^\p{Lu}/u.test(name) && !OWN_CHANNELS.has(name.toLowerCase())) return true;
	}
	return false;
}

/** The mailings a business sends, which a name written with a capital after them owns in a question ("los correos de Royal Canin"). */
const MAILINGS =
	'correos emails mails e-mails newsletters mensajes mensagens messages texts promos promociones promocoes ofertas offers'.split(' ');

/** A question, or a "how": "how do I…", "cómo me doy de baja…", "como faço pra…". */
const ASKS_HOW = /\?|(?:^|[^\p{L}])(?:how|como)(?![\p{L}])/iu;
/** Unsubscribe words, whose subscription may follow the phrase: "unsubscribe", "me doy de baja", "descadastrar". */
const UNSUBSCRIBING = /(?:^| )(?:unsub\w*|opt out|baja|desuscrib\w*|desinscrib\w*|descadastr\w*|desinscrev\w*|cancel\w*)(?: |$)/;

/**
 * Whether a word written with a capital follows the last word of a phrase in the message as written: "know any
 * Bella", "ninguna Luna". Capitals are lost to the words the rules read, so the raw text is searched.
 */
/** Whether the phrase's last word is followed by a question mark in the message as written. */
function askedRightAfter(text: string, phrase: string): boolean {
	const plain = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
	const last = phrase.split(' ').pop() ?? '';
	return new RegExp(`(?<![\\p{L}\\p{N}])${last}[\\s\\p{Emoji_Presentation}]*\\?`, 'u').test(plain);
}

function nameFollows(text: string, phrase: string): boolean {
	const plain = text.normalize('NFD').replace(/\p{M}/gu, '');
	const last = phrase.split(' ').pop() ?? '';
	const after = new RegExp(`(?<![\\p{L}\\p{N}])${last}\\s+`, 'gu');
	for (const match of plain.toLowerCase().matchAll(after)) {
		// "a dog named Rex": the name may come after "named" or "called".
		const start =
			match.index +
			match[0].length +
			(/^(?:named|called|chamad[oa]|llamad[oa])\s+/u.exec(plain.slice(match.index + match[0].length))?.[0].length ?? 0);
		const name = /^[\p{L}]+/u.exec(plain.slice(start))?.[0] ?? '';
		// "whoever Dave is", "no idea who Bella is": after "who", the name must be what is asked about.
		const asked = (last !== 'who' && last !== 'whoever') || /^\s+(is|was)\b/u.test(plain.slice(start + name.length));
		if (/^\p{Lu}/u.test(name) && !NOT_NAMES.has(name.toLowerCase()) && asked) return true;
	}
	return false;
}

/** Capitalised words that name no one the messages could be about: titles, languages ("I don't know any Spanish"). */
const NOT_NAMES = new Set(
	'dr dra doctor doctora doutor doutora mr mrs ms miss sr sra srta senhor senhora english spanish portuguese french german italian ingles espanol portugues frances'.split(
		' ',
	),
);

/** "… can go BUT do text me about the checkups": a clause read up to its "but", where another thought begins. */
const BUT = new Set('mas porem pero but though'.split(' '));
const untilBut = (words: readonly string[]): readonly string[] => {
	const at = words.findIndex((word) => BUT.has(word));
	return at === -1 ? words : words.slice(0, at);
};

/** Refusals, and a "too much", that may close their clause at the care messages kept after them: "promoção todo dia é demais, os avisos podem continuar". */
const REFUSING: ReadonlySet<Concept> = new Set(['negator', 'noMore', 'decline', 'declineWeak', 'tooMuch']);
const SENDING: ReadonlySet<Concept> = new Set(['send', 'sendMe']);
/** A bare negator echoing a refusal at the end of its clause: "não precisa não", "no los quiero no". */
const ECHO_NEGATORS = new Set('nao no'.split(' '));
/** Words of a name that may trail the promotions it names: "the Black Friday stuff". */
const THING_TAILS = new Set('stuff things lot bits'.split(' '));
/** Asides of two words that may close a clause: "me sobra, la verdad", "não preciso, na verdade", "de una vez POR TODAS". */
const ASIDES = [
	'la verdad',
	'na verdade',
	'a verdade',
	'na real',
	'de verdad',
	'en serio',
	'la neta',
	'for real',
	'por todas',
	'por todos',
];

/** Whether the word at `at` is filler closing a clause, or one word of a two-word aside ("la verdad"). */
function fillerAt(rest: readonly string[], at: number): boolean {
	if (FILLER.has(rest[at])) return true;
	return ASIDES.some((aside) => aside === `${rest[at]} ${rest[at + 1]}` || aside === `${rest[at - 1]} ${rest[at]}`);
}

/**
 * Whether only filler follows the finding in its clause, up to a "but" or to the care messages that
 * the message goes on to keep: "las promos no gracias, lo de los turnos sí", "promo não, os lembretes sim".
 */
function closesClause(words: readonly string[], hit: Found, found: readonly Found[], clauseEnds: readonly number[]): boolean {
	// Only after a refusal: "rather not get THESE vaccines", "call me after christmas to BOOK" name the thing itself.
	const care = REFUSING.has(hit.concept)
		? found.find((other) => other.concept === 'care' && other.clause === hit.clause && other.start >= hit.end)
		: undefined;
	// Or at "only" and the care after it, its contact verb too: "5 promo por semana não dá né, MANDA SÓ quando for sobre o pedido".
	const only = care
		? found.find((other) => other.concept === 'only' && other.clause === hit.clause && other.start >= hit.end && other.end <= care.start)
		: undefined;
	const send = only && found.find((other) => SENDING.has(other.concept) && other.start >= hit.end && other.end === only.start);
	const rest = untilBut(words.slice(hit.end, send?.start ?? only?.start ?? care?.start ?? clauseEnds[hit.clause]));
	// Before the care messages, their article too: "lo de LOS turnos".
	return rest.every(
		(word, at) =>
			fillerAt(rest, at) ||
			WANT.has(word) ||
			(care !== undefined && BRIDGE.has(word)) ||
			// "oferta toda semana não precisa NÃO": the refusal echoed.
			(REFUSING.has(hit.concept) &&
				ECHO_NEGATORS.has(word) &&
				rest.slice(0, at).every((before) => ECHO_NEGATORS.has(before) || FILLER.has(before))) ||
			// "I can do without the Black Friday STUFF".
			(hit.concept === 'marketing' && THING_TAILS.has(word) && at === 0),
	);
}

/** Whether the finding is of this concept and opens its clause, with nothing but filler after it ("sem promoção pfv"). */
function fillsClause(hit: Found, concept: Concept, found: readonly Found[], clauses: readonly string[][]): boolean {
	if (hit.concept !== concept) return false;
	const start = clauses.slice(0, hit.clause).reduce((sum, words) => sum + words.length, 0);
	const words = clauses[hit.clause] ?? [];
	return hit.start === start && words.slice(hit.end - start).every((word) => FILLER.has(word));
}

/** Whether the finding is promotions that a "not interested" after them declines, closing their clause: "las promos no me interesan". */
function declinesPromotions(hit: Found, found: readonly Found[], clauses: readonly string[][]): boolean {
	if (hit.concept !== 'marketing' || hit.negated) return false;
	const end = clauses.slice(0, hit.clause + 1).reduce((sum, words) => sum + words.length, 0);
	const words = clauses.flat();
	return found.some(
		(other) =>
			other.concept === 'notInterested' &&
			other.clause === hit.clause &&
			other.start >= hit.end &&
			other.start - hit.end <= 3 &&
			words.slice(other.end, end).every((word) => FILLER.has(word)),
	);
}

/** Whether only bridge words (articles, pronouns, "mais", "de me mandar") stand between two findings. */
function bridged(words: readonly string[], a: Found, b: Found): boolean {
	const from = Math.min(a.end, b.end);
	const to = Math.max(a.start, b.start);
	for (let at = from; at < to; at++) if (!BRIDGE.has(words[at])) return false;
	return true;
}

const BRIDGE = new Set(
	(
		'de da do das dos d me a o as os com essa esse essas esses esta este estas estes dessa desse dessas desses desta deste sua seu suas seus minha meu minhas meus ' +
		'toda todo todas todos receber recebendo mandar mandando enviar enviando mais nenhuma nenhum qualquer voces voce vcs nos nas no na em pra para por favor ' +
		'la las el los lo del mi mis tu tus su sus esa ese esas esos estos recibir recibiendo enviarme mandarme mas ustedes usted ningun ninguna cualquier en con ya ' +
		'the this these that those your my all any of from off me getting receiving receive get sending send more you to with such further other ' +
		'recebimento envio recepcion envio tipo tipos tantos tantas tanto tanta so many que vuelvan vuelva voltem volte estar ficar permanecer continuar seguir be stay ' +
		'fazer parte formar on in it numero number nome name telefone phone celular cel email ele ela eles elas him her them lo lleguen llegue cheguem chegue ' +
		'vuestros vuestras vuestro vuestra os saber solo only just again up back msg msgs mensagem mensagens mensaje mensajes message messages text texts nomas ' +
		// "tira eu dessas ofertas": spoken Portuguese puts "eu" where "me" goes.
		'eu ' +
		// "stop it already with the texts", as "ya" and "já" are.
		'already ' +
		// "só me mandem ALGO depois do dia 15": an object that names nothing is no thing asked for.
		'algo something anything ' +
		// "só me mandem msg DE NOVO depois do dia 15", as "again" is.
		'novo nuevo novamente nuevamente'
	).split(' '),
);

/** Verbs of doing: "não precisa FAZER nada", "no hace falta HACER nada", "no need to DO anything". */
const DOING = new Set('fazer faz faca facam fizer hacer hace haga hagan hagas do doing'.split(' '));

/**
 * "Nothing" as what is to be done, not sent: "so pra confirmar q nao precisa fazer nada" (after a toad, a symptom)
 * seeks reassurance, not "no need to send me anything"; a "mais" may stand between ("fazer mais nada").
 */
function toDo(words: readonly string[], hit: Found): boolean {
	if (hit.concept !== 'anything') return false;
	let at = hit.start - 1;
	if (at > 0 && (words[at] === 'mais' || words[at] === 'mas' || words[at] === 'more')) at--;
	return DOING.has(words[at]);
}

/**
 * Whether the hit is a refusal of a stop right after it: "no quiero cancelar las notificaciones", "não precisa parar de
 * mandar", "no paren de mandarme ofertas": not wanting (them) to stop is no opt-out.
 */
function refusesAStop(refusal: Found, found: readonly Found[]): boolean {
	return (
		REFUSALS.has(refusal.concept) &&
		found.some(
			(hit) =>
				isStopping(hit) &&
				// "no quiero recibir NADA DE ustedes": "nada de" after a refusal is "nothing from", no stop.
				!hit.words.startsWith('nada') &&
				// "I don't want to STOP receiving messages": a stop inside "don't want to … receive" too.
				(hit.start >= refusal.end || (refusal.concept === 'noReceive' && hit.start > refusal.start)) &&
				hit.start - refusal.end <= 3,
		)
	);
}

/** Verbs that make "less of the discount" a statement about it, not a request: "would be a shame", "is fine". */
const COPULAS = new Set('is was be would will could should are were makes made means'.split(' '));

function matchRule(
	rule: Rule,
	found: readonly Found[],
	scan: Scan,
	words: readonly string[],
	clauseEnds: readonly number[],
): Found[] | undefined {
	for (const anchor of found) {
		if (!rule.all[0].includes(anchor.concept)) continue;
		if (rule.endsClause && !words.slice(anchor.end, clauseEnds[anchor.clause]).every((word) => FILLER.has(word))) continue;
		if (rule.endsMessage && !words.slice(anchor.end).every((word) => FILLER.has(word))) continue;
		if (rule.startsClause && !words.slice(clauseEnds[anchor.clause - 1] ?? 0, anchor.start).every((word) => FILLER.has(word))) continue;
		if (anchor.negated) {
			scan.negated = true;
			continue;
		}
		if (rule.pauseVerbs && anchor.concept === 'pause' && !isStopping(anchor)) continue;
		// "vocês mandaram nada": a contact verb as the anchor, in the past, reports.
		if (rule.notPast && anchor.concept === 'send' && (PAST_WORDS.has(words[anchor.start]) || PAST_ENDINGS.test(words[anchor.start])))
			continue;
		// "não recebi mais", "no recibí más": a refusal to receive read by stem from what was not received.
		if (rule.notPast && anchor.concept === 'noReceive' && anchor.words.split(' ').some((word) => RECEIVED.has(word))) continue;
		// "suspenderam as mensagens?", "do the reminders stop after the series?": a report, not a request.
		if (STOPPING.has(anchor.concept) && reportsStop(words, anchor.start)) continue;
		if (rule.notAThing && removesAThing(words, anchor, found)) continue;
		// "the older cat hisses at the kitten like 'leave me alone'": a "leave me alone" introduced as what someone seems to say.
		if ((anchor.concept === 'leave' || anchor.concept === 'leaveShort') && introducedAsSaid(words, anchor.start)) continue;
		const used = [anchor];
		if (refusesAStop(anchor, found)) continue;
		for (const [at, group] of rule.all.slice(1).entries()) {
			const near = rule.nears?.[at] ?? rule.near;
			const partner = found.find(
				(hit) =>
					hit !== anchor &&
					group.includes(hit.concept) &&
					// "no paren de mandarme ofertas": a negator partner that negates a stop keeps the messages.
					!refusesAStop(hit, found) &&
					(rule.acrossClauses || hit.clause === anchor.clause) &&
					(hit.start >= anchor.end || hit.end <= anchor.start) &&
					(!rule.ordered || hit.start >= anchor.end) &&
					(hit.start >= anchor.end ? hit.start - anchor.end : anchor.start - hit.end) <= near &&
					(!rule.bridged || bridged(words, anchor, hit)) &&
					!toDo(words, hit) &&
					// Beside a date, a stop must be asked: "my dog stopped eating for a day", "won't stop for 2 days" report one.
					!(
						anchor.concept === 'pause' &&
						!isStopping(anchor) &&
						hit.concept === 'stop' &&
						(hit.negated || reportsStop(words, hit.start))
					) &&
					(!rule.onlyNegated?.includes(hit.concept) || hit.negated) &&
					(!rule.onlyPlain?.includes(hit.concept) || !hit.negated) &&
					(!rule.closing?.includes(hit.concept) || hit.end <= anchor.start || closesClause(words, hit, found, clauseEnds)) &&
					(!rule.closingAlways?.includes(hit.concept) || closesClause(words, hit, found, clauseEnds)),
			);
			if (
				!partner ||
				(rule.notPast && partner.concept === 'send' && (inThePast(words, anchor, partner) || namesAThing(words, partner, found)))
			)
				break;
			used.push(partner);
		}
		// A pause partner counts as a verb only too: "ahora no… mientras tanto SILENCIO", not "por ahora".
		if (used.length === rule.all.length && rule.pauseVerbs && used.some((hit, at) => at > 0 && hit.concept === 'pause' && !isStopping(hit)))
			continue;
		if (used.length === rule.all.length && rule.onePauseVerb && !used.some((hit) => hit.concept === 'pause' && isStopping(hit))) continue;
		// "pausa no remédio por uns dias": the pause, anchor or partner, takes a thing.
		if (
			used.length === rule.all.length &&
			rule.notAThing &&
			used.some((hit) => hit.concept === 'pause' && removesAThing(words, hit, found))
		)
			continue;
		// "pode parar de mandar o remédio?", "dejen de mandarme el pienso": a contact verb that sends a thing sends no messages.
		if (used.length === rule.all.length && used.some((hit) => sendsAThingAt(hit, found, words, clauseEnds))) continue;
		if (
			used.length === rule.all.length &&
			rule.verbless &&
			words.slice(anchor.end, clauseEnds[anchor.clause]).some((word) => COPULAS.has(word))
		)
			continue;
		if (used.length === rule.all.length) return used;
	}
	return undefined;
}

/**
 * Whether the hit is a contact verb that takes a thing as its object, or a stop whose contact verb does: "parar de
 * MANDAR O REMÉDIO", "pode parar de mandar areia por enquanto" (a pause with the stop), "no need to send the food".
 */
function sendsAThingAt(hit: Found, found: readonly Found[], words: readonly string[], clauseEnds: readonly number[]): boolean {
	const sends = (send: Found): boolean => send.concept === 'send' && sendsAThing(words, send.end, clauseEnds[send.clause]);
	if (hit.concept === 'send') return sends(hit);
	if (!isStopping(hit) && !NO_NEED.has(hit.concept) && hit.concept !== 'canStop') return false;
	return found.some((send) => send.clause === hit.clause && send.start >= hit.end && send.start - hit.end <= 2 && sends(send));
}

const POLITE_IF = /\b(appreciate|appreciate it|prefer|prefer it|grateful|rather|happier) (if )?you did$/;

/** Past forms of contact verbs: "mandaram", "ligou", "escreveu", "llamaron", "enviado", "called", "sent". */
const PAST_ENDINGS = /(aram|eram|iram|ou|eu|iu|aron|ieron|ado|ido|ed)$/;
const PAST_WORDS = new Set([
	'sent',
	'wrote',
	'got',
	'did',
	'didnt',
	'have',
	'has',
	'had',
	'havent',
	'hasnt',
	'han',
	'ha',
	'habian',
	'tem',
	'tinham',
	'foi',
	// "eu nem TIVE contato próximo": had no contact with someone.
	'tive',
	'teve',
	'tivemos',
	'tuve',
	'tuvo',
	'tuvimos',
]);

/** Receive verbs in the past, of which a refusal's stem makes nothing: "não recebi mais", "no recibí ninguno". */
const RECEIVED = new Set('recebi recebemos recebeu receberam recibi recibimos recibio recibieron received got'.split(' '));

const ARTICLES = new Set('o a os as um uma el la los las un una the'.split(' '));

/**
 * Whether an article and something other than messages follow the contact verb: "no me manden LA
 * FACTURA", "don't text me THE RESULTS" are about that thing, not about being contacted.
 */
function namesAThing(words: readonly string[], send: Found, found: readonly Found[]): boolean {
	let at = send.end;
	while (at < words.length && (words[at] === 'me' || words[at] === 'mi')) at++;
	if (!ARTICLES.has(words[at]) || at + 1 >= words.length) return false;
	return !found.some((hit) => (hit.concept === 'object' || hit.concept === 'marketing') && hit.start === at + 1);
}

const PAUSE_ON = new Set('no na nos nas num numa en on'.split(' '));

/** What a remove verb may take off a list: the sender, their number or data, the messages, the list itself. */
const REMOVABLE: ReadonlySet<Concept> = new Set(['me', 'this_number', 'data', 'object', 'marketing', 'list', 'records', 'removeMe']);

/**
 * Whether an article and a thing follow the remove verb: "quitarme LA VACUNA de la lista del martes",
 * "tira O BANHO da agenda" move an appointment; "tirem o meu número da lista" takes the sender off.
 */
function removesAThing(words: readonly string[], remove: Found, found: readonly Found[]): boolean {
	const at = remove.end;
	if (remove.concept === 'pause') {
		// A pause takes its thing with a contraction too, or ends in its article: "pausa NO remédio", "segura AS doses".
		// A date ending in what reads as an article ("até lá", "hasta la…") is no verb that takes one.
		const thing = ARTICLES.has(words[at - 1]) && isStopping(remove) ? at : ARTICLES.has(words[at]) || PAUSE_ON.has(words[at]) ? at + 1 : -1;
		return thing !== -1 && thing < words.length && !found.some((hit) => REMOVABLE.has(hit.concept) && hit.start === thing);
	}
	if (!ARTICLES.has(words[at]) || at + 1 >= words.length) return false;
	return !found.some((hit) => REMOVABLE.has(hit.concept) && hit.start === at + 1);
}

/** Whether the contact verb, or a word between it and the negator, says the past ("you did not send", "no me han enviado"). */
function inThePast(words: readonly string[], negator: Found, send: Found): boolean {
	// "I'd appreciate it if you didn't send me anything else", "I'd rather you didn't call": a polite wish, not the past.
	if (POLITE_IF.test(words.slice(Math.max(0, negator.start - 5), negator.start).join(' '))) return false;
	const verb = words[send.start];
	if (PAST_WORDS.has(verb) || PAST_ENDINGS.test(verb)) return true;
	for (let at = Math.max(0, negator.start - 1); at < send.start; at++) if (PAST_WORDS.has(words[at])) return true;
	return false;
}

/**
 * The request names promotions only: its objects are marketing words, or the message keeps the
 * care messages ("os lembretes podem continuar", "reminders are fine", "solo avísenme de las citas").
 */
function isMarketingOnly(found: readonly Found[], used: readonly Found[]): boolean {
	const marketing = found.some((hit) => hit.concept === 'marketing' && !hit.negated);
	if (!marketing) return false;
	const generalObject = used.some(
		(hit) => hit.concept === 'object' && !found.some((other) => other.concept === 'marketing' && other.start === hit.start),
	);
	return !generalObject || found.some((hit) => hit.concept === 'care');
}
