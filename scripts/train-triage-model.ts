// Trains Symptom Triage's learned layer on the tuning sets and the spent blind sets (never on the
// newest blind set, which is the measure) and writes nodes/SymptomTriage/learned/weights.json. The
// threshold comes from leave-one-set-out: train on all sets but one, score the one left out, and
// take the lowest threshold at which no left-out set gets more than 1% false alarms from the model
// alone.
//   npx ts-node --transpile-only scripts/train-triage-model.ts
import { createHash } from 'crypto';
import { readdirSync, readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { encodeWeights, scoreWith, train, type LearnedModelFile, type TrainingExample } from '../nodes/SymptomTriage/learned';
import { loadSet, SPENT_BLIND_SETS, type TriageExample } from '../test/eval/labelledSets';

const FIXTURES = path.resolve(__dirname, '../test/fixtures');
const OUTPUT = path.resolve(__dirname, '../nodes/SymptomTriage/learned/weights.json');
const MAX_FALSE_ALARMS = 0.01;

export interface TrainingSet {
	/** Relative to test/fixtures, e.g. tuning/triage-tuning-1.json. */
	file: string;
	examples: TrainingExample[];
}

/** Every triage tuning set, then the spent blind sets. */
export function trainingSets(): TrainingSet[] {
	const tuning = readdirSync(path.join(FIXTURES, 'tuning'))
		.filter((file) => /^triage-tuning-\d+\.json$/.test(file))
		.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
		.map((file) => ['tuning', file] as const);
	const spent = SPENT_BLIND_SETS.map((number) => ['blind', `triage-blind-${number}.json`] as const);
	return [...tuning, ...spent].map(([kind, file]) => ({
		file: `${kind}/${file}`,
		examples: loadSet<TriageExample>(kind, file).map((example) => ({
			text: example.text,
			profile: example.profile,
			emergency: example.label === 'emergency',
		})),
	}));
}

export function buildModelFile(): LearnedModelFile {
	const sets = trainingSets();
	const grid = Array.from({ length: 50 }, (_, i) => Math.round((0.5 + i * 0.01) * 100) / 100);
	const folds = sets.map(({ file, examples }) => {
		const model = train(sets.filter((other) => other.file !== file).flatMap((other) => other.examples));
		const scored = examples.map((example) => ({ emergency: example.emergency, score: scoreWith(model, example.text, example.profile) }));
		return { file, scored };
	});
	const rates = (threshold: number) =>
		folds.map(({ file, scored }) => {
			const positives = scored.filter((s) => s.emergency);
			const negatives = scored.filter((s) => !s.emergency);
			return {
				heldOut: file,
				recall: positives.filter((s) => s.score >= threshold).length / positives.length,
				falseAlarmRate: negatives.filter((s) => s.score >= threshold).length / negatives.length,
			};
		});
	const threshold = grid.find((t) => rates(t).every((fold) => fold.falseAlarmRate <= MAX_FALSE_ALARMS)) ?? 0.99;
	const all = sets.flatMap((set) => set.examples);
	const model = train(all);
	const digest = createHash('sha256');
	for (const set of sets) digest.update(readFileSync(path.join(FIXTURES, set.file)));
	return {
		version: digest.digest('hex').slice(0, 12),
		trainedOn: sets.map((set) => ({ file: `test/fixtures/${set.file}`, messages: set.examples.length })),
		threshold,
		crossValidation: rates(threshold).map((fold) => ({
			heldOut: fold.heldOut,
			recall: Math.round(fold.recall * 1000) / 1000,
			falseAlarmRate: Math.round(fold.falseAlarmRate * 1000) / 1000,
		})),
		featureSpace: model.featureSpace,
		bias: model.bias,
		scale: model.scale,
		weights: encodeWeights(model.weights),
	};
}

if (require.main === module) {
	const file = buildModelFile();
	writeFileSync(OUTPUT, `${JSON.stringify(file, null, '\t')}\n`);
	console.log(`threshold ${file.threshold}, trained on ${file.trainedOn.map((set) => `${set.file} (${set.messages})`).join(', ')}`);
	for (const fold of file.crossValidation)
		console.log(
			`  held out ${fold.heldOut}: model alone recall ${(fold.recall * 100).toFixed(1)}%, false alarms ${(fold.falseAlarmRate * 100).toFixed(1)}%`,
		);
	console.log(`wrote ${path.relative(process.cwd(), OUTPUT)}`);
}
