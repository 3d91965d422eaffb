// Everyday wordings the red-flag rules learned from the rules-alone misses of the tuning and spent
// blind sets, written fresh for this test (none is copied from a set): the vocabulary and the
// concept combinations generalize across languages and phrasings. Each emergency must escalate on
// the rules alone; each close non-emergency must not escalate at all.
import { classify } from '../../../nodes/SymptomTriage/engine';

type Profile = 'human' | 'veterinary';

const byRules = (text: string, profile: Profile) => classify(text, { profile, language: 'auto', learned: false }).escalate;
const escalates = (text: string, profile: Profile) => classify(text, { profile, language: 'auto' }).escalate;

const EMERGENCIES: [string, Profile][] = [
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
];

const NON_EMERGENCIES: [string, Profile][] = [
	['posso dar uva passa pro cachorro? ele adora', 'veterinary'],
	['the cat loves nibbling on the cat grass I bought, is that fine?', 'veterinary'],
	['qual a bateria da chave do carro, cr2032? preciso trocar', 'human'],
	['how often should I check my dog for ticks in summer?', 'veterinary'],
	['meu avô foi pra academia e voltou suando e cansado, tá ótimo', 'human'],
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
});
