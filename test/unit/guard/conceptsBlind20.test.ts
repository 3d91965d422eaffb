import { describeIntents, type IntentCase } from './support';

// The structures added after blind set 20: dates and periods read by their shape ("até o dia 20", "hasta el 3 de
// febrero", "till the 15th", "for a few weeks") beside a stop, a pause or "only send me … after", "naoo"/"noo" with a
// doubled last letter, a contact verb as chat writes it ("msging"), "less of the … promos", the order's updates kept
// after "only", a short stop after a pictograph, "me deixa" closing a complaint about the messages, "less so" of the
// promotions. And the look-alikes: a reminder moved to a date, another service paused, symptoms that stop for a while.
// New wordings of ours, none of the sets' messages.
const CASES: IntentCase[] = [
	// a pause until a date or for a period, by its shape
	['pausem as mensagens até o dia 20 por favor', 'opt_out'],
	['vou estar fora, só me mandem algo depois do dia 3 de abril', 'opt_out'],
	['no me escriban hasta el 3 de febrero, estoy de viaje', 'opt_out'],
	['dejen de mandarme mensajes hasta el 10 de enero porfa', 'opt_out'],
	['pls stop texting me until the 15th, im away', 'opt_out'],
	['can u stop messaging till march 2nd? thanks', 'opt_out'],
	['dont send anything until the 20th please', 'opt_out'],
	['pause the reminders for a few weeks pls', 'opt_out'],
	['pode mandar o lembrete só depois do dia 15?', 'none'],
	['me manda o resultado depois do dia 15', 'none'],
	['can you pause my subscription box until march', 'none'],
	['my dog stopped eating for a day', 'none'],
	["the diarrhoea won't stop for 3 days now", 'none'],
	['ele parou de comer por uns dias', 'none'],
	['o sangramento não para por 2 dias', 'none'],
	// a refusal with its last letter doubled
	['naoo quero mais essas mensagens', 'opt_out'],
	['noo more texts please', 'opt_out'],
	// the order's updates kept after "only"
	['stop the promos pls, i only want my order updates', 'opt_out'],
	['only my order updates please, I dont want the order delayed', 'none'],
	// fewer of the promotions, whatever names them
	['less of your black friday offers please', 'opt_out'],
	['less of the pain meds would be better', 'none'],
	['less of the discount would be a shame', 'none'],
	// a short stop after a pictograph
	['oh great, another promo 🙄 please stop', 'opt_out'],
	// "leave me" closing a complaint about the messages
	['todo santo dia essas mensagens, me deixem', 'opt_out'],
	['todos los días lo mismo con estos mensajes, déjenme', 'opt_out'],
	['toda hora ele vomita, me deixa', 'none'],
	['ele chora toda hora, me deixa preocupada', 'none'],
	// the promotions weighed and found wanting
	['the reminders are handy. the sale texts, not so much', 'opt_out'],
];

describeIntents('concept rules after blind set 20', CASES);
