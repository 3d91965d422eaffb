import { readdirSync, readFileSync } from 'fs';
import path from 'path';
import { classify } from '../../../nodes/SymptomTriage/engine';
import { compareLevels } from '../../../nodes/SymptomTriage/levels';
import { decodeModel, encodeWeights, featuresOf as featuresWithTag } from '../../../nodes/shared/learned';
import { LEARNED_MODEL, learnedScore, PROFILE_TAGS } from '../../../nodes/SymptomTriage/learned';
import type { Profile } from '../../../nodes/SymptomTriage/types';
import { buildModelFile, MAX_FALSE_ALARMS, trainingSets } from '../../../scripts/train-triage-model';
import { SPENT_BLIND_SETS } from '../../eval/labelledSets';
import { LABELLED } from './labelled';

/** The slots the triage model reads for a message from this profile. */
const featuresOf = (text: string, profile: Profile) => featuresWithTag(text, PROFILE_TAGS[profile]);

// The learned layer (nodes/SymptomTriage/learned): a small model shipped with the package that
// can only raise what the rules did not escalate.
describe('learned layer', () => {
	it('ships the weights the training script makes from the tuning and spent blind sets, nothing else', () => {
		const committed = JSON.parse(readFileSync(path.resolve(__dirname, '../../../nodes/SymptomTriage/learned/weights.json'), 'utf8'));
		expect(buildModelFile()).toEqual(committed);
		const files: string[] = committed.trainedOn.map((set: { file: string }) => set.file);
		expect(files).toEqual(trainingSets().map((set) => `test/fixtures/${set.file}`));
		// Every blind set it learned from is spent; the newest one, the measure, is never among them.
		const blind = files.filter((file) => file.includes('/blind/'));
		expect(blind).toEqual(SPENT_BLIND_SETS.map((number) => `test/fixtures/blind/triage-blind-${number}.json`));
		const newest = Math.max(
			...readdirSync(path.resolve(__dirname, '../../fixtures/blind')).map((file) => Number(/-(\d+)\.json$/.exec(file)?.[1] ?? 0)),
		);
		expect(SPENT_BLIND_SETS).not.toContain(newest);
	});

	it('chose a threshold that kept every held-out training set at or under the training script cap on false alarms', () => {
		expect(LEARNED_MODEL.threshold).toBeGreaterThanOrEqual(0.5);
		expect(LEARNED_MODEL.crossValidation).toHaveLength(trainingSets().length);
		for (const fold of LEARNED_MODEL.crossValidation) expect(fold.falseAlarmRate).toBeLessThanOrEqual(MAX_FALSE_ALARMS);
	});

	it('reads words and word pairs the same way whatever the case, accents or spacing', () => {
		expect(featuresOf('NÃO   RESPIRA!!', 'human')).toEqual(featuresOf('nao respira', 'human'));
		// An accent typed as a separate combining mark folds like the precomposed letter.
		expect(featuresOf('na\u0303o respira 😱', 'human')).toEqual(featuresOf('não respira', 'human'));
		expect(featuresOf('nao respira', 'human')).not.toEqual(featuresOf('respira nao', 'human'));
		expect(featuresOf('nao respira', 'human')).not.toEqual(featuresOf('nao respira', 'veterinary'));
		// Each slot once: repeating a word adds nothing.
		expect(featuresOf('sangue sangue sangue', 'human')).toHaveLength(3);
	});

	it('stores its weights losslessly', () => {
		const model = decodeModel(LEARNED_MODEL);
		expect(model.weights).toHaveLength(LEARNED_MODEL.featureSpace);
		expect(encodeWeights(model.weights)).toBe(LEARNED_MODEL.weights);
	});

	// The rules leave this one routine (sweating and a tingling arm, no chest or pain word); the model raises it.
	const RAISED_BY_MODEL = 'meu pai está muito esquisito hoje, suando e com o braço formigando';
	const everyMessage = [
		...LABELLED.map((m) => ({ text: m.text, profile: m.profile })),
		...trainingSets().flatMap((set) =>
			set.examples.map((e) => ({ text: e.text, profile: e.tag === PROFILE_TAGS.human ? ('human' as const) : ('veterinary' as const) })),
		),
		{ text: RAISED_BY_MODEL, profile: 'human' as const },
	];

	it('only ever raises: never a lower level than the rules alone, and only to very urgent', () => {
		let raised = 0;
		for (const { text, profile } of everyMessage) {
			const rules = classify(text, { profile, language: 'auto', learned: false });
			const both = classify(text, { profile, language: 'auto' });
			expect(compareLevels(both.level, rules.level)).toBeLessThanOrEqual(0);
			if (both.level !== rules.level) {
				raised++;
				expect({ text, level: both.level, escalate: both.escalate, rulesEscalated: rules.escalate }).toEqual({
					text,
					level: 'very_urgent',
					escalate: true,
					rulesEscalated: false,
				});
				expect(both.learned!.score).toBeGreaterThanOrEqual(LEARNED_MODEL.threshold);
				expect(both.matches).toEqual(rules.matches);
			} else expect(both.learned).toBeUndefined();
		}
		expect(raised).toBeGreaterThan(0);
	});

	it('raises a message the rules leave routine, says so, and gives the very-urgent advice; off when asked', () => {
		const text = RAISED_BY_MODEL;
		const rules = classify(text, { profile: 'human', language: 'pt', learned: false });
		expect(rules.escalate).toBe(false);
		expect(learnedScore(text, 'human')).toBeGreaterThanOrEqual(LEARNED_MODEL.threshold);
		const raised = classify(text, { profile: 'human', language: 'pt' });
		expect(raised).toMatchObject({
			level: 'very_urgent',
			escalate: true,
			learned: { threshold: LEARNED_MODEL.threshold, model: LEARNED_MODEL.version },
		});
		expect(raised.advice).not.toBe(rules.advice);
		expect(classify('quanto custa uma consulta de rotina?', { profile: 'human', language: 'pt' }).learned).toBeUndefined();
	});
});
