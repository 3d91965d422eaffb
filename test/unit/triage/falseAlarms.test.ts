// Messages that name an emergency without reporting one happening now: a history asked about for
// oneself, a service or a definition asked about, a month gone by, a figure of speech, a scare that
// is over. Each mechanism is checked on both sides: the look-alike is not escalated by the rules,
// and a close emergency still is.
import { classify } from '../../../nodes/SymptomTriage/engine';
import type { Language, Profile } from '../../../nodes/SymptomTriage/types';

const rules = (text: string, language: Language | 'auto', profile: Profile = 'human') =>
	classify(text, { profile, language, learned: false });

type Case = readonly [string, Language | 'auto', Profile?];

const full = (cases: readonly Case[]): [string, Language | 'auto', Profile][] =>
	cases.map(([text, language, profile = 'human']) => [text, language, profile]);

const notEscalated = (cases: readonly Case[]) =>
	it.each(full(cases))('does not escalate: %s', (text, language, profile) => {
		expect(rules(text, language, profile).escalate).toBe(false);
	});

const escalated = (cases: readonly Case[]) =>
	it.each(full(cases))('still escalates: %s', (text, language, profile) => {
		expect(rules(text, language, profile).escalate).toBe(true);
	});

describe('a scare that is over, said by a not-flag phrase', () => {
	notEscalated([
		['my daughter choked on a grape, coughed it out, totally fine now', 'en'],
		['meu filho engasgou com uma bala, tossiu e saiu, ta otimo, brincando', 'pt'],
		['meu filho engasgou com agua, tossiu e já respira normal', 'pt'],
		['se atragantó con una uva pero ya respira bien', 'es'],
		['fainted at the gym yesterday, felt fine after some water, should I see a doctor?', 'en'],
		// A red flag that only shares a word with the marker ("back") does not keep it from saying it is over.
		["my son had an asthma attack last night, used his inhaler and he's back to normal today", 'en'],
		// What was taken worked; a picture of being fine; two signs of a pet back to itself.
		['minha filha teve crise de asma de madrugada, a nebulização funcionou e ela dormiu', 'pt'],
		['al nene le dio un golpe de calor en la playa, hoy amaneció como nuevo', 'es'],
		['cat was choking on a hair tie, i pulled it out, now purring and eating', 'en', 'veterinary'],
	]);
	escalated([
		["my son choked on a sweet and he can't breathe", 'en'],
		['minha filha engasgou com pipoca e não consegue respirar', 'pt'],
		['mi hijo se atragantó con una uva y no puede respirar', 'es'],
		// A remedy that did not work, an object not got out.
		['crise de asma forte, a bombinha não resolveu, ele não consegue respirar', 'pt'],
		["my baby is choking on a grape and i can't get it out", 'en'],
		// "ontem tava normal" is how things were before it began, not the end of it.
		['minha avó amanheceu confusa e sem falar direito, ontem tava normal', 'pt'],
		['he collapsed in the kitchen, felt fine before that, now not breathing well', 'en'],
		['ele engasgou e já parou de respirar', 'pt'],
		['he choked and then he stopped breathing', 'en'],
		// "como siempre" compares with the usual, it dates nothing; "sumiu a pilha" is no "sumiu" of a symptom.
		['mi bebé no reacciona como siempre y está muy pálido', 'es'],
		['sumiu uma pilha de relógio e meu filho de 2 anos está babando e tossindo', 'pt'],
	]);
});

describe('a named month or season gone by, as a puppy', () => {
	notEscalated([
		['meu marido teve um infarto em agosto, queria marcar retorno com o cardiologista', 'pt'],
		['mi papá tuvo un ACV en febrero, necesito turno con neurología', 'es'],
		['my wife had a seizure last october, she wants a neurology follow-up', 'en'],
		['quando filhote minha gata foi atropelada, hoje manca um pouco', 'pt', 'veterinary'],
		['de cachorro mi perro tuvo parvovirus, ya tiene 3 años', 'es', 'veterinary'],
	]);
	escalated([
		['meu marido está infartando', 'pt'],
		['mi papá está teniendo un ACV, tiene la cara torcida', 'es'],
		['my wife is having a seizure right now', 'en'],
		['minha gata foi atropelada agora', 'pt', 'veterinary'],
		['mi cachorro tiene parvovirus, vomita sangre', 'es', 'veterinary'],
		// "hace mucho calor" is the weather, "cuando bebe" is "when he drinks".
		['mi perro jadea mucho, hace mucho calor y está colapsado', 'es', 'veterinary'],
		['mi hijo se ahoga cuando bebe agua y se pone morado', 'es'],
		['had a heart attack in march and now the chest pain is back', 'en'],
	]);
});

