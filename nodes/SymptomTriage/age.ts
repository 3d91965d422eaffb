// Age groups from what people write: "bebê de 2 meses", "my 6 week old", "mi papá de 72",
// "grávida de 30 semanas", "14 yo dog". The catalogue raises or lowers a red flag's level for
// newborns, infants, children, the elderly and pregnancy (puppies/kittens and senior pets for
// veterinary), so rules can require an age group ("@age:infant"). Words that name a group
// without a number ("recém-nascido", "idoso", "filhote") are in the rules file's lexicon; this
// module reads the numbers.
import type { Profile } from './types';

export const AGE_GROUPS = ['newborn', 'under_3_months', 'infant', 'child', 'elderly', 'pregnancy', 'puppy_kitten', 'senior_pet'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

export interface AgeHit {
	group: AgeGroup;
	/** Word indexes in the message (end exclusive). */
	start: number;
	end: number;
}

// With the diminutives a parent uses: "3 semaninhas", "10 diazinhos", "2 mesecitos".
const DAYS = new Set(['dia', 'dias', 'diazinho', 'diazinhos', 'diita', 'diitas', 'day', 'days', 'd']);
const WEEKS = new Set([
	'semana',
	'semanas',
	'semaninha',
	'semaninhas',
	'sem',
	'sems',
	'week',
	'weeks',
	'wk',
	'wks',
	'w',
	'sdg',
	'semanita',
	'semanitas',
]);
const MONTHS = new Set([
	'mes',
	'meses',
	'mesinho',
	'mesinhos',
	'month',
	'months',
	'mo',
	'mos',
	'mth',
	'mths',
	'm',
	'mesecito',
	'mesecitos',
]);
const YEARS = new Set(['ano', 'anos', 'aninho', 'aninhos', 'anito', 'anitos', 'year', 'years', 'yr', 'yrs', 'yo', 'y', 'yro', 'a', 'f']);
/** After a number of weeks or months: a baby's age, not a pregnancy's ("6 weeks old", "2 meses de vida"). */
const OLD = new Set(['old', 'vida', 'nascido', 'nascida', 'nacido', 'nacida', 'idade', 'edad', 'age']);
/** Before or after a number of weeks or months: a pregnancy ("grávida de 30 semanas", "30 weeks pregnant"). */
const PREGNANT = new Set([
	'gravida',
	'gestante',
	'gestacao',
	'gravidez',
	'embarazada',
	'embarazo',
	'gestacion',
	'pregnant',
	'pregnancy',
	'gestation',
	'preggo',
	'preggers',
	'buchuda',
	'encinta',
	'wks',
	'gravidinha',
]);
/** Bare numbers after these are years: "vovó de 90", "mi papá de 72", "mum is 74", "tem 80". */
const PERSON = new Set([
	'pai',
	'mae',
	'avo',
	'vo',
	'vovo',
	'vovozinha',
	'vozinha',
	'vozinho',
	'tio',
	'tia',
	'sogra',
	'sogro',
	'marido',
	'esposa',
	'mulher',
	'senhora',
	'senhor',
	'idoso',
	'idosa',
	'filho',
	'filha',
	'filhos',
	'neto',
	'neta',
	'irmao',
	'irma',
	'menino',
	'menina',
	'crianca',
	'papa',
	'mama',
	'madre',
	'padre',
	'viejita',
	'viejito',
	'abuelo',
	'abuela',
	'abuelito',
	'abuelita',
	'suegra',
	'suegro',
	'esposo',
	'hijo',
	'hija',
	'nieto',
	'nieta',
	'hermano',
	'hermana',
	'nino',
	'nina',
	'nene',
	'nena',
	'senor',
	'senora',
	'dad',
	'mum',
	'mom',
	'mums',
	'moms',
	'dads',
	'mamae',
	'papai',
	'mother',
	'father',
	'grandma',
	'grandpa',
	'gran',
	'granny',
	'nan',
	'nana',
	'grandad',
	'grandfather',
	'grandmother',
	'husband',
	'wife',
	'son',
	'daughter',
	'kid',
	'boy',
	'girl',
	'neighbour',
	'neighbor',
	'uncle',
	'aunt',
	'brother',
	'sister',
	'patient',
	'man',
	'woman',
	'lady',
	'he',
	'she',
	'tenho',
	'tem',
	'tengo',
	'tiene',
	'aged',
	'is',
	'am',
	'com',
	'con',
]);
/** Before a number, these make it a duration, not an age: "há 2 dias", "for 3 days", "hace 2 meses". */
const DURATION = new Set([
	'ha',
	'faz',
	'fazem',
	'hace',
	'for',
	'since',
	'desde',
	'durante',
	'por',
	'lleva',
	'leva',
	'last',
	'past',
	'cada',
	'every',
	'em',
	'en',
	'in',
	'uns',
	'umas',
	'unos',
	'unas',
	'mais',
	'mas',
	'more',
	'than',
	'quase',
	'casi',
	'almost',
	'nearly',
	'ultimos',
	'ultimas',
	'proximos',
	// "fever 5 days", "febre 3 dias", "tummy upset 2 days", "llevo 2 días": how long it has lasted.
	'fever',
	'febre',
	'fiebre',
	'llevo',
	'llevamos',
	'levo',
	'upset',
	'diarrhoea',
	'diarrhea',
	'diarrea',
	'diarreia',
	'vomiting',
	'vomitos',
	'vomitando',
	'cough',
	'coughing',
	'tosse',
	'tos',
	// A stay, not an age: "estuve internado un mes", "spent a week in hospital".
	'internado',
	'internada',
	'ingresado',
	'ingresada',
	'hospitalizado',
	'hospitalizada',
	'estuve',
	'estive',
	'spent',
]);
/** After a number and its unit, these make it a duration too: "2 dias atrás", "3 days ago", "2 semanas sem". */
const DURATION_AFTER = new Set([
	'atras',
	'ago',
	'sem',
	'without',
	'sin',
	'seguidos',
	'seguidas',
	'straight',
	'running',
	'now',
	// A stay, told after its length: "ficou 6 dias internado", "estuvo una semana ingresada".
	'internado',
	'internada',
	'ingresado',
	'ingresada',
	'hospitalizado',
	'hospitalizada',
]);
const CARRYING = new Set(['estou', 'estoy', 'to', 'tou', 'ando', 'estava', 'estaba', 'ja', 'ya']);
const LINK = new Set(['de', 'is', 'of', 'tem', 'tiene', 'com', 'con', 'aged', 'esta', 'am']);

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
	Object.entries({
		um: 1,
		uma: 1,
		un: 1,
		una: 1,
		uno: 1,
		one: 1,
		a: 1,
		an: 1,
		dois: 2,
		duas: 2,
		dos: 2,
		two: 2,
		tres: 3,
		three: 3,
		quatro: 4,
		cuatro: 4,
		four: 4,
		cinco: 5,
		five: 5,
		seis: 6,
		six: 6,
		sete: 7,
		siete: 7,
		seven: 7,
		oito: 8,
		ocho: 8,
		eight: 8,
		nove: 9,
		nueve: 9,
		nine: 9,
		dez: 10,
		diez: 10,
		ten: 10,
		onze: 11,
		once: 11,
		eleven: 11,
		doze: 12,
		doce: 12,
		twelve: 12,
	}),
);

