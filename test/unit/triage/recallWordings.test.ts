// Everyday wordings the red-flag rules learned from the rules-alone misses of the tuning and spent
// blind sets, written fresh for this test (none is copied from a set): the vocabulary and the
// concept combinations generalize across languages and phrasings. Each emergency must escalate on
// the rules alone; each close non-emergency must not escalate at all.
import type { Profile } from '../../../nodes/SymptomTriage/types';
import { escalates } from './support';

const byRules = (text: string, profile: Profile) => escalates(text, profile, false);

const EMERGENCIES: [string, Profile][] = [
	['my daughter is fitting with a fever and it wont stop', 'human'],
	['i have all my tablets counted out and i cant do this anymore', 'human'],
	['mi hija no puede bajar la barbilla al pecho y tiene fiebre alta', 'human'],
	['smelt gas in the kitchen this morning and now i have a headache and feel dizzy', 'human'],
	['the dog was lapping up coolant that dripped from the car', 'veterinary'],
	['compré la cuerda y esta noche lo hago, ya nada tiene sentido', 'human'],
	['the pills are in front of me and tonight is the night, sorry', 'human'],
	['my cat keeps squatting in the tray with only tiny drops of pee', 'veterinary'],
	['she is so weak she can barely stand and her gums look really pale', 'veterinary'],
	// a cat nibbling a lily
	['o gatinho mordiscou a flor do lírio que tava na mesa', 'veterinary'],
	['my kitten nibbled on the lily leaves in the hallway', 'veterinary'],
	// a box of raisins: eaten, or found empty
	['a cachorra comeu um pacote de passas inteiro', 'veterinary'],
	['el perrito se tragó una bolsita de pasas de la mochila', 'veterinary'],
	['came home to a ripped open bag of raisins on the floor', 'veterinary'],
	// a car key battery swallowed
	['acho que meu filho engoliu a bateria da chave do carro', 'human'],
	['my little girl swallowed the key fob battery I think', 'human'],
	// an eyeball out of its socket
	['the shih tzu got in a scuffle and his eyeball is bulging out', 'veterinary'],
	// ticks, then bleeding or bruises
	['tirei uns carrapatos dela mês passado e hoje ela tá sangrando do nariz', 'veterinary'],
	['a mi perra le sacamos garrapatas la semana pasada y ahora tiene hematomas en la barriga', 'veterinary'],
	['pulled a tick off him on sunday and now he has a bloody nose and white gums', 'veterinary'],
	// a heart attack that does not say "chest": an old person sweating and weak, jaw and back pain with tiredness or nausea
	['meu avô tá suando em bicas e ficou fraco de repente', 'human'],
	['my nan is drenched in sweat and looks grey all of a sudden', 'human'],
	['tengo dolor en la mandíbula y en la espalda, con náuseas y un cansancio enorme', 'human'],
	['pain in my jaw and upper back and I feel exhausted and clammy', 'human'],
	['a dor no peito tá indo pras costas, tô suando muito', 'human'],
	// insulin injected twice by mistake
	['minha avó se confundiu e tomou a insulina duas vezes hoje de manhã', 'human'],
	['mi tío se inyectó la insulina 2 veces porque no se acordaba', 'human'],
	['dad injected his insulin twice tonight by accident', 'human'],
	// a small child found with a pill pack and pills missing
	['peguei minha filha de 3 anos com o remédio da avó, tão faltando comprimidos na cartela', 'human'],
	['my toddler had the blister pack and two tablets are missing', 'human'],
	// back pain with incontinence or numbness in the saddle area
	['travei a lombar e hoje fiz xixi na roupa sem perceber, a virilha ta dormente', 'human'],
	['me duele la espalda y tengo las nalgas dormidas desde esta mañana', 'human'],
	['lower back has been killing me and now I peed myself and feel numb down below', 'human'],
	// a nursing mother pet trembling and stiff
	['minha gata teve filhotes faz 10 dias e tá tremendo toda, andando travada', 'veterinary'],
	['my collie with 4 week old puppies is shaking all over and walking stiffly', 'veterinary'],
	// a labour that stalled: a pup stuck, or she stopped pushing
	['tem um filhote travado metade pra fora faz 15 minutos', 'veterinary'],
	['la perra tuvo 3 cachorros esta mañana y ahora ya no puja, se ve cansada', 'veterinary'],
	['my cat had 2 kittens earlier and has stopped pushing but her belly is still big', 'veterinary'],
	// pet bleeding that will not stop or has gone on for long
	['o gato cortou a pata no vidro e tá sangrando há 25 minutos', 'veterinary'],
	['al perro le sale mucha sangre de la pata y no para', 'veterinary'],
	['my dog caught his tail in the door, blood everywhere and it keeps dripping', 'veterinary'],
	// a gushing nosebleed with a risk
	['my grandma takes warfarin and her nose has been gushing for 40 minutes', 'human'],
	// a venomous animal's sting or bite with body-wide signs, or an unknown sting with vomiting and a racing heart
	['uma aranha mordeu meu marido no braço e ele tá suando em bicas e vomitando', 'human'],
	['a mi abuela le picó un alacrán en el pie y está vomitando', 'human'],
	['a jellyfish stung my daughter and now she is sweating and being sick', 'human'],
	['something stung me in the garden, now I am vomiting and my heart is pounding', 'human'],
	// a blow to the head, then double or blurred vision, vomiting, repeated questions
	['meu filho levou uma bolada, bateu a cabeça forte e agora tá vendo dobrado', 'human'],
	['got hit in the head at football and has thrown up since', 'human'],
	// something driven into the eye
	['uma lasca de madeira furou o olho do meu pai', 'human'],
	['a splinter of glass is lodged in my eye', 'human'],
	// a pet suddenly blind, walking into walls
	['mi perra de repente choca con las paredes y no ve nada', 'veterinary'],
	// a face or neck swollen from a tooth, with trouble swallowing
	['tô com a bochecha inchada por causa do dente e dificuldade de engolir', 'human'],
	['my face is swollen from a bad tooth and I have difficulty swallowing', 'human'],
	// solvents swallowed; detergent pods and drain cleaner in pets; chocolate in new shapes
	['meu filho bebeu thinner achando que era água', 'human'],
	['my cat chewed a dishwasher tablet', 'veterinary'],
	['a cachorra lambeu desentupidor que caiu no chão', 'veterinary'],
	['mi perro se comió los bombones que dejé en la mesa', 'veterinary'],
	['the dog scoffed a whole easter egg', 'veterinary'],
	// an open fracture; an old person's leg turned outwards after a fall
	['fell off my bike and the bone is poking out of my arm', 'human'],
	['minha avó caiu e a perna ficou virada pra fora', 'human'],
	// sudden pain down there in a boy, with vomiting
	['meu filho de 12 anos acordou com uma dor forte de repente lá embaixo e vomitou', 'human'],
	// a child telling of being touched by an adult
	['minha filha de 7 anos contou que o tio passou a mão nela', 'human'],
	['my 8 year old says the coach touched him', 'human'],
	// a fit in pregnancy; a baby gone stiff with a blank stare
	['estou grávida de 32 semanas e tive uma convulsão agora', 'human'],
	['mi nena de 8 meses tiene la mirada perdida y está sacudiendo los brazos', 'human'],
	// slurred speech, a face that dropped, a leg dragged
	['meu tio começou a falar embolado e o rosto caiu de um lado', 'human'],
	['mi papá de repente arrastra la pierna derecha', 'human'],
	// new confusion in an old person
	['grandpa suddenly doesnt know where he is and keeps trying to leave the house', 'human'],
	// breathing: gasping for air, the chest sucking in
	['não consigo puxar o ar direito, tá piorando', 'human'],
	['a mi bebé se le hunde el pecho al respirar', 'human'],
	// early pregnancy, pain on one side and bleeding
	['tô grávida de 7 semanas, com dor do lado direito e sangramento', 'human'],
	// a dog worn out after a hike; a young kitten that has not eaten; yellow gums
	['just back from a long hike and the lab is panting hard and wobbly', 'veterinary'],
	['minha gatinha de 2 meses tá sem comer desde ontem', 'veterinary'],
	['my cat has gone off food and her gums look yellow', 'veterinary'],
	// days after giving birth, a splitting headache and blurred vision
	['gave birth last week and now I have a splitting headache and blurry vision', 'human'],
	// round 6: whitish gums, a plan to jump from a height, one more pup still inside, a baby "not felt",
	// a purple tongue, lying flat after a hot car, burn marks after a shock, a jet of blood, bite holes
	// in a puppy, a flat round battery, "acaba de", coolant from a car, toddler heart pills, a cup of tea
	['a cadela desmaiou e as gengivas estão esbranquiçadas', 'veterinary'],
	['my old boy collapsed and his gums look whitish', 'veterinary'],
	['meu irmão disse que vai pular do viaduto hoje à noite', 'human'],
	['mi primo amenaza con tirarse del balcón', 'human'],
	['a gata pariu dois e parou, ainda tem mais um dentro e ela faz força', 'veterinary'],
	['tengo 30 semanas y no siento a la bebé desde ayer', 'human'],
	['my pug after the walk has a purple tongue and is panting like mad', 'veterinary'],
	['la gata quedó encerrada en el auto al sol y ahora está tirada y muy caliente', 'veterinary'],
	['my kiddo put a fork in the socket and his fingertips are blackened', 'human'],
	['cortei a perna com a serra e tá saindo sangue em jato', 'human'],
	['a big dog grabbed my kitten and now she has puncture wounds on her side', 'veterinary'],
	['acho que o bebê engoliu uma pilha redondinha do brinquedo', 'human'],
	['mi marido me acaba de golpear y me encerré en el cuarto', 'human'],
	['o cachorro lambeu a água do radiador que vazou do carro', 'veterinary'],
	["my toddler chewed one of nana's amlodipine tablets", 'human'],
	['my 2 year old knocked a mug of tea over herself and its blistering', 'human'],
	['le di un tylenol a mi gato para el dolor', 'veterinary'],
	['the baby has a grape caught in his throat and cant cry', 'human'],
];

