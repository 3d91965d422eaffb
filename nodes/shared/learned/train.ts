// Training of a learned layer: logistic regression on featuresOf(), by stochastic gradient
// descent in a fixed order, so the same examples always give the same weights (each committed
// weights.json is checked against a fresh run by a unit test). The weights are stored as 16-bit
// integers with one scale, 128 KiB for the 2^16 slots.
import { FEATURE_SPACE, featuresOf, type FeatureOptions } from './features';

export interface TrainingExample {
	text: string;
	/** What featuresOf gets as the tag, e.g. Symptom Triage's profile. */
	tag: number;
	positive: boolean;
}

export interface TrainedModel {
	featureSpace: number;
	bias: number;
	scale: number;
	/** FEATURE_SPACE weights, each `scale` × a 16-bit integer. */
	weights: Int16Array;
	features: FeatureOptions;
}

const EPOCHS = 30;
const LEARNING_RATE = 0.2;
const L2 = 1e-5;

export function train(examples: readonly TrainingExample[], features: FeatureOptions = {}): TrainedModel {
	const rows = examples.map((example) => ({ slots: featuresOf(example.text, example.tag, features), target: example.positive ? 1 : 0 }));
	const weights = new Float64Array(FEATURE_SPACE);
	let bias = 0;
	let seed = 42;
	const order = rows.map((_, index) => index);
	for (let epoch = 0; epoch < EPOCHS; epoch++) {
		// Fisher–Yates with a fixed linear congruential generator: a new, reproducible order each epoch.
		for (let i = order.length - 1; i > 0; i--) {
			seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
			const j = seed % (i + 1);
			[order[i], order[j]] = [order[j], order[i]];
		}
		for (const index of order) {
			const { slots, target } = rows[index];
			let z = bias;
			for (const slot of slots) z += weights[slot];
			const gradient = 1 / (1 + Math.exp(-z)) - target;
			const step = LEARNING_RATE / Math.sqrt(slots.length);
			for (const slot of slots) weights[slot] -= step * gradient + LEARNING_RATE * L2 * weights[slot];
			bias -= LEARNING_RATE * 0.1 * gradient;
		}
	}
	let largest = 0;
	for (const weight of weights) largest = Math.max(largest, Math.abs(weight));
	const scale = largest > 0 ? largest / 32767 : 1;
	return {
		featureSpace: FEATURE_SPACE,
		bias,
		scale,
		weights: Int16Array.from(weights, (weight) => Math.round(weight / scale)),
		features,
	};
}

/** The model's probability that the message is a positive (an emergency, an opt-out). */
export function scoreWith(model: TrainedModel, text: string, tag: number): number {
	let sum = 0;
	for (const slot of featuresOf(text, tag, model.features)) sum += model.weights[slot];
	return 1 / (1 + Math.exp(-(model.bias + sum * model.scale)));
}
