import { clausesOf, sameWord, wordsOf } from '../../../nodes/OptOutGuard/words';
import { withinOneEdit } from '../../../nodes/shared/text';

describe('wordsOf / clausesOf', () => {
	it('folds case and accents, joins apostrophes, squeezes stretched letters and maps chat spellings', () => {
		expect(wordsOf("NÃO quero, DON'T stooooop!! naum vc msgs")).toEqual(['nao', 'quero', 'dont', 'stop', 'nao', 'voce', 'mensagens']);
		expect(wordsOf('manda dnv')).toEqual(['manda', 'de', 'novo']);
	});

	it('does not trip over words named like Object.prototype members', () => {
		expect(wordsOf('constructor toString hasOwnProperty')).toEqual(['constructor', 'tostring', 'hasownproperty']);
	});

	it('splits clauses at punctuation', () => {
		expect(clausesOf('Não. Pare de mandar mensagem!')).toEqual([['nao'], ['pare', 'de', 'mandar', 'mensagem']]);
	});
});

describe('sameWord', () => {
	it.each([
		['recever', 'receber', true],
		['descadastra', 'descadastrar', true],
		['unsuscribe', 'unsubscribe', true],
		['cancleare', 'cancelar', false],
		['cancelra', 'cancelar', true],
		['pagar', 'parar', false],
		['lembrete', 'lembretes', false],
		['subscribe', 'unsubscribe', false],
		['resubscribe', 'unsubscribe', false],
	])('%s ~ %s: %s', (word, listWord, expected) => {
		expect(sameWord(word, listWord)).toBe(expected);
	});

	it('counts one insertion, deletion, substitution or swap', () => {
		expect(withinOneEdit('abc', 'abc')).toBe(true);
		expect(withinOneEdit('abc', 'abxc')).toBe(true);
		expect(withinOneEdit('abc', 'bac')).toBe(true);
		expect(withinOneEdit('abc', 'xbz')).toBe(false);
		expect(withinOneEdit('abc', 'a')).toBe(false);
	});
});
