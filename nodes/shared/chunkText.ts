// Splitting a long reply into messages WhatsApp accepts (4,096 characters per text). A reader
// should not notice the seams: cuts prefer paragraph breaks, then sentence ends, then line breaks,
// then spaces, and only as a last resort fall inside a word, never inside an emoji.

/** Longest text body the Cloud API accepts; WAHA and Evolution share the WhatsApp client limit. */
export const WHATSAPP_TEXT_LIMIT = 4096;

// A break earlier than this share of the limit would waste too much of a message; a better break
// kind further back only wins when it still fills at least half of it.
const MIN_FILL = 0.5;
// Graphemes (ZWJ families, flags, skin tones) are found on a slightly longer window so that the
// cluster straddling the limit is seen whole.
const GRAPHEME_LOOKAHEAD = 32;

const PARAGRAPH_BREAK = /\n[^\S\n]*\n/g;
// Sentence end: terminal punctuation, optional closing quotes/brackets, then white space.
const SENTENCE_END = /[.!?…]+["'”’»)\]]*(?=\s)/g;
const LINE_BREAK = /\n/g;
const WHITE_SPACE = /\s/g;

// "Dr. Silva" is not the end of a sentence (pt-BR, es and en titles seen in clinic replies).
const ABBREVIATIONS = new Set(['dr', 'dra', 'sr', 'sra', 'srta', 'prof', 'profa', 'mr', 'mrs', 'ms', 'st', 'av', 'vs']);

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

type BreakFinder = (window: string) => number[];

/** Positions where a chunk may end: the chunk is `text.slice(0, position)`. */
const paragraphBreaks: BreakFinder = (window) => [...window.matchAll(PARAGRAPH_BREAK)].map((m) => m.index);

const sentenceEnds: BreakFinder = (window) =>
	[...window.matchAll(SENTENCE_END)].filter((m) => !isAbbreviation(window, m.index, m[0])).map((m) => m.index + m[0].length);

const lineBreaks: BreakFinder = (window) => [...window.matchAll(LINE_BREAK)].map((m) => m.index);

const wordBreaks: BreakFinder = (window) => [...window.matchAll(WHITE_SPACE)].map((m) => m.index);

function isAbbreviation(window: string, index: number, punctuation: string): boolean {
	if (punctuation !== '.') return false;
	const word = /(\p{L}+)$/u.exec(window.slice(Math.max(0, index - 8), index))?.[1];
	return word !== undefined && ABBREVIATIONS.has(word.toLowerCase());
}

/** The last break in (floor, max], or undefined. */
function lastBreak(window: string, find: BreakFinder, floor: number, max: number): number | undefined {
	const positions = find(window).filter((position) => position >= floor && position <= max);
	return positions.length > 0 ? positions[positions.length - 1] : undefined;
}

/** The last grapheme boundary at or before max; a code point boundary if one grapheme is longer. */
function graphemeCut(text: string, max: number): number {
	let cut = 0;
	for (const { index } of graphemes.segment(text.slice(0, max + GRAPHEME_LOOKAHEAD))) {
		if (index > max) break;
		cut = index;
	}
	if (cut > 0) return cut;
	const code = text.charCodeAt(max - 1);
	const splitsSurrogatePair = code >= 0xd800 && code <= 0xdbff;
	return splitsSurrogatePair && max > 1 ? max - 1 : max;
}

function cutPoint(text: string, max: number): number {
	// One character past the limit lets a break that sits exactly at the limit be seen.
	const window = text.slice(0, max + 1);
	const floor = Math.max(1, Math.floor(max * MIN_FILL));
	return (
		lastBreak(window, paragraphBreaks, floor, max) ??
		lastBreak(window, sentenceEnds, floor, max) ??
		lastBreak(window, lineBreaks, floor, max) ??
		lastBreak(window, wordBreaks, floor, max) ??
		lastBreak(window, wordBreaks, 1, max) ??
		graphemeCut(text, max)
	);
}

/**
 * Split `text` into messages of at most `max` UTF-16 units (the unit WhatsApp's limit is counted
 * in), in order. Characters are never dropped or reordered; only white space at a cut point is
 * trimmed. Text that fits is returned as is; blank text gives no messages.
 */
export function splitMessage(text: string, max: number = WHATSAPP_TEXT_LIMIT): string[] {
	if (!Number.isInteger(max) || max < 1) throw new RangeError(`max must be a positive integer, got ${max}`);
	const chunks: string[] = [];
	let rest = text;
	while (rest.length > max) {
		const cut = cutPoint(rest, max);
		const chunk = rest.slice(0, cut).trimEnd();
		if (chunk !== '') chunks.push(chunk);
		rest = rest.slice(cut).trimStart();
	}
	if (rest.trim() !== '') chunks.push(rest);
	return chunks;
}

// Retrieval passages (Knowledge Base): the same cut rules, but each passage after the first starts
// a little before the end of the previous one, so a fact that straddles a cut is whole in one of
// the two. The overlap starts at a sentence start when one is near, else at a word start.

export interface Passage {
	text: string;
	/** Offsets of `text` in the input (`input.slice(start, end) === text`). */
	start: number;
	end: number;
}

const SPACE = /\s/;

function skipSpace(text: string, from: number): number {
	let at = from;
	while (at < text.length && SPACE.test(text[at])) at++;
	return at;
}

function isLowSurrogate(text: string, at: number): boolean {
	const code = text.charCodeAt(at);
	return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Where the passage after `[start, end)` should begin so that it repeats at most `overlap`
 * characters: the first sentence start in the last `overlap` characters if it keeps at least half
 * of them, else the first word start there, else (one long word) exactly `overlap` back.
 */
function overlapStart(text: string, start: number, end: number, overlap: number): number {
	const from = Math.max(start + 1, end - overlap);
	if (from >= end) return end;
	const region = text.slice(from, end);
	const sentence = [...region.matchAll(SENTENCE_END)]
		.filter((m) => !isAbbreviation(region, m.index, m[0]))
		.map((m) => skipSpace(region, m.index + m[0].length))
		.find((at) => at < region.length);
	if (sentence !== undefined && region.length - sentence >= overlap / 2) return from + sentence;
	if (SPACE.test(text[from - 1]) && !SPACE.test(text[from])) return from;
	const word = /\s\S/.exec(region);
	if (word) return from + word.index + 1;
	// Inside one long word: exactly `overlap` back, but never between the halves of a surrogate pair.
	return isLowSurrogate(text, from) ? from - 1 : from;
}

/**
 * Split `text` into passages of at most `size` UTF-16 units that overlap by up to `overlap`
 * characters. Cuts prefer paragraph breaks, then sentence ends, line breaks and spaces, as
 * splitMessage does; a word longer than `size` is cut inside. Passages are trimmed of white space;
 * blank text gives none. Runs in time linear in the text for a fixed size.
 */
export function splitPassages(text: string, size: number, overlap = 0): Passage[] {
	if (!Number.isInteger(size) || size < 1) throw new RangeError(`size must be a positive integer, got ${size}`);
	if (!Number.isInteger(overlap) || overlap < 0 || overlap >= size) {
		throw new RangeError(`overlap must be an integer from 0 to size - 1, got ${overlap}`);
	}
	const passages: Passage[] = [];
	let start = skipSpace(text, 0);
	// End of the previous passage, and where its cut fell (white space after it included).
	let previousEnd = 0;
	let previousCut = 0;
	while (start < text.length) {
		const cut =
			text.length - start <= size
				? text.length - start
				: // cutPoint looks one past `size` and a few code units further for graphemes.
					cutPoint(text.slice(start, start + size + GRAPHEME_LOOKAHEAD + 1), size);
		let end = start + cut;
		while (end > start && SPACE.test(text[end - 1])) end--;
		if (passages.length > 0 && end <= previousEnd) {
			// The overlap would not reach past the previous passage: continue without overlap.
			start = skipSpace(text, previousCut);
			continue;
		}
		passages.push({ text: text.slice(start, end), start, end });
		previousEnd = end;
		previousCut = start + cut;
		if (previousCut >= text.length) break;
		const next = overlap > 0 ? overlapStart(text, start, end, overlap) : previousCut;
		start = skipSpace(text, Math.max(next, start + 1));
	}
	return passages;
}
