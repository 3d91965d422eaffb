// The learned layer of the Opt-Out Guard: a small logistic model shipped with the package
// (weights.json, trained offline by scripts/train-opt-out-model.ts on the opt-out tuning sets, the
// spent blind sets, the catalogue and everyday messages that are no opt-out). People find new ways
// to say "stop" faster than phrase lists grow ("this used to be my dad's number… no cats here");
// the model weighs words and word pieces wherever they stand. It cannot tell them well enough from
// "mais nada, obrigada" or "save this number" to record an opt-out itself, so it only marks a
// message the rules found nothing in as `possible`, for layer 2 (Gemini) to decide.
import weightsJson from './weights.json';
import { decodeModel, scoreWith, type FeatureOptions, type LearnedModelFile, type TrainedModel } from '../../shared/learned';

export const OPT_OUT_MODEL: LearnedModelFile = weightsJson as LearnedModelFile;

/** One model for every language: the tag slot is constant and works as a second bias. */
export const OPT_OUT_MODEL_TAG = 0;

/** Words, pairs and four-letter word pieces: conjugations and typos of a known verb still count. */
export const OPT_OUT_FEATURES: FeatureOptions = { wordPieces: true };

let model: TrainedModel | undefined;

/** The shipped model's probability that the message asks the business to stop messaging. */
export function optOutScore(text: string): number {
	model ??= decodeModel(OPT_OUT_MODEL);
	return scoreWith(model, text, OPT_OUT_MODEL_TAG);
}
