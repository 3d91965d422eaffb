// Finding phrases in clauses (part of the shared text pipeline: Symptom Triage's concepts and the
// Opt-Out Guard's phrases are found the same way). All sequences live in one trie, so a message is scanned once, word
// by word, and only the branches that can continue at a word are walked. A word slot matches a
// message word exactly, by prefix ("respir*") or by stem (catalogue phrases: "respirando" also
// matches "respirou", nodes/shared/text/stem.ts). Typos are corrected before matching: a message
// word of 7+ letters that is unknown but one edit away from a rule word (a letter missing, extra,
// wrong or swapped) is read as that word.
import type { Sequence, Slot } from './pattern';
import { stem } from './stem';
import { withinOneEdit } from './fuzzy';

const NUMBER_WORDS = new Set(
	(
		'um uma dois duas tres quatro cinco seis sete oito nove alguns algumas varios varias muitos poucos ' +
		'un uno dos cuatro siete ocho nueve algunos muchos pocos ' +
		'a an one two three four five six seven eight nine few several many couple'
	).split(' '),
);
const LARGE_NUMBER_WORDS = new Set(
	(
		'dez onze doze treze catorze quatorze quinze dezesseis dezessete dezoito dezenove vinte trinta quarenta cinquenta cem ' +
		'diez trece quince dieciseis veinte treinta cuarenta cincuenta cien ' +
		'ten eleven twelve thirteen fifteen twenty thirty forty fifty hundred dozen dozens dezenas'
	).split(' '),
);
for (const word of LARGE_NUMBER_WORDS) NUMBER_WORDS.add(word);
const DIGITS = /^\d+$/;
const YEAR = /^(19|20)\d\d$/;

export interface Phrase<Owner> {
	sequence: Sequence;
	/** Share one owner object between the sequences of one pattern: hits are reported once per owner. */
	owner: Owner;
}

export interface Hit<Owner> {
	owner: Owner;
	/** Word indexes in the clause, end exclusive. */
	start: number;
	end: number;
}

/** One step of the trie: where each kind of next word leads, and which phrases end here. */
interface TrieNode<Owner> {
	/** Children by slot key, so equal slots of different phrases share one child (used while building). */
	children: Map<string, TrieNode<Owner>>;
	/** Word slots' children by label: a word, a stem or a prefix, each numbered once per index. */
	byLabel: Map<number, TrieNode<Owner>[]>;
	/** After building, a node with few labels keeps them in two arrays instead (compact, searched in a row). */
	labelKeys: number[];
	labelChildren: TrieNode<Owner>[][];
	/** Number and year slots: few, so a list (one shape, so the walk's property loads stay monomorphic). */
	others: { kind: number; atLeastTen: boolean; node: TrieNode<Owner> }[];
	/** Gap slots by their reach: up to `max` other words, then `node`. */
	gaps: { max: number; node: TrieNode<Owner> }[];
	ends: Owner[];
}

const NUMBER_SLOT = 0;
const YEAR_SLOT = 1;

const newNode = <Owner>(): TrieNode<Owner> => ({ children: new Map(), byLabel: new Map(), labelKeys: [], labelChildren: [], others: [], gaps: [], ends: [] });

/** Nodes with up to this many labels search two small arrays rather than a Map. */
const SMALL_NODE = 8;

/** Drops the building maps and turns small label maps into arrays: a smaller trie is walked faster. */
function compact<Owner>(node: TrieNode<Owner>, seen: Set<TrieNode<Owner>>): void {
	if (seen.has(node)) return;
	seen.add(node);
	for (const child of node.children.values()) compact(child, seen);
	node.children = new Map();
	if (node.byLabel.size > 0 && node.byLabel.size <= SMALL_NODE) {
		for (const [label, children] of node.byLabel) {
			node.labelKeys.push(label);
			node.labelChildren.push(children);
		}
		node.byLabel = new Map();
	}
}

const LABEL_CACHE_LIMIT = 20_000;

/**
 * All phrases in one trie keyed by slot, so phrases that share a beginning ("dor no peito",
 * "dor no braço") are walked once, and a message word that starts no phrase costs one lookup.
 * Every word, stem and prefix the phrases use gets a number; a message word is turned once into
 * the numbers it stands for (cached), so walking the trie compares numbers, not strings.
 */
export class PhraseIndex<Owner> {
	private readonly root = newNode<Owner>();

	private readonly labels = new Map<string, number>();

	private readonly prefixLengths: number[] = [];

	private readonly wordLabels = new Map<string, readonly number[]>();

	constructor(phrases: readonly Phrase<Owner>[]) {
		for (const { sequence, owner } of phrases) {
			let node = this.root;
			for (const slot of sequence) node = this.child(node, slot);
			if (!node.ends.includes(owner)) node.ends.push(owner);
		}
		this.prefixLengths.sort((a, b) => a - b);
		compact(this.root, new Set());
	}

	private label(key: string): number {
		let id = this.labels.get(key);
		if (id === undefined) {
			id = this.labels.size;
			this.labels.set(key, id);
		}
		return id;
	}

