import { describeIntents, type IntentCase } from './support';

// A stop-sending phrase ("pode parar de mandar", "stop sending", "dejen de mandar") whose send verb takes a thing as its
// object (a medicine, food, an order, a box, a sample, a product, a named brand) asks about that thing, not about
// messages: the catalogue's stop_medication_question and cancel_order look-alikes. Messages, promotions, or anything not
// a thing, after the same verb keep the opt-out. The two messages that raised it, then new wordings of ours.
const CASES: IntentCase[] = [
	// the messages that raised it
	['pode parar de mandar o remédio?', 'none'],
	['can you stop sending the food? I have enough', 'none'],
	// a thing sent: a medicine, food, an order, a box, a sample, a product, a brand
	['vocês podem parar de mandar a ração? ainda tenho dois sacos', 'none'],
	['pode parar de me mandar o petisco novo, ele não gostou', 'none'],
	['para de mandar a caixa todo mês, vou buscar na loja', 'none'],
	['pode parar de mandar areia por enquanto', 'none'],
	['pode parar de mandar a nova ração, ele não comeu', 'none'],
	['podem parar de mandar o pedido da ração até eu voltar de viagem?', 'none'],
	['pode parar de mandar o kit de petiscos', 'none'],
	['dejen de mandar el pienso, todavía me queda un saco', 'none'],
	['pueden dejar de mandarme la caja mensual? me mudo', 'none'],
	['dejen de mandar muestras, gracias', 'none'],
	['pueden dejar de enviar el pedido de arena hasta marzo?', 'none'],
	['pueden dejar de mandar el producto hasta que les avise?', 'none'],
	["please stop sending the treats, he's on a diet", 'none'],
	["stop sending me the monthly box, I'm moving", 'none'],
	['can you stop shipping the litter? we have plenty', 'none'],
	['stop sending the samples please', 'none'],
	["stop sending the royal canin please, he's on hills now", 'none'],
	// messages, promotions or anything not a thing after the same verb
	['stop sending me messages', 'opt_out'],
	['para de mandar essas promoções', 'opt_out'],
	['stop sending the reminders', 'opt_out'],
	['dejen de mandar ofertas', 'opt_out'],
	['stop sending stuff', 'opt_out'],
	['pode parar de mandar essas coisas', 'opt_out'],
	['pode parar de mandar a mesma mensagem todo dia', 'opt_out'],
	['dejen de mandarme el mismo mensaje', 'opt_out'],
	['dejen de mandar la misma promo', 'opt_out'],
	['stop sending me the same messages', 'opt_out'],
	['stop sending me the monthly newsletter', 'opt_out'],
	// a thing named only inside the messages: the messages still stop
	['para de mandar promoção de ração todo dia', 'opt_out'],
	['pode parar de mandar mensagem, já comprei a ração', 'opt_out'],
	['dejen de mandarme ofertas de pienso', 'opt_out'],
	['stop sending me the food promos', 'opt_out'],
	['stop sending me texts about the food', 'opt_out'],
	['pode parar de me mandar tanto lembrete do remédio', 'opt_out'],
];

describeIntents('concepts: a thing sent is no message', CASES);
