import { describeIntents, type IntentCase } from './support';

// The structures added after tuning set 15: the order's care messages kept after "only", the contact verb either side of
// "only"; promotions "per week" as too often; "me dais de baja" and an unsubscribe phrase with vowels dropped ("dnme");
// the messages as the subject of an idiom of being fed up; "the last message before I block"; a waiting list left while
// the reminders are kept. And the look-alikes. The messages of the set, then new wordings of ours.
const CASES: IntentCase[] = [
	// the messages of the set
	['oi! nao quero mais receber ofertas e promoções, só os avisos do pedido msm', 'opt_out'],
	['amo vcs mas 5 promo por semana nao da né 😅 manda só quando for sobre o pedido', 'opt_out'],
	['dnme d baja xfa', 'opt_out'],
	[
		'hola buenas, el otro dia fui con mi gato y todo genial, muy majos todos, pero lo de los whatsapps a diario es demasiado. me dais de baja de los mensajes? gracias',
		'opt_out',
	],
	['ur 20% off deals r doing my head in, just send the reminders ok', 'opt_out'],
	['this is the last msg u send before i hit block and report 🚫', 'opt_out'],
	['can u take me off the waitlist for the dentist, got in somewhere else. still want my normal reminders', 'none'],
	// the order kept after "only", promotions too often
	['não quero promoção, só os avisos do pedido', 'opt_out'],
	['propaganda todo dia não dá, manda só o lembrete da vacina', 'opt_out'],
	['ofertas por semana no, mandad solo lo del pedido', 'opt_out'],
	['deals every week? nah, just send the order stuff', 'opt_out'],
	['only the order updates please', 'none'],
	// "me dais de baja", vowels dropped
	['nos dais de baja de la lista porfa', 'opt_out'],
	['dme de baja porfa', 'opt_out'],
	['pls unsbscrb me', 'opt_out'],
	['dime de baja la presion', 'none'],
	// the messages drive me mad
	['essas promoções tão me deixando louca', 'opt_out'],
	['los whatsapps me tienen frita', 'opt_out'],
	['the reminders are driving me nuts', 'opt_out'],
	['my dog is driving me nuts, send a reminder', 'none'],
	['the reminders are driving me crazy with worry', 'none'],
	// the last message before a block
	['a ultima mensagem que vcs mandam antes de eu bloquear', 'opt_out'],
	['este es el último mensaje antes de que os bloquee', 'opt_out'],
	["that's the last text before i block you", 'opt_out'],
	['the last message before surgery said fasting from 10pm', 'none'],
	// a waiting list left, the reminders kept
	['tira ele da lista de espera, mas ainda quero os lembretes', 'none'],
	['take me off the waiting list, still want the reminders', 'none'],
	['take me off the waitlist and stop the reminders', 'opt_out'],
];

describeIntents('concepts: tuning set 15 structures', CASES);
