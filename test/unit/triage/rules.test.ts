// The built-in rules: versioned per-language files (advice, specialties, routine rules) plus the
// red-flag rules built on the catalogue, covering every red flag the issue lists in all three
// languages. Each example must escalate through a rule of the expected catalogue category.
import { BUILT_IN_RULE_FILES, builtInRules } from '../../../nodes/SymptomTriage/compile';
import { LANGUAGES, PROFILES, type Language } from '../../../nodes/SymptomTriage/types';
import { categories, pet, triage } from './support';

type Examples = Record<Language, string>;

const HUMAN: Record<string, [string, Examples]> = {
	'chest pain': [
		'human.chest_pain_cardiac',
		{ pt: 'aperto no peito há meia hora', es: 'opresión en el pecho desde hace rato', en: 'tightness in my chest' },
	],
	'breathing difficulty': [
		'human.severe_breathing_difficulty',
		{ pt: 'estou com dificuldade para respirar', es: 'tengo dificultad para respirar', en: 'I am struggling to breathe' },
	],
	'stroke signs': [
		'human.stroke_be_fast',
		{ pt: 'minha mãe está com a boca torta', es: 'mi madre tiene la boca torcida', en: "my mum's face is drooping" },
	],
	'loss of consciousness': [
		'human.not_breathing_unresponsive',
		{ pt: 'ele está inconsciente', es: 'está inconsciente', en: 'he is unconscious' },
	],
	seizure: [
		'human.seizure',
		{ pt: 'meu filho está tendo uma convulsão', es: 'mi hijo está teniendo una convulsión', en: 'my son is having a seizure' },
	],
	'severe bleeding': [
		'human.severe_haemorrhage',
		{ pt: 'está perdendo muito sangue', es: 'está perdiendo mucha sangre', en: 'he is losing a lot of blood' },
	],
	anaphylaxis: [
		'human.anaphylaxis',
		{ pt: 'teve uma reação alérgica grave', es: 'tuvo una reacción alérgica grave', en: 'she is having a severe allergic reaction' },
	],
	'suicidal ideation': [
		'human.suicidal_crisis',
		{ pt: 'penso em suicídio', es: 'pienso en suicidarme', en: "I'm having suicidal thoughts" },
	],
	overdose: [
		'human.overdose_poisoning',
		{ pt: 'ela tomou uma caixa de calmantes', es: 'se tomó una caja de pastillas', en: 'he took a bunch of pills' },
	],
	'severe head trauma': [
		'human.head_injury',
		{ pt: 'bateu a cabeça e desmaiou', es: 'se golpeó la cabeza y vomitó', en: 'he hit his head and passed out' },
	],
	'sick infant': ['human.unwell_child_red_signs', { pt: 'o bebê está molinho', es: 'el bebé está muy decaído', en: 'the baby is floppy' }],
	'bleeding in pregnancy': [
		'human.pregnancy_bleeding',
		{ pt: 'estou grávida e com sangramento', es: 'estoy embarazada y tengo un sangrado', en: "I'm pregnant and spotting" },
	],
};

