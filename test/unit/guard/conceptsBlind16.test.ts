import { describeIntents, type IntentCase } from './support';

// The structures added after blind set 16 (spent): a block word with a contemptuous object, "bájenle"/"párenle" as a
// clause of their own, the messages going on and then a complaint, "can it end now?" beside the messages, no need to
// contact ever again, "not now" with a date as a short reply, "mute me", the promotions declined and only the care
// kept; and the look-alikes: a delivery stopped, another organisation's newsletter. New wordings of ours.
const CASES: IntentCase[] = [
	// a block word with a contemptuous object, closing its clause
	['aff, já vou bloquear essa merda', 'opt_out'],
	['mañana mismo bloqueo esta porquería', 'opt_out'],
	['gonna block this garbage', 'opt_out'],
	['como faço pra bloquear essa porcaria do cartão?', 'none'],
	// "bájenle", "párenle" as a clause of their own
	['tres mensajes el mismo día… párenle, por favor', 'opt_out'],
	['ya bájenle, en serio', 'opt_out'],
	['bájenle a la dosis del jarabe?', 'none'],
	// the messages going on, then a complaint
	['como me sigan mandando ofertas pongo una queja en consumo', 'opt_out'],
	['se continuarem me mandando promoção vou abrir reclamação', 'opt_out'],
	['si siguen cobrando la consulta así pongo una queja', 'none'],
	// "can it end now?" beside the messages
	['Fifth promo email this month. Great. Can this end now?', 'opt_out'],
	['got the promo text again lol. can this end now', 'opt_out'],
	// no need to contact, ever again
	["We gave Luna to my sister, so there's no need to contact us again in any shape or form", 'opt_out'],
	['no need to send the vaccine card again, I found it', 'none'],
	// "not now" with a date, a short reply
	['not now, maybe after the festive season', 'opt_out'],
	['ahorita no, quizás pasadas las fiestas', 'opt_out'],
	['not now, after new year is the booster due?', 'none'],
	// "mute me" with a while
	['could you mute me for a couple of weeks? exams', 'opt_out'],
	['silénciame por unas semanas porfa, estoy de mudanza', 'opt_out'],
	// the promotions declined, then only the care messages kept
	["honestly don't need 30% off grooming every month, just the vaccine reminders", 'opt_out'],
	// a delivery stopped, not the messages
	['Parem o envio, não tem ninguém em casa hoje. Pode mandar na quarta?', 'none'],
	['stop sending the parcel today, nobody home', 'none'],
	['paren el envío, no hay nadie en casa hasta el jueves', 'none'],
	// another organisation's newsletter
	['¿cómo me desuscribo de los correos del refugio? ustedes trabajan con ellos', 'none'],
	['how do I unsubscribe from the shelter newsletter? you work with them right', 'none'],
];

describeIntents('detectIntent: structures added after blind set 16', CASES);
