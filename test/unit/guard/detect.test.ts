import { detectIntent, guessLanguage } from '../../../nodes/OptOutGuard/detect';
import type { Intent } from '../../../nodes/OptOutGuard/types';

// Layer 1 against what people actually type: pt-BR, es and en, shouting, typos, missing accents,
// chat spellings, and the ordinary requests that merely look like an opt-out.
const PHRASES: Array<[text: string, intent: Intent]> = [
	// opt-out, pt-BR
	['PARAR', 'opt_out'],
	['Parar, por favor', 'opt_out'],
	['pare', 'opt_out'],
	['Bom dia, parar', 'opt_out'],
	['SAIR', 'opt_out'],
	['sim, quero sair', 'opt_out'],
	['Chega!', 'opt_out'],
	['DESCADASTRAR', 'opt_out'],
	// Concept vocabulary from tuning set 6: forgetting the contact, no need any more, a review threatened.
	['esqueçam que eu existo', 'opt_out'],
	['percam meu número por favor', 'opt_out'],
	['não há mais necessidade de mandar lembretes', 'opt_out'],
	['me deixa um tempo sem mensagem', 'opt_out'],
	['olvídense de mí, no escriban más', 'opt_out'],
	['forget my number please', 'opt_out'],
	['I never want to hear from your clinic again', 'opt_out'],
	['one more promo and you get a 1 star review', 'opt_out'],
	// Concept vocabulary from blind set 7 (spent), in new words.
	['could you stop for a little while', 'opt_out'],
	['give it a rest, seriously', 'opt_out'],
	['how do I get off your list?', 'opt_out'],
	["I'll complain to the ICO about these texts", 'opt_out'],
	['promoção de ração não me interessa', 'opt_out'],
	['no hace falta que me sigan mandando recordatorios', 'opt_out'],
	['parad los mensajes ya', 'opt_out'],
	["I've never had a pet, who is this?", 'opt_out'],
	['pausem as mensagens até março', 'opt_out'],
	// A bare death notice stops the reminders; a death told with symptoms goes on to triage.
	['nuestro gato murió anoche', 'opt_out'],
	['Rex is no longer with us, you can take him off', 'opt_out'],
	['meu outro cachorro morreu de parvo ano passado, esse filhote tá vomitando sangue', 'none'],
	// A red flag told in opt-out words reaches triage; an escalation on the opt-out's own words does not stop an opt-out.
	['my 18 month old is floppy and doesnt react when i call him', 'none'],
	['mi bebé no reacciona cuando la llamo y está morada', 'none'],
	['apaga meu contato da lista de vcs', 'opt_out'],
	['blocking you.', 'opt_out'],
	// A correction of a mistaken opt-out, another service's newsletter.
	['não me descadastra, foi engano', 'none'],
	['no me den de baja porfa, fue sin querer', 'none'],
	['how do I unsubscribe from the pharmacy newsletter?', 'none'],
	['descadastra', 'opt_out'],
	['descadastar', 'opt_out'],
	['quero me descadastrar', 'opt_out'],
	['como faço pra me descadastrar?', 'opt_out'],
	['cancelar inscrição', 'opt_out'],
	['não quero mais receber', 'opt_out'],
	['nao quero mais recever', 'opt_out'],
	['naum quero mais receber msg', 'opt_out'],
	['n quero mais receber mensagens', 'opt_out'],
	['Não quero mais receber essas mensagens', 'opt_out'],
	['pare de me mandar mensagem', 'opt_out'],
	['PARA DE ME MANDAR MENSAGEM', 'opt_out'],
	['Parem de me mandar mensagens!!', 'opt_out'],
	['Não. Pare de mandar mensagem', 'opt_out'],
	['não mande mais mensagens', 'opt_out'],
	['você pode parar de mandar mensagem pro meu celular?', 'opt_out'],
	['parar de receber mensagens', 'opt_out'],
	['me tira da lista', 'opt_out'],
	['me tira dessa lista por favor', 'opt_out'],
	['tira meu número dessa lista', 'opt_out'],
	['quero sair da lista', 'opt_out'],
	['chega de mensagens', 'opt_out'],
	['parar as notificações', 'opt_out'],
	['cancelar as notificacoes', 'opt_out'],
	['desativar notificações', 'opt_out'],
	['parar os lembretes', 'opt_out'],
	['PARAR PROMOÇÕES', 'opt_out'],
	['não quero receber promoções', 'opt_out'],
	['stoooop', 'opt_out'],
	// opt-out, es
	['BAJA', 'opt_out'],
	['basta ya', 'opt_out'],
	['no quiero recibir más', 'opt_out'],
	['ya no quiero recibir mensajes', 'opt_out'],
	['no me manden más mensajes', 'opt_out'],
	['dejen de enviarme mensajes', 'opt_out'],
	['sácame de la lista', 'opt_out'],
	['quítenme de su lista', 'opt_out'],
	['borrame de la lista de difusion', 'opt_out'],
	['quiero darme de baja', 'opt_out'],
	['Detener promociones', 'opt_out'],
	// opt-out, en
	['STOP', 'opt_out'],
	['please stop', 'opt_out'],
	['STOP ALL', 'opt_out'],
	['UNSUBSCRIBE', 'opt_out'],
	['unsuscribe', 'opt_out'],
	['unsubscibe', 'opt_out'],
	['I want to unsubscribe', 'opt_out'],
	['remove me from this list', 'opt_out'],
	['please remove me from your list', 'opt_out'],
	['remove my number from your list', 'opt_out'],
	['take me off your list', 'opt_out'],
	["I don't want to receive these messages anymore", 'opt_out'],
	['stop sending me messages', 'opt_out'],
	['Stop texting me', 'opt_out'],
	['can you stop the reminders', 'opt_out'],
	['stop promotions', 'opt_out'],
	['opt out', 'opt_out'],
	['no more messages please', 'opt_out'],
	// opt-out: new wordings of the catalogue's intents (concept combinations, not listed phrases)
	['pareeeem de me mandar essas coisas 😤😤', 'opt_out'],
	['🛑', 'opt_out'],
	['pausen los mensajes hasta marzo', 'opt_out'],
	['hold all texts until after the holidays', 'opt_out'],
	['no me vuelvan a contactar', 'opt_out'],
	['nunca mais me procurem', 'opt_out'],
	["don't call or text me ever again", 'opt_out'],
	['tirem meu numero do cadastro de vcs por favor', 'opt_out'],
	['erase my personal data from your records pls', 'opt_out'],
	['quiero que eliminen toda mi información personal de su sistema', 'opt_out'],
	['nao autorizo mais vcs usarem meu telefone', 'opt_out'],
	['vc mandou pra pessoa errada, eu nem tenho cachorro', 'opt_out'],
	['mi gata murió, no me manden más recordatorios de ella', 'opt_out'],
	['MAIS UMA MENSAGEM E EU BLOQUEIO', 'opt_out'],
	['otro mensaje más y los denuncio en profeco', 'opt_out'],
	['ya no molesten, carajo', 'opt_out'],
	['me doy de baja, no quiero recibir nada más', 'opt_out'],
	// opt-in
	['VOLTAR', 'opt_in'],
	['Quero voltar', 'opt_in'],
	['quero voltar a receber', 'opt_in'],
	['Quero voltar a receber as mensagens', 'opt_in'],
	['podem voltar a me mandar mensagens', 'opt_in'],
	['quero receber mensagens de novo', 'opt_in'],
	['volver', 'opt_in'],
	['quiero volver a recibir', 'opt_in'],
	['quiero volver a recibir los mensajes', 'opt_in'],
	['start', 'opt_in'],
	['START please', 'opt_in'],
	['opt in', 'opt_in'],
	['resubscribe', 'opt_in'],
	// look-alikes that must pass
	['quero cancelar minha consulta', 'none'],
	['preciso parar de tomar o remédio?', 'none'],
	['cancelar o pedido', 'none'],
	['cancelar consulta', 'none'],
	['a consulta foi cancelada?', 'none'],
	['como faço para cancelar o agendamento', 'none'],
	['quero cancelar minha inscrição no curso', 'none'],
	['me tira da lista de espera', 'none'],
	['quero sair mais cedo hoje', 'none'],
	['posso sair?', 'none'],
	['vou sair de casa agora', 'none'],
	['quero parar de fumar', 'none'],
	['não quero mais nada, obrigado', 'none'],
	['não recebi a mensagem', 'none'],
	['parei de receber os lembretes, podem reenviar?', 'none'],
	['mandei para a lista', 'none'],
	['para amanhã às 10h', 'none'],
	['pagar', 'none'],
	['Posso pagar amanhã?', 'none'],
	['voltar ao menu', 'none'],
	['quero voltar na clínica', 'none'],
	['quando vou voltar a receber o resultado?', 'none'],
	['não quero me descadastrar', 'none'],
	['não quero sair da lista', 'none'],
	['não quero voltar a receber', 'none'],
	['no me interesa', 'none'],
	['quiero cancelar mi cita', 'none'],
	['no quiero recibir la factura por correo', 'none'],
	['cancelar o lembrete de amanhã', 'none'],
	['Pode parar o carro no estacionamento?', 'none'],
	['Stop by the clinic tomorrow?', 'none'],
	["I'll stop by tomorrow", 'none'],
	['Can I cancel my order?', 'none'],
	['yes', 'none'],
	['', 'none'],
	['👍', 'none'],
	// look-alikes from the opt-out catalogue
	['essa dor nas costas não me deixa em paz', 'none'],
	['the itch wont leave me alone, need something stronger', 'none'],
	['meu cartao foi bloqueado, posso pagar no pix?', 'none'],
	['blocked ear since swimming, can i get it checked?', 'none'],
	['how do i unsubscribe from the pet insurance newsletter? not yours lol', 'none'],
	['nao me tirem da lista de transmissão, adoro as dicas', 'none'],
	['please dont unsubscribe me, i need the reminders', 'none'],
	['can i stop by this afternoon to grab the meds?', 'none'],
	['stop, wait, i meant tuesday not thursday', 'none'],
	['no, no quiero cancelar las notificaciones', 'none'],
	['pode me tirar da lista de espera? consegui horário em outro lugar', 'none'],
	['el peso de mi perro está equivocado en la ficha, son 12 kilos', 'none'],
	['my baby wont stop crying and shes burning up', 'none'],
	['a mi perro le dieron el alta ayer, ¿cuándo es el control?', 'none'],
];

