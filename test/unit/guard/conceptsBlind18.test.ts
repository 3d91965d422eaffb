import { describeIntents, type IntentCase } from './support';

// The structures added after blind set 18 (and tuning set 12's misses): the STOP keyword pressed by an "enough" or a
// refusal, everything cancelled with the messages named, away and "meanwhile nothing", a block in the doing with "you",
// the button of a refusal, a refusal as a pronoun on the verb, receiving these as pointless, "count me out of" the
// messages, "I get it" and a refusal of anything, "any more of these" refused, changing numbers to make it stop, "take me
// off" beside no interest, fed up with the promotions and only the care kept, a fronted "none" negating a want, "stop"
// with two letters swapped, "nobody deserves" promotions every weekday, and a declined promotions clause that another
// service's order does not veto; and the look-alikes: a quotation meant for another chat, a question about another
// brand's mailings or a gym membership, "dar uma parada", "remove my stitches". The messages of the sets, then new
// wordings of ours.
const CASES: IntentCase[] = [
	// the messages of the sets
	['Sério, não tenho mais interesse. Meu cachorro agora é atendido em outro lugar, podem me desconsiderar', 'opt_out'],
	['Vcs têm meu email, meu telefone e até meu insta né. Em nenhum deles quero receber nada de vcs', 'opt_out'],
	['to bloqueando vcs agora mesmo 🚫', 'opt_out'],
	[
		'Boa noite. Recebi de novo a mensagem sobre o retorno do Bob. Ele não é mais meu, doei pra minha tia em outra cidade. Não tem mais sentido eu receber isso, ok?',
		'opt_out',
	],
	["¿Dónde está el botón de 'no quiero más'? Porque lo aprieto ya mismo 😂", 'opt_out'],
	['quien es Andrea?? yo no soy. este cel es mio desde hace 2 años', 'opt_out'],
	['me voy de viaje 3 meses, escríbanme cuando vuelva en septiembre, mientras tanto nada porfa', 'opt_out'],
	['me suscribieron sin preguntarme, quiero salir de esto ya', 'opt_out'],
	[
		'Hola buenas, ayer fui con la gata y todo bien, gracias. Por cierto, los mensajes diarios me saturan, prefiero no recibirlos más.',
		'opt_out',
	],
	['The jab reminders are useful but the 20% off dog food blasts every Friday I could honestly live without 🙄', 'opt_out'],
	['count me out of the pet club newsletter stuff ta', 'opt_out'],
	["omg PLEASE. I get it. I don't want anything. Bye.", 'opt_out'],
	["Not interested. Don't need any more of these.", 'opt_out'],
	['Do I literally have to change my number to get you people to stop? 🙃', 'opt_out'],
	['lembrete da vacina pode mandar, agora essas ofertas de racao todo dia ninguem merece, corta isso', 'opt_out'],
	['STOP STOP STOP nao quero', 'opt_out'],
	['cancela tudo q é msg de vcs, nao quero mais nada', 'opt_out'],
	['las promos me tienen re podrida, mandenme solo lo del turno de mi perro', 'opt_out'],
	['lo de los descuentos no me interesa jaja, solo avisenme cuando este listo el pedido, lo demas no', 'opt_out'],
	['STOOOOOP ya basta 😡😡', 'opt_out'],
	['stpo sending me ths', 'opt_out'],
	["Perdón, lo de 'ya no me manden nada' era para otro chat 🙈", 'none'],
	['Como me desuscribo de los correos de Royal Canin? ustedes venden esa marca', 'none'],
	["Trying to unsubscribe from my gym membership and it's a nightmare lol. Anyway can I book Coco in for her nails?", 'none'],
	['posso dar uma parada ai rapidinho pra buscar o remedio sem marcar?', 'none'],
	["when will you remove my stitches? it's been 2 weeks", 'none'],

	// the STOP keyword pressed by an "enough" or a refusal
	['STOP no more', 'opt_out'],
	['stoooop, já chega', 'opt_out'],
	['stop stop stop, no quiero nada', 'opt_out'],
	['stop, no more treats for him until the surgery', 'none'],
	// everything cancelled, the messages named
	['cancelen todos los mensajes, gracias', 'opt_out'],
	['cancela todas as mensagens de promoção', 'opt_out'],
	['cancela tudo de amanhã, o Thor melhorou', 'none'],
	// away, and nothing meanwhile
	['vou viajar, me escreve na volta, enquanto isso nada', 'opt_out'],
	["I'm away till June, text me when I get back, in the meantime nothing please", 'opt_out'],
	['vou viajar, enquanto isso nada de banho pra ela, me mandem o horário da volta', 'none'],
	// a block in the doing, "you" closing
	['tô denunciando vcs agora', 'opt_out'],
	['estoy reportando los síntomas que tuvo anoche', 'none'],
	['estou bloqueando vocês na agenda de sábado', 'none'],
	// the button of a refusal
	['queria um botão de não quero mais 😂', 'opt_out'],
	['necesito un botón de ya no quiero más 😂', 'opt_out'],
	['o botão da coleira não quer mais fechar', 'none'],
	// a refusal as a pronoun on the verb, the messages named
	['esos recordatorios ya no quiero recibirlos', 'opt_out'],
	['las promos no deseo recibirlas, gracias', 'opt_out'],
	['los cachorros no quiero recibirlos en casa hasta que estén vacunados', 'none'],
	// receiving these is pointless
	['não faz sentido receber isso', 'opt_out'],
	['there is no point in getting these now', 'opt_out'],
	['não faz sentido receber isso de cobrança, já paguei', 'none'],
	// out of the messages
	['leave me out of the promo emails please', 'opt_out'],
	['déjenme fuera de la lista de difusión', 'opt_out'],
	['count me out of the 9am slot on Friday', 'none'],
	// "I get it", then a refusal of anything
	['ya entendí. no quiero nada.', 'opt_out'],
	['ok I get the point. I do not want anything.', 'opt_out'],
	['I get it, he does not want anything to eat', 'none'],
	// "any more of these" refused
	['stop with the promos. I do not want any more of these', 'opt_out'],
	['he finished the tablets, I do not need any more of these', 'none'],
	// changing numbers to make it stop
	['vou ter que trocar de número pra vcs pararem?', 'opt_out'],
	['tengo que cambiar de número para que paren o qué', 'opt_out'],
	['I need to change my number, can you stop by Friday to update it?', 'none'],
	// "take me off" beside no interest
	['sem interesse, podem me desconsiderar', 'opt_out'],
	['me tira uma dúvida, não tenho interesse em castrar agora, tudo bem?', 'none'],
	// fed up with the promotions, only the care kept
	['tô de saco cheio das promoções, só me mandem o lembrete da vacina', 'opt_out'],
	['fed up with the deals, just send the vaccine reminders', 'opt_out'],
	// a fronted "none" negating a want
	['tenho email e whats, em nenhum quero receber promoção', 'opt_out'],
	['nenhum deles quero dar pra adoção', 'none'],
	// "stop" with two letters swapped
	['sotp texting me', 'opt_out'],
	['stpo the messages pls', 'opt_out'],
	// a symbol for a word makes a short phrase
	['can you remove my stitches on monday', 'none'],
	['remove my # pls', 'opt_out'],
	// promotions every weekday, declined
	['promoção toda sexta, ninguém merece', 'opt_out'],
	['the sales texts every sunday i could live without', 'opt_out'],
	// a declined promotions clause beside another service's order
	['las ofertas no me interesan, solo avísenme cuando llegue el pedido', 'opt_out'],
	['cómo cancelo el pedido de la tienda online?', 'none'],
	// another name's mailings, a gym membership
	['how do I unsubscribe from the emails from Purina?', 'none'],
	['how do I unsubscribe from your emails?', 'opt_out'],
	['cancelling my gym membership is impossible haha, anyway is Luna due for her booster?', 'none'],
	// a quotation meant for another chat
	['sorry, "stop texting me" was meant for another chat', 'none'],
	['desculpa, o "para de me mandar mensagem" era pra outra conversa', 'none'],
	// a stop as a noun is a visit
	['dá pra dar uma parada aí amanhã pra pegar a ração?', 'none'],
	// the number mine for years
	['este número es mío desde 2019, no conozco a ninguna Sofía', 'opt_out'],
	['este perro es mío desde hace 3 años', 'none'],
	// signed up without asking, and out
	['me registraron sin preguntarme, quiero salir', 'opt_out'],
	// politeness is no opt-out: not wanting to bother the clinic (tuning set 12's triage messages)
	['no quiero molestar pero ¿tienen turno para mañana?', 'none'],
	['dice que son gases y no quiere molestar, pero le duele el pecho', 'none'],
	["I don't want to bother you but is the vet in today?", 'none'],
	['não quero incomodar, mas tem horário hoje?', 'none'],
	['no quiero que me molesten más', 'opt_out'],
	['no quiero molestar, pero no me manden más promociones', 'opt_out'],
	// a friend's pet that died
	['una amiga me contó que su gato se murió por unos lirios, la planta la quito igual?', 'none'],
];

describeIntents('concepts: blind set 18 structures', CASES);
