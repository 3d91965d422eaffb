// The opt-out tuning sets (test/fixtures/tuning) and the catalogue's own phrases and look-alikes:
// figures held just under what layer 1 measures, so that a regression fails.
import catalogue from '../../../nodes/OptOutGuard/catalogue/opt-out.json';
import { detectIntent } from '../../../nodes/OptOutGuard/detect';
import { figuresOf, loadSet, type OptOutExample, type TriageExample } from '../../eval/labelledSets';

const isOptOut = (text: string) => detectIntent(text).intent === 'opt_out';

// Per tuning set: its size and the figures layer 1 holds on it. Sets 2–6 came from separate authors
// (a bare CANCELAR/CANCEL, which they all labelled an appointment answer, is only `possible`).
const SETS: [number, number, number, number][] = [
	// set, messages, at least this recall, at least this precision
	[1, 231, 0.99, 0.99],
	[2, 339, 0.99, 0.99],
	[3, 244, 0.99, 0.99],
	[4, 300, 0.99, 0.99],
	[5, 240, 0.99, 0.99],
	[6, 240, 0.99, 0.99],
];

describe('Opt-out detection (layer 1) on the tuning sets', () => {
	it.each(SETS)('set %i (%i messages): recall at least %d, precision at least %d', (set, messages, recall, precision) => {
		const all = figuresOf(
			loadSet<OptOutExample>('tuning', `opt-out-tuning-${set}.json`),
			(example) => example.label === 'opt_out',
			(example) => isOptOut(example.text),
		);
		expect(all.messages).toBe(messages);
		expect(all.recall).toBeGreaterThanOrEqual(recall);
		expect(all.precision).toBeGreaterThanOrEqual(precision);
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

// The guard runs before triage in the assistants: an emergency read as an opt-out would get a
// confirmation instead of emergency advice.
describe('Opt-out detection on the triage tuning sets', () => {
	it.each([1, 2, 3, 4, 5, 6])('reads no emergency of triage tuning set %i as an opt-out', (set) => {
		const emergencies = loadSet<TriageExample>('tuning', `triage-tuning-${set}.json`).filter((example) => example.label === 'emergency');
		expect(emergencies.length).toBeGreaterThan(100);
		expect(emergencies.filter((example) => isOptOut(example.text)).map((example) => example.text)).toEqual([]);
	});
});