// New wordings of the catalogue's intents, and look-alikes that used to be taken for opt-outs
// (complaints in the past tense, questions, a medicine, a new number, a channel preference…).
const CONCEPT_CASES: Array<[text: string, intent: Intent]> = [
	['no me vuelvan a llamar', 'opt_out'],
	['I am not your client, wrong number', 'opt_out'],
	['nunca fui paciente de vcs, tirem meu numero', 'opt_out'],
	['we had to put our cat to sleep last week, please stop the reminders', 'opt_out'],
	['my dog died 3 months ago and you keep sending reminders', 'opt_out'],
	["one more text and you're blocked", 'opt_out'],
	['se mandar mais uma mensagem vou bloquear', 'opt_out'],
	['ya párenle con los mensajes', 'opt_out'],
	['only reminders please, no promos', 'opt_out'],
	['no me interesa, baja', 'opt_out'],
	['aff, de novo essa mensagem? parem', 'opt_out'],
	['já pedi 3 vezes pra pararem!!!', 'opt_out'],
	['tô de saco cheio dessas mensagens', 'opt_out'],
	['🚫 mensagens', 'opt_out'],
	['ahora no, mándenme mensajes en diciembre', 'opt_out'],
	['não quero mais fazer parte dessa lista', 'opt_out'],
	['vocês não têm minha permissão pra me mandar mensagem', 'opt_out'],
	['gracias por los mil mensajes, ya pueden parar', 'opt_out'],
	['I would like to be removed from your texting list', 'opt_out'],
	['I am not sure what time the appointment is', 'none'],
	['this is not what I ordered', 'none'],
	['no me mandaron el resultado', 'none'],
	['you didnt send me the invoice', 'none'],
	['não me mandaram o resultado ainda', 'none'],
	['chegou a mensagem de vocês', 'none'],
	['suspenderam as mensagens? não recebi mais', 'none'],
	['did you guys cancel the reminders? I stopped getting them', 'none'],
	['dejé de recibir los recordatorios, pueden revisar?', 'none'],
	['should I stop giving him the drops now?', 'none'],
	['take me off the waiting list, I found a slot elsewhere', 'none'],
	['número errado no cadastro? meu número novo é 99999-0000', 'none'],
	['não precisa mandar o recibo, já paguei', 'none'],
	['no me llamen, mejor escríbanme', 'none'],
	['sem propaganda enganosa, o remédio funciona mesmo?', 'none'],
	['meu cartão tá bloqueado, da próxima vez pago em dinheiro', 'none'],
	['o Thor virou estrelinha no ano passado, agora temos a Luna, podem cadastrar ela?', 'none'],
	['my dog died last year, now the new puppy needs vaccines, can you send me the schedule?', 'none'],
	['sem minha permissão o tosador cortou o pelo todo!', 'none'],
	['recebi a mensagem do resultado. o antibiótico pode parar', 'none'],
	['se eu mandar PARE vocês param de mandar?', 'none'],
	['ni se te ocurra cancelar mi cita jaja', 'none'],
];

