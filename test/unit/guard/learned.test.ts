import { readdirSync, readFileSync } from 'fs';
import path from 'path';
import { detectIntent } from '../../../nodes/OptOutGuard/detect';
import { OPT_OUT_MODEL, optOutScore } from '../../../nodes/OptOutGuard/learned';
import { decodeModel, encodeWeights } from '../../../nodes/shared/learned';
import { buildModelFile, MAX_FALSE_ALARMS, trainingSets } from '../../../scripts/train-opt-out-model';
import { loadSet, SPENT_BLIND_SETS, type TriageExample } from '../../eval/labelledSets';

// The Opt-Out Guard's learned layer (nodes/OptOutGuard/learned): it can only send a message the
// rules found nothing in to layer 2, never record an opt-out itself.
describe('opt-out learned layer', () => {
	it('ships the weights the training script makes from the tuning, spent blind and everyday sets and the catalogue', () => {
		const committed = JSON.parse(readFileSync(path.resolve(__dirname, '../../../nodes/OptOutGuard/learned/weights.json'), 'utf8'));
		expect(buildModelFile()).toEqual(committed);
		const files: string[] = committed.trainedOn.map((set: { file: string }) => set.file);
		expect(files).toContain('nodes/OptOutGuard/catalogue/opt-out.json');
		expect(files).toContain('test/fixtures/tuning/opt-out-ordinary-1.json');
		// Every blind set it learned from is spent; the newest one, the measure, is never among them.
		const blind = files.filter((file) => file.includes('/blind/opt-out-'));
		expect(blind).toEqual(SPENT_BLIND_SETS.map((number) => `test/fixtures/blind/opt-out-blind-${number}.json`));
		const newest = Math.max(
			...readdirSync(path.resolve(__dirname, '../../fixtures/blind')).map((file) => Number(/-(\d+)\.json$/.exec(file)?.[1] ?? 0)),
		);
		expect(files.some((file) => file.endsWith(`-blind-${newest}.json`))).toBe(false);
	}, 300_000);

	it('chose a threshold at which no held-out set sent more than 5% of its other messages to layer 2', () => {
		expect(OPT_OUT_MODEL.threshold).toBeGreaterThanOrEqual(0.5);
		expect(OPT_OUT_MODEL.crossValidation.map((fold) => fold.heldOut)).toContain('the triage sets');
		expect(OPT_OUT_MODEL.crossValidation.length).toBeGreaterThan(15);
		for (const fold of OPT_OUT_MODEL.crossValidation) expect(fold.falseAlarmRate).toBeLessThanOrEqual(MAX_FALSE_ALARMS);
	});

	it('stores its weights losslessly', () => {
		const model = decodeModel(OPT_OUT_MODEL);
		expect(model.weights).toHaveLength(OPT_OUT_MODEL.featureSpace);
		expect(encodeWeights(model.weights)).toBe(OPT_OUT_MODEL.weights);
	});

	it('only adds near misses: never an opt-out or opt-in, never a change to what the rules decided', () => {
		let added = 0;
		// The opt-out and everyday sets (the triage sets would triple the time for nothing new).
		for (const { examples } of trainingSets().filter((set) => !set.fold))
			for (const { text } of examples) {
				const rules = detectIntent(text, { learned: false });
				const both = detectIntent(text);
				if (both.learned) {
					added++;
					expect({ text, rules: rules.intent, possible: rules.possible }).toEqual({ text, rules: 'none', possible: false });
					expect(both).toMatchObject({ intent: 'none', possible: true });
					expect(both.learned.score).toBeGreaterThanOrEqual(OPT_OUT_MODEL.threshold);
				} else expect(both).toEqual(rules);
			}
		expect(added).toBeGreaterThan(0);
	});

	// Rules find no opt-out words here; the model does, and layer 2 decides.
	const NEAR_MISS = "this used to be my dad's number but he changed it ages ago";

	it('sends a wrong-number message the rules miss to layer 2, says why, and stays off when asked', () => {
		expect(detectIntent(NEAR_MISS, { learned: false })).toMatchObject({ intent: 'none', possible: false });
		expect(optOutScore(NEAR_MISS)).toBeGreaterThanOrEqual(OPT_OUT_MODEL.threshold);
		expect(detectIntent(NEAR_MISS)).toMatchObject({
			intent: 'none',
			possible: true,
			learned: { threshold: OPT_OUT_MODEL.threshold, model: OPT_OUT_MODEL.version },
		});
		expect(detectIntent('oi, qual o horário de sábado?').learned).toBeUndefined();
	});

	// The guard runs before triage: layer 2 must not be asked to opt out an emergency.
	it('never sends a red flag to layer 2', () => {
		const withRedFlag = 'wrong number, this isnt Sarah. my baby is not breathing';
		expect(optOutScore(withRedFlag)).toBeGreaterThanOrEqual(OPT_OUT_MODEL.threshold);
		expect(detectIntent(withRedFlag)).toMatchObject({ intent: 'none', possible: false });
		const emergencies = readdirSync(path.resolve(__dirname, '../../fixtures/tuning'))
			.filter((file) => file.startsWith('triage-tuning-'))
			.flatMap((file) => loadSet<TriageExample>('tuning', file))
			.filter((example) => example.label === 'emergency');
		expect(emergencies.length).toBeGreaterThan(1000);
		expect(emergencies.filter((example) => detectIntent(example.text).learned).map((example) => example.text)).toEqual([]);
	});
});
