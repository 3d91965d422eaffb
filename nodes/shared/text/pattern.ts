// The phrase syntax of rule files (Symptom Triage rules and overrides; Opt-Out Guard phrases). A pattern is a phrase written the way people say it; it is
// normalized like a message (case, accents, chat spellings), so "Não consigo respirar" and
// "nao consigo respirar" are the same pattern. On top of plain words:
//
//   word*          any word that starts with "word" (at least 3 letters): respir* → respirando, respirou
//   (a|b c|d)      one of the alternatives; an alternative may be several words or nested groups
//   (a|b)?  word?  optional: the group or word may be absent
//   ...            up to 3 other words of the same clause, never a negation word: "dor ... peito";
//                  "... ..." reaches 6 words
//   #              a number, in digits or words: "ha # anos" → "há 3 anos", "há dois anos"
//   ##             a number of at least ten: "tomei ## comprimidos" → "tomei 30 comprimidos"
//   ####           a year, 1900–2099: "em ####" → "em 2019"
//   {name}         the fragment named "name" in the file's lexicon, e.g. {pain} → (dor|aperto|pressao)
//
// Patterns expand into plain sequences at compile time (at most 4,096 per pattern; a group of
// single words stays one slot, so "(dor|aperto|pressão) no peito" is one sequence) that share one
// trie (match.ts): nothing is parsed per message and shared beginnings are walked once.
import { normalizeWords } from './chatSpelling';
import type { Language } from './language';
import { tokenizeClauses } from './tokens';

export type Slot =
	/** One word: any of `words`, any word starting with one of `prefixes`, or any word whose stem is one of `stems`. */
	| { kind: 'words'; words: string[]; prefixes: string[]; stems?: string[] }
	| { kind: 'gap'; max: number }
	| { kind: 'number'; atLeastTen: boolean }
	| { kind: 'year' };

export type Sequence = readonly Slot[];

export class PatternError extends Error {}

