// The tuning set (test/fixtures/tuning, written by a separate author from the category list): the
// figures the rules reach on it are held here, just under what they measure, so that a change that
// loses recall or adds false alarms fails. (The blind set is the lead's and is never read here.)
import { classify } from '../../../nodes/SymptomTriage/engine';
import { figuresOf, loadSet, type TriageExample } from '../../eval/labelledSets';

const examples = loadSet<TriageExample>('tuning', 'triage-tuning-1.json');
const escalated = new Map(
	examples.map((example) => [example.id, classify(example.text, { profile: example.profile, language: 'auto' }).escalate]),
);
const figures = (subset: TriageExample[]) =>
	figuresOf(
		subset,
		(example) => example.label === 'emergency',
		(example) => escalated.get(example.id)!,
	);

describe('Symptom Triage on the tuning set (language auto-detected)', () => {
	it('escalates at least 99% of the emergencies with at most 1% false alarms', () => {
		const all = figures(examples);
		expect(all.messages).toBe(614);
		expect(all.recall).toBeGreaterThanOrEqual(0.99);
		expect(all.falseAlarmRate).toBeLessThanOrEqual(0.01);
	});

	it.each(['pt', 'es', 'en'] as const)('holds in %s', (language) => {
		const subset = figures(examples.filter((example) => example.language === language));
		expect(subset.recall).toBeGreaterThanOrEqual(0.98);
		expect(subset.falseAlarmRate).toBeLessThanOrEqual(0.02);
	});

	it.each(['human', 'veterinary'] as const)('holds for %s', (profile) => {
		const subset = figures(examples.filter((example) => example.profile === profile));
		expect(subset.recall).toBeGreaterThanOrEqual(0.98);
		expect(subset.falseAlarmRate).toBeLessThanOrEqual(0.02);
	});
});
