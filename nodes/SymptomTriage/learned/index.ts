// The learned layer of Symptom Triage: a small logistic model shipped with the package
// (weights.json, trained offline by scripts/train-triage-model.ts on the tuning sets in
// test/fixtures/tuning). It runs after the rules, only when they did not escalate, and can only
// raise: a message it scores at or above its threshold becomes very urgent. The rules stay the
// auditable first layer; the result says when the model raised it (`learned`).
import weightsJson from './weights.json';
import { scoreWith, type TrainedModel } from './train';
import type { Profile } from '../types';

export { featuresOf, FEATURE_SPACE } from './features';
export { scoreWith, train, type TrainedModel, type TrainingExample } from './train';

export interface LearnedModelFile {
	version: string;
	trainedOn: { file: string; messages: number }[];
	/** Chosen by leave-one-set-out: the lowest at which no held-out set got over 1% false alarms. */
	threshold: number;
	crossValidation: { heldOut: string; recall: number; falseAlarmRate: number }[];
	featureSpace: number;
	bias: number;
	scale: number;
	/** Little-endian 16-bit integers, base64. */
	weights: string;
}

export const LEARNED_MODEL: LearnedModelFile = weightsJson as LearnedModelFile;

let model: TrainedModel | undefined;

export function decodeModel(file: LearnedModelFile): TrainedModel {
	const bytes = Buffer.from(file.weights, 'base64');
	const weights = new Int16Array(file.featureSpace);
	for (let i = 0; i < weights.length; i++) weights[i] = bytes.readInt16LE(2 * i);
	return { featureSpace: file.featureSpace, bias: file.bias, scale: file.scale, weights };
}

export function encodeWeights(weights: Int16Array): string {
	const bytes = Buffer.alloc(weights.length * 2);
	for (let i = 0; i < weights.length; i++) bytes.writeInt16LE(weights[i], 2 * i);
	return bytes.toString('base64');
}

/** The shipped model's probability that the message describes an emergency. */
export function learnedScore(text: string, profile: Profile): number {
	model ??= decodeModel(LEARNED_MODEL);
	return scoreWith(model, text, profile);
}
