// What the learned layer reads of a message: its folded words and word pairs, each hashed into
// one of FEATURE_SPACE slots, plus the profile. Words rather than phrases, so the model weighs
// "sangrando" and "não para" wherever they stand; pairs keep the little order that matters
// ("não respira" is not "respira"). One pass over the folded text with integer hashes (no word
// strings built), since it runs on every message the rules do not escalate. Pure and
// deterministic: training and classifying share it.
import { foldText } from '../../shared/text/fold';
import type { Profile } from '../types';

/** 2^16 slots: the tuning sets hold about 20,000 distinct words and pairs, so collisions are rare. */
export const FEATURE_SPACE = 1 << 16;

const FNV_OFFSET = 2166136261;
const FNV_PRIME = 16777619;

/** A 32-bit finalizer (murmur3's), so word and pair hashes spread over the slots. */
function slotOf(hash: number, kind: number): number {
	let h = Math.imul(hash ^ Math.imul(kind, 0x9e3779b9), 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return (h >>> 0) % FEATURE_SPACE;
}

const PROFILE_SLOTS: Record<Profile, number> = { human: slotOf(1, 3), veterinary: slotOf(2, 3) };

// Which slots the current message already lit: a slot is lit when it holds this message's
// generation number, so nothing is cleared between messages.
const litIn = new Uint32Array(FEATURE_SPACE);
let generation = 0;

/** The distinct slots a message lights up: its words, its pairs of neighbouring words, its profile. */
export function featuresOf(text: string, profile: Profile): number[] {
	const folded = foldText(text);
	if (++generation === 0xffffffff) {
		litIn.fill(0);
		generation = 1;
	}
	const slots: number[] = [];
	const light = (slot: number) => {
		if (litIn[slot] === generation) return;
		litIn[slot] = generation;
		slots.push(slot);
	};
	light(PROFILE_SLOTS[profile]);
	let word = FNV_OFFSET;
	let inWord = false;
	let previous: number | undefined;
	for (let i = 0; i <= folded.length; i++) {
		const code = i < folded.length ? folded.charCodeAt(i) : 32;
		if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
			word = Math.imul(word ^ code, FNV_PRIME);
			inWord = true;
			continue;
		}
		if (!inWord) continue;
		light(slotOf(word, 1));
		if (previous !== undefined) light(slotOf(Math.imul(previous, FNV_PRIME) ^ word, 2));
		previous = word;
		word = FNV_OFFSET;
		inWord = false;
	}
	return slots;
}
