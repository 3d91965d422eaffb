import { describeIntents, type IntentCase } from './support';

// The structures added after tuning set 16 and blind set 19: typos of a hurried thumb (two letters swapped in "lista",
// vowels dropped from a contact verb, "mensagi"), "kkk" as laughter, my number to be forgotten, "sem contato mais", a
// block then a complaint, the sender got the wrong person, "not now" with a date after an event, being on a list refused,
// rude dismissals "with" the messages, "don't call, don't text", an authority set onto the sender, a former owner named
// before "this number was theirs". And the look-alikes: a stop answered by a wish to keep the messages, a negated stop,
// "not asking you to stop", a neighbour's words quoted. New wordings of ours, none of the sets' messages.
const CASES: IntentCase[] = [
	// typos: swapped letters, dropped vowels, chat spellings; laughter
	['me tira da lsita pfv', 'opt_out'],
	['sacame de la lsita', 'opt_out'],
	['dejen d envr mensajes', 'opt_out'],
	['parem de mandr mensagem', 'opt_out'],
	['chega dessas mensagi toda semana', 'opt_out'],
	['promoção toda semana não precisa kkk', 'opt_out'],
	['kkkk para de mandar promoção', 'opt_out'],
	// my number or data forgotten
	['esqueçam meu número, obrigada', 'opt_out'],
	['olvídense de mi número porfa', 'opt_out'],
	['esqueci o número do pedido, podem me mandar?', 'none'],
	// no channel any more
	['sem mensagem mais, valeu', 'opt_out'],
	['sin mensajes más por favor', 'opt_out'],
	['fiquei sem contato mais de uma semana com o veterinário', 'none'],
	// a block, then a complaint
	['vou dar block e reclamar no procon', 'opt_out'],
	['vou bloquear o cartão e reclamar no banco', 'none'],
	// the wrong person
	['vcs erraram a pessoa, não tenho gato', 'opt_out'],
	['se equivocaron de persona, no tengo perro', 'opt_out'],
	// "not now", a date after an event
	['ahora no, escríbanme en unos meses', 'opt_out'],
	// "última vez que lo digo" is a threat, not "I mean"
	['última vez que lo digo: o paran o los bloqueo', 'opt_out'],
	// being on a list refused, the list named before
	["not sure how i got on this list but i'd prefer not to be on it", 'opt_out'],
	["i'd rather not be on the waiting list anymore", 'none'],
	// rude dismissals, with the messages
	['naff off with the texts', 'opt_out'],
	['shove off with ur promos', 'opt_out'],
	// more of these, enough
	['how many more of these do i get?? enough', 'opt_out'],
	// "don't call, don't text"
	['dnt text dnt email', 'opt_out'],
	["dnt worry, he's fine now", 'none'],
	// an authority set onto the sender
	["I'll get the ombudsman onto you", 'opt_out'],
	// a former owner named before the number was theirs
	['you want my ex, this number used to be hers', 'opt_out'],
	['wrong person, my sister had this number before me', 'opt_out'],
	// look-alikes: a stop answered by a wish to keep the messages, a negated stop, a quoted neighbour
	['quero continuar recebendo, não quero cancelar o recebimento', 'none'],
	['Sobre cancelar o recebimento: não, podem continuar mandando', 'none'],
	['adoro vcs mas parem de mandar mensagem todo dia', 'opt_out'],
	['no dejen de mandarme promos, me encantan', 'none'],
	['im not asking you to stop the reminders, they help', 'none'],
	['not asking u to cancel the texts, just wondering', 'none'],
	["mi vecino me contó que les puso 'baja' y funcionó", 'none'],
];

describeIntents('concepts: tuning set 16 structures', CASES);
