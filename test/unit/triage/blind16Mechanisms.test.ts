// Mechanisms the red-flag rules learned from blind sets 15 and 16's false alarms (round 9: scope rules
// that apply to any symptom), each checked with wordings written fresh for this test (none is copied
// from a set): the rules alone must leave each look-alike alone and still escalate the close emergency.
import type { Profile } from '../../../nodes/SymptomTriage/types';
import { describeWordings } from './support';

const NON_EMERGENCIES: [string, Profile][] = [
	// someone outside the household: their story, whatever the speaker asks next
	['o neto da minha vizinha engoliu um ímã e precisou de cirurgia, quais brinquedos vocês indicam pra 2 anos?', 'human'],
	['al gato de mi compañera de trabajo lo atropellaron la semana pasada, ¿cuánto cuesta el chip?', 'veterinary'],
	["my cousin's little girl had a febrile fit at Christmas, what temperature counts as a fever?", 'human'],
	['minha cunhada contou que o cachorro dela comeu chumbinho no sítio, qual ração vocês têm pra filhote?', 'veterinary'],
	['a cat in our building fell off a balcony, do you sell window nets?', 'veterinary'],
	// a programme named before its story
	['vi um episódio de uma série onde o cara teve um infarto na academia, vocês fazem teste ergométrico?', 'human'],
	['watched a documentary about a dog that got bloat after dinner, should I use a slow feeder?', 'veterinary'],
	// care received, then over: an injection, a manoeuvre, sent home
	['ontem ela teve reação à vacina, o rosto inchou, deram uma injeção e desinchou, quando é a próxima dose?', 'veterinary'],
	['mi papá se atragantó con pollo, le hicimos la maniobra, salió el trozo y ahora habla normal', 'human'],
	// "se le bajó todo" is the swelling going down, not "se bajó todo el frasco" (swallowed the lot)
	['a mi perro le picó una abeja, se le hinchó el hocico, le pusieron un corticoide y se le bajó todo', 'veterinary'],
	['levamos na UPA ontem por uma convulsão com febre, examinaram e liberaram, hoje tá ótima', 'human'],
	// a named everyday cause giving the speaker an illness; breathless at a price
	['meu trabalho tá me dando um infarto essa semana kkk, preciso de atestado por causa da gripe', 'human'],
	['me quedé sin aire con el precio de la cirugía, ¿hay financiación?', 'veterinary'],
	['my exams are giving me a heart attack lol, can I book a sick note appointment?', 'human'],
	// a count of none, prevention, a vaccine asked about, a general question about what to worry about
	['zero sangramento e zero dor, 20 semanas, só queria confirmar a data do ultrassom', 'human'],
	['la vete dice que si la esterilizamos prevenimos la piometra, ¿qué día tienen libre?', 'veterinary'],
	['when is the parvo jab due for a 9 week old puppy?', 'veterinary'],
	['what kind of headache should I worry about in pregnancy?', 'human'],
	['o que é pré-eclâmpsia? minha irmã perguntou e eu não soube explicar', 'human'],
	// a story dated years back goes on in the next clause of its sentence
	['há uns 10 anos tive uma crise alérgica, fechou a garganta e fui parar no hospital. quero colocar isso na minha ficha', 'human'],
	// carrying or renewing the kit; a what-if and the question it asks; a fear; when to start worrying
	['do I need to renew my epipen? it runs out in March', 'human'],
	['if she ever has a seizure at nursery, should staff call an ambulance?', 'human'],
	['tenho medo do meu filho engasgar com uva, como eu corto?', 'human'],
	['depois de quanto tempo em trabalho de parto sem sair filhote devo me preocupar? ela tá prenhe de 58 dias', 'veterinary'],
	// how long it has lasted, not how old
	['llevo 3 días con diarrea, tengo 40 años, ¿me dan cita hoy?', 'human'],
	// years back in everyday words, and never again since
	['mi gato convulsionó una vez hace como 3 años y nunca más, ¿lo puedo vacunar?', 'veterinary'],
	['she had one fit about 5 years ago and never again, is she ok for the anaesthetic?', 'veterinary'],
	// someone else named as the one it happened to; a programme; where the risk lives; a service asked about
	['a mi compañera de trabajo le dio un infarto el mes pasado, ¿hacen chequeos de corazón?', 'human'],
	['ayer vi en netflix a una chica que se desangraba en el parto, ¿eso pasa de verdad?', 'human'],
	['nos mudamos a una casa donde hay alacranes, ¿qué hago para proteger a los niños?', 'human'],
	['do you guys stock epipens or do I need a prescription?', 'human'],
	['quero marcar a vacina do filhote pra proteger da parvovirose', 'veterinary'],
	// an epileptic pet's past seizures, counted
	['minha cachorra é epiléptica, teve duas crises ano passado, quero ajustar a dose', 'veterinary'],
	['my epileptic dog had two seizures last month, can we review his meds?', 'veterinary'],
	// a negated verb denies its object
	['ele não comeu uva, só cheirou, mesmo assim devo observar?', 'veterinary'],
];

