// Frames behind the emergencies of blind set 22 (and older holes) that the rules alone missed, each
// checked with wordings written fresh for this test (none is copied from a set): the rules alone must
// escalate each emergency and leave each close look-alike alone.
import type { Profile } from '../../../nodes/SymptomTriage/types';
import { describeWordings } from './support';

const EMERGENCIES: [string, Profile][] = [
	// a laugh beside a caustic or toxin a child or pet bit into or swallowed is nerves, not a joke
	['kkkk meu filho de 3 anos mordeu uma pastilha de lava-louças, tá babando muito', 'human'],
	['jaja mi nena de 2 años mordió una pastilla de lavavajillas y está babeando mucho', 'human'],
	["haha my toddler chewed a dishwasher tablet and now he's drooling loads and grizzly", 'human'],
	['rsrs minha filha de 2 anos mordeu uma cápsula de lava roupa e tá babando e tossindo', 'human'],
	['jaja mi hijo tomó de la botella creyendo que era jugo pero era lejía, está babeando', 'human'],
	// lilies nibbled or bitten ("mordidinhas", "mordisco", "the cat's had a nibble"), a toxin pinched or nicked
	['minha gata deu umas mordidinhas no lírio do vaso hoje cedo', 'veterinary'],
	['mi gata le dio un mordisco a una hoja de azucena esta mañana', 'veterinary'],
	["the cat's had a little nibble on the lilies haha, anyway can I book her vaccines", 'veterinary'],
	['my dog nicked a packet of sugar free mints from my handbag, seems fine for now', 'veterinary'],
	['our puppy swiped a piece of xylitol gum off the table lol', 'veterinary'],
	// what it was taken for, then what it really was
	['kkk meu filho tomou um gole do que achava que era suco, mas era água sanitária, tá babando', 'human'],
	// a sign stated now, then only a calm ("já levantou", "está tranquilo", "asleep")
	['hoje ela caiu duas vezes e tem a gengiva branca, mas já levantou e tá tranquila', 'veterinary'],
	['se cayó esta mañana y tiene las encías blancas, pero ya está tranquilo durmiendo', 'veterinary'],
	["she collapsed in the garden and has white gums, but she's calm now and asleep", 'veterinary'],
	// a what-if about a small battery, with one gone missing now
	['pergunta boba kkk, se um bebê engolir uma pilha pequena tem que ir no hospital? é que a do relógio sumiu e ele tava mexendo', 'human'],
	["random question lol, what if a toddler swallows one of those little round batteries? I can't find the one from the remote", 'human'],
	// "por curiosidad" giving the motive of a look, then a report of what was seen
	['le miré la boca por curiosidad y las encías están blancas', 'veterinary'],
	['abri a boca dela por curiosidade e a gengiva tá branquinha', 'veterinary'],
	['I lifted his lip out of curiosity and his gums are white', 'veterinary'],
	// "the dog" of the household, another own animal fine
	['the dog ate rat poison, my cat is fine', 'veterinary'],
	['o cachorro comeu veneno de rato, a minha gata tá bem', 'veterinary'],
	['el perro se comió veneno para ratas, mi gata está bien', 'veterinary'],
	// a laugh beside a sign with its onset (after a meal, since a jump) or a count taken, or a harmless cause asked back
	['meu pastor alemão tá engraçado kkk, depois de jantar a barriga inchou e ele tenta vomitar e não sai nada, será um gás?', 'veterinary'],
	['jaja mi perro grande después de cenar tiene la panza hinchada y hace arcadas sin sacar nada', 'veterinary'],
	["lol my big lad's belly has swelled up after dinner and he keeps retching but nothing comes up, just gas?", 'veterinary'],
	['minha gata tá respirando muito rápido dormindo, contei 70 por minuto kkk, só sonhando?', 'veterinary'],
	['mi gata respira muy rápido mientras duerme, conté 64 por minuto jaja, será solo un sueño?', 'veterinary'],
	["haha my cat's breathing really fast asleep, counted 66 a minute, just dreaming?", 'veterinary'],
	// a baby's age in diminutives ("semaninhas", "diazinhos", "mesecito") with a fever
	['meu bebê tem 3 semaninhas e tá quentinho, 38,2 no termômetro', 'human'],
	['minha filha de 10 diazinhos tá com 38 de febre', 'human'],
	['mi bebé de 2 mesecito tiene fiebre de 38,5', 'human'],
	// back legs not moved ("sem mexer", "sin mover") or back feet dragged
	['meu dachshund acordou sem mexer as patas de trás e chora quando pego', 'veterinary'],
	['mi perro se despertó sin mover las patas traseras, llora al tocarlo', 'veterinary'],
	['my dog woke up dragging his back feet and yelps when I pick him up', 'veterinary'],
	// a cat in the litter box "for ages" or going back and forth, and nothing comes ("no hace nada", "não faz nada", "just sits there")
	['mi gato macho va al arenero a cada rato desde anoche y no hace nada, creo que es estreñimiento jaja', 'veterinary'],
	['meu gato vai na caixinha toda hora desde cedo e não faz nada, só fica lá agachado', 'veterinary'],
	['my boy cat has been in the tray for ages this morning and just sits there, crying a bit', 'veterinary'],
	// after a birth, a belief that the baby is not theirs, or that they are watched or messaged through the TV or phone
	['minha mulher teve bebê há duas semanas e agora jura que o bebê não é nosso, que trocaram na maternidade, não dorme', 'human'],
	['mi esposa dio a luz hace 12 días y dice que el bebé no es el nuestro y que nos espían, no duerme nada', 'human'],
	["my partner had our baby 10 days ago and keeps saying the baby isn't ours and the TV is sending her messages", 'human'],
	// a laugh beside unproductive retching or a meal then a run, with the belly swollen
	['kkk meu labrador comeu a ração toda e correu no quintal, agora fica tentando vomitar e não sai nada, barriga estufada', 'veterinary'],
	['jaja mi dóberman se comió su pienso y luego corrió, ahora intenta vomitar y no sale nada, tiene la panza más grande', 'veterinary'],
	["haha my setter keeps trying to throw up but nothing comes out, belly looks swollen and he can't settle", 'veterinary'],
	// sudden confusion in the elderly, and "fine yesterday" as the baseline, not a recovery
	['minha avó de 85 de repente não sabe onde está, fala com gente que não existe, ontem tava ótima', 'human'],
	['mi abuelo de 87 desde esta mañana está muy confundido, no me reconoce, ayer estaba perfecto', 'human'],
	["my nan (90) is suddenly confused since breakfast, doesn't know where she is, she was fine yesterday", 'human'],
	// an unspayed female drinking a lot with pus or discharge, her season dated weeks ago (the history a womb infection follows)
	['minha cadela de 9 anos não castrada tá bebendo muita água, saindo pus da vulva e não quer comer, o cio foi há um mês', 'veterinary'],
	['mi perra entera de 8 años bebe muchísima agua, le sale pus de la vulva y está decaída, estuvo en celo hace un mes', 'veterinary'],
	['my 7yo unspayed girl is drinking loads, pus from her vulva, lethargic, she was in season 5 weeks ago', 'veterinary'],
];

