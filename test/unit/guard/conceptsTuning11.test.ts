import { describeIntents, type IntentCase } from './support';

// The structures added after tuning set 11: not wanting contact ever again or by any means ("hear from you", "ter
// notícias de vocês"), a stop made final ("de vez", "for good"), a dead person's phone that stayed with me, refusals of
// the promotions that close their clause before the care messages kept ("tô bem", "no los quiero", "não precisa não",
// "me sobran, la verdad", "the promo stuff", "é demais"), "ya no más" closing a message about one more message, getting
// off a list ("bájenme", "I want off"), "déjenme ya", fed up ("hasta la coronilla", "driving me mad with"), never
// agreed, what data you hold wiped, the reminders still coming after a death and "couldn't face", "another one of these
// and blocked", "keep texting and…", "don't want anything else from you", "mute me"; and the look-alikes: a treatment
// stopped for good, "de vez em quando", medicine that stayed with me, "I'm good" not about promotions, another vaccine,
// lowering a fever, a prescription left, a bill, a puppy still coming, pills, and a question about unsubscribing from
// another business's newsletter. New wordings of ours.
const CASES: IntentCase[] = [
	// no contact, ever again or by any means
	['não quero ter notícias de vocês nunca mais', 'opt_out'],
	['no quiero saber de ustedes nunca más', 'opt_out'],
	["I didn't hear from you again after the surgery, is Max ok?", 'none'],
	['não quero ter notícias ruins de novo, ele vai ficar bem?', 'none'],
	// a stop made final
	['too many texts from you guys, can you stop for good', 'opt_out'],
	['todo dia mensagem, parem de vez por favor', 'opt_out'],
	['demasiados mensajes, paren de una vez por todas', 'opt_out'],
	['can I stop the antibiotics for good now?', 'none'],
	['de vez em quando paro de receber as mensagens, é normal?', 'none'],
	['quiero parar de una vez con el collar isabelino', 'none'],
	// the phone stayed with me after a death
	['my gran passed away and her phone ended up with me', 'opt_out'],
	['o remédio que sobrou ficou comigo, posso dar pro outro cachorro?', 'none'],
	// refusals of the promotions closing their clause, the care messages kept after
	['de oferta tô bem, obrigado, os lembretes da vacina podem mandar', 'opt_out'],
	['de descuentos estoy bien gracias, los avisos de las citas sí', 'opt_out'],
	['los cupones de la tienda no los quiero, las citas sí', 'opt_out'],
	['promoção de ração não precisa não, só os lembretes', 'opt_out'],
	['I could do without the promo stuff honestly', 'opt_out'],
	['estoy bien gracias, ¿a qué hora es la cita de Toby?', 'none'],
	["I'm good, thanks! see you at the appointment", 'none'],
	// "ya no más" closing a message about one more message
	['otro correo más de ofertas?? ya no más', 'opt_out'],
	['¿otra promo? en serio, ya no más', 'opt_out'],
	['¿otra vacuna? ya no más por este año, ¿verdad?', 'none'],
	// getting off a list
	['quiero bajarme de esa lista de difusión', 'opt_out'],
	['bájenme de la lista por favor', 'opt_out'],
	['I want off this mailing list', 'opt_out'],
	['le quiero bajar la fiebre a mi perro, ¿qué le doy?', 'none'],
	// leave me be, fed up with the messages
	['me tienen hasta la coronilla con tanto mensaje', 'opt_out'],
	["you're driving me mad with these texts", 'opt_out'],
	['déjenme ya la receta en recepción y paso a buscarla', 'none'],
	['me tienen frita con tanto papeleo del seguro', 'none'],
	// never agreed, the data held wiped
	['nunca concordei em receber mensagem de vocês', 'opt_out'],
	['nunca acepté recibir sus mensajes', 'opt_out'],
	['please tell me what data you hold on me and get it wiped', 'opt_out'],
	['I never agreed to the dental cleaning, why is it on the bill?', 'none'],
	// a death, the reminders still coming, it hurts
	['our cat died last month and the reminders are still arriving', 'opt_out'],
	["my dad passed in June, I couldn't face another letter for him", 'opt_out'],
	['my dog died of old age last year, the new puppy is still coming to the vet on friday?', 'none'],
	// one more of these and blocked
	["another one of these and you're getting blocked", 'opt_out'],
	["any more of these and I'm blocking the number", 'opt_out'],
	['keep texting and ur blocked lol', 'opt_out'],
	['another one of these pills tomorrow or is one enough?', 'none'],
	// nothing from you; mute me
	['i dont want anything else from you, thanks', 'opt_out'],
	["I don't want anything for the pain yet, let's wait and see", 'none'],
	['mute me please', 'opt_out'],
	['me silencien por favor', 'opt_out'],
	// a question about another business's newsletter; the sender's, said, stays
	['how do I unsubscribe from the Petz newsletter?', 'none'],
	['cómo me doy de baja del boletín de Tiendanimal?', 'none'],
	['unsubscribe me from the Happy Paws newsletter', 'opt_out'],
];

describeIntents('detectIntent: structures added after tuning set 11', CASES);
