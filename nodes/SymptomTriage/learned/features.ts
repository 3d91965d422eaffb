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

// What each character is once folded as foldText folds it (NFD, marks dropped, lower case): a
// letter or digit (its code), nothing (a combining mark), or a word break. A table lookup per
// character instead of normalizing the whole string: the layer runs on most messages.
const SKIP = 0;
const BREAK = 1;
const TABLE_SIZE = 0x3000;
const FOLDED = new Uint8Array(TABLE_SIZE);
for (let code = 0; code < TABLE_SIZE; code++) {
	const folded = foldText(String.fromCharCode(code));
	const isMark = code >= 0x0300 && code <= 0x036f;
	FOLDED[code] = isMark ? SKIP : folded.length === 1 && /[a-z0-9]/.test(folded) ? folded.charCodeAt(0) : BREAK;
}

// Which slots the current message already lit: a slot is lit when it holds this message's
// generation number, so nothing is cleared between messages.
const litIn = new Uint32Array(FEATURE_SPACE);
let generation = 0;

/** The distinct slots a message lights up: its words, its pairs of neighbouring words, its profile. */
export function featuresOf(text: string, profile: Profile): number[] {
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
	for (let i = 0; i <= text.length; i++) {
		const code = i < text.length && text.charCodeAt(i) < TABLE_SIZE ? FOLDED[text.charCodeAt(i)] : BREAK;
		if (code === SKIP) continue;
		if (code !== BREAK) {
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
