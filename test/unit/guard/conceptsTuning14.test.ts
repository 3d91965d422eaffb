import { describeIntents, type IntentCase } from './support';

// The structures added after tuning set 14: a rude dismissal "with" the messages is fed up with them; "enough of that"
// after the promotions declines them; a keyword alone as a clause, then no interest; "plis"/"porfis" as courtesy around
// a keyword; "appt" as a care message. And the look-alikes: a dismissal with a pain, a diet or an exam; "enough of
// that" about a symptom; "baja" as sick leave or low pressure; a keyword clause in a question. The messages of the set,
// then new wordings of ours.
const CASES: IntentCase[] = [
	// the messages of the set
	['vsf com essas mensagens', 'opt_out'],
	['cupom, oferta, black friday... chega disso 🙄 lembrete da vacina do thor tudo bem', 'opt_out'],
	['baaaja. no me interesa nada d esto', 'opt_out'],
	['de baja plisss', 'opt_out'],
	['can u just send appt stuff, not the sales crap', 'opt_out'],
	// a rude dismissal "with" the messages
	['vai à merda com essas promoções', 'opt_out'],
	['vete a la mierda con tus mensajes', 'opt_out'],
	['a la mierda con los recordatorios, todos los días lo mismo', 'opt_out'],
	['to hell with these reminders', 'opt_out'],
	// a dismissal with anything else
	['vsf com essa dor, não passa nunca', 'none'],
	['a la mierda con la dieta, hoy le di pollo', 'none'],
	['to hell with the diet, he gets a treat today', 'none'],
	// "enough of that" after the promotions
	['promoção? chega disso', 'opt_out'],
	['las promos, ya basta de eso', 'opt_out'],
	['the deals? enough of that, reminders are fine', 'opt_out'],
	// "enough of that" about something else
	['essa coceira, chega disso', 'none'],
	['enough of that, my dog is still vomiting', 'none'],
	// a keyword alone as a clause, then no interest
	['bajaaa, no me interesan', 'opt_out'],
	['SAIR. não tenho interesse', 'opt_out'],
	['STOP. not interested', 'opt_out'],
	// "baja" as sick leave or low, a keyword clause in a question
	['estoy de baja, no me interesa el alta todavía', 'none'],
	['la fiebre baja, no me interesa el jarabe', 'none'],
	['¿baja? no me interesa', 'none'],
	['stop. not interested in surgery, what else is there?', 'none'],
	// courtesy as texted around a keyword
	['baja porfis', 'opt_out'],
	['de baja pliis', 'opt_out'],
	['estoy de baja plis', 'none'],
	['tiene la presión baja pls', 'none'],
	['le dieron la baja plis', 'none'],
	// "appt" as a care message
	['just the appt reminders, not the promos', 'opt_out'],
	['the appt stuff is fine, no promo crap', 'opt_out'],
	['can you just send the appt time?', 'none'],
];

describeIntents('concepts: tuning set 14 structures', CASES);