	private child(node: TrieNode<Owner>, slot: Slot): TrieNode<Owner> {
		const key =
			slot.kind === 'words' ? `w${slot.words.join('|')}/${slot.prefixes.join('|')}/${slot.stems?.join('|') ?? ''}` : slot.kind === 'gap' ? `g${slot.max}` : JSON.stringify(slot);
		const existing = node.children.get(key);
		if (existing) return existing;
		const next = newNode<Owner>();
		node.children.set(key, next);
		if (slot.kind === 'gap') {
			node.gaps.push({ max: slot.max, node: next });
			return next;
		}
		if (slot.kind !== 'words') {
			node.others.push({ kind: slot.kind === 'year' ? YEAR_SLOT : NUMBER_SLOT, atLeastTen: slot.kind === 'number' && slot.atLeastTen, node: next });
			return next;
		}
		const labels = new Set<number>();
		const stems = slot.stems ?? [];
		// A word whose stem the slot also lists is reached through the stem: one label, one walk.
		for (const word of slot.words) if (!stems.includes(stem(word))) labels.add(this.label(`w:${word}`));
		for (const wordStem of stems) labels.add(this.label(`s:${wordStem}`));
		for (const prefix of slot.prefixes) {
			labels.add(this.label(`p:${prefix}`));
			if (!this.prefixLengths.includes(prefix.length)) this.prefixLengths.push(prefix.length);
		}
		for (const label of labels) push(node.byLabel, label, next);
		return next;
	}

	/** The labels a message word carries: itself, its stem and its prefixes, as far as any phrase uses them. */
	labelsOf(word: string): readonly number[] {
		const cached = this.wordLabels.get(word);
		if (cached) return cached;
		const found: number[] = [];
		const add = (key: string) => {
			const id = this.labels.get(key);
			if (id !== undefined && !found.includes(id)) found.push(id);
		};
		add(`w:${word}`);
		add(`s:${stem(word)}`);
		for (const length of this.prefixLengths) {
			if (length > word.length) break;
			add(`p:${word.slice(0, length)}`);
		}
		if (this.wordLabels.size >= LABEL_CACHE_LIMIT) this.wordLabels.clear();
		this.wordLabels.set(word, found);
		return found;
	}

	/**
	 * Every owner matching at each start, with its shortest end; a gap never swallows a word for
	 * which `stopsGap` is true.
	 */
	scan(words: readonly string[], stopsGap: (word: string) => boolean): Hit<Owner>[] {
		const hits: Hit<Owner>[] = [];
		const labels = words.map((word) => this.labelsOf(word));
		const input: ScanInput<Owner> = { words, labels, stopsGap, owners: [], ends: [] };
		for (let start = 0; start < words.length; start++) {
			if (labels[start].length === 0 && this.root.others.length === 0 && this.root.gaps.length === 0) continue;
			input.owners.length = 0;
			input.ends.length = 0;
			walk(this.root, input, start);
			for (let i = 0; i < input.owners.length; i++) hits.push({ owner: input.owners[i], start, end: input.ends[i] });
		}
		return hits;
	}
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

interface ScanInput<Owner> {
	words: readonly string[];
	labels: readonly (readonly number[])[];
	stopsGap: (word: string) => boolean;
	/** Owners found from the current start, with their shortest end (parallel arrays). */
	owners: Owner[];
	ends: number[];
}

function walk<Owner>(node: TrieNode<Owner>, input: ScanInput<Owner>, position: number): void {
	const ends = node.ends;
	for (let i = 0; i < ends.length; i++) {
		const owner = ends[i];
		const known = input.owners.indexOf(owner);
		if (known < 0) {
			input.owners.push(owner);
			input.ends.push(position);
		} else if (position < input.ends[known]) input.ends[known] = position;
	}
	const words = input.words;
	const gaps = node.gaps;
	for (let i = 0; i < gaps.length; i++) {
		const gap = gaps[i];
		for (let skip = 0; skip <= gap.max && position + skip <= words.length; skip++) {
			if (skip > 0 && input.stopsGap(words[position + skip - 1])) break;
			walk(gap.node, input, position + skip);
		}
	}
	const others = node.others;
	for (let i = 0; i < others.length; i++) {
		const other = others[i];
		if (position < words.length && (other.kind === YEAR_SLOT ? isYear(words[position]) : isNumber(words[position], other.atLeastTen))) walk(other.node, input, position + 1);
	}
	if (position >= words.length) return;
	// A child is listed under a word or under its stem, not both, so each is walked once.
	const labels = input.labels[position];
	const keys = node.labelKeys;
	if (keys.length > 0) {
		for (let i = 0; i < labels.length; i++) {
			const at = keys.indexOf(labels[i]);
			if (at >= 0) {
				const children = node.labelChildren[at];
				for (let c = 0; c < children.length; c++) walk(children[c], input, position + 1);
			}
		}
		return;
	}
	const byLabel = node.byLabel;
	if (byLabel.size === 0) return;
	for (let i = 0; i < labels.length; i++) {
		const children = byLabel.get(labels[i]);
		if (children !== undefined) for (let c = 0; c < children.length; c++) walk(children[c], input, position + 1);
	}
}

/** End index of the shortest match of the sequence starting at `words[start]`, or -1. */
export function matchAt(sequence: Sequence, words: readonly string[], start: number, stopsGap: (word: string) => boolean): number {
	return matchFrom(sequence, 0, words, start, stopsGap);
}

function matchFrom(
	slots: Sequence,
	at: number,
	words: readonly string[],
	position: number,
	stopsGap: (word: string) => boolean,
): number {
	if (at === slots.length) return position;
	const slot = slots[at];
	if (slot.kind === 'gap') {
		for (let skip = 0; skip <= slot.max && position + skip <= words.length; skip++) {
			if (skip > 0 && stopsGap(words[position + skip - 1])) break;
			const end = matchFrom(slots, at + 1, words, position + skip, stopsGap);
			if (end >= 0) return end;
		}
		return -1;
	}
	if (position >= words.length || !slotMatches(slot, words[position])) return -1;
	return matchFrom(slots, at + 1, words, position + 1, stopsGap);
}

function isNumber(word: string, atLeastTen: boolean): boolean {
	const code = word.charCodeAt(0);
	if (code >= 48 && code <= 57) return DIGITS.test(word) && (!atLeastTen || Number(word) >= 10);
	return atLeastTen ? LARGE_NUMBER_WORDS.has(word) : NUMBER_WORDS.has(word);
}

function isYear(word: string): boolean {
	return word.length === 4 && YEAR.test(word);
}

function slotMatches(slot: Exclude<Slot, { kind: 'gap' }>, word: string): boolean {
	switch (slot.kind) {
		case 'words':
			return slot.words.includes(word) || slot.prefixes.some((prefix) => word.startsWith(prefix)) || (slot.stems?.includes(stem(word)) ?? false);
		case 'number':
			if (slot.atLeastTen) return DIGITS.test(word) ? Number(word) >= 10 : LARGE_NUMBER_WORDS.has(word);
			return DIGITS.test(word) || NUMBER_WORDS.has(word);
		case 'year':
			return YEAR.test(word);
	}
}

// Fuzzy correction only for long words: at six letters too many real words are one edit apart.
const FUZZY_MIN_LENGTH = 7;
const CORRECTION_CACHE_LIMIT = 20_000;
const FUZZY_MAX_LENGTH = 30;

/** The words rules know, and typo correction towards them. */
export class Vocabulary {
	private readonly known: ReadonlySet<string>;

