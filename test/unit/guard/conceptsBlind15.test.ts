import { describeIntents, type IntentCase } from './support';

// The structures added after blind set 15 (spent): the STOP keyword opening a clause that a date closes,
// a date as a clause of its own with the pause beside it ("até lá, silêncio"), "send me nothing" with the
// negator dropped, never having had a pet, a closing stop pressed by "just"/"already", moving away or not
// coming back with no need to contact, two doings of reporting and blocking joined; and their look-alikes.
// New wordings of ours.
const CASES: IntentCase[] = [
	// the keyword and a date: a pause
	['STOP até setembro', 'opt_out'],
	['stop por unas semanas, gracias', 'opt_out'],
	['stop, por quanto tempo dou o remédio?', 'none'],
	// a date as a clause, the pause beside it
	['Vou viajar em junho. Até lá, silêncio pfv', 'opt_out'],
	['until then: silence please', 'opt_out'],
	['hasta entonces, que coma solo pienso blando', 'none'],
	// "send me nothing", the negator dropped
	['tô sem tempo, me manda nada essa semana', 'opt_out'],
	['te mando nada, já resolvi com o vizinho', 'none'],
	['vocês me mandam nada sobre a vacina?', 'none'],
	// never had a pet, closing its clause
	['quem é Bolinha? eu nunca tive cachorro', 'opt_out'],
	['nunca tuve mascotas, se equivocaron', 'opt_out'],
	['I never had a cat before, is this sneezing normal?', 'none'],
	// a closing stop, pressed
	['Another reminder, really? just stop already', 'opt_out'],
	['a 4ª mensagem hoje. só parem', 'opt_out'],
	['the kids fight all day and I tell them to just stop', 'none'],
	// moved away, not coming back, no need to contact
	['We moved out of the area and will not be coming back, no need to contact us anymore', 'opt_out'],
	['Mudamos de estado, não precisam mais entrar em contato', 'opt_out'],
	// reporting and blocking, joined and closing
	['blocking n reporting. done', 'opt_out'],
	['bloqueando e denunciando agora', 'opt_out'],
	['the puppy keeps blocking the stairs and reporting to us with a bark', 'none'],
];

describeIntents('detectIntent: structures added after blind set 15', CASES);