describe('a history, asked about for oneself', () => {
	notEscalated([
		['meu avô teve infarto, tenho mais risco?', 'pt'],
		['minha mãe teve AVC, isso pode acontecer comigo?', 'pt'],
		['mi tía tuvo un derrame cerebral, ¿me puede pasar a mí?', 'es'],
		['my brother had a heart attack at 45, should I get checked?', 'en'],
		['meu pai infartou com 55 anos, quero fazer um check up do coração', 'pt'],
		['my grandma had sepsis after surgery, could that happen to me after my op next week?', 'en'],
		['a mi vecina le dio un ACV, ¿cómo lo puedo prevenir?', 'es'],
		['minha amiga teve anafilaxia com amendoim, como evito isso no meu filho?', 'pt'],
	]);
	escalated([
		['meu avô teve um infarto agora, está sem ar', 'pt'],
		['mi tía acaba de tener un derrame, no puede hablar', 'es'],
		['my brother just had a heart attack and collapsed', 'en'],
		['meu pai com 55 anos está com dor no peito forte agora', 'pt'],
		['minha mãe teve um AVC, to desesperada, o que faço?', 'pt'],
		['a mi papá le dio un ACV, tiene la boca torcida y no puede hablar', 'es'],
	]);
});

describe('a service, a definition or a general property asked about', () => {
	notEscalated([
		['vocês tratam AVC?', 'pt'],
		['o que é sepse?', 'pt'],
		['¿la meningitis es contagiosa?', 'es'],
		['does the clinic treat snake bites?', 'en'],
		['is sepsis contagious?', 'en'],
		['how do I recognise a stroke?', 'en'],
		['what does a stroke look like?', 'en'],
		['vi en las noticias que un niño se ahogó en un río, qué tristeza', 'es'],
		['qual a diferença entre AVC e infarto?', 'pt'],
		["what's the difference between a stroke and a heart attack?", 'en'],
		['¿la obra social cubre dolor de pecho?', 'es'],
		['does insurance cover chest pain visits?', 'en'],
		['does your hospital take heart attacks?', 'en'],
		['vocês fazem atendimento de AVC pelo SUS?', 'pt'],
		['can you die from sepsis?', 'en'],
		['sepse mata?', 'pt'],
		['¿qué tan grave es una embolia pulmonar?', 'es'],
		['what are the early signs of meningitis?', 'en'],
		['vocês vacinam contra meningite?', 'pt'],
		['how long does a febrile seizure usually last?', 'en'],
		['¿cuánto dura normalmente una convulsión febril?', 'es'],
	]);
	escalated([
		['acho que minha mãe está tendo um AVC', 'pt'],
		['meu pai está com sepse, muita febre e confuso', 'pt'],
		['my son was bitten by a snake', 'en'],
		['I think my dad is having a stroke', 'en'],
		["his lips are blue, looks like he's not breathing", 'en'],
		['preciso de atendimento, dor no peito muito forte', 'pt'],
		['can you die from a bee sting? my throat is closing up', 'en'],
		['quão grave é uma convulsão? meu filho está convulsionando agora', 'pt'],
		['how long does a seizure last? he has been seizing for ten minutes', 'en'],
		['meu cachorro comeu veneno que mata rato', 'pt', 'veterinary'],
		// "que es" alone names the complaint.
		['creo que es un golpe de calor, mi perro no se levanta', 'es', 'veterinary'],
	]);
});

describe('a hypothesis in a message too short to tell its language', () => {
	notEscalated([['se alguém levar choque o que eu faço?', 'auto']]);
	escalated([
		['meu filho engoliu uma pilha de relógio', 'auto'],
		['levou um choque forte e desmaiou', 'auto'],
	]);
});

