// What a learned layer reads of a message: its folded words and word pairs, each hashed into one
// of FEATURE_SPACE slots, plus one slot for the message's tag (Symptom Triage's profile), and on
// request the four-letter pieces of each word. Words rather than phrases, so the model weighs
// "sangrando" and "não para" wherever they stand; pairs keep the little order that matters
// ("não respira" is not "respira"); word pieces let "contactéis" lean on "contacten" and a typo
// on the word it misspells. One pass over the text with integer hashes (no word strings built),
// since it runs on most messages. Pure and deterministic: training and classifying share it.
import { foldText } from '../text/fold';

/** 2^16 slots: the labelled sets hold about 20,000 distinct words and pairs, so collisions are rare. */
export const FEATURE_SPACE = 1 << 16;

export interface FeatureOptions {
	/** Also the word's four-letter pieces, with its start and end as a space (" pare", "arem", "rem "). */
	wordPieces?: boolean;
}

const FNV_OFFSET = 2166136261;
const FNV_PRIME = 16777619;
const WORD = 1;
const PAIR = 2;
const TAG = 3;
const PIECE = 4;
const EDGE = 32;

/** A 32-bit finalizer (murmur3's), so word and pair hashes spread over the slots. */
function slotOf(hash: number, kind: number): number {
	let h = Math.imul(hash ^ Math.imul(kind, 0x9e3779b9), 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return (h >>> 0) % FEATURE_SPACE;
}

// What each character is once folded as foldText folds it (NFD, marks dropped, lower case): a
// letter or digit (its code), nothing (a combining mark), or a word break. A table lookup per
// character instead of normalizing the whole string.
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

/** The distinct slots a message lights up: its tag, its words, its pairs of neighbouring words (and word pieces). */
export function featuresOf(text: string, tag: number, options: FeatureOptions = {}): number[] {
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
	const pieces = options.wordPieces === true;
	light(slotOf(tag, TAG));
	let word = FNV_OFFSET;
	let inWord = false;
	let previous: number | undefined;
	// The last three characters of the word with the space before it, for its pieces.
	let piece = EDGE;
	let length = 1;
	for (let i = 0; i <= text.length; i++) {
		const code = i < text.length && text.charCodeAt(i) < TABLE_SIZE ? FOLDED[text.charCodeAt(i)] : BREAK;
		if (code === SKIP) continue;
		if (code !== BREAK) {
			word = Math.imul(word ^ code, FNV_PRIME);
			inWord = true;
			if (pieces) {
				if (length >= 3) light(slotOf(Math.imul(piece, 131) + code, PIECE));
				piece = ((piece << 8) | code) & 0xffffff;
				length++;
			}
			continue;
		}
		if (!inWord) continue;
		light(slotOf(word, WORD));
		if (previous !== undefined) light(slotOf(Math.imul(previous, FNV_PRIME) ^ word, PAIR));
		if (pieces && length >= 3) light(slotOf(Math.imul(piece, 131) + EDGE, PIECE));
		previous = word;
		word = FNV_OFFSET;
		inWord = false;
		piece = EDGE;
		length = 1;
	}
	return slots;
}
