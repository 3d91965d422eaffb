// Frames behind emergencies the rules alone still missed over tuning 16–18 and blind 19–22, each
// checked with wordings written fresh for this test (none is copied from a set): the rules alone must
// escalate each emergency and leave each close look-alike alone.
import type { Profile } from '../../../nodes/SymptomTriage/types';
import { categories, describeWordings, pet } from './support';

const EMERGENCIES: [string, Profile][] = [
	// a farewell hidden in a cancellation: the appointments will not be needed, thanks for everything
	['cancel all my appointments, I won’t need them anymore, thank you for everything', 'human'],
	['please cancel everything, I won’t be needing any of it anymore. thanks for everything you did for me', 'human'],
	['podem cancelar tudo, não vou mais precisar, obrigado por tudo', 'human'],
	['pode desmarcar todas as minhas consultas, não vou mais precisar delas, obrigada por tudo que fizeram', 'human'],
	['ya no voy a necesitar las citas, cancélenlas, gracias por todo', 'human'],
	// a drink taken for another, and what it turned out to be was a caustic
	['my son drank from a bottle he thought was juice but it was bleach', 'human'],
	['tomé de la botella creyendo que era agua pero era lejía, me arde la garganta', 'human'],
	['bebi da garrafa que achei que era água mas era cândida, tá queimando', 'human'],
	// an old parent suddenly asking for someone long dead
	['my dad (84) suddenly keeps asking for his mother, she died 30 years ago', 'human'],
	['minha mãe de 88 anos de repente começou a perguntar pela mãe dela, que morreu há 40 anos', 'human'],
	['meu avô do nada tá chamando pela esposa, que faleceu faz 10 anos, ontem tava normal', 'human'],
	['mi abuela de 90 desde hoy pregunta por su madre, que murió hace años', 'human'],
	// rat poison eaten last week, its signs now (or told first)
	['my dog ate rat poison last week and now his gums are bleeding', 'veterinary'],
	['meu cachorro comeu veneno de rato semana passada e agora tá fraco e sangrando pelo nariz', 'veterinary'],
	['mi perro comió veneno para ratas la semana pasada y ahora está débil y sangra por las encías', 'veterinary'],
	['ele tá com manchas roxas na barriga e sangue no xixi, ah e semana passada comeu veneno de rato', 'veterinary'],
	// a laugh beside an allergen met and the swelling it brought is nerves
	['jaja mi hijo se comió un cacahuete y se le hinchó la lengua y le cuesta respirar', 'human'],
	["lol my son ate a peanut and his lips and tongue are swelling and he's wheezing", 'human'],
	['kkk meu filho comeu camarão e a boca tá inchando, tá com chiado', 'human'],
	// a rabbit breathing through its mouth (rabbits breathe through the nose)
	['my rabbit is breathing through his mouth', 'veterinary'],
	['meu coelho tá respirando pela boca', 'veterinary'],
	['mi conejo respira por la boca', 'veterinary'],
];

const NON_EMERGENCIES: [string, Profile][] = [
	// a cancellation with an everyday reason: moving, another clinic, better now
	['cancel all my appointments, I’m moving to Lisbon next month, thank you for everything', 'human'],
	['cancel all my appointments, I won’t need them anymore, I’m moving abroad. thank you for everything', 'human'],
	['please cancel my appointment tomorrow, I won’t need it anymore, the pain went away. thanks', 'human'],
	['podem cancelar tudo, vou mudar de cidade, não vou mais precisar, obrigado por tudo', 'human'],
	['pode cancelar a consulta, não vou mais precisar, já melhorei, obrigada por tudo', 'human'],
	['ya no voy a necesitar las citas porque me voy a otra clínica, gracias por todo', 'human'],
	['ya no voy a necesitar las citas, me mudo a Madrid, gracias por todo', 'human'],
	// a caustic only taken for what it was not
	['I drank from the bottle I thought was bleach but it was just water', 'human'],
	['mi hijo bebió de una botella que pensé que era lejía pero era jugo', 'human'],
	// a dead parent asked for over years of dementia, or grief
	['my dad has dementia for years and often asks for his mother, who died long ago', 'human'],
	['minha avó pergunta pela mãe dela às vezes, ela tem Alzheimer há anos, a mãe morreu faz tempo', 'human'],
	['mi abuela pregunta por su madre, que murió el año pasado, está triste, ¿es normal el duelo?', 'human'],
	// rat poison long ago or treated, with no sign now
	["my dog ate rat poison last week, the vet treated him and he's fine now", 'veterinary'],
	['comeu veneno de rato semana passada, já foi tratado e tá bem', 'veterinary'],
	// a laugh beside a medicine asked for, no reaction
	['menina sem energia pra estudar, tem remédio? kkk brincadeira, quero marcar a rotina dela', 'human'],
	['lol is there a pill for a lazy teenager? joking, just booking his check-up', 'human'],
	// a dog panting after a run; a rabbit eating or sneezing
	['my dog is breathing through his mouth after a run', 'veterinary'],
	['meu coelho comeu pela boca da gaiola kkk', 'veterinary'],
	['my rabbit is breathing fine, just sneezing', 'veterinary'],
];

describeWordings('Frames of the emergencies the rules missed in round 31', EMERGENCIES, NON_EMERGENCIES);

// A dog retching with nothing coming up is bloat, not a blocked bladder nor a stalled birth: the first red flag
// (and so the advice) is the bloat one; a cat straining in the litter tray with nothing coming out stays blocked.
const BLOAT: string[] = [
	'meu boxer tá inquieto, vomita e não sai nada, barriga parecendo um tambor',
	'mi gran danés vomita pero no sale nada y no se puede acomodar',
	"my big lad keeps trying to throw up but nothing comes out, he can't get comfy",
	"our old setter is retching with nothing coming up and won't lie down",
];
const BLOCKED_CAT: string[] = [
	'meu gato fica na caixinha fazendo força e não sai nada',
	'mi gato está en el arenero pujando y no sale nada',
	'my boy cat keeps going to the litter tray straining and nothing comes out',
];

describe('Retching with nothing coming up is bloat', () => {
	it.each(BLOAT)('bloat first: %s', (text) => {
		expect(categories(pet(text, 'auto'))[0]).toBe('vet.gdv_bloat');
	});
	it.each(BLOCKED_CAT)('blocked cat first: %s', (text) => {
		expect(categories(pet(text, 'auto'))[0]).toBe('vet.urinary_obstruction_cat');
	});
});
