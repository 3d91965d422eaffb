import { describeIntents, type IntentCase } from './support';

// The structures added after blind set 21: "nr"/"nro"/"num" after a possessive read as the number, the messages called
// harassment (with a complaint, a block or the messages named) or spam, an erasure with the data-protection law invoked,
// a refusal to receive closing its clause after the messages it names, "spare me" the promotions or messages, the number "no longer" someone's, the STOP keyword opening a complaint of how often, no pet
// beside a "who is this?", interjections ("chale", "ugh") opening a short request, and "I'm good on / estoy bien sin /
// tô de boa das" the promotions. And the look-alikes: chat's "num" for "não", another's harassment, a photo erased, a
// question about the clinic's number, a visit "every day", a dog asked about, details spared.
// New wordings of ours, none of the sets' messages.
const CASES: IntentCase[] = [
	// the number abbreviated after a possessive
	['apaga meu num pfv', 'opt_out'],
	['borren este nro de su lista', 'opt_out'],
	['delete my nr pls', 'opt_out'],
	['esse num dá', 'none'],
	['mi nro cambió, anoten el nuevo', 'none'],
	// the messages called harassment
	['ya es acoso, 3 mensajes hoy', 'opt_out'],
	['isso é assédio, todo santo dia mensagem, vou no procon', 'opt_out'],
	['mi hija sufre acoso escolar, quiero poner una denuncia', 'none'],
	['mi ex me está acosando, voy a poner una denuncia', 'none'],
	// the messages called spam
	['isso já virou spam', 'opt_out'],
	['honestly this is just spam now', 'opt_out'],
	['this is spam from my bank, ignore', 'none'],
	['recebi um link estranho, acho que isso é spam do banco', 'none'],
	// an erasure with the data-protection law invoked
	['apaguem todos os meus dados, existe lei de proteção de dados', 'opt_out'],
	['borren mis datos personales, la ley de protección de datos lo permite', 'opt_out'],
	['borren todo lo del turno de mañana', 'none'],
	['la ley de protección de datos me preocupa, borren la foto del perro de su instagram', 'none'],
	// a refusal to receive closing its clause, the messages named before it
	['los recordatorios semanales ya son mucho, que no me lleguen más', 'opt_out'],
	['las promos de los viernes, q no me lleguen mas plis', 'opt_out'],
	['el resultado, que no me llegue tarde porfa', 'none'],
	['los recordatorios no me llegan mas', 'none'],
	['as mensagens, não recebi mais', 'none'],
	// the messages or promotions spared
	['ahórrenme las promos porfa', 'opt_out'],
	['spare me the reminder texts pls', 'opt_out'],
	['spare me the details, when is the appointment', 'none'],
	['can you spare me a slot on friday', 'none'],
	// the number no longer someone's
	['esse não é mais o zap da Ana', 'opt_out'],
	['this is no longer Sarahs phone', 'opt_out'],
	['ya no es el teléfono de la clínica?', 'none'],
	['ese no es el cel de mi suegra, es el de mi esposo, anótenlo', 'none'],
	// the STOP keyword, then how often
	['STOP todo santo dia essas mensagens', 'opt_out'],
	['stop. every single day these messages', 'opt_out'],
	['stop by every day with these treats', 'none'],
	['stop, every day my dog vomits after these meals', 'none'],
	// no pet beside a "who is this?"
	['who is this? i dont own a dog named Rex', 'opt_out'],
	['quien es? no tengo gatos que se llamen Luna jaja', 'opt_out'],
	['do you have a dog-friendly waiting room? who is this vet', 'none'],
	// an interjection opening a short request
	['uff, ya bájenle', 'opt_out'],
	['afff ya párenle', 'opt_out'],
	['chale, mi perro no come', 'none'],
	['ugh my dog keeps vomiting', 'none'],
	// good without the promotions
	["i'm good on the promos thx", 'opt_out'],
	['tô de boa das promoções, valeu', 'opt_out'],
	['estoy bien sin las promos', 'opt_out'],
	["i'm good on the promo code you sent, it worked", 'none'],
	['estoy bien sin las pastillas?', 'none'],
	['tô bem sem o remédio agora', 'none'],
];

describeIntents('concept rules after blind set 21', CASES);
