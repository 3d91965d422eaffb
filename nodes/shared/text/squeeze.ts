// Stretched letters ("socorrrooo", "paaaara", "stoooop"). One rule for both detectors: a letter
// repeated three or more times is squeezed to two ("socorrrooo" → "socorroo", so that a real
// double such as "socorro" or "too" survives), and the word also remembers its one-letter form
// ("paaaara" → "para"), which a matcher uses when the two-letter form is not a word it knows.

const STRETCHED = /(\p{L})\1{2,}/gu;
const HAS_STRETCH = /(\p{L})\1{2}/u;

/** Runs of three or more equal letters squeezed to two. */
export function squeeze(word: string): string {
	return HAS_STRETCH.test(word) ? word.replace(STRETCHED, '$1$1') : word;
}

/** Runs of three or more equal letters squeezed to one; `undefined` when the word has none. */
export function squeezeToOne(word: string): string | undefined {
	return HAS_STRETCH.test(word) ? word.replace(STRETCHED, '$1') : undefined;
}