describe('figures of speech and ordinary words', () => {
	notEscalated([
		['to com overdose de trabalho essa semana, posso remarcar?', 'pt'],
		['esta semana me atropelló la rutina, ¿puedo cambiar el turno?', 'es'],
		['my heart is racing, my crush said yes to a date', 'en'],
		['meu gato é um veneno, morde as visitas', 'pt', 'veterinary'],
		["stubbed my toe on the door, it's bruised", 'en'],
		['fiquei sem ar de tanto rir', 'pt'],
		['I was out of breath from laughing so hard', 'en'],
	]);
	escalated([
		['ele tomou uma overdose de remédio e não acorda', 'pt'],
		['crushing chest pain and sweating', 'en'],
		['minha cachorra comeu veneno de rato', 'pt', 'veterinary'],
		['meu gato comeu veneno e ta babando', 'pt', 'veterinary'],
		// The figures need their own words: a copula, furniture, "my crush", "they did not answer me".
		['meu cachorro comeu um veneno e está babando', 'pt', 'veterinary'],
		['um carro atropelou todo mundo no ponto de onibus, tem gente sangrando', 'pt'],
		['he has a crush injury to his leg, trapped under a car', 'en'],
		['mi papá no me responde, está tirado en el piso', 'es'],
		['minha cabeça vai explodir de tanta dor, pior dor da minha vida', 'pt'],
		['I was stabbed in the stomach', 'en'],
		['fiquei sem ar depois de subir a escada e não melhora', 'pt'],
		["I'm so out of breath I can't talk", 'en'],
	]);
});

describe('care already received, then said to be over; a childhood, a first pregnancy, "yrs ago"', () => {
	notEscalated([
		['minha cachorra comeu veneno de rato, levamos no plantão, deram vitamina K e ela ficou bem, hoje está ótima', 'pt', 'veterinary'],
		['mi gato lamió un sapo, lo llevamos a la veterinaria y ya está bien, solo aviso', 'es', 'veterinary'],
		["my dog ate rat poison on sunday, rushed him to the vet, they treated him and he's back to himself now", 'en', 'veterinary'],
		['fui mordido por cobra quando era moleque, hoje queria saber se tem sequela', 'pt'],
		['a snake bit my dog 3 yrs ago, any vaccine?', 'en', 'veterinary'],
		['tive pré-eclâmpsia na gravidez do meu primeiro filho, agora estou grávida, preciso de cuidado especial?', 'pt'],
		['mi perro fue mordido de cachorro por otro perro y le quedó una cicatriz', 'es', 'veterinary'],
		['my son choked on a grape but spat it straight out, now eating happily', 'en'],
		['mi perro se tragó un pedazo de hueso, se lo saqué y ya come', 'es', 'veterinary'],
	]);
	escalated([
		// Care alone ends nothing: they may have been sent on.
		['minha cachorra comeu veneno de rato, levamos no plantão e mandaram pra outro hospital', 'pt', 'veterinary'],
		['mi gato lamió un sapo, lo llevamos a la veterinaria pero estaba cerrada', 'es', 'veterinary'],
		["my toddler swallowed a coin battery, we went to the ER and they said go to the children's hospital", 'en'],
		['levei meu pai no ps com dor no peito ontem, ele ficou bem, hoje voltou a dor forte no peito e suando frio', 'pt'],
		['a snake just bit my dog, his leg is swelling', 'en', 'veterinary'],
		['estou grávida do segundo e estou com sangramento forte agora', 'pt'],
		['my son choked on a grape and he is turning blue', 'en'],
	]);
});

describe('telling two things apart, which products, what the vet mentioned, a trip ahead, a figure of speech', () => {
	notEscalated([
		['como se distingue una convulsión de un desmayo?', 'es'],
		['how do you tell the difference between a panic attack and a heart attack?', 'en'],
		['como diferenciar ataque de pânico de infarto?', 'pt'],
		['which sweets contain xylitol?', 'en', 'veterinary'],
		['what signs of bloat should I watch for?', 'en', 'veterinary'],
		['o veterinário comentou sobre gatos machos obstruídos, como sei se acontecer?', 'pt', 'veterinary'],
		["we're going camping, what if my kid gets stung by a scorpion?", 'en'],
		['my puppy looks at me like I poisoned him when I give him kibble', 'en', 'veterinary'],
		['estoy que exploto con el trabajo, tres meses sin vacaciones', 'es'],
	]);
	escalated([
		['my dog is bloated and retching, what should I do?', 'en', 'veterinary'],
		['I think I poisoned my puppy, he ate my ibuprofen', 'en', 'veterinary'],
		['mi hijo de tres meses se quemó con agua hirviendo', 'es'],
	]);
});

