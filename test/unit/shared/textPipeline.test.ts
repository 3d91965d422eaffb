// The one text pipeline that Symptom Triage and the Opt-Out Guard share (nodes/shared/text):
// folding, stretched letters, tokens and clauses, chat spellings per language, one Language type
// and detector, negation words, stems and phrase matching.
import { clausesOf as guardClauses } from '../../../nodes/OptOutGuard/words';
import { normalizeWords as triageWords } from '../../../nodes/SymptomTriage/normalize';
import {
	AUTO_LANGUAGE,
	detectLanguage,
	emojisOf,
	expandSpellings,
	foldText,
	foldWord,
	guessLanguage,
	isNegator,
	LANGUAGE_OPTIONS,
	LANGUAGE_OPTIONS_WITH_AUTO,
	LANGUAGES,
	negatorReach,
	normalizeToken,
	normalizeWords,
	PhraseIndex,
	squeeze,
	squeezeToOne,
	stem,
	tokenizeClauses,
	wordsOfText,
} from '../../../nodes/shared/text';

describe('fold and squeeze', () => {
	it('folds case, accents and apostrophes', () => {
		expect(foldText('  NÃO  Está ')).toBe('nao esta');
		expect(foldWord("Don't")).toBe('dont');
		expect(foldWord('Ação')).toBe('acao');
	});

	it('squeezes a letter stretched three or more times to two, and remembers the one-letter form', () => {
		expect(squeeze('socorrrooo')).toBe('socorroo');
		expect(squeeze('socorro')).toBe('socorro');
		expect(squeezeToOne('paaaara')).toBe('para');
		expect(squeezeToOne('para')).toBeUndefined();
		expect(normalizeToken('STOOOOP')).toEqual({ text: 'stoop', alt: 'stop' });
		expect(normalizeToken('Pare')).toEqual({ text: 'pare' });
	});
});

describe('tokens and clauses', () => {
	it('splits clauses at punctuation, keeps offsets, decimals, and a number glued to a unit as two words', () => {
		const clauses = tokenizeClauses('Febre de 38,5! my 10yo, ok');
		expect(clauses.map((clause) => clause.map((word) => word.text))).toEqual([['febre', 'de', '38,5'], ['my', '10', 'yo'], ['ok']]);
		expect(clauses[0][2]).toEqual({ text: '38,5', start: 9, end: 13 });
	});

	it('reads emojis apart from words', () => {
		expect(emojisOf('PARAR 🛑 agora 😂')).toEqual(['🛑', '😂']);
		expect(wordsOfText('🛑🛑')).toEqual([]);
	});
});

describe('chat spellings', () => {
	it('expands per language: "to" is Portuguese for "estou" but an English word', () => {
		expect(normalizeWords('vc tá c dor, n consigo', 'pt')).toEqual(['voce', 'esta', 'c', 'dor', 'nao', 'consigo']);
		expect(normalizeWords("I can't, u r", 'en')).toEqual(['i', 'can', 'not', 'you', 'are']);
		expect(normalizeWords('to', 'en')).toEqual(['to']);
		expect(normalizeWords('kiero msjs', 'es')).toEqual(['quiero', 'mensajes']);
		expect(normalizeWords('para de mandar msgs', 'pt')).toEqual(['para', 'de', 'mandar', 'mensagens']);
	});

	it('expands a stretched word through its one-letter form', () => {
		const [[word]] = expandSpellings(tokenizeClauses('naaaaum'), 'pt');
		expect(word.text).toBe('nao');
	});
});

describe('one Language type and detector', () => {
	it('offers the same options in every node, with "auto"', () => {
		expect(LANGUAGES).toEqual(['pt', 'es', 'en']);
		expect(LANGUAGE_OPTIONS.map((option) => option.value).sort()).toEqual(['en', 'es', 'pt']);
		expect(LANGUAGE_OPTIONS_WITH_AUTO[0]).toEqual({ name: 'Auto-Detect', value: AUTO_LANGUAGE });
	});

	it('detects confidently from telling words, and needs a clear lead to leave the fallback', () => {
		expect(detectLanguage(wordsOfText('mi perro no puede respirar'))).toEqual({ language: 'es', confident: true });
		expect(detectLanguage(wordsOfText('convulsionando')).confident).toBe(false);
		expect(guessLanguage(['stop'], 'pt')).toBe('pt');
		expect(guessLanguage(['quiero', 'recibir'], 'pt')).toBe('es');
	});
});