describe('detectIntent: concept combinations and their look-alikes', () => {
	it.each(CONCEPT_CASES)('%j → %s', (text, intent) => {
		expect(detectIntent(text).intent).toBe(intent);
	});
});

// The mechanisms added for tuning set 4, each with sentences of its own and the look-alikes it must leave alone.
const MECHANISM_CASES: [string, 'opt_out' | 'none'][] = [
	// a negation may reach its verb through "que"
	['no quiero que me borren de la lista, eh', 'none'],
	['não quero que parem de mandar os lembretes', 'none'],
	['no quiero que me sigan mandando mensajes', 'opt_out'],
	// the care messages kept, promotions refused
	['quiero seguir recibiendo los turnos pero no las ofertas', 'opt_out'],
	['quero continuar recebendo os lembretes mas não as promoções', 'opt_out'],
	['i still want the reminders, just not the ads', 'opt_out'],
	['quiero seguir recibiendo todo, los avisos y las ofertas', 'none'],
	// "remove me … from there": the person is in the verb
	['tirem meu nome daí, por favor', 'opt_out'],
	['sácame de ahí porfa', 'opt_out'],
	['daí eu tirei o curativo, está certo?', 'none'],
	// a clause refusing promotions outlasts a mention of another service
	['sem propaganda por favor, só me avisa quando o pedido da ração sair', 'opt_out'],
	['sin anuncios porfa', 'opt_out'],
	// a report about animal abuse or a neighbour is no threat to the sender
	['quero denunciar maus-tratos do vizinho com o cachorro, vocês sabem onde?', 'none'],
	['i want to report my neighbor for animal cruelty, who do i call?', 'none'],
	['keep messaging me and I will report this number', 'opt_out'],
	['if this keeps up I am reporting you to the FTC', 'opt_out'],
	['para ou vou te bloquear', 'opt_out'],
	['mais uma dessas e eu denuncio no procon', 'opt_out'],
	// a farewell closing a whole-message keyword
	['bloqueado. adeus', 'opt_out'],
	// "nenhum tipo de" bridges a refusal to its object
	['nao quero nenhum tipo de mensagem de vcs', 'opt_out'],
	// a "não" after promotions counts only when it closes the clause
	['promoção não, obrigado', 'opt_out'],
	['mandem o cupom de novo que não chegou', 'none'],
	['chega de cupons, por favor', 'opt_out'],
	// a number that changed owners, or has long been mine
	['esse telefone mudou de dono, a Carla não usa mais', 'opt_out'],
	['tenho esse número há três anos, não conheço nenhuma Sandra', 'opt_out'],
	['i have had this number for two years, no idea who Mike is', 'opt_out'],
	['moço, não sou o dono do Pipoca, foi engano', 'opt_out'],
	['esse celular é meu há anos, podem atualizar o cadastro com ele', 'none'],
	// a loss, said as "we lost"
	['perdimos al Toby la semana pasada, no manden más recordatorios', 'opt_out'],
	['we lost our cat last week, please stop the reminders', 'opt_out'],
	['we lost our appointment slot, can you send me a new one?', 'none'],
	// other wordings of a stop
	['dejad de mandarme cosas, por favor', 'opt_out'],
	['absténganse de escribirme', 'opt_out'],
	['frenen los recordatorios, gracias', 'opt_out'],
	['prezados, solicito a suspensão do envio de mensagens', 'opt_out'],
	['gostaria de não receber mais mensagens desse número', 'opt_out'],
	['snooze the reminders till march', 'opt_out'],
	['delete my personal information from your database', 'opt_out'],
	['me larga, não quero nada com vocês', 'opt_out'],
	// a short "leave me alone" only as a clause of its own
	['aff que chatice, me larga!!', 'opt_out'],
	['me larga no hotel às 8h?', 'none'],
	// an old owner's number with a request to update the records
	['esse número era do meu pai, podem trocar o cadastro pro meu nome?', 'none'],
	// third parties, reported speech and "not what I meant"
	['como faço para sair do grupo de tutores do whats?', 'none'],
	['minha vizinha disse que pediu pra sair da lista de vocês, é verdade?', 'none'],
	['falei pro meu filho me deixar em paz pra eu ligar pra clínica', 'none'],
	['i did not mean to unsubscribe, please keep texting me', 'none'],
	['no es que no quiera mensajes, al contrario, mándenme también los del gato', 'none'],
	['a clínica fica perto do trabalho, então podem parar de mandar as promoções de banho', 'opt_out'],
];

