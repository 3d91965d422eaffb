// What the two training scripts (train-triage-model.ts, train-opt-out-model.ts) share: given the
// labelled sets, train on all of them and choose the threshold by leave-one-set-out: train on all
// sets but one, score the one left out, and take the lowest threshold at which no left-out set
// gets more false alarms from the model alone than the script allows (1% unless it says).
import { createHash } from 'crypto';
import { readdirSync, readFileSync } from 'fs';
import path from 'path';
import { SPENT_BLIND_SETS } from '../test/eval/labelledSets';
import { encodeWeights, scoreWith, train, type FeatureOptions, type LearnedModelFile, type TrainingExample } from '../nodes/shared/learned';

const REPOSITORY = path.resolve(__dirname, '..');
export const FIXTURES = path.join(REPOSITORY, 'test/fixtures');

export interface TrainingSet {
	/** Relative to test/fixtures, e.g. tuning/triage-tuning-1.json; for other data (heldOut false), to the repository. */
	file: string;
	examples: TrainingExample[];
	/** Default true: a fold of the cross-validation. False for data that is no labelled set (a catalogue's phrases). */
	heldOut?: boolean;
	/** Sets with the same fold name are held out together, as one; default the file. */
	fold?: string;
}

/** A detector's tuning sets in order, then its spent blind sets (never the newest, the measure). */
export function labelledFiles(detector: 'triage' | 'opt-out'): { kind: 'tuning' | 'blind'; file: string }[] {
	const tuning = readdirSync(path.join(FIXTURES, 'tuning'))
		.filter((file) => new RegExp(`^${detector}-tuning-\\d+\\.json$`).test(file))
		.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
		.map((file) => ({ kind: 'tuning' as const, file }));
	const spent = SPENT_BLIND_SETS.map((number) => ({ kind: 'blind' as const, file: `${detector}-blind-${number}.json` }));
	return [...tuning, ...spent];
}

export interface ModelOptions {
	features?: FeatureOptions;
	/** The most false alarms the model alone may give any held-out set at the chosen threshold; default 0.01. */
	maxFalseAlarms?: number;
}

export function buildModelFile(sets: TrainingSet[], { features, maxFalseAlarms = 0.01 }: ModelOptions = {}): LearnedModelFile {
	const grid = Array.from({ length: 50 }, (_, i) => Math.round((0.5 + i * 0.01) * 100) / 100);
	const foldNames = [...new Set(sets.filter((set) => set.heldOut !== false).map((set) => set.fold ?? set.file))];
	const folds = foldNames.map((name) => {
		const inFold = (set: TrainingSet) => set.heldOut !== false && (set.fold ?? set.file) === name;
		const model = train(
			sets.filter((set) => !inFold(set)).flatMap((set) => set.examples),
			features,
		);
		const scored = sets
			.filter(inFold)
			.flatMap((set) => set.examples)
			.map((example) => ({ positive: example.positive, score: scoreWith(model, example.text, example.tag) }));
		return { file: name, scored };
	});
	const rates = (threshold: number) =>
		folds.map(({ file, scored }) => {
			const positives = scored.filter((s) => s.positive);
			const negatives = scored.filter((s) => !s.positive);
			return {
				heldOut: file,
				recall: positives.length ? positives.filter((s) => s.score >= threshold).length / positives.length : null,
				falseAlarmRate: negatives.filter((s) => s.score >= threshold).length / negatives.length,
			};
		});
	const threshold = grid.find((t) => rates(t).every((fold) => fold.falseAlarmRate <= maxFalseAlarms)) ?? 0.99;
	const model = train(
		sets.flatMap((set) => set.examples),
		features,
	);
	const digest = createHash('sha256');
	for (const set of sets)
		digest.update(readFileSync(set.heldOut === false ? path.join(REPOSITORY, set.file) : path.join(FIXTURES, set.file)));
	return {
		version: digest.digest('hex').slice(0, 12),
		trainedOn: sets.map((set) => ({ file: set.heldOut === false ? set.file : `test/fixtures/${set.file}`, messages: set.examples.length })),
		threshold,
		crossValidation: rates(threshold).map((fold) => ({
			heldOut: fold.heldOut,
			recall: fold.recall === null ? null : Math.round(fold.recall * 1000) / 1000,
			falseAlarmRate: Math.round(fold.falseAlarmRate * 1000) / 1000,
		})),
		featureSpace: model.featureSpace,
		...(features ? { features } : {}),
		bias: model.bias,
		scale: model.scale,
		weights: encodeWeights(model.weights),
	};
}

/** Prints what a training script wrote: the threshold, the sets and each held-out set's figures. */
export function printModelFile(file: LearnedModelFile, output: string, positive: string): void {
	console.log(`threshold ${file.threshold}, trained on ${file.trainedOn.map((set) => `${set.file} (${set.messages})`).join(', ')}`);
	for (const fold of file.crossValidation)
		console.log(
			`  held out ${fold.heldOut}: ${fold.recall === null ? `no ${positive} in it` : `model alone finds ${(fold.recall * 100).toFixed(1)}% of ${positive}`}, false alarms ${(fold.falseAlarmRate * 100).toFixed(1)}%`,
		);
	console.log(`wrote ${path.relative(process.cwd(), output)}`);
}