describe('negation words', () => {
	it('knows each language’s negators and how far they reach', () => {
		expect(isNegator('nao', 'pt')).toBe(true);
		expect(isNegator('no', 'pt')).toBe(false);
		expect(negatorReach('no', 'es')).toBe(3);
		expect(negatorReach('sem', 'pt')).toBe(2);
		expect(negatorReach('without', 'en')).toBe(2);
	});
});

describe('stems', () => {
	it('gives the forms of a word one stem, and keeps short and unrelated words apart', () => {
		expect(new Set(['respirando', 'respirar', 'respira', 'respiração'].map((word) => stem(foldWord(word))))).toEqual(new Set(['respir']));
		expect(new Set(['vomiting', 'vomited', 'vomits'].map(stem))).toEqual(new Set(['vomit']));
		expect(stem('dores')).toBe('dor');
		expect(stem('para')).toBe('para');
		expect(stem('grave')).not.toBe(stem('gravida'));
		// The doctor is not the medicine.
		expect(stem('medico')).not.toBe(stem('medicamento'));
		expect(stem('medicos')).toBe(stem('medica'));
	});
});

describe('phrase matching', () => {
	it('finds phrases by word, stem and gap in one pass', () => {
		const index = new PhraseIndex<string>([
			{
				sequence: [
					{ kind: 'words', words: ['dor'], prefixes: [] },
					{ kind: 'gap', max: 1 },
					{ kind: 'words', words: ['peito'], prefixes: [], stems: [stem('peito')] },
				],
				owner: 'chest',
			},
		]);
		expect(index.scan(['dor', 'no', 'peito'], () => false)).toEqual([{ owner: 'chest', start: 0, end: 3 }]);
		expect(index.scan(['dor', 'peitos'], () => false)).toEqual([{ owner: 'chest', start: 0, end: 2 }]);
		expect(index.scan(['dor', 'forte', 'no', 'peito'], () => false)).toEqual([]);
		// A gap never swallows a word the caller says stops it (a negator).
		expect(index.scan(['dor', 'nao', 'peito'], (word) => word === 'nao')).toEqual([]);
	});

	it('scans words whose labels the caller kept (scanLabelled) as it scans the words themselves', () => {
		const index = new PhraseIndex<string>([
			{
				sequence: [
					{ kind: 'words', words: ['dor'], prefixes: [] },
					{ kind: 'gap', max: 1 },
					{ kind: 'words', words: ['peito'], prefixes: [] },
				],
				owner: 'chest',
			},
			{
				sequence: [
					{ kind: 'number', atLeastTen: false },
					{ kind: 'words', words: ['dias'], prefixes: [] },
				],
				owner: 'days',
			},
			{ sequence: [{ kind: 'words', words: [], prefixes: ['respir'] }], owner: 'breath' },
		]);
		const words = ['ha', '3', 'dias', 'dor', 'no', 'peito', 'sem', 'respirar'];
		const scanned: number[] = [];
		const labelled: number[] = [];
		index.scanInto(words, () => false, scanned);
		index.scanLabelled(
			words,
			words.map((word) => index.labelsOf(word)),
			() => false,
			labelled,
		);
		expect(scanned.length).toBe(9);
		expect(labelled).toEqual(scanned);
	});
});

describe('both detectors read text the same way', () => {
	it.each(['Não quero mais receber msgs, obrigado', 'Mi perro no puede respirar', "Please don't text me"])('%s', (text) => {
		for (const language of LANGUAGES) expect(guardClauses(text, language).flat()).toEqual(triageWords(text, language));
	});
});