describe('detectIntent: the mechanisms added for tuning set 4', () => {
	it.each(MECHANISM_CASES)('%j → %s', (text, intent) => {
		expect(detectIntent(text).intent).toBe(intent);
	});

	it('gives the marketing scope to "keep the reminders, not the promotions"', () => {
		expect(detectIntent('quiero seguir recibiendo los turnos pero no las ofertas').scope).toBe('marketing');
	});
});

// The mechanisms added for tuning set 5, each with sentences of its own and the look-alikes it must leave alone.
const SET5_CASES: [string, 'opt_out' | 'none'][] = [
	// "one more … and I report you"
	['manda mais uma que eu denuncio', 'opt_out'],
	['otro mensaje así y los reporto, en serio', 'opt_out'],
	['one more thing and I will report back with the photos', 'none'],
	['one more of these and I will report you', 'opt_out'],
	['mais uma dose e eu reporto como ele ficou', 'none'],
	// "this is not X" said from the phone, or the phone changed hands
	['aqui não é o seu Jorge, vcs erraram', 'opt_out'],
	['acá no vive ninguna Marta, señora', 'opt_out'],
	['there is nobody here by that name', 'opt_out'],
	['aqui não é a clínica do centro? queria marcar banho', 'none'],
	['aqui não é a primeira vez que o remédio atrasa', 'none'],
	['este celular es mío ahora, la señora ya no lo tiene', 'opt_out'],
	['that number is mine now, whoever you are looking for', 'opt_out'],
	['meu número agora é outro, anota aí', 'none'],
	// "only resume from <month>": a pause
	['podem voltar a mandar lembrete a partir de março, agora estou viajando', 'opt_out'],
	['escríbanme solo a partir de octubre, por favor', 'opt_out'],
	['only text me starting in june', 'opt_out'],
	['me mandem mensagem só em setembro, tô fora do país', 'opt_out'],
	['a vacina só em agosto, mandem o lembrete antes', 'none'],
	['a partir de agosto vocês vão ter banho aos domingos?', 'none'],
	// jokey spellings of stop
	['stawp the texts lol', 'opt_out'],
	['STAHHHP', 'opt_out'],
	['the package is on the stoop', 'none'],
	// the care messages are fine, promotions not
	['reminders are fine but no more deals please', 'opt_out'],
	['los recordatorios me sirven, pero no quiero más ofertas', 'opt_out'],
	['happy with the reminders, the deals too', 'none'],
	// a group named for something else
	['cómo me salgo del grupo de whatsapp de la perrera municipal?', 'none'],
	['how do I leave the dog park group chat', 'none'],
	['me tirem do grupo de promoções de vocês', 'opt_out'],
	// ... but a request to be taken out of a named group may name the sender's own: it stays an opt-out
	['me tira do grupo do Bicho Feliz', 'opt_out'],
	['sáquenme del grupo de Patitas Felices porfa', 'opt_out'],
	['please remove me from the Happy Paws group', 'opt_out'],
	// "não conheço" counts as the whole message, not after other business
	['não conheço', 'opt_out'],
	['essa ração eu não conheço', 'none'],
];

