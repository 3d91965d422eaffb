// Case, accents, chat spellings and typos: the rules match how people type.
import { expandSpellings, normalizeWords, tokenizeClauses } from '../../../nodes/SymptomTriage/normalize';
import { categories, pet, triage } from './support';

const words = (text: string, language: 'pt' | 'es' | 'en' = 'pt') =>
	expandSpellings(tokenizeClauses(text), language).map((clause) => clause.map((word) => word.text));

describe('normalize', () => {
	it('folds case and accents, drops apostrophes, squeezes stretched letters and splits clauses at punctuation', () => {
		expect(words('SOCORRRO!!! Não consigo respirar, é URGENTE')).toEqual([['socorro'], ['nao', 'consigo', 'respirar'], ['e', 'urgente']]);
		expect(words("He's not breathing", 'en')).toEqual([['he', 'is', 'not', 'breathing']]);
	});

	it('expands chat spellings per language', () => {
		expect(words('vc tá c dor? n consigo q mto', 'pt')).toEqual([
			['voce', 'esta', 'c', 'dor'],
			['nao', 'consigo', 'que', 'muito'],
		]);
		expect(words('tô mal pq', 'pt')).toEqual([['estou', 'mal', 'porque']]);
		expect(words("i can't, u r", 'en')).toEqual([
			['i', 'can', 'not'],
			['you', 'are'],
		]);
		expect(words('toy mal xq', 'es')).toEqual([['estoy', 'mal', 'porque']]);
		// "to" is Portuguese chat for "estou", but an English word.
		expect(words('to', 'en')).toEqual([['to']]);
	});

	it('keeps the original offsets of every word, shared by the words of an expansion', () => {
		const [[first, second, third]] = expandSpellings(tokenizeClauses("I can't"), 'en');
		expect(first).toEqual({ text: 'i', start: 0, end: 1 });
		expect(second).toEqual({ text: 'can', start: 2, end: 7 });
		expect(third).toEqual({ text: 'not', start: 2, end: 7 });
	});

	it('normalizes pattern words the same way as messages', () => {
		expect(normalizeWords('Não consigo respirar', 'pt')).toEqual(['nao', 'consigo', 'respirar']);
		expect(normalizeWords("can't breathe", 'en')).toEqual(['can', 'not', 'breathe']);
	});
});

describe('matching how people type', () => {
	it.each([
		['vc sabe se dor no peito q vai pro braço é grave?', 'pt'],
		['n consigo respirar', 'pt'],
		['naum consigo respirar', 'pt'],
		['tô c mto falta de ar', 'pt'],
		['DOR NO PEITO', 'pt'],
		['dor no peito mt forte', 'pt'],
		['minha filha ta convulsionano', 'pt'],
		['acho que é um infatro', 'pt'],
		['hemoragia no braço', 'pt'],
		['meu pai teve um derami agora', 'pt'],
		['tengo dolor en el pexo q me baja al brazo', 'es'],
		['my son is having a siezure', 'en'],
		['she is unconcious', 'en'],
		['cant breath', 'en'],
	] as const)('escalates %s', (text, language) => {
		expect(triage(text, language).escalate).toBe(true);
	});

	it('corrects pet toxins typed with typos', () => {
		expect(categories(pet('meu cachorro comeu xocolate'))).toContain('vet.chocolate_xylitol_caffeine');
		expect(categories(pet('my dog ate xilitol gum', 'en'))).toContain('vet.chocolate_xylitol_caffeine');
	});

	it('quotes the matched words as the person wrote them', () => {
		const result = triage('Socorro!! Tô com uma DOR FORTE no peito');
		expect(result.matches[0]).toEqual({
			ruleId: 'h.chest_pain_cardiac.heart_attack_words',
			level: 'very_urgent',
			category: 'human.chest_pain_cardiac',
			phrase: 'DOR FORTE no peito',
			pattern: 'dor no peito',
		});
		expect(triage("I can't breathe", 'en').matches[0].phrase).toBe("can't breathe");
	});

	it('does not correct short words or turn ordinary words into symptoms', () => {
		expect(triage('quero remarcar o desmarque de ontem').escalate).toBe(false);
		expect(triage('').level).toBe('standard');
		expect(triage('👍🙏').matches).toEqual([]);
	});
});
