// The learned layer of Symptom Triage: a small logistic model shipped with the package
// (weights.json, trained offline by scripts/train-triage-model.ts on the tuning sets and spent
// blind sets in test/fixtures). It runs after the rules, only when they did not escalate, and can
// only raise: a message it scores at or above its threshold becomes very urgent. The rules stay
// the auditable first layer; the result says when the model raised it (`learned`).
import weightsJson from './weights.json';
import { decodeModel, scoreWith, type LearnedModelFile, type TrainedModel } from '../../shared/learned';
import type { Profile } from '../types';

export const LEARNED_MODEL: LearnedModelFile = weightsJson as LearnedModelFile;

/** The tag slot each profile lights (see featuresOf). */
export const PROFILE_TAGS: Record<Profile, number> = { human: 1, veterinary: 2 };

let model: TrainedModel | undefined;

/** The shipped model's probability that the message describes an emergency. */
export function learnedScore(text: string, profile: Profile): number {
	model ??= decodeModel(LEARNED_MODEL);
	return scoreWith(model, text, PROFILE_TAGS[profile]);
}
