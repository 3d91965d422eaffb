import { describeIntents, type IntentCase } from './support';

// The structures added after tuning set 13: an order named after "only" and a contact verb is the one message kept, the
// sender's own, not another service that vetoes the request; a "não né" tag closes the refusal before it, which negates
// nothing after; spoken Portuguese's "tira eu" for "me tira"; and the look-alikes: the order kept alone, a mutual
// insurance left for another. The messages of the set, then new wordings of ours.
const CASES: IntentCase[] = [
	// the messages of the set
	['so me manda msg qdo for sobre o pedido, essas promo ai pode parar', 'opt_out'],
	['promoçao de racao todo dia nao neh 😒 tira eu dessas ofertas, o resto pode mandar', 'opt_out'],
	['no quiero publicidad 🙅‍♀️ solo avisenme cuando este listo el pedido', 'opt_out'],
	["love ur shop but the daily deals r doing my head in 😂 only msg me when my order's ready", 'opt_out'],
	['me podeis ayudar a darme de baja de la mutua? es que me cambio a Sanitas y quiero seguir yendo con vosotros', 'none'],
	// the order kept, the promotions refused
	['essas ofertas podem parar, só me avisa quando o pedido chegar', 'opt_out'],
	['basta de promociones, solo avísenme cuando salga el pedido', 'opt_out'],
	['the daily deals are a bit much, only text me when my order ships', 'opt_out'],
	['no quiero descuentos 🙄 solo escríbanme cuando este listo el pedido', 'opt_out'],
	// the order kept alone, or another order
	['só me avisa quando o pedido chegar', 'none'],
	['solo avísenme cuando esté listo el pedido, gracias', 'none'],
	['only text me when my order is ready, the last one got lost', 'none'],
	['cancela o pedido da ração, só me avisa quando chegar o outro', 'none'],
	// a "não né" tag closes its refusal; "tira eu" is "me tira"
	['propaganda toda hora nao neh 😒 tira eu desses avisos', 'opt_out'],
	['tira eu dessas mensagens de promoção', 'opt_out'],
	['remove eu desses avisos de oferta pfv', 'opt_out'],
	['o remédio todo dia não né 🙄 pode parar de dar?', 'none'],
	['tira eu da consulta de sexta, vou remarcar', 'none'],
	['pode tirar eu do horário das 10 amanhã?', 'none'],
	// a mutual insurance left for another
	['quiero darme de baja de mi mutua, ¿me dan un justificante?', 'none'],
	['me doy de baja de la mutual y me paso a otra, pero sigo viniendo con ustedes', 'none'],
	['denme de baja de sus mensajes, ya tengo mutua nueva', 'opt_out'],
];

describeIntents('concepts: tuning set 13 structures', CASES);