const NON_EMERGENCIES: [string, Profile][] = [
	// a caustic only thought to have been drunk; a swallowed sock passed; a cookie pinched
	['gente bebi um gole do que eu achava que era cândida, mas era água mesmo, to paranoica kkk', 'human'],
	['pensé que era lejía lo que tomé pero era agua, tranquila ya jaja', 'human'],
	['I thought it was bleach I sipped but it was just water lol, all good', 'human'],
	['mi hijo tomó de una botella que pensé que era lejía, pero era agua con limón jaja', 'human'],
	['meu cachorro comeu uma meia na segunda e fez cocô com ela hoje kkk, tá tudo bem', 'veterinary'],
	['my dog swallowed a sock on tuesday and pooped it out this morning lol', 'veterinary'],
	['lol my kid pinched a cookie from the jar, can I book his check up?', 'human'],
	// lilies never nibbled
	['minha gata nunca deu nem uma mordidinha nos lírios, posso deixar o vaso na sala?', 'veterinary'],
	["the cat's never had a nibble of the lilies, they're on a high shelf", 'veterinary'],
	// a pale sign that went back to pink; a slip with pink gums, then calm
	['a gengiva dele tava branca mas já voltou a ficar rosinha, agora tá tranquilo', 'veterinary'],
	['se resbaló en la cocina pero ya se levantó y está tranquilo, tiene las encías rosadas', 'veterinary'],
	['ele tropeçou no tapete mas já levantou e tá tranquilo, tem a gengiva bem rosinha', 'veterinary'],
	['she slipped off the sofa but got up straight away and is calm, gums are pink', 'veterinary'],
	// a what-if about a battery with only information missing
	['se uma criança engolir uma pilha o que acontece? não consigo achar nada no google', 'human'],
	['si un niño se traga una pila qué pasa? no encuentro información clara', 'human'],
	["what happens if a toddler swallows a button battery? asking for a school project, I can't find good info online", 'human'],
	// a curiosity question opening the message; a talk with no report
	['por curiosidad, qué pasa si un perro tiene las encías blancas y se desmaya?', 'veterinary'],
	['out of curiosity, what does it mean when a dog has white gums and collapses?', 'veterinary'],
	['Queria me inscrever no curso de gestante, estou com 20 semanas. Lá falam da bolsa rompida e das contrações?', 'human'],
	// the dog of others, poisoned, the speaker's own fine; someone of a neighbour of the speaker's father
	['the dog next door ate rat poison, mine are fine', 'veterinary'],
	['o cachorro do vizinho comeu veneno de rato, o meu tá bem', 'veterinary'],
	['envenenaram dois cachorros aqui na rua, os meus tão bem', 'veterinary'],
	['o filho do vizinho do meu pai engoliu uma pilha, os meus estão bem', 'human'],
	['la hija de la vecina de mi madre se tragó una pila, los míos están bien', 'human'],
	// the same laughs with no sign of now: a figure of speech, a joke about a meal, a count of something else
	['kkk depois de jantar eu que fiquei com a barriga inchada, o cachorro tá ótimo, será um gás?', 'veterinary'],
	["after dinner I'm so full I can't breathe lol", 'human'],
	['jaja conté 12 juguetes que rompió esta semana, será un récord?', 'veterinary'],
	["cant breathe im crying 😭😂 the receptionist's voice note just now was gold. anyway yes 10am works", 'human'],
	// an older child's diminutive age; a normal reading; back legs moved fine
	['meu filho tem 5 aninhos e tá com 38 de febre desde ontem, mas brincando', 'human'],
	['minha bebê de 4 mesinhos tá com 37,2, normal né?', 'human'],
	['ele dormiu a tarde toda sem se mexer muito, mas acordou e anda normal com as patas de trás', 'veterinary'],
	["my dog scuffs his back feet a little on walks since he got old, it's been like that for years", 'veterinary'],
	// the same words with nothing of a blocked cat: a lazy dog, a stay in hospital long ago, a tray that is fine
	['mi perro no hace nada en todo el día, solo duerme en su cama jaja, es normal en un galgo?', 'veterinary'],
	['minha gata fica na caixinha brincando com a areia e não faz nada de errado, xixi normal', 'veterinary'],
	["my cousin's baby was in NICU for ages after birth, I'm 24 weeks and fine, is there anything I can do to lower my risk?", 'human'],
	["he was on a urinary diet for ages when he was young, he's been weeing normally in the tray all week", 'veterinary'],
	// a baby that truly is someone else's; a TV that sends messages; a watched series
	['estamos cuidando do sobrinho, o bebê não é nosso mas posso marcar consulta pra ele com a pediatra?', 'human'],
	["we're babysitting this weekend, the baby isn't ours, can his mum book him in for his jabs?", 'human'],
	['la tele le manda notificaciones al móvil a mi mujer desde que dio a luz jaja, cómo se quita eso?', 'human'],
	// a meal then a run with nothing wrong; the speaker's own hangover
	["lol my dog ate his dinner then ran round like crazy, he's asleep now and totally fine", 'veterinary'],
	['jaja mi perro comió y luego corrió como loco, todo normal, ahora duerme', 'veterinary'],
	['kkk tentei vomitar depois da festa e não sai nada, nunca mais bebo', 'human'],
	['the kids scoffed pizza before running round the park lol, can I book their flu shots?', 'human'],
	// confusion that did pass, now fine
	['minha avó de 85 ficou confusa depois da cirurgia, mas já passou e hoje está ótima', 'human'],
	['mi abuelo de 87 estuvo confundido el lunes con la infección, pero ya está perfecto', 'human'],
	["my nan (90) got a bit confused last week with a UTI, she's totally fine now", 'human'],
	// a female in season now with a little discharge
	['minha cadela tá no cio agora, saindo um pouquinho de sangue, é normal?', 'veterinary'],
	['my girl is in season at the moment with a bit of discharge, is that normal?', 'veterinary'],
	['mi perrita está en celo esta semana y mancha un poco, es normal?', 'veterinary'],
];

describeWordings('Frames of the emergencies the rules missed in round 30', EMERGENCIES, NON_EMERGENCIES);