describe("someone else's history, then a check-up or safe storage asked about for oneself", () => {
	notEscalated([
		['minha irmã teve gravidez ectópica, queria fazer um ultrassom cedo', 'pt'],
		['mi prima tuvo un infarto a los 40, quiero un chequeo', 'es'],
		['o vizinho engoliu um ímã e teve que operar, onde guardo os ímãs da geladeira?', 'pt'],
	]);
	escalated([
		['minha irmã está grávida e com dor forte na barriga e sangrando agora', 'pt'],
		['mi prima tiene dolor en el pecho ahora y está sudando frío', 'es'],
	]);
});

describe('a phrase with a negator is never turned round to put the negator first', () => {
	notEscalated([
		['tô com tosse há uma semana, mas não tem sangue no catarro, é normal?', 'pt'],
		['minha gata vomitou e não tinha sangue, só pelo', 'pt', 'veterinary'],
	]);
	escalated([
		['cortei a mão com a faca e o sangue não para', 'pt'],
		['o cachorro cortou a pata no vidro e o sangue não para de jeito nenhum', 'pt', 'veterinary'],
	]);
});

describe('care received, told before or after the scare, then said to be over', () => {
	notEscalated([
		['a vet induziu o vômito do chocolate que ela comeu ontem, hoje tá bem', 'pt', 'veterinary'],
		['mi perro se comió un chocolate, en la veterinaria lo hicieron vomitar y ya está bien', 'es', 'veterinary'],
		['my dog ate grapes on sunday, the vet made him sick and he is home and eating now', 'en', 'veterinary'],
	]);
	escalated([
		['o vet fez ele vomitar mas ele comeu mais chocolate agora e está tremendo', 'pt', 'veterinary'],
		['my dog ate grapes, the vet made him sick, he was fine but now he has eaten rat poison', 'en', 'veterinary'],
		['le hicieron vomitar el chocolate y ahora está convulsionando', 'es', 'veterinary'],
	]);
});

describe("'dangerous if' whatever its gender, number and who it is for; 'como eu vou saber se'", () => {
	notEscalated([
		['uma pilha dessas é perigosa se o bebê engolir?', 'pt'],
		['¿es peligroso si mi hija se traga un imán?', 'es'],
		['are magnets dangerous for kids if a toddler swallows one?', 'en'],
		['como eu vou saber se meu pai está tendo um infarto?', 'pt'],
	]);
	escalated([
		['é perigoso? meu filho engoliu uma bateria de relógio agora', 'pt'],
		['is it dangerous? my son swallowed a magnet', 'en'],
		['meu pai está tendo um infarto, dor forte no peito', 'pt'],
	]);
});

describe('a real but not urgent symptom that shares words with a red flag', () => {
	notEscalated([
		['minha filha de 1 ano com diarreia desde cedo, mas ta molhando a fralda e mamando bem', 'pt'],
		["my toddler has diarrhoea since yesterday but he's drinking and wetting nappies fine", 'en'],
		['meu filho de 2 anos acordou com os olhos colados de remela amarela', 'pt'],
		['me doblé el tobillo en el partido, está hinchado como una pelota', 'es'],
		['queimei o dedo na panela, fez uma bolhinha', 'pt'],
		['mi perra tose raro tipo atragantamiento desde que volvió de la guardería, come y juega', 'es', 'veterinary'],
		['my dog has a honking cough since kennels, eating fine', 'en', 'veterinary'],
		['meu gato voltou da rua com um arranhãozinho no focinho', 'pt', 'veterinary'],
		['vó de 85 com diarreia desde cedo mas comendo e bebendo normal', 'pt'],
	]);
	escalated([
		// A negated not-the-red-flag phrase does not veto: "não molha a fralda", "no wet nappies".
		['minha filha de 1 ano com diarreia, não molha a fralda desde ontem e tá muito molinha', 'pt'],
		['my toddler has had diarrhoea all day, no wet nappies since this morning, very sleepy', 'en'],
		['mi bebé de 4 meses no mueve el brazo desde que se cayó, llora si lo toco', 'es'],
		['meu filho de 2 anos está com a pele e os olhos amarelos e muito molinho', 'pt'],
		['me pegaron una patada en el testículo, está hinchado como una pelota y duele mucho', 'es'],
		['queimei o braço inteiro com óleo, fez bolha grande', 'pt'],
		['mi perro se atragantó con un hueso y no puede respirar, tiene las encías moradas', 'es', 'veterinary'],
		['meu gato brigou e voltou com uma mordida funda no pescoço sangrando', 'pt', 'veterinary'],
		['vô de 85 com diarreia, não tá comendo nem bebendo e muito sonolento', 'pt'],
	]);
});