const VETERINARY: Record<string, [string, Examples]> = {
	bloat: [
		'vet.gdv_bloat',
		{
			pt: 'ânsia de vômito sem sair nada e barriga estufada',
			es: 'arcadas sin vomitar y la panza hinchada',
			en: 'dry heaving and his belly is bloated',
		},
	],
	'urinary blockage in a male cat': [
		'vet.urinary_obstruction_cat',
		{ pt: 'meu gato macho não faz xixi', es: 'mi gato macho no orina', en: "my male cat can't pee" },
	],
	chocolate: [
		'vet.chocolate_xylitol_caffeine',
		{ pt: 'o cachorro comeu chocolate', es: 'el perro comió chocolate', en: 'the dog ate chocolate' },
	],
	xylitol: [
		'vet.chocolate_xylitol_caffeine',
		{ pt: 'o cachorro comeu chiclete', es: 'el perro se comió un chicle', en: 'the dog ate gum' },
	],
	'grapes and raisins': ['vet.grapes_raisins', { pt: 'o cachorro comeu passas', es: 'el perro comió pasas', en: 'the dog ate raisins' }],
	'lilies (cats)': ['vet.lily_cats', { pt: 'a gata lambeu pólen de lírio', es: 'la gata mordió un lirio', en: 'my cat chewed a lily' }],
	rodenticide: [
		'vet.rodenticide_chumbinho',
		{ pt: 'o cachorro comeu chumbinho', es: 'el perro comió raticida', en: 'the dog ate rat poison' },
	],
	antifreeze: [
		'vet.antifreeze_ethylene_glycol',
		{ pt: 'o cachorro lambeu anticongelante', es: 'el perro lamió anticongelante', en: 'the dog licked antifreeze' },
	],
	'human medicines': [
		'vet.human_medicines_drugs',
		{ pt: 'o cachorro comeu meus comprimidos', es: 'el perro se comió mis pastillas', en: 'the dog chewed my pills' },
	],
	seizures: [
		'vet.seizures',
		{ pt: 'a cachorra está tendo uma convulsão', es: 'la perra está teniendo una convulsión', en: 'the dog is having a seizure' },
	],
	trauma: ['vet.trauma_major', { pt: 'o gato foi atropelado', es: 'atropellaron al gato', en: 'the cat was hit by a car' }],
	'breathing difficulty': [
		'vet.respiratory_distress',
		{ pt: 'o cachorro está com dificuldade para respirar', es: 'al perro le cuesta respirar', en: 'the dog has difficulty breathing' },
	],
	'pale or purple gums': ['vet.respiratory_distress', { pt: 'gengivas roxas', es: 'encías moradas', en: 'purple gums' }],
	heatstroke: ['vet.heat_stroke', { pt: 'acho que é insolação', es: 'creo que es un golpe de calor', en: 'I think it is heatstroke' }],
	collapse: ['vet.arrest_collapse_unresponsive', { pt: 'o cachorro desmaiou', es: 'el perro colapsó', en: 'the dog collapsed' }],
	'heavy bleeding': [
		'vet.uncontrolled_bleeding',
		{ pt: 'a pata não para de sangrar', es: 'la pata no deja de sangrar', en: "the paw won't stop bleeding" },
	],
};

describe('built-in rule files', () => {
	it('has one versioned file per profile and language, and one version of the red-flag rules', () => {
		const files = BUILT_IN_RULE_FILES as { version: string; profile: string; language: string }[];
		expect(files.map((file) => `${file.profile}.${file.language}`).sort()).toEqual(
			PROFILES.flatMap((profile) => LANGUAGES.map((language) => `${profile}.${language}`)).sort(),
		);
		expect(new Set(files.map((file) => file.version))).toEqual(new Set(['2026.11.1']));
		expect(new Set([...builtInRules().sets.values()].map((set) => set.version))).toEqual(new Set(['2026.11.1/2026.12.35']));
	});

	it('compiles once per process', () => {
		expect(builtInRules()).toBe(builtInRules());
		expect(builtInRules().sets.size).toBe(6);
	});

	it('uses the same red-flag rules and advice keys in every language of a profile', () => {
		for (const profile of PROFILES) {
			const sets = LANGUAGES.map((language) => builtInRules().sets.get(`${profile}.${language}`)!);
			const redFlagIds = (index: number) =>
				sets[index].rules
					.filter((rule) => rule.category)
					.map((rule) => rule.id)
					.sort();
			expect(redFlagIds(1)).toEqual(redFlagIds(0));
			expect(redFlagIds(2)).toEqual(redFlagIds(0));
			for (const set of sets) expect(Object.keys(set.advice).sort()).toEqual(Object.keys(sets[0].advice).sort());
		}
	});

	it('does not take a pet named Chumbinho for rat poison', () => {
		expect(pet('o nome do meu cachorro é Chumbinho').escalate).toBe(false);
		expect(pet('acho que deram chumbinho pro meu cachorro').escalate).toBe(true);
	});

	describe.each(Object.entries(HUMAN))('human: %s', (_name, [category, examples]) => {
		it.each(LANGUAGES)('escalates in %s', (language) => {
			const result = triage(examples[language], language);
			expect(result.escalate).toBe(true);
			expect(categories(result)).toContain(category);
		});
	});

	describe.each(Object.entries(VETERINARY))('veterinary: %s', (_name, [category, examples]) => {
		it.each(LANGUAGES)('escalates in %s', (language) => {
			const result = pet(examples[language], language);
			expect(result.escalate).toBe(true);
			expect(categories(result)).toContain(category);
		});
	});
});
