// Mechanisms the red-flag rules learned in round 30 from their remaining false alarms, each checked with
// wordings written fresh for this test (none is copied from a set): the rules alone must leave each
// look-alike alone and still escalate the close emergency. An event over and seen to (home and eating well
// with no stop before the question, nearly healed, "all sorted", "the vet said all ok", eating and hopping);
// a stay's length that is no age ("ficou 6 dias internado"); student days long ago ("back in uni"); figures
// with "as if it had happened", frozen staring, "rather die than sit through", "I'm about to have a stroke",
// a bite "like a piranha"; a clinician's question answered no (and yes: still escalates); someone at the
// park; breeds prone to an illness; wiping the mouth as first aid; a near miss; anyone at all ("se a
// pessoa"); a wish to die at a missed appointment, asked to book again.
import type { Profile } from '../../../nodes/SymptomTriage/types';
import { describeWordings } from './support';

const NON_EMERGENCIES: [string, Profile][] = [
	// over and seen to
	['a Mel ficou 4 dias internada com parvo, hoje ta em casa comendo muito bem quando pode dar banho?', 'veterinary'],
	['la Luna estuvo 5 días ingresada por parvo, ya está en casa comiendo muy bien cuando le toca la vacuna?', 'veterinary'],
	['me queimei com óleo na quarta, passaram pomada no postinho e já tá quase cicatrizado. preciso voltar?', 'human'],
	['me quemé con la olla el lunes, me curaron en la guardia y ya está casi cicatrizada, ¿tengo que volver?', 'human'],
	['scalded my wrist on the kettle last week, nurse dressed it and it is nearly healed now, do I still need the cream?', 'human'],
	['had hives and a puffy lip on saturday after some peanuts, went to urgent care, all sorted now. can I get allergy testing?', 'human'],
	[
		'our puppy chewed the lamp cord and got a zap on sunday, the vet checked him and said all fine, hes eating and playing. any follow up?',
		'veterinary',
	],
	[
		'our rabbit nibbled a phone charger and got a little shock, the vet said everything was ok and shes eating and hopping about',
		'veterinary',
	],
	// student days long ago
	['back in college I took an overdose, 15 years ago now and doing great. new GP wants a chat, can I book?', 'human'],
	['na época da faculdade tomei uma overdose de remédio, hoje tô super bem, o médico novo pediu pra eu marcar uma consulta', 'human'],
	['cuando estaba en la facultad tomé una sobredosis, hace años, ahora estoy bien, quiero una cita con la nueva médica', 'human'],
	// figures
	['minha cachorra pisou numa folha e mancou como se tivesse sido atropelada kkk, 2 min depois tava correndo', 'veterinary'],
	['el gato se quedó paralizado mirando la pared jajaja, creo que ve fantasmas. cuánto cuesta la castración?', 'veterinary'],
	['the cat has been frozen staring at the wall for ages lol, seeing ghosts. how much is a neuter?', 'veterinary'],
	["I'd rather die than sit through one more parents evening haha. can I book the kids' boosters?", 'human'],
	['prefiro morrer do que ir em outra reunião de condomínio kkk, vcs têm horário sábado?', 'human'],
	["the toddler has been up since 4am, I'm gonna have a heart attack 😂 can we book her jabs?", 'human'],
	['minha gatinha morde feito uma piranha kkk, isso passa com a idade?', 'veterinary'],
	['my kitten bites like a little shark lol, is that normal for his age?', 'veterinary'],
	// a clinician's question answered no
	[
		'o cardiologista perguntou se minha mãe tinha dor no peito ou falta de ar, ela não tem nada disso, só quer o resultado do exame',
		'human',
	],
	['el médico preguntó si mi abuelo tenía dolor de pecho o falta de aire, no tiene nada de eso, solo queremos la receta', 'human'],
	['the nurse asked if my husband had chest pain or any shortness of breath, he has neither, just needs a repeat prescription', 'human'],
	// someone else's story, and a stay's length
	['A guy at the dog park said his collie got bloat and nearly died, how do I prevent it in my pup?', 'veterinary'],
	['minha vizinha ficou uma semana internada com dengue grave, eu tô bem, vcs fazem exame de dengue?', 'human'],
	["my mate's dog lost the use of his back legs last month from a clot, how would I know if my cat's heart is ok?", 'veterinary'],
	// breeds prone to it
	['quais raças são mais propensas a torção gástrica? quero adotar um dogue alemão', 'veterinary'],
	['¿qué razas son más propensas a la torsión de estómago? quiero un gran danés', 'veterinary'],
	['are boxers prone to bloat? thinking of getting one', 'veterinary'],
	// first aid on the mouth, a near miss, anyone at all
	['the dog nosed at a cane toad but never licked it, no drooling, acting normal. rinsed his mouth just in case', 'veterinary'],
	['my toddler knocked a cup of coffee off the table, luckily missed him completely', 'human'],
	['meu filho derrubou a xícara de chá no chão, não pegou nele graças a deus', 'human'],
	['precisa de ponto se a pessoa se corta de propósito? é pra um trabalho da faculdade', 'human'],
	// education: what an illness leaves, whom it happens to, what it causes, what could follow
	['convulsão febril deixa sequela no cérebro? vi um post e fiquei com medo', 'human'],
	['las convulsiones febriles dejan secuelas? lo leí en un foro', 'human'],
	['¿cuáles son los síntomas del golpe de calor en gatos? nos mudamos al norte', 'veterinary'],
	['a piometra só acontece em cadelas mais velhas?', 'veterinary'],
	['¿la piometra solo pasa en perras sin castrar?', 'veterinary'],
	['does pyometra only happen in unspayed females?', 'veterinary'],
	['does malaria cause seizures? reading about it for a trip', 'human'],
	['se eu não castrar a minha gata, pode dar piometra quando ela for mais velha?', 'veterinary'],
	// history: heart attacks had before, an operation done, a wound dressed where it was seen to
	['já infartei uma vez, tenho stent, preciso renovar a receita do clopidogrel', 'human'],
	['meu pai é infartado, colocou 3 stents em 2019, vcs fazem eletro de rotina?', 'human'],
	['o Thor já torceu o estômago e operou ano passado, fizeram a gastropexia. pode correr depois de comer?', 'veterinary'],
	['Rocky had bloat surgery last spring, can he go back on two meals a day?', 'veterinary'],
	['me quemé la mano con la sartén el viernes, en la guardia me curaron y me pusieron crema, ¿cada cuánto cambio la venda?', 'human'],
	['burnt my hand on the grill on friday, the walk in dressed it, how often should the dressing be changed?', 'human'],
	['o gato arranhou o olho da minha cachorra, o vet passou colírio e ela já tá abrindo o olho normal. marco retorno?', 'veterinary'],
	// a pregnancy lost long ago, and trying again
	['perdi um bebê com 10 semanas ano passado e agora estamos tentando engravidar de novo, queria fazer os exames antes', 'human'],
	['tuve un aborto espontáneo el año pasado y ahora estoy buscando embarazo de nuevo, ¿me dan cita preconcepcional?', 'human'],
	['I had a miscarriage last year and now we are trying again, can I book a pre-pregnancy check?', 'human'],
	// a wish to die at a missed appointment, asked to book again
	['quero morrer, errei o dia da consulta 🤦‍♀️ dá pra remarcar?', 'human'],
	['me quiero morir, me confundí de fecha y perdí el turno con el pediatra, ¿me dan otro?', 'human'],
	['I want to die, I completely forgot my appointment this morning 🤦 can I rebook for next week?', 'human'],
];