describe('a denial that does not stand right before the symptom', () => {
	notEscalated([
		['o aquecedor vazou gás e ninguém passou mal, só ficou o cheiro', 'pt'],
		['the boiler was leaking gas last night, nobody felt unwell, engineer fixed it', 'en'],
		['estoy de 30 semanas, sangrado no tengo, solo me pica la zona', 'es'],
		['to de 20 semanas, sangue não tenho, só uma cólica leve de vez em quando', 'pt'],
	]);
	escalated([
		['o aquecedor vazou gás, todo mundo passou mal com dor de cabeça e tontura', 'pt'],
		['the boiler is leaking gas and we all feel sick and dizzy', 'en'],
		['estoy de 30 semanas y estoy sangrando bastante, sangre roja', 'es'],
		['to de 20 semanas e to sangrando muito com coágulos', 'pt'],
	]);
});

describe('a figure of speech with an article or a drink in it', () => {
	notEscalated([
		['me quiero morir de la vergüenza, llegué tarde a la consulta', 'es'],
		['I nearly choked on my coffee when I saw the bill', 'en'],
		['quase engasguei com o café quando vi o preço da consulta', 'pt'],
	]);
	escalated([
		['me quiero morir, ya no aguanto más', 'es'],
		["my son choked on a grape and can't breathe", 'en'],
		['meu filho engasgou com uma uva e não consegue respirar', 'pt'],
	]);
});

describe('what makes the exposure or the injury harmless, said near it', () => {
	notEscalated([
		['puppy chewed the lamp cable but it was unplugged', 'en', 'veterinary'],
		['the lilies on the table are plastic, my cat likes to chew them', 'en', 'veterinary'],
		['le puse la pipeta al perro y los tuve separados de la gata 2 días como dice el prospecto', 'es', 'veterinary'],
		['mi mamá tiene dolor en el pecho solo cuando se aprieta las costillas, respira bien', 'es'],
		['a gata saltou da estante, caiu em pé e saiu correndo', 'pt', 'veterinary'],
	]);
	escalated([
		['puppy chewed a live cable and is now collapsed', 'en', 'veterinary'],
		['my cat chewed a real lily from the bouquet, pollen on her face', 'en', 'veterinary'],
		['le puse pipeta de perro a la gata por error y está temblando, ya los tengo separados', 'es', 'veterinary'],
		['mi mamá tiene dolor en el pecho fuerte que se le va al brazo y suda', 'es'],
	]);
});

describe('a figure of speech for a boisterous pet, a breath back to normal', () => {
	notEscalated([
		['minha cachorra é um trator, atropela todo mundo no portão, vocês indicam adestrador?', 'pt', 'veterinary'],
		['my puppy is a little monster, chewed all the cushions, any training tips?', 'en', 'veterinary'],
		['mi hija se atoró con agua, tosió y ya respira bien', 'es'],
	]);
	escalated([
		['meu cachorro foi atropelado por um carro agora e não levanta', 'pt', 'veterinary'],
		['my puppy drank a can of Monster energy drink and is shaking', 'en', 'veterinary'],
		['mi hija se atoró con agua y no respira, está morada', 'es'],
		// Re-measuring after taking layers off is the advice, but a young infant still hot is still an emergency.
		['bebê de 1 mês com febre de 38,5, tava muito agasalhado, tirei a roupa e continua 38,5', 'pt'],
	]);
});

