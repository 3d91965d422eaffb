import { containsPhrase, foldText, tokenize, truncate } from '../../../nodes/shared/text';

describe('foldText', () => {
	it.each([
		['NÃO', 'nao'],
		['Coração  Ação', 'coracao acao'],
		['  Pé\tno\nchão ', 'pe no chao'],
		['ESPAÑOL ñandú', 'espanol nandu'],
	])('folds %j to %j', (input, expected) => {
		expect(foldText(input)).toBe(expected);
	});
});

describe('tokenize', () => {
	it('keeps letters and digits and drops punctuation and emoji', () => {
		expect(tokenize('Oi!! Dor no PEITO 😢, há 2 dias...')).toEqual(['oi', 'dor', 'no', 'peito', 'ha', '2', 'dias']);
	});

	it('returns no tokens for text without words', () => {
		expect(tokenize('?! 👍')).toEqual([]);
	});
});

describe('containsPhrase', () => {
	it('matches whole words regardless of case and accents', () => {
		expect(containsPhrase('Estou com FALTA DE AR agora', 'falta de ar')).toBe(true);
		expect(containsPhrase('não consigo respirar', 'nao consigo')).toBe(true);
	});

	it('does not match inside longer words', () => {
		expect(containsPhrase('pararam de ligar', 'parar')).toBe(false);
		expect(containsPhrase('sair', 'sai')).toBe(false);
	});

	it('is false for an empty phrase or a phrase longer than the text', () => {
		expect(containsPhrase('oi', '')).toBe(false);
		expect(containsPhrase('oi', 'oi tudo bem')).toBe(false);
	});
});

describe('truncate', () => {
	it('leaves short text alone', () => {
		expect(truncate('curto', 10)).toBe('curto');
	});

	it('cuts on a word boundary and stays within the limit', () => {
		const cut = truncate('uma frase bem comprida para cortar', 20);
		expect(cut.length).toBeLessThanOrEqual(20);
		expect(cut).toBe('uma frase bem…');
	});
});