const NON_EMERGENCIES: [string, Profile][] = [
	// Blind set 7's lessons (spent), in new words.
	['me desmayé en la misa el domingo, me desperté enseguida y desde entonces bien', 'human'],
	['ele desmaiou no sol ontem mas acordou na hora, hoje tá normalzinho', 'human'],
	['me duele el pecho cuando me aprieto las costillas, no me falta el aire', 'human'],
	['how hot is too hot for a newborn to sleep without a fan?', 'human'],
	['a mi primo lo mordió un perro hace unos años, ¿qué vacunas necesito yo?', 'human'],
	['me va a dar un infarto con esta factura, ¿me explican el cobro?', 'human'],
	['o filho da vizinha engoliu uma moeda, tô paranoica, como eu previno isso?', 'human'],
	['oq eu faço se meu gato comer uma lagartixa?', 'veterinary'],
	// Tuning set 6's lessons, in new words: a told event that is over, an errand, an idiom.
	['my puppy got a bit too hot at the park, we cooled her off and she perked up straight away', 'veterinary'],
	['he choked on a sweet at lunch but it came out, he has been fine since then', 'human'],
	['o gato vomitou o elástico inteiro agora há pouco, tá comendo e brincando', 'veterinary'],
	['el perro se peleó el sábado, ya lo curaron, ¿cuándo le sacamos los puntos?', 'veterinary'],
	['a mi abuelo le dio un ictus en enero y ahora hace rehabilitación, ¿tienen fisioterapeuta?', 'human'],
	['my epipen expires next week, can I get a repeat prescription?', 'human'],
	['do i need anything for tick bites when camping? what goes in a first aid kit?', 'human'],
	['la perra hace caca normal y come bien, ¿le toca la desparasitación?', 'veterinary'],
	['posso dar uva passa pro cachorro? ele adora', 'veterinary'],
	['the cat loves nibbling on the cat grass I bought, is that fine?', 'veterinary'],
	['qual a bateria da chave do carro, cr2032? preciso trocar', 'human'],
	['how often should I check my dog for ticks in summer?', 'veterinary'],
	['meu avô foi pra academia e voltou suando e cansado, tá ótimo', 'human'],
	['minha avó toma insulina duas vezes por dia, posso marcar a consulta de rotina?', 'human'],
	["my son is 4, how many children's paracetamol tablets can I give him?", 'human'],
	['tenho dor lombar há uma semana, quero marcar fisioterapia', 'human'],
	['my cat had kittens two months ago, when can I get her spayed?', 'veterinary'],
	['cortei a unha do cachorro e sangrou um pouquinho, já parou', 'veterinary'],
	['uma aranha passou no meu braço mas não picou, tô bem', 'human'],
	['what should I pack for the beach in case of jellyfish?', 'human'],
	['bati a cabeça no armário de leve, tá tudo bem, só um galinho', 'human'],
	['my dog has a splinter in his paw, can I take it out at home?', 'veterinary'],
	['posso dar um pedacinho de chocolate branco? ele não comeu nada ainda', 'veterinary'],
	['which dishwasher tablets are safe to keep in a house with pets?', 'veterinary'],
	['my aunt had seizures in both her pregnancies, is it hereditary?', 'human'],
	['o médico tocou nela durante o exame de rotina e tá tudo certo', 'human'],
	['mi hijo arrastra los pies cuando camina, es normal a los 2 años?', 'human'],
	['my dog has yellow tartar on his teeth near the gums, can you clean them?', 'veterinary'],
	['we are going on a long hike with the dog on saturday, how much water should I bring?', 'veterinary'],
	['minha gata é branquinha e tem a gengiva rosada, tá tudo bem', 'veterinary'],
	['vamos pular da ponte de bungee jump no sábado, o seguro cobre?', 'human'],
	['the pool party was great, the kids kept jumping off the diving board', 'human'],
	['qual pilha redonda vai no termômetro do bebê?', 'human'],
	['my dog drinks coolant? no, I keep it locked in the garage, just checking what is dangerous', 'veterinary'],
	['mi perro duerme tirado en el piso del patio, juega y come bien', 'veterinary'],
	// A plan (future subjunctive, "en caso q") and "hit me up" are no event (blind set 9's false alarms; new sentences).
	['qdo a gente viajar pro sítio e o cachorro comer um sapo, o que eu faço primeiro?', 'veterinary'],
	['en caso q mi hijo se trague una pila, a qué hospital lo llevo?', 'human'],
	['busy week, hit me up on friday to book the checkup', 'human'],
];

// The rules must leave these alone; the learned layer raises them, known false alarms of it: back
// pain and tiredness are also the words of an atypical heart attack in a woman, and jaw and back
// pain of a heart attack (raised since its threshold went from 0.93 to 0.83), and one-sided pain
// in early pregnancy, the words of an ectopic pregnancy (raised at 0.78, score 0.85).
const RULES_LEAVE_ALONE: [string, Profile][] = [
	['estoy embarazada de 8 semanas y me duele un poco el lado derecho al estornudar, es normal?', 'human'],
	['tengo dolor de espalda por dormir mal y estoy cansada', 'human'],
	['my jaw clicks when I chew, and my back is stiff from the gym', 'human'],
];

describe('rules-alone recall wordings', () => {
	it.each(EMERGENCIES)('escalates %s', (text, profile) => {
		expect(byRules(text, profile)).toBe(true);
	});

	it.each(NON_EMERGENCIES)('does not escalate %s', (text, profile) => {
		expect(escalates(text, profile)).toBe(false);
	});

	it.each(RULES_LEAVE_ALONE)('the rules do not escalate %s', (text, profile) => {
		expect(byRules(text, profile)).toBe(false);
	});
});
