import { describeIntents, type IntentCase } from './support';

// The structures added after tuning set 17: owning none of the pet the messages name, a block threat whose "block" triage
// reads as a blocked bladder, promotions named then only one care wanted, "dá pra parar?" after the messages, leaving a list
// one was put on without asking, the number named before "don't write", a consent refused in a seseo spelling, crying at the
// reminders after a death, scornful diminutives of the messages, a privacy law cited, "my no." for my number, "stp". And the
// look-alikes: "I call to book another", another vet's newsletter, a blocked bladder, asking whether an offer applies.
// New wordings of ours, none of the sets' messages.
const CASES: IntentCase[] = [
	// owning none of the pet named
	['quem é luna? não sou dono de nenhuma luna', 'opt_out'],
	['quien es Kira?? no soy dueño de ninguna Kira', 'opt_out'],
	['não sou dono de nenhuma clínica, só queria marcar consulta', 'none'],
	// a block threat: the "block" is the number's, not a bladder's
	['próxima msg é block e reclamação, avisei', 'opt_out'],
	['meu gato tá com block urinário, não faz xixi desde ontem', 'none'],
	// promotions named, then only one care wanted
	['promo disso, desconto daquilo... só quero saber da vacina do Bob', 'opt_out'],
	['tanta oferta, yo solo quiero saber de la vacuna de Toby', 'opt_out'],
	['vi o cupom de black friday, só quero saber se vale pro banho da Mel', 'none'],
	// "can it stop?" after the messages
	['toda semana uma msg de promo... tem como parar?', 'opt_out'],
	['ele toma o remédio todo dia, dá pra parar?', 'none'],
	// leaving a list one was put on without asking
	['como faço pra sair desse grupo que me adicionaram sem perguntar', 'opt_out'],
	['cómo salgo de la lista de espera para el baño', 'none'],
	// the number named, then "don't write"
	['a este móvil no escribáis nada más', 'opt_out'],
	['a este número no le llegó el resultado', 'none'],
	// a consent refused, spelt as said
	['nunca autorize q me escriban', 'opt_out'],
	// crying at the reminders after a death
	['cada vez que me llega el aviso de Pipo me hace llorar, murió en enero', 'opt_out'],
	['toda vez que chega o lembrete da Nina eu choro, ela morreu mês passado', 'opt_out'],
	['mi perro llora cuando le ponen la vacuna', 'none'],
	// scornful diminutives of the messages
	['pará ya con los mensajitos che', 'opt_out'],
	['chega de mensagenzinha de promoção', 'opt_out'],
	// a privacy law cited, consent no longer given
	['per the data protection act, i no longer agree to you keeping my details', 'opt_out'],
	["I no longer agree with the vet's diet plan", 'none'],
	// "my no." is my number; "stp" is stop
	['delete my no. from ur records', 'opt_out'],
	['pls wipe my no. off ur list', 'opt_out'],
	['my no-show fee was charged twice?', 'none'],
	['stp txting me pls', 'opt_out'],
	// look-alikes: calling to book another, another vet's newsletter
	['no puedo ir al turno, despues llamo para sacar uno nuevo', 'none'],
	['hoy no llego, te llamo para sacar otra cita', 'none'],
	['tengo que darme de baja del boletín de la otra clínica, ustedes todo bien', 'none'],
	['quero me descadastrar da newsletter da outra clínica, a de vocês é ótima', 'none'],
];

describeIntents('concepts: tuning set 17 structures', CASES);