describe('a general question: a red flag asked about, with no one in the message who has it', () => {
	notEscalated([
		['infarto silencioso é sempre fatal?', 'pt'],
		['quantos comprimidos de dipirona é overdose pra um adulto?', 'pt'],
		['el golpe de calor es peligroso en ancianos?', 'es'],
		['cuanto tiempo puede durar una convulsion febril?', 'es'],
		['how quickly does meningitis kill', 'en'],
		['is vomiting blood always an emergency?', 'en'],
		['a torção gástrica é comum em raças grandes?', 'pt', 'veterinary'],
		// "you" is the clinic; a bare noun after a preposition is anyone.
		['AVC em criança é sempre grave?', 'pt'],
		['how do you tell a panic attack from a heart attack?', 'en'],
		['is a nosebleed with high blood pressure dangerous?', 'en'],
	]);
	escalated([
		// Someone has it: a person, a relative, a pet, a name, "alguém".
		['meu pai ta com dor no peito forte, é grave?', 'pt'],
		['o que fazer quando alguém está tendo convulsão?', 'pt'],
		['is Max having a seizure? he is shaking all over and drooling', 'en'],
		// An event told, with no one named: a verb in the past or going on.
		['vomitei sangue agora, é grave?', 'pt'],
		['quanto tempo de convulsão é grave? ta convulsionando faz 6 min', 'pt'],
		['how much paracetamol is an overdose, took 30 an hour ago', 'en'],
		// No general frame: a short report with a question mark.
		['dor no peito e falta de ar?', 'pt'],
		// A case at hand: an opinion asked on it, what cannot be done, what it has.
		['vc acha q é grave? falta de ar forte e lábios roxos', 'pt'],
		['¿es grave? no puede respirar y tiene los labios morados', 'es'],
		["do you think this is a stroke? face drooping and can't talk", 'en'],
	]);
});

describe("someone else's history, then the speaker's own case", () => {
	notEscalated([
		['minha cunhada teve eclâmpsia no parto, eu to grávida de 20 semanas, devo me preocupar?', 'pt'],
		['o cachorro da minha tia teve torção gástrica, o meu também é dogue alemão, como evito?', 'pt', 'veterinary'],
		['a mi vecina le dio un infarto joven, yo estoy embarazada, me tengo q preocupar?', 'es'],
		['my best friend had a stroke at 40, im 12 weeks pregnant now, should i be worried?', 'en'],
		["neighbour's cat had a urinary blockage, mine's a male too, any tips?", 'en', 'veterinary'],
	]);
	escalated([
		// Her own accident: the pregnancy is hers, not set against someone else's history.
		['tive um acidente de carro agora, to de 30 semanas e bati a barriga', 'pt'],
		['tuve un choque con la moto, estoy de 30 semanas y me golpeé la panza', 'es'],
		['my sister just collapsed and is not breathing, what do i do', 'en'],
	]);
});

describe('an illness someone or something is "giving me" is a figure of speech', () => {
	notEscalated([
		['this traffic is giving me a stroke lol, running 10 min late for my appointment', 'en'],
		['mi suegra me va a dar un infarto con tanta visita, tienen turno el lunes?', 'es'],
	]);
	escalated([["these new pills are giving me chest pain and i can't breathe", 'en']]);
});

describe('a history kept in check, or told of a pet when it was young', () => {
	notEscalated([
		['meu cachorro teve convulsões ano passado, hoje ta medicado e estável, preciso da receita', 'pt', 'veterinary'],
		['mi hijo tuvo convulsiones de chico, sigue controlado con valproato, necesito la receta', 'es'],
		['when Milo was a puppy he swallowed a sock and needed surgery, which toys are safe for chewers?', 'en', 'veterinary'],
	]);
	escalated([
		['meu cachorro é medicado pra epilepsia mas ta convulsionando agora faz 10 minutos', 'pt', 'veterinary'],
		['my puppy swallowed a sock an hour ago and keeps retching', 'en', 'veterinary'],
	]);
});

describe('"me toca" is a turn in Spanish ("cuándo me toca la eco"), not a touch', () => {
	notEscalated([['estoy de 20 semanas, cuándo me toca la ecografía morfológica?', 'es']]);
	escalated([['mi tío me toca cuando mi mamá no está y tengo miedo', 'es']]);
});

describe('a laugh next to words that play a symptom down is nerves, not a joke', () => {
	escalated([
		['kkk deve ser gastrite mas to com uma dor forte no peito que vai pro braço e suando frio', 'pt'],
		['jaja seguro es el calor pero mi papá tiene la boca torcida y no puede hablar bien', 'es'],
		["probably nothing lol but my dog's belly is swollen and he keeps retching with nothing coming up", 'en', 'veterinary'],
		// "is it normal that…" asks about a report, it is no hypothesis.
		['is it normal that my left calf is swollen and I get out of breath walking to the bathroom, 2 weeks after my c-section?', 'en'],
	]);
	notEscalated([
		['to morrendo de rir kkkk, que vídeo', 'pt'],
		['my boss is gonna kill me lol, can i move my appointment?', 'en'],
	]);
});
