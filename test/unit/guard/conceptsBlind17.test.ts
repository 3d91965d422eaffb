import { describeIntents, type IntentCase } from './support';

// The structures added after blind set 17: "this kind of thing" as the messages, "these" closing a refusal, my number
// named then removed "from there", closing a registration to the notifications, the same nagging every week and
// "enough", nothing more to this number, a bulletin of offers declined, "do you people ever give up", "let that be the
// last (one)", erasure and processing ceased, "undo it" after being put on a list, these put on hold to a date, not
// remembering signing up and out, the sale messages done without; and the look-alikes: a third party who asked to be
// taken off the list, a treatment ended, a pet on a cupboard, a booking undone, a surgery on hold, a last dose.
// New wordings of ours.
const CASES: IntentCase[] = [
	// "this kind of thing", "these" closing a refusal
	['não quero mais receber esse tipo de conteúdo de vocês', 'opt_out'],
	['ya no quiero recibir este tipo de cosas, gracias', 'opt_out'],
	["I'd rather not get this sort of stuff from you", 'opt_out'],
	["honestly I don't need to keep getting these", 'opt_out'],
	['no longer interested in getting these, cheers', 'opt_out'],
	['not interested in getting these vaccines for him, are they required?', 'none'],
	['esse tipo de coisa é normal num filhote de 3 meses?', 'none'],
	// my number, removed "from there"
	['meu número ainda tá no sistema de vcs, podem tirar daí', 'opt_out'],
	['todavía tienen mi número guardado, bórrenlo de ahí', 'opt_out'],
	['a gata subiu no armário e não desce, como tiro ela daí?', 'none'],
	// a registration to the notifications closed
	['quero encerrar minha inscrição nesses avisos', 'opt_out'],
	['podemos encerrar o tratamento da Mel essa semana?', 'none'],
	// the same nagging every week, and enough
	['todo dia a mesma lengalenga, já deu né', 'opt_out'],
	// nothing more to this number
	['por favor que no me lleguen más cosas a mi número', 'opt_out'],
	['no me llegan las cosas a este número, ¿me las reenvían?', 'none'],
	// a bulletin of offers declined, the care kept
	['el boletín no lo quiero, los recordatorios de vacunas sí', 'opt_out'],
	['el collar rojo no lo quiero, ¿tienen otro color?', 'none'],
	// "do you people ever give up"
	['do you guys ever give up lol', 'opt_out'],
	['vcs não desistem nunca né', 'opt_out'],
	['ustedes no se rinden, ¿verdad?', 'opt_out'],
	['does he ever give up on chewing the sofa?', 'none'],
	// "let that be the last (one)"
	['ugh, please make this the last one', 'opt_out'],
	['yet another text from you guys… let this be the last message', 'opt_out'],
	['he threw up again, please let that be the last time', 'none'],
	['should I make this the last one of the antibiotics?', 'none'],
	// erasure, processing ceased
	['I am asking for erasure of all my personal data', 'opt_out'],
	['I want you to cease all processing of my details', 'opt_out'],
	// "undo it" after being put on a list
	['my partner put me on your mailing list, please undo that', 'opt_out'],
	['alguém me colocou nesse grupo de vocês, podem desfazer isso', 'opt_out'],
	['alguien me agregó a su lista de difusión, deshagan eso', 'opt_out'],
	['I booked Milo in for the wrong day, can you undo it?', 'none'],
	// these put on hold to a date
	['could you put all these on hold until after the wedding', 'opt_out'],
	['can we put the dental on hold until after the holidays?', 'none'],
	// not remembering signing up, and out
	["I don't recall signing up for any of this, I'm out", 'opt_out'],
	['nem lembro de ter me cadastrado nisso, tô fora', 'opt_out'],
	['no me acuerdo de haberme apuntado a esto, fuera', 'opt_out'],
	["I don't remember signing up for the 3pm slot, could you check?", 'none'],
	// the sale messages done without, the care kept
	['the flea reminders are great but I can do without the daily sale messages', 'opt_out'],
	['could do without the cone honestly, she hates it', 'none'],
	// someone else asked to be taken off the list
	['mi hermana les pidió que la sacaran de la lista, a mí no, yo sí quiero los avisos', 'none'],
	['my mum told me she asked you to take her off the list, I still want mine', 'none'],
];

describeIntents('concepts: blind set 17 structures', CASES);
