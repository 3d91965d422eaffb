import { describeIntents, type IntentCase } from './support';

// The structures added after tuning set 10: an "enough" closing a message that counts the messages, "enough" with "this,
// every day", "não quero saber de oferta", "que no me lleguen más", insults and "not a day of peace" with the messages,
// "qué parte de que no me interesa", "a la próxima va a bloqueados", promotions "ahórrenselas", a number noted wrong
// beside "I don't know", away for a while with no need to send anything, signed up without asking and out, moved away
// with no point keeping the number, a goodbye to a pet with reminders that hurt, "rather not hear from you", "vuestros
// registros", contact verbs with "nos", "make it stop"; and the look-alikes: a delivery or a product subscription
// stopped, a subscription to a named business, "le busco … para el mes que viene". New wordings of ours.
const CASES: IntentCase[] = [
	// an "enough" closing a message that counts the messages
	['mais uma promoção hoje?? é a terceira, já deu', 'opt_out'],
	['cuántos mensajes más me van a llegar?? es el cuarto hoy, ya es suficiente', 'opt_out'],
	['é a terceira mensagem hoje? já deu?', 'none'],
	['é a terceira vez que o gato vomita hoje, já deu', 'none'],
	// "enough" with "this, every day"
	['Chega, todo dia isso', 'opt_out'],
	['ya basta, todos los días esto', 'opt_out'],
	// "that's enough" with the messages
	["that's enough texts for this week thanks", 'opt_out'],
	['is that enough food for the puppy?', 'none'],
	// "não quero saber de" the offers
	['não quero saber de promoção nenhuma agora', 'opt_out'],
	['não quero saber de remédio nenhum por enquanto', 'none'],
	// "que no me lleguen más"
	['para que no me lleguen más sus mensajes qué hago', 'opt_out'],
	['espero que no me lleguen tarde los resultados', 'none'],
	// insults, "not a day of peace" with the messages
	['nossa que chatos, nem um dia de paz com essas mensagens', 'opt_out'],
	['no tengo ni un día de paz con este dolor de espalda', 'none'],
	// "qué parte de que no me interesa"
	['qué parte de que no me interesa no entendéis', 'opt_out'],
	['qué parte de no darle chocolate al perro no entiende mi hijo?', 'none'],
	// the next one goes to the blocked
	['la próxima va directo a bloqueados', 'opt_out'],
	['la próxima cita la pido por teléfono', 'none'],
	// promotions "ahórrenselas"
	['los anuncios de la tienda ahórrenselos, los recordatorios sí', 'opt_out'],
	// a number noted wrong
	['tienen mal el número de la clínica en google', 'none'],
	// signed up without asking, and out
	['me apuntaron sin preguntarme, no me interesa', 'opt_out'],
	['não assinei nada disso, tô fora', 'opt_out'],
	['tô fora de casa, não assinei o termo ainda', 'none'],
	// moved away, no point keeping the number
	['ya no vivo en Valencia, así que no tiene sentido que tengan mi número en la lista', 'opt_out'],
	['ya no vivo en Valencia, ¿me cambian la dirección en el sistema?', 'none'],
	['we moved to a vet closer to home, so no need to contact us anymore', 'opt_out'],
	['we moved to a vet closer to home, can you send his records there?', 'none'],
	// a goodbye to a pet, the reminders hurt
	["we said goodbye to Max last week, it's so hard seeing his reminders", 'opt_out'],
	['we said goodbye to the foster kitten today, she went to her new family', 'none'],
	// "rather not hear from you"
	["I'd rather not hear from you again", 'opt_out'],
	// "vuestros registros", contact verbs with "nos"
	['según la ley de protección de datos tenéis que borrarme de vuestros registros', 'opt_out'],
	['no hace falta contactarnos nunca más', 'opt_out'],
	// "make it stop", "no se acaba nunca" beside the messages
	['third reminder today. make it stop', 'opt_out'],
	['otro recordatorio hoy, esto no se acaba nunca', 'opt_out'],
	['a tosse não acaba nunca, o que faço?', 'none'],
	// a delivery or a product subscription stopped, a subscription to a named business
	['pausen el envío del pienso hasta marzo', 'none'],
	['stop the litter subscription for now please', 'none'],
	['how do I cancel my subscription to Chewy?', 'none'],
	['cancelen mi suscripción a los mensajes por favor', 'opt_out'],
	// "le busco" (I look for) is no contact verb
	['le busco veterinario para el mes que viene', 'none'],
];

describeIntents('detectIntent: structures added after tuning set 10', CASES);
