import { describeIntents, type IntentCase } from './support';

// False opt-outs from triage messages (round 17): asking whether there is a promotion, "de baja" as sick leave,
// "não precisa fazer nada" after a pet's scare, "should I stop it?" after a medicine; with real opt-outs beside them.
// The five messages as seen, then new wordings of ours on both sides.
const CASES: IntentCase[] = [
	// the messages as seen
	['quase desmaiei com o preço da ração 😂 tem alguma promoção essa semana?', 'none'],
	['o preço da ração tá de matar, tem promoção essa semana?', 'none'],
	['me dan de baja mañana en el trabajo', 'none'],
	['meu cachorro chegou perto de um sapo mas puxei antes dele encostar ... so pra confirmar q nao precisa fazer nada', 'none'],
	['took amoxicillin for 3 days and got a little rash on my tummy ... should i stop it?', 'none'],
	// asking whether there is an offer wants it; declining promotions stays an opt-out
	['vocês têm algum desconto na vacina esse mês?', 'none'],
	['hay alguna oferta de arena esta semana?', 'none'],
	['any deals on flea treatment this week?', 'none'],
	['chega de promoção essa semana', 'opt_out'],
	['parem de mandar promoção essa semana', 'opt_out'],
	['basta de promociones esta semana', 'opt_out'],
	['stop the promos this week please', 'opt_out'],
	// "de baja" at work or from a doctor is sick leave; asking to be unsubscribed stays an opt-out
	['el médico me da de baja hasta el lunes, ¿puedo cambiar la cita?', 'none'],
	['me dieron de baja por enfermedad y no puedo ir el jueves', 'none'],
	['denme de baja', 'opt_out'],
	['me dan de baja de la lista?', 'opt_out'],
	['me dan de baja porfa, el jefe me dio otro celular', 'opt_out'],
	// nothing to be done is reassurance sought; nothing to be sent is an opt-out
	['a gata lambeu a planta mas tirei na hora, não precisa fazer nada né?', 'none'],
	['se comió un poco de pan, no hace falta hacer nada verdad?', 'none'],
	['he only sniffed the toad, no need to do anything right?', 'none'],
	['não precisa mandar mais nada', 'opt_out'],
	['no hace falta mandarme nada más', 'opt_out'],
	['no need to send me anything else', 'opt_out'],
	// "should I stop it?" about a medicine; a stop told to the sender stays an opt-out
	['ela tá tomando o antibiótico faz 2 dias e vomitou, devo parar?', 'none'],
	['le doy la pastilla hace 3 días y tiene diarrea, ¿debo dejarla?', 'none'],
	['i give him the drops twice a day, should i stop now?', 'none'],
	['stop it already with the texts', 'opt_out'],
	['more promo texts today?? stop it', 'opt_out'],
];

describeIntents('false opt-outs: offers asked for, sick leave, nothing to do, a medicine to stop', CASES);