const EMERGENCIES: [string, Profile][] = [
	// over and seen to, then back
	['the vet checked her yesterday and said all ok, but now she is vomiting blood', 'veterinary'],
	['had a reaction to prawns, lips swelled, used my epipen, all sorted now but my throat is closing up again', 'human'],
	['queimei a mão com água fervendo, tava quase cicatrizado mas agora tá cheio de bolhas e pus e tô com febre alta', 'human'],
	['o Thor ficou 3 dias internado com parvo, hoje tá em casa mas não come e tá vomitando sangue', 'veterinary'],
	['back in uni I struggled, and tonight I took an overdose of all my pills', 'human'],
	// figures that are not, and a real trauma
	['a mi perra la atropelló un auto hace un rato, cojea y respira como si le faltara el aire', 'veterinary'],
	['meu gato tá paralisado das patas de trás, arrastando e chorando muito', 'veterinary'],
	["I'd rather die than keep going, I've got the pills ready tonight", 'human'],
	['I think I am having a stroke, my face is drooping and I cannot lift my arm', 'human'],
	['o cachorro do vizinho mordeu meu gato e ta sangrando muito no pescoço', 'veterinary'],
	// a clinician's question answered yes
	['a psicóloga perguntou se eu penso em me matar e eu disse que sim', 'human'],
	['the psychologist asked if I think about killing myself and I said yes, I have a plan', 'human'],
	['la doctora preguntó si mi papá tenía dolor de pecho y dijo que sí, ahora le aprieta mucho y suda frío', 'human'],
	// someone else's, and breeds prone to it, with the speaker's own ill now
	['is my dog prone to bloat? he is retching and his belly is swollen and hard', 'veterinary'],
	['meu dogue é propenso a torção e agora tá com a barriga inchada tentando vomitar sem sair nada', 'veterinary'],
	['dog licked a cane toad, he is drooling loads and pawing at his mouth, I wiped his mouth with a wet cloth', 'veterinary'],
	['my toddler pulled a cup of tea over, it missed his face but went all over his arm and it is blistering', 'human'],
	// education, with the speaker's own ill now
	['my son has dengue, does it cause bleeding gums? his gums are bleeding now and he is vomiting', 'human'],
	['minha cadela não é castrada, pode ser piometra? tá saindo pus da vagina, não come e bebe muita água', 'veterinary'],
	// history, then something there now
	['já infartei uma vez e agora tô com dor no peito forte de novo, suando frio', 'human'],
	['meu cachorro torceu o estômago agora, a barriga tá enorme e ele tenta vomitar', 'veterinary'],
	['me quemé la mano con aceite, me curaron en urgencias y ahora tengo ampollas enormes y fiebre alta', 'human'],
	['queimei a mão com óleo, já passou, mas agora tá cheia de bolhas enormes e tô com febre alta', 'human'],
	[
		'o gato arranhou o olho do meu cachorro, passaram colírio, já tá abrindo o olho normal mas agora o olho tá saltado pra fora',
		'veterinary',
	],
	["friend's cat lost the use of her back legs an hour ago and is screaming, what should she do?", 'veterinary'],
	['mi papá se atragantó con carne, le hicimos la maniobra, salió el trozo pero ahora no puede respirar y está morado', 'human'],
	['tive um aborto ano passado e agora estou grávida de novo e sangrando muito com cólica forte', 'human'],
	['I had a miscarriage last year, now I am pregnant again and bleeding heavily with bad cramps', 'human'],
	// a wish to die with no mishap, or with the means
	['me quiero morir, perdí mi trabajo y ya no aguanto más', 'human'],
	['I want to die, I missed my appointment again and I have got the pills ready', 'human'],
	['quero morrer, esqueci a consulta e agora tenho os comprimidos aqui do lado', 'human'],
];

describeWordings('false alarms 30: over and seen to, figures, questions asked, mishaps', EMERGENCIES, NON_EMERGENCIES);
