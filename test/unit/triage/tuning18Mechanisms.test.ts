// Mechanisms the red-flag rules learned from tuning set 18's false alarms (measured once before any rule saw
// it), each checked with wordings written fresh for this test (none is copied from a set): the rules alone
// must leave each look-alike alone and still escalate the close emergency. The speaker's boss; chat English
// without "my" before someone else's ("friend's baby swallowed", but not "a scrap with the neighbours dog");
// from what reading something counts; a comparison with a biting animal; seen in hospital; first aid for a
// toad (mouth rinsed, gums wiped); "control" as a check-up, not a remote; a vaccinated status; "me toca
// control"; a pet's own medication given; skin not broken by a nip; "being paranoid"; what animals do in
// general, around a named place; "girarme" never corrected into "tirarme".
import type { Profile } from '../../../nodes/SymptomTriage/types';
import { describeWordings } from './support';

const NON_EMERGENCIES: [string, Profile][] = [
	['minha chefe desmaiou na reunião ontem e foi pro hospital, já tá bem. eu devia checar minha pressão?', 'human'],
	["cousin's little boy swallowed a magnet last year and had an operation, which toys should we avoid?", 'human'],
	['neighbours cat got hit by a car and died last week, how do I keep mine off the road?', 'veterinary'],
	['¿a partir de cuántos grados es fiebre en un bebé de 2 meses? quiero tener el termómetro a mano', 'human'],
	['at what temperature is it a fever for a newborn? just setting up the nursery', 'human'],
	['this puppy bites like a shark lol, when does teething stop?', 'veterinary'],
	['la llevamos a urgencias por la fiebre, la vieron en el hospital, le dieron el alta y ya está bien. ¿control con el pediatra?', 'human'],
	["he mouthed a toad this morning, I rinsed his mouth with the hose straight away and he's been totally normal all day", 'veterinary'],
	['estoy de 30 semanas, sin pérdidas ni sangrado, solo quería la cita del control del embarazo', 'human'],
	['mi perra vomitó una vez ayer, es adulta y está vacunada, come bien, ¿hay turno esta semana?', 'veterinary'],
	['mi hermana tuvo preeclampsia, yo estoy de 10 semanas, ¿me toca control más seguido?', 'human'],
	['mi perro tuvo una crisis corta esta mañana, le di su medicación y ya está normal, ¿ajustamos la dosis?', 'veterinary'],
	["my dog got nipped at the park but it didn't break the skin, just a bit of slobber. ok to leave it?", 'veterinary'],
	["what if my baby swallowed a coin, would it pass? she hasn't, I'm just being paranoid with her new toys", 'human'],
	['do ticks bite cats much in the city? just wondering if she needs a collar', 'veterinary'],
	['me duele al girarme en la cama, creo que es de la espalda, ¿hay cita con el de cabecera?', 'human'],
	// a fight with no wound found; only the wrapper licked
	['os dois cachorros brigaram no parque, examinei ele todo e não tem nenhum machucado, só tá assustado', 'veterinary'],
	["the dog got hold of my chocolate wrapper but he only licked it, I'd eaten the chocolate myself", 'veterinary'],
	// someone else's story told with the care it took; a cousin who was stung, told with when
	['o filho da minha vizinha engoliu um ímã e precisou de cirurgia, que brinquedos vocês recomendam evitar?', 'human'],
	['meu primo foi picado por escorpião no domingo e ficou internado, vocês têm soro aqui?', 'human'],
	// questions: the FAST acronym, what a kit costs, what an illness leaves
	['what does the FAST test for strokes stand for? making a fridge poster for my nan', 'human'],
	['how much is an epipen without insurance?', 'human'],
	['quanto custa a caneta de adrenalina na farmácia?', 'human'],
	['do febrile seizures leave lasting damage? reading up after my nephew had one', 'human'],
	// over: "le hicieron vomitar" and the tests fine, "tô me sentindo bem"
	[
		'anoche se comió unas pasas, lo llevamos a la guardia, le hicieron vomitar y la analítica salió perfecta. ¿hace falta control?',
		'veterinary',
	],
	['tive hipoglicemia hoje cedo, deu 55, comi um doce e agora tô me sentindo bem, só queria avisar a médica', 'human'],
];

const EMERGENCIES: [string, Profile][] = [
	['my dog had a fight with the neighbours cat and now his eye is bulging out of the socket', 'veterinary'],
	['mi bebé de 3 semanas tiene 38,5 de fiebre y está muy dormido', 'human'],
	["a snake just bit my dog on the leg in the backyard, it's swelling fast", 'veterinary'],
	["my dog just licked a cane toad and he's drooling heaps, gums bright red and he's shaking", 'veterinary'],
	["my dog got bitten by a bigger dog at the park, there's a deep puncture on his neck and it's bleeding", 'veterinary'],
	// the wrapper licked and the bar eaten; an empty wrapper found after a whole bar; no wound but down and breathing fast
	['he licked the wrapper and then ate the whole bar of dark chocolate', 'veterinary'],
	['meu cachorro comeu uma barra de chocolate meio amargo inteira, achei o papel vazio', 'veterinary'],
	['se peleó con otro perro, sin heridas pero no se levanta y respira muy rápido', 'veterinary'],
	// an animal nobody else owns, just now, then the speaker's other pet is fine; the cousin stung now
	['el gato se comió un lirio hace un rato, el mío está bien', 'veterinary'],
	['o gato comeu um lírio agora, o meu cachorro tá bem', 'veterinary'],
	['meu primo foi picado por escorpião agora e tá com muita dor e vomitando, o que eu faço?', 'human'],
	// the same words beside the signs themselves
	["my dad's face is drooping on one side and he can't lift his arm, is this the FAST thing for strokes??", 'human'],
	["his lips are swelling and he can't breathe, where's the epipen, how much do I give", 'human'],
	// the same events going on
	['se comió un puñado de pasas hace una hora y ahora vomita sin parar', 'veterinary'],
	['minha mãe é diabética, deu 40 no aparelho e ela tá confusa e suando frio', 'human'],
];

describeWordings('Scope mechanisms learned from tuning set 18', EMERGENCIES, NON_EMERGENCIES);
