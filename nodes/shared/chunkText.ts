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
	[...window.matchAll(SENTENCE_END)]
		.filter((m) => !isAbbreviation(window, m.index, m[0]))
		.map((m) => m.index + m[0].length);

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