const EMERGENCIES: [string, Profile][] = [
	// someone outside the household who is in trouble now, or harming one of the speaker's own
	['o cachorro do vizinho mordeu o braço do meu filho, tá sangrando muito', 'human'],
	['the neighbour next door collapsed in her garden and is not breathing, I am with her now', 'human'],
	['creo que mi amiga tomó muchas pastillas, está muy dormida y no contesta bien', 'human'],
	['a friend of mine is having fits one after another at my flat and not waking in between', 'human'],
	// an injection given, but not over
	['gave him an antihistamine injection at the vet and his face is still swelling and he is wheezing', 'veterinary'],
	// a guessed harmless cause is nerves, not a joke
	['meu dogue alemão tá todo estufado e tentando vomitar sem sair nada, deve ter comido demais kkk', 'veterinary'],
	// "already" counts today's seizures; an epileptic pet's cluster
	['o Bob é epiléptico, hoje já teve três crises e entre uma e outra não volta ao normal', 'veterinary'],
	// an elderly fall told with "madre de 79" and the leg turned out
	['mi madre de 79 se cayó en la cocina, no se puede poner de pie y tiene la pierna rotada hacia fuera', 'human'],
	// any amount of lily for a cat, any amount of a drug for a puppy
	['mi gato mordisqueó un poquito el ramo, tiene polen naranja en la cara', 'veterinary'],
	['the puppy ate a tiny bit of a weed gummy and is wobbly', 'veterinary'],
	// a pluperfect ingestion back again today
	['la perra ya se había comido veneno de ratas el año pasado, hoy la encontré otra vez con bolitas azules en la boca', 'veterinary'],
	// an old history, then something new: in another sentence, or happening now
	['meu cachorro teve cinomose há anos. vomitou sangue', 'veterinary'],
	['há 5 anos tive um AVC, hoje acordei com a boca torta e a fala enrolada', 'human'],
	['meu bebê de 5 dias tá com febre', 'human'],
	// someone else in trouble now: a state denied in the present is no story
	['a mi amiga le dio un ataque y no reacciona', 'human'],
	['is it normal for a kitten to not eat since last night and be cold and floppy?', 'veterinary'],
	['meu irmão disse que vai se matar, tá com uma corda no quarto', 'human'],
	// swallowed the lot
	['mi perro se bajó todo el frasco de ibuprofeno que estaba en la mesa', 'veterinary'],
	// a named cause is no figure when the illness is real
	['estou com dor no peito forte e suando frio desde o almoço', 'human'],
	// a negated verb does not deny a later ingestion
	['ele não comeu a ração mas engoliu uma meia inteira e tá tentando vomitar', 'veterinary'],
];

describeWordings('blind sets 15 and 16 mechanisms (round 9)', EMERGENCIES, NON_EMERGENCIES);