	/** Each long target word under every one-letter deletion of it, for constant-time typo lookup. */
	private readonly deletions = new Map<string, string[]>();

	private readonly prefixes: ReadonlySet<string>;

	private readonly prefixLengths: number[];

	private readonly corrections = new Map<string, string>();

	/**
	 * `targets`: words a typo may be corrected to. `alsoKnown`: words left as they are but never a
	 * target (negators, time words). `prefixes`: a word that starts with one is already matched.
	 */
	constructor(targets: Iterable<string>, alsoKnown: Iterable<string>, prefixes: Iterable<string>) {
		const targetSet = new Set(targets);
		this.known = new Set([...targetSet, ...alsoKnown]);
		this.prefixes = new Set(prefixes);
		this.prefixLengths = [...new Set([...this.prefixes].map((prefix) => prefix.length))];
		for (const word of targetSet) {
			if (word.length < FUZZY_MIN_LENGTH) continue;
			for (const variant of deletionsOf(word)) push(this.deletions, variant, word);
		}
	}

	/** Whether rules know this word as it is. */
	knows(word: string): boolean {
		return this.known.has(word);
	}

	/** The known word this one was meant to be, or the word itself. */
	correct(word: string): string {
		// Past 30 letters a "word" is no word a typo could be made in (and checking it would cost its square).
		if (word.length < FUZZY_MIN_LENGTH || word.length > FUZZY_MAX_LENGTH || this.known.has(word)) return word;
		const cached = this.corrections.get(word);
		if (cached !== undefined) return cached;
		const corrected = DIGITS.test(word) || this.prefixLengths.some((length) => this.prefixes.has(word.slice(0, length))) ? word : (this.nearest(word) ?? word);
		if (this.corrections.size >= CORRECTION_CACHE_LIMIT) this.corrections.clear();
		this.corrections.set(word, corrected);
		return corrected;
	}

	private nearest(word: string): string | undefined {
		// The word is a known word with one letter missing.
		const missing = this.deletions.get(word)?.[0];
		if (missing) return missing;
		for (const variant of deletionsOf(word)) {
			// One letter too many.
			if (variant.length >= FUZZY_MIN_LENGTH && this.known.has(variant)) return variant;
			// One letter wrong, or two neighbours swapped.
			for (const candidate of this.deletions.get(variant) ?? []) {
				if (candidate.length === word.length && withinOneEdit(word, candidate)) return candidate;
			}
		}
		return undefined;
	}
}

function deletionsOf(word: string): string[] {
	const variants: string[] = [];
	for (let i = 0; i < word.length; i++) variants.push(word.slice(0, i) + word.slice(i + 1));
	return variants;
}
