// The opt-out tuning set (test/fixtures/tuning) and the catalogue's own phrases and look-alikes:
// figures held just under what layer 1 measures, so that a regression fails.
import catalogue from '../../../nodes/OptOutGuard/catalogue/opt-out.json';
import { detectIntent } from '../../../nodes/OptOutGuard/detect';
import { figuresOf, loadSet, type OptOutExample } from '../../eval/labelledSets';

const examples = loadSet<OptOutExample>('tuning', 'opt-out-tuning-1.json');
const isOptOut = (text: string) => detectIntent(text).intent === 'opt_out';

describe('Opt-out detection (layer 1) on the tuning set', () => {
	it('finds at least 99% of the opt-outs at a precision of at least 98%', () => {
		const all = figuresOf(
			examples,
			(example) => example.label === 'opt_out',
			(example) => isOptOut(example.text),
		);
		expect(all.messages).toBe(231);
		expect(all.recall).toBeGreaterThanOrEqual(0.99);
		expect(all.precision).toBeGreaterThanOrEqual(0.98);
	});

	it('finds at least 99% of the second set’s opt-outs at a precision of at least 99%', () => {
		const all = figuresOf(
			loadSet<OptOutExample>('tuning', 'opt-out-tuning-2.json'),
			(example) => example.label === 'opt_out',
			(example) => isOptOut(example.text),
		);
		expect(all.messages).toBe(339);
		expect(all.recall).toBeGreaterThanOrEqual(0.99);
		expect(all.precision).toBeGreaterThanOrEqual(0.99);
	});

	it('finds at least 99% of the third set’s opt-outs at a precision of at least 99%', () => {
		const all = figuresOf(
			loadSet<OptOutExample>('tuning', 'opt-out-tuning-3.json'),
			(example) => example.label === 'opt_out',
			(example) => isOptOut(example.text),
		);
		expect(all.messages).toBe(244);
		expect(all.recall).toBeGreaterThanOrEqual(0.99);
		expect(all.precision).toBeGreaterThanOrEqual(0.99);
	});

	// Set 4 came from a separate author; its one false opt-out is a bare CANCELAR, an opt-out by default.
	it('finds at least 99% of the fourth set’s opt-outs at a precision of at least 99%', () => {
		const all = figuresOf(
			loadSet<OptOutExample>('tuning', 'opt-out-tuning-4.json'),
			(example) => example.label === 'opt_out',
			(example) => isOptOut(example.text),
		);
		expect(all.messages).toBe(300);
		expect(all.recall).toBeGreaterThanOrEqual(0.99);
		expect(all.precision).toBeGreaterThanOrEqual(0.99);
	});

	// Set 5 came from another separate author; its three false opt-outs are bare CANCELAR/CANCEL, opt-outs by default.
	it('finds at least 99% of the fifth set’s opt-outs at a precision of at least 97%', () => {
		const all = figuresOf(
			loadSet<OptOutExample>('tuning', 'opt-out-tuning-5.json'),
			(example) => example.label === 'opt_out',
			(example) => isOptOut(example.text),
		);
		expect(all.messages).toBe(240);
		expect(all.recall).toBeGreaterThanOrEqual(0.99);
		expect(all.precision).toBeGreaterThanOrEqual(0.97);
	});
});

interface Catalogue {
	intents: { id: string; phrases: Record<string, string[]>; keywords: Record<string, string[]>; typos: Record<string, string[]> }[];
	lookAlikes: { id: string; examples: Record<string, string[]> }[];
}

describe('Opt-out detection on the opt-out catalogue', () => {
	const data = catalogue as unknown as Catalogue;

	it('takes at least 98% of the catalogue’s phrases, keywords and misspellings for opt-outs', () => {
		const entries = data.intents.flatMap((intent) =>
			[intent.phrases, intent.keywords, intent.typos].flatMap((lists) => Object.values(lists ?? {}).flat()),
		);
		const missed = entries.filter((text) => !isOptOut(text));
		expect(entries.length).toBeGreaterThan(1400);
		expect(missed.length / entries.length).toBeLessThanOrEqual(0.02);
	});

	it('is fooled by at most 5 of the catalogue’s look-alikes (a bare CANCELAR stays an opt-out by the phrase table)', () => {
		const lookAlikes = data.lookAlikes
			.flatMap((group) => Object.values(group.examples).flat())
			.map((text) => text.replace(/\s*\(.*\)\s*$/, ''));
		const fooled = lookAlikes.filter(isOptOut);
		expect(lookAlikes.length).toBeGreaterThan(350);
		expect(fooled.length).toBeLessThanOrEqual(5);
	});
});
