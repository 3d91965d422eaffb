// The rule-file phrase syntax, as the loader documents it.
import { expandPattern, PatternError } from '../../../nodes/SymptomTriage/pattern';

const render = (pattern: string, lexicon: Record<string, string> = {}, language: 'pt' | 'en' = 'pt') =>
	expandPattern(pattern, language, lexicon).map((sequence) =>
		sequence
			.map((slot) => {
				if (slot.kind === 'words') return [...slot.words, ...slot.prefixes.map((prefix) => `${prefix}*`)].join('|');
				if (slot.kind === 'gap') return `...${slot.max}`;
				if (slot.kind === 'number') return slot.atLeastTen ? '##' : '#';
				return '####';
			})
			.join(' '),
	);

describe('expandPattern', () => {
	it('normalizes words like messages', () => {
		expect(render('Não consigo RESPIRAR')).toEqual(['nao consigo respirar']);
		expect(render("can't breathe", {}, 'en')).toEqual(['can not breathe']);
	});

	it('keeps a group of single words as one slot and expands multi-word alternatives', () => {
		expect(render('dor (forte|intensa) no peito')).toEqual(['dor forte|intensa no peito']);
		expect(render('(dor|aperto no) peito')).toEqual(['dor peito', 'aperto no peito']);
	});

	it('supports optional words and groups, prefixes, gaps, numbers and years', () => {
		expect(render('dor (muito)? forte')).toEqual(['dor muito forte', 'dor forte']);
		expect(render('respir* ... mal')).toEqual(['respir* ...3 mal']);
		expect(render('dor ... ... peito')).toEqual(['dor ...6 peito']);
		expect(render('há # anos')).toEqual(['ha # anos']);
		expect(render('tomei ## comprimidos')).toEqual(['tomei ## comprimidos']);
		expect(render('em ####')).toEqual(['em ####']);
	});

	it('expands lexicon names, nested', () => {
		expect(render('{pain} no peito', { pain: '(dor|{tight})', tight: '(aperto|pressão)' })).toEqual(['aperto|dor|pressao no peito']);
	});

	it('drops gaps at the ends', () => {
		expect(render('(...)? dor ...')).toEqual(['dor']);
	});

	it.each([
		['', /is empty/],
		['dor (no peito', /"\(" without its "\)"/],
		['dor ) peito', /unexpected "\)"/],
		['? dor', /"\?" with nothing before it/],
		['do* peito', /at least 3 letters/],
		['d*or', /"\*" may only end a single word/],
		['(dor)?', /can match without a single word/],
		['{loop}', /refers to itself/],
		['{missing}', /not in the lexicon/],
		[`x${' (a|b c)'.repeat(13)}`, /more than 4096 phrases/],
	])('rejects %j', (pattern, message) => {
		expect(() => expandPattern(pattern, 'pt', { loop: '{loop} x' })).toThrow(PatternError);
		expect(() => expandPattern(pattern, 'pt', { loop: '{loop} x' })).toThrow(message);
	});
});