function numberOf(word: string | undefined): number | undefined {
	if (word === undefined) return undefined;
	const code = word.charCodeAt(0);
	if (code >= 48 && code <= 57) return word.length <= 3 && /^\d+$/.test(word) ? Number(word) : undefined;
	return word.length <= 6 ? NUMBER_WORDS.get(word) : undefined;
}

const near = (words: readonly string[], from: number, to: number, set: ReadonlySet<string>) => {
	for (let at = Math.max(0, from); at < Math.min(words.length, to); at++) if (set.has(words[at])) return true;
	return false;
};

/** Whether an age can be read at this word (ageGroupsOf finds none in words where none can). */
export function mayStartAge(word: string): boolean {
	return numberOf(word) !== undefined;
}

/** Age groups found in the message's words (folded, spellings expanded, all clauses in a row). */
/** "1 ano e 2 meses", "a year and 3 months": the months add to years already counted. */
function afterYears(words: readonly string[], at: number): boolean {
	return AND.has(words[at - 1] ?? '') && YEARS_WORDS.has(words[at - 2] ?? '');
}
const AND = new Set(['e', 'y', 'and']);
const YEARS_WORDS = new Set(['ano', 'anos', 'year', 'years', 'yr', 'yrs']);

export function ageGroupsOf(words: readonly string[], profile: Profile): AgeHit[] {
	const hits: AgeHit[] = [];
	const add = (group: AgeGroup, start: number, end: number) => hits.push({ group, start, end });
	for (let at = 0; at < words.length; at++) {
		const value = numberOf(words[at]);
		if (value === undefined) continue;
		// The second figure of a reading ("tiene 125/80 y se encuentra bien"), not "80 y[ears]".
		if (/^\d/.test(words[at - 1] ?? '')) continue;
		// Number words such as "a"/"um" count only before a unit: "a week old", "um mês".
		const digits = /^\d/.test(words[at]);
		const unit = words[at + 1];
		const end = at + 2;
		if (DURATION.has(words[at - 1] ?? '') || DURATION.has(words[at - 2] ?? '') || DURATION_AFTER.has(words[end] ?? '')) {
			// "grávida de 30 semanas" is an age of a pregnancy even after "há": only weeks with a pregnancy word pass.
			if (!(unit !== undefined && WEEKS.has(unit) && near(words, at - 4, at, PREGNANT))) continue;
		}
		if (unit !== undefined && DAYS.has(unit) && (digits || unit !== 'd')) {
			if (profile === 'human' && value <= 28) add('newborn', at, end);
			if (profile === 'human') {
				add('under_3_months', at, end);
				add('infant', at, end);
				add('child', at, end);
			} else add('puppy_kitten', at, end);
		} else if (unit !== undefined && WEEKS.has(unit) && (digits || unit.length > 1)) {
			const old = near(words, end, end + 2, OLD);
			// "estou de 8 semanas", "to de 6 semanas", "I'm 8 weeks": only a pregnancy is counted that way.
			const carrying = words[at - 1] === 'de' && CARRYING.has(words[at - 2] ?? '');
			const pregnant =
				!old &&
				(carrying ||
					(words[at - 1] === 'am' && words[at - 2] === 'i') ||
					near(words, at - 4, at, PREGNANT) ||
					near(words, end, end + 2, PREGNANT) ||
					(profile === 'human' && value >= 12 && value <= 42));
			if (profile === 'veterinary') add('puppy_kitten', at, end);
			else if (pregnant) add('pregnancy', at, end);
			else {
				if (value <= 4) add('newborn', at, end);
				if (value < 13) add('under_3_months', at, end);
				add('infant', at, end);
				add('child', at, end);
			}
		} else if (unit !== undefined && MONTHS.has(unit) && (digits || unit.length > 2) && !afterYears(words, at)) {
			const pregnant = profile === 'human' && value <= 9 && !near(words, end, end + 2, OLD) && near(words, at - 4, at, PREGNANT);
			if (profile === 'veterinary') {
				if (value < 12) add('puppy_kitten', at, end);
			} else if (pregnant) add('pregnancy', at, end);
			else if (value < 12) {
				if (value < 3) add('under_3_months', at, end);
				add('infant', at, end);
				add('child', at, end);
			} else if (value < 144) add('child', at, end);
		} else if (digits && unit !== undefined && YEARS.has(unit)) {
			// "58F" is an adult woman; "a" (años) only in Spanish-style "80 a".
			if (unit === 'f' && value < 18) continue;
			addYears(value, at, end);
		} else if (digits && value >= 1 && near(words, at - 2, at, LINK) && near(words, at - 4, at, PERSON)) {
			addYears(value, at, at + 1);
		} else if (digits && value >= 40 && value <= 120 && PERSON.has(words[at - 1] ?? '')) {
			// "my mum (81)", "meu pai 78": an adult's age right after the person.
			addYears(value, at, at + 1);
		}
	}
	return hits;

	function addYears(value: number, start: number, end: number): void {
		if (profile === 'veterinary') {
			if (value >= 9) add('senior_pet', start, end);
			if (value === 0) add('puppy_kitten', start, end);
			return;
		}
		if (value < 1) add('infant', start, end);
		if (value <= 12) add('child', start, end);
		if (value >= 65 && value <= 120) add('elderly', start, end);
	}
}