describe('detectIntent: the mechanisms added for tuning set 5', () => {
	it.each(SET5_CASES)('%j → %s', (text, intent) => {
		expect(detectIntent(text).intent).toBe(intent);
	});

	it('gives the marketing scope to "reminders are fine, no more promotions"', () => {
		expect(detectIntent('reminders are fine but no more deals please').scope).toBe('marketing');
	});
});

describe('detectIntent: layer 1 phrase table', () => {
	it('has at least 60 phrases in each of the three languages taken together, with the issue’s look-alikes', () => {
		expect(PHRASES.length).toBeGreaterThanOrEqual(60);
		const texts = PHRASES.map(([text]) => text);
		expect(texts).toEqual(
			expect.arrayContaining(['quero cancelar minha consulta', 'preciso parar de tomar o remédio?', 'cancelar o pedido']),
		);
	});

	it.each(PHRASES)('%j → %s', (text, intent) => {
		expect(detectIntent(text).intent).toBe(intent);
	});
});

describe('detectIntent: details', () => {
	it('names what matched', () => {
		expect(detectIntent('PARAR').matched).toBe('parar');
		expect(detectIntent('quero voltar a receber').matched).toBe('voltar a receber');
		expect(detectIntent('pare de me mandar mensagem').matched).toBe('pare de me mandar');
		expect(detectIntent('parar as notificações').matched).toBe('parar … notificacoes');
	});

	it.each([
		['não quero receber promoções'],
		['PARAR PROMOÇÕES'],
		['stop promotions'],
		['descadastrar das promoções'],
		['Não quero mais receber mensagens de promoção'],
		['chega de promoção de banho e tosa, os lembretes podem continuar'],
		['stop the promo messages, reminders are fine'],
		['solo avísenme de las citas, nada de ofertas'],
	])('scopes %j to marketing', (text) => {
		expect(detectIntent(text)).toMatchObject({ intent: 'opt_out', scope: 'marketing' });
	});

	it('leaves the scope to the caller when the request is about messages in general', () => {
		expect(detectIntent('PARAR').scope).toBeUndefined();
		expect(detectIntent('não quero mais receber mensagens').scope).toBeUndefined();
	});

	it.each([
		['quero cancelar', 'a stop verb alone'],
		['pode parar', 'a stop verb alone'],
		['me tira da lista de espera', 'a list that may be another list'],
		['não quero me descadastrar', 'a negated opt-out'],
		['essas mensagens estão me incomodando', 'a complaint about messages'],
		['vocês mandam mensagem demais', 'a complaint about messages'],
		['pode remover a mensagem que mandei errado?', 'a remove verb and a message'],
	])('flags %j as possible (%s)', (text) => {
		expect(detectIntent(text)).toMatchObject({ intent: 'none', possible: true });
	});

	it.each([
		['quero cancelar minha consulta'],
		['preciso parar de tomar o remédio?'],
		['cancelar o pedido'],
		['Bom dia! Tem horário amanhã?'],
		['não recebi a mensagem'],
	])('does not send %j to layer 2', (text) => {
		expect(detectIntent(text).possible).toBe(false);
	});

	it('answers in the language the message shows, else the configured one', () => {
		expect(detectIntent('no quiero recibir más').language).toBe('es');
		expect(detectIntent('BAJA').language).toBe('es');
		expect(detectIntent('stop sending me messages').language).toBe('en');
		expect(detectIntent('não quero mais receber').language).toBe('pt');
		// STOP alone is typed in Brazil too: the configured language decides.
		expect(detectIntent('STOP').language).toBe('pt');
		expect(detectIntent('STOP', { language: 'en' }).language).toBe('en');
		expect(detectIntent('VOLVER', { language: 'en' }).language).toBe('es');
	});

	it('takes extra opt-out and opt-in entries: one word as the whole message, several words anywhere', () => {
		const options = { extraOptOut: ['tchau', 'não me perturbe'], extraOptIn: ['quero de volta'] };
		expect(detectIntent('Tchau!', options)).toMatchObject({ intent: 'opt_out', matched: 'tchau' });
		expect(detectIntent('tchau, até amanhã', options).intent).toBe('none');
		expect(detectIntent('Por favor não me perturbe mais', options)).toMatchObject({ intent: 'opt_out', matched: 'não me perturbe' });
		expect(detectIntent('quero de volta', options).intent).toBe('opt_in');
		expect(detectIntent('Tchau!').intent).toBe('none');
	});

	it('leaves a red flag in opt-out words to triage, not to layer 2', () => {
		expect(detectIntent('my 18 month old is floppy and doesnt react when i call him')).toMatchObject({ intent: 'none', possible: false });
	});

	it('switches built-in keywords off, but keeps "cancelar as mensagens"', () => {
		// A clinic whose reminders say "reply CANCELAR" must not opt people out with it.
		const options = { ignore: ['CANCELAR'] };
		expect(detectIntent('Cancelar', options).intent).toBe('none');
		// Nor a near miss for layer 2: staff said what it means here.
		expect(detectIntent('Cancelar', options).possible).toBe(false);
		expect(detectIntent('cancelar por favor', options).possible).toBe(false);
		// Without the option a bare CANCELAR is ambiguous (the appointment or the messages?): layer 2 decides.
		expect(detectIntent('Cancelar')).toMatchObject({ intent: 'none', possible: true });
		expect(detectIntent('cancelr')).toMatchObject({ intent: 'none', possible: true });
		expect(detectIntent('CANCEL please')).toMatchObject({ intent: 'none', possible: true });
		expect(detectIntent('cancelar as mensagens', options).intent).toBe('opt_out');
		expect(detectIntent('PARAR', options).intent).toBe('opt_out');
	});

	it('reads "para" with "ya", "con", "com" or "já" before messages as the verb', () => {
		expect(detectIntent('PARA YA CON LOS MENSAJES POR FAVOR').intent).toBe('opt_out');
		expect(detectIntent('para con los recordatorios, gracias').intent).toBe('opt_out');
		expect(detectIntent('para já com essas notificações').intent).toBe('opt_out');
		expect(detectIntent('es para ya, con los mensajes de ayer lo vi').intent).toBe('none');
	});

	it('prefers an opt-out when a message holds both', () => {
		expect(detectIntent('não quero voltar, quero sair da lista').intent).toBe('opt_out');
	});

	it('stays fast on a long message', () => {
		const long = 'Olá, gostaria de saber sobre a consulta de amanhã e os exames. '.repeat(60);
		const started = performance.now();
		expect(detectIntent(long).intent).toBe('none');
		expect(performance.now() - started).toBeLessThan(500);
	});
});

describe('guessLanguage', () => {
	it('needs a clear lead to leave the fallback', () => {
		expect(guessLanguage(['stop'], 'pt')).toBe('pt');
		expect(guessLanguage(['quiero', 'recibir'], 'pt')).toBe('es');
		expect(guessLanguage(['parar'], 'es')).toBe('es');
		expect(guessLanguage(['para', 'parar'], 'en', 'es')).toBe('es');
	});
});