const GAP_WORDS = 3;
const MAX_VARIANTS = 4096;
const MIN_PREFIX = 3;
const TOKEN = /\s*(\.\.\.|[()|?]|\{[^{}\s]*\}|####|##|#|(?:(?!\.\.\.)[^\s()|?{}#])+)/y;

type Variants = Slot[][];

interface Context {
	language: Language;
	lexicon: Readonly<Record<string, string>>;
	/** Lexicon names being expanded, to catch {a} → {b} → {a}. */
	expanding: string[];
}

/** Every plain sequence the pattern stands for; throws PatternError with a reason a person can act on. */
export function expandPattern(pattern: string, language: Language, lexicon: Readonly<Record<string, string>> = {}): Sequence[] {
	if (typeof pattern !== 'string' || pattern.trim() === '') throw new PatternError('is empty');
	const variants = expandFragment(pattern, { language, lexicon, expanding: [] });
	const sequences = variants.map(trimGaps);
	if (sequences.some((sequence) => !sequence.some((slot) => slot.kind === 'words'))) {
		throw new PatternError(`"${pattern}" can match without a single word; make at least one word required`);
	}
	return dedupe(sequences);
}

function expandFragment(text: string, context: Context): Variants {
	const tokens = tokenizePattern(text);
	const parser = { tokens, at: 0 };
	const variants = parseAlternatives(parser, context);
	if (parser.at < tokens.length) throw new PatternError(`unexpected "${tokens[parser.at]}" in "${text}"`);
	return variants;
}

function tokenizePattern(text: string): string[] {
	const tokens: string[] = [];
	TOKEN.lastIndex = 0;
	while (TOKEN.lastIndex < text.length) {
		const before = TOKEN.lastIndex;
		const match = TOKEN.exec(text);
		if (!match) {
			if (text.slice(before).trim() === '') break;
			throw new PatternError(`cannot read "${text.slice(before).trim()}" in "${text}"`);
		}
		tokens.push(match[1]);
	}
	return tokens;
}

interface Parser {
	tokens: string[];
	at: number;
}

function parseAlternatives(parser: Parser, context: Context): Variants {
	const alternatives: Variants = [...parseSequence(parser, context)];
	while (parser.tokens[parser.at] === '|') {
		parser.at++;
		alternatives.push(...parseSequence(parser, context));
	}
	return limit(alternatives);
}

function parseSequence(parser: Parser, context: Context): Variants {
	let variants: Variants = [[]];
	while (parser.at < parser.tokens.length && parser.tokens[parser.at] !== '|' && parser.tokens[parser.at] !== ')') {
		let item = parseItem(parser, context);
		if (parser.tokens[parser.at] === '?') {
			parser.at++;
			item = [...item, []];
		}
		variants = limit(variants.flatMap((head) => item.map((tail) => [...head, ...tail])));
	}
	return variants;
}

function parseItem(parser: Parser, context: Context): Variants {
	const token = parser.tokens[parser.at++];
	if (token === '(') {
		const inner = parseAlternatives(parser, context);
		if (parser.tokens[parser.at] !== ')') throw new PatternError('has a "(" without its ")"');
		parser.at++;
		return mergeSingleWords(inner);
	}
	if (token === '?') throw new PatternError('has a "?" with nothing before it');
	if (token === '...') return [[{ kind: 'gap', max: GAP_WORDS }]];
	if (token === '#') return [[{ kind: 'number', atLeastTen: false }]];
	if (token === '##') return [[{ kind: 'number', atLeastTen: true }]];
	if (token === '####') return [[{ kind: 'year' }]];
	if (token.startsWith('{')) return lexiconEntry(token.slice(1, -1), context);
	return [wordSlots(token, context.language)];
}

function wordSlots(token: string, language: Language): Slot[] {
	if (token.includes('*')) {
		// A stem is folded but never respelled: "breath*" must stay "breath", not become "breathe".
		const [prefix, ...rest] = tokenizeClauses(token.replace(/\*$/, ''))
			.flat()
			.map((word) => word.text);
		if (!token.endsWith('*') || token.indexOf('*') !== token.length - 1 || rest.length > 0 || !prefix) {
			throw new PatternError(`"${token}": "*" may only end a single word`);
		}
		if (prefix.length < MIN_PREFIX) throw new PatternError(`"${token}": a prefix needs at least ${MIN_PREFIX} letters`);
		return [{ kind: 'words', words: [], prefixes: [prefix] }];
	}
	return normalizeWords(token, language).map((word) => ({ kind: 'words', words: [word], prefixes: [] }));
}

/** Alternatives that are one word each become one slot: "(dor|aperto|pressão)" is one step, not three sequences. */
function mergeSingleWords(variants: Variants): Variants {
	const single = variants.filter((variant) => variant.length === 1 && variant[0].kind === 'words');
	if (single.length < 2) return variants;
	const words = new Set<string>();
	const prefixes = new Set<string>();
	for (const [slot] of single) {
		if (slot.kind !== 'words') continue;
		slot.words.forEach((word) => words.add(word));
		slot.prefixes.forEach((prefix) => prefixes.add(prefix));
	}
	const merged: Slot = { kind: 'words', words: [...words].sort(), prefixes: [...prefixes].sort() };
	return [[merged], ...variants.filter((variant) => !single.includes(variant))];
}

function lexiconEntry(name: string, context: Context): Variants {
	const fragment = context.lexicon[name];
	if (typeof fragment !== 'string') {
		const known = Object.keys(context.lexicon);
		throw new PatternError(`{${name}} is not in the lexicon${known.length ? ` (known: ${known.join(', ')})` : ''}`);
	}
	if (context.expanding.includes(name)) throw new PatternError(`{${name}} refers to itself`);
	return expandFragment(fragment, { ...context, expanding: [...context.expanding, name] });
}

function limit(variants: Variants): Variants {
	if (variants.length > MAX_VARIANTS) {
		throw new PatternError(`expands to more than ${MAX_VARIANTS} phrases; split it into several patterns`);
	}
	return variants;
}

/** A leading or trailing gap matches nothing useful, and two gaps in a row are one longer gap. */
function trimGaps(variant: Slot[]): Sequence {
	const merged: Slot[] = [];
	for (const slot of variant) {
		const last = merged[merged.length - 1];
		if (slot.kind === 'gap' && last?.kind === 'gap') merged[merged.length - 1] = { kind: 'gap', max: last.max + slot.max };
		else merged.push(slot);
	}
	while (merged[0]?.kind === 'gap') merged.shift();
	while (merged[merged.length - 1]?.kind === 'gap') merged.pop();
	return merged;
}

function dedupe(sequences: Sequence[]): Sequence[] {
	const seen = new Set<string>();
	return sequences.filter((sequence) => {
		const key = JSON.stringify(sequence);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/** Literal words of a sequence: the vocabulary that fuzzy matching may correct a typo towards. */
export function literalWords(sequence: Sequence): string[] {
	return sequence.flatMap((slot) => (slot.kind === 'words' ? slot.words : []));
}

export function prefixesOf(sequence: Sequence): string[] {
	return sequence.flatMap((slot) => (slot.kind === 'words' ? slot.prefixes : []));
}
