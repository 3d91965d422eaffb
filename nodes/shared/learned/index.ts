// A learned layer: a small logistic model shipped with a node as weights.json, trained offline by
// a script in scripts/ on the labelled sets in test/fixtures. Symptom Triage and the Opt-Out
// Guard each ship one; both can only add to what their rules found.
import type { FeatureOptions } from './features';
import type { TrainedModel } from './train';

export { featuresOf, FEATURE_SPACE, type FeatureOptions } from './features';
export { scoreWith, train, type TrainedModel, type TrainingExample } from './train';

export interface LearnedModelFile {
	version: string;
	trainedOn: { file: string; messages: number }[];
	/** Chosen by leave-one-set-out: the lowest at which no held-out set got more false alarms than the training script allows. */
	threshold: number;
	/** recall is null for a set with no positives (everyday messages). */
	crossValidation: { heldOut: string; recall: number | null; falseAlarmRate: number }[];
	featureSpace: number;
	/** Absent: words and word pairs only. */
	features?: FeatureOptions;
	bias: number;
	scale: number;
	/** Little-endian 16-bit integers, base64. */
	weights: string;
}

export function decodeModel(file: LearnedModelFile): TrainedModel {
	const bytes = Buffer.from(file.weights, 'base64');
	const weights = new Int16Array(file.featureSpace);
	for (let i = 0; i < weights.length; i++) weights[i] = bytes.readInt16LE(2 * i);
	return { featureSpace: file.featureSpace, bias: file.bias, scale: file.scale, weights, features: file.features ?? {} };
}

export function encodeWeights(weights: Int16Array): string {
	const bytes = Buffer.alloc(weights.length * 2);
	for (let i = 0; i < weights.length; i++) bytes.writeInt16LE(weights[i], 2 * i);
	return bytes.toString('base64');
}
