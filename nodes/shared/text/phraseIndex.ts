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
const NO_WORDS: readonly string[] = [];
const NEVER = (): boolean => false;
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

/** One step of the trie while it is built: where each kind of next word leads, and which phrases end here. */
interface TrieNode<Owner> {
	/** Children by slot key, so equal slots of different phrases share one child. */
	children: Map<string, TrieNode<Owner>>;
	/** Word slots' children by label: a word, a stem or a prefix, each numbered once per index. */
	byLabel: Map<number, TrieNode<Owner>[]>;
	/** Number and year slots. */
	others: { kind: number; node: TrieNode<Owner> }[];
	/** Gap slots by their reach: up to `max` other words, then `node`. */
	gaps: { max: number; node: TrieNode<Owner> }[];
	ends: Owner[];
}

const NUMBER_SLOT = 0;
const YEAR_SLOT = 1;
const LARGE_NUMBER_SLOT = 2;

const newNode = <Owner>(): TrieNode<Owner> => ({ children: new Map(), byLabel: new Map(), others: [], gaps: [], ends: [] });

/** Nodes with more labels than this find a label's children through a table indexed by label (the root: every word starts there). */
const TABLE_NODE = 16;

/**
 * The built trie as flat arrays (nodes numbered depth first from the root at 0, each node's
 * entries in one run of a list, `xStart[node]` to `xStart[node + 1]`): walking it reads a few
 * typed arrays that sit together in memory instead of chasing a dozen small objects per node.
 */
interface FlatTrie<Owner> {
	/** Distinct owners; the trie lists them by number. */
	owners: Owner[];
	endStart: Int32Array;
	endOwner: Int32Array;
	gapStart: Int32Array;
	gapMax: Int32Array;
	gapChild: Int32Array;
	otherStart: Int32Array;
	otherKind: Int32Array;
	otherChild: Int32Array;
	/** A node's labels (`edgeLabel`), each with its children `childList[childStart[edge]..childStart[edge + 1]]`. */
	edgeStart: Int32Array;
	edgeLabel: Int32Array;
	childStart: Int32Array;
	childList: Int32Array;
	/** For nodes with many labels: label → edge + 1 (0: none). */
	tables: (Int32Array | null)[];
	/** 1 when nothing ends at the node and no gap or number slot follows: only a next word leads on. */
	wordsOnly: Uint8Array;
	/** Per node: the label bits (labelBit) of its edges. Most words continue no phrase: one AND tells, before any edge is looked up. */
	labelMask: Int32Array;
}

function flatten<Owner>(root: TrieNode<Owner>, labelCount: number): FlatTrie<Owner> {
	const order: TrieNode<Owner>[] = [];
	const ids = new Map<TrieNode<Owner>, number>();
	const visit = (node: TrieNode<Owner>) => {
		if (ids.has(node)) return;
		ids.set(node, order.length);
		order.push(node);
		for (const child of node.children.values()) visit(child);
	};
	visit(root);
	const owners: Owner[] = [];
	const ownerIds = new Map<Owner, number>();
	const ownerId = (owner: Owner) => {
		let id = ownerIds.get(owner);
		if (id === undefined) {
			id = owners.length;
			owners.push(owner);
			ownerIds.set(owner, id);
		}
		return id;
	};
	const count = order.length;
	const endStart = new Int32Array(count + 1);
	const gapStart = new Int32Array(count + 1);
	const otherStart = new Int32Array(count + 1);
	const edgeStart = new Int32Array(count + 1);
	const endOwner: number[] = [];
	const gapMax: number[] = [];
	const gapChild: number[] = [];
	const otherKind: number[] = [];
	const otherChild: number[] = [];
	const edgeLabel: number[] = [];
	const childStart: number[] = [];
	const childList: number[] = [];
	const tables: (Int32Array | null)[] = new Array<Int32Array | null>(count).fill(null);
	const wordsOnly = new Uint8Array(count);
	const labelMask = new Int32Array(count);
	order.forEach((node, id) => {
		endStart[id] = endOwner.length;
		for (const owner of node.ends) endOwner.push(ownerId(owner));
		gapStart[id] = gapMax.length;
		for (const gap of node.gaps) {
			gapMax.push(gap.max);
			gapChild.push(ids.get(gap.node)!);
		}
		otherStart[id] = otherKind.length;
		for (const other of node.others) {
			otherKind.push(other.kind);
			otherChild.push(ids.get(other.node)!);
		}
		edgeStart[id] = edgeLabel.length;
		const table = node.byLabel.size > TABLE_NODE ? new Int32Array(labelCount) : null;
		for (const [label, children] of node.byLabel) {
			if (table) table[label] = edgeLabel.length + 1;
			labelMask[id] |= labelBit(label);
			edgeLabel.push(label);
			childStart.push(childList.length);
			for (const child of children) childList.push(ids.get(child)!);
		}
		tables[id] = table;
		wordsOnly[id] = node.ends.length === 0 && node.gaps.length === 0 && node.others.length === 0 ? 1 : 0;
	});
	endStart[count] = endOwner.length;
	gapStart[count] = gapMax.length;
	otherStart[count] = otherKind.length;
	edgeStart[count] = edgeLabel.length;
	childStart.push(childList.length);
	return {
		owners,
		endStart,
		endOwner: Int32Array.from(endOwner),
		gapStart,
		gapMax: Int32Array.from(gapMax),
		gapChild: Int32Array.from(gapChild),
		otherStart,
		otherKind: Int32Array.from(otherKind),
		otherChild: Int32Array.from(otherChild),
		edgeStart,
		edgeLabel: Int32Array.from(edgeLabel),
		childStart: Int32Array.from(childStart),
		childList: Int32Array.from(childList),
		tables,
		wordsOnly,
		labelMask,
	};
}

/** A label's bit in a 32-bit mask of labels: two masks that share no bit share no label. */
const labelBit = (label: number): number => 1 << (label & 31);

const LABEL_CACHE_LIMIT = 20_000;

/**
 * All phrases in one trie keyed by slot, so phrases that share a beginning ("dor no peito",
 * "dor no braço") are walked once, and a message word that starts no phrase costs one lookup.
 * Every word, stem and prefix the phrases use gets a number; a message word is turned once into
 * the numbers it stands for (cached), so walking the trie compares numbers, not strings.
 */
export class PhraseIndex<Owner> {
	private readonly trie: FlatTrie<Owner>;

	private readonly labels = new Map<string, number>();

	private readonly prefixLengths: number[] = [];

	private readonly wordLabels = new Map<string, WordLabels>();

	/** Per owner: the scan generation it was last found in, and where in the found list. */
	private readonly seen: Int32Array;

	private readonly slot: Int32Array;

	private readonly state: ScanState;

	private generation = 0;

	constructor(phrases: readonly Phrase<Owner>[]) {
		const root = newNode<Owner>();
		for (const { sequence, owner } of phrases) {
			let node = root;
			for (const slot of sequence) node = this.child(node, slot);
			if (!node.ends.includes(owner)) node.ends.push(owner);
		}
		this.prefixLengths.sort((a, b) => a - b);
		this.trie = flatten(root, this.labels.size);
		this.seen = new Int32Array(this.trie.owners.length);
		this.slot = new Int32Array(this.trie.owners.length);
		const owners = this.trie.owners.length;
		this.state = {
			words: NO_WORDS,
			labels: [],
			stopsGap: NEVER,
			seen: this.seen,
			slot: this.slot,
			generation: 0,
			owners: new Int32Array(owners),
			ends: new Int32Array(owners),
			count: 0,
		};
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
			slot.kind === 'words'
				? `w${slot.words.join('|')}/${slot.prefixes.join('|')}/${slot.stems?.join('|') ?? ''}`
				: slot.kind === 'gap'
					? `g${slot.max}`
					: JSON.stringify(slot);
		const existing = node.children.get(key);
		if (existing) return existing;
		const next = newNode<Owner>();
		node.children.set(key, next);
		if (slot.kind === 'gap') {
			node.gaps.push({ max: slot.max, node: next });
			return next;
		}
		if (slot.kind !== 'words') {
			node.others.push({ kind: slot.kind === 'year' ? YEAR_SLOT : slot.atLeastTen ? LARGE_NUMBER_SLOT : NUMBER_SLOT, node: next });
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

	/**
	 * What the scan needs to know of a message word, worked out once per distinct word (cached): the
	 * labels it carries (itself, its stem and its prefixes, as far as any phrase uses them), the
	 * number slots it fills, and whether it can start a phrase at all. A caller that reads the same
	 * words often may keep these and scan with `scanLabelled`, skipping this lookup.
	 */
	labelsOf(word: string): WordLabels {
		const cached = this.wordLabels.get(word);
		if (cached) return cached;
		const labels: number[] = [];
		const add = (key: string) => {
			const id = this.labels.get(key);
			if (id !== undefined && !labels.includes(id)) labels.push(id);
		};
		add(`w:${word}`);
		add(`s:${stem(word)}`);
		for (const length of this.prefixLengths) {
			if (length > word.length) break;
			add(`p:${word.slice(0, length)}`);
		}
		let fills = 0;
		for (const kind of [NUMBER_SLOT, YEAR_SLOT, LARGE_NUMBER_SLOT]) if (slotFills(kind, word)) fills |= 1 << kind;
		const rootSteps = stepsFromRoot(this.trie, labels, fills);
		let mask = 0;
		for (const label of labels) mask |= labelBit(label);
		const entry: WordLabels = { labels, mask, fills, rootSteps };
		if (this.wordLabels.size >= LABEL_CACHE_LIMIT) this.wordLabels.clear();
		this.wordLabels.set(word, entry);
		return entry;
	}

	/** The owners by number, as `scanInto` reports them. */
	get owners(): readonly Owner[] {
		return this.trie.owners;
	}

	/**
	 * Every owner matching at each start, with its shortest end; a gap never swallows a word for
	 * which `stopsGap` is true.
	 */
	scan(words: readonly string[], stopsGap: (word: string) => boolean): Hit<Owner>[] {
		const found: number[] = [];
		this.scanInto(words, stopsGap, found);
		const hits: Hit<Owner>[] = [];
		const owners = this.trie.owners;
		for (let i = 0; i < found.length; i += 3) hits.push({ owner: owners[found[i]], start: found[i + 1], end: found[i + 2] });
		return hits;
	}

	/** What `scan` finds, appended to `into` as numbers: owner (an index into `owners`), start, end. */
	scanInto(words: readonly string[], stopsGap: (word: string) => boolean, into: number[]): void {
		const labels = this.state.labels;
		// Entries past this message's words are stale and never read (they are cached objects anyway).
		for (let i = 0; i < words.length; i++) labels[i] = this.labelsOf(words[i]);
		this.scanWithLabels(words, stopsGap, into);
	}

	/** `scanInto` for words whose labels the caller already has (`labels[i]` is `labelsOf(words[i])`). */
	scanLabelled(words: readonly string[], labels: readonly WordLabels[], stopsGap: (word: string) => boolean, into: number[]): void {
		const own = this.state.labels;
		for (let i = 0; i < words.length; i++) own[i] = labels[i];
		this.scanWithLabels(words, stopsGap, into);
	}

	private scanWithLabels(words: readonly string[], stopsGap: (word: string) => boolean, into: number[]): void {
		const trie = this.trie;
		// One state per index, reset per scan: a scan is synchronous and keeps nothing once it returns.
		const state = this.state;
		const labels = state.labels;
		let starts = false;
		for (let i = 0; i < words.length && !starts; i++) starts = labels[i].rootSteps.length > 0;
		// Something at the root itself (a phrase that opens with a gap, or an empty one) is found from any word.
		const rootOpen = trie.gapStart[1] > trie.gapStart[0] || trie.endStart[1] > trie.endStart[0];
		if (!starts && !rootOpen) return;
		state.words = words;
		state.stopsGap = stopsGap;
		for (let start = 0; start < words.length; start++) {
			// A word that starts no phrase (no step from the root, no number slot of the root it fills) costs no walk.
			if (!rootOpen && labels[start].rootSteps.length === 0) continue;
			// A fresh generation per start marks every owner as not yet found, without clearing anything.
			if (this.generation >= 0x3fffffff) {
				this.generation = 0;
				this.seen.fill(0);
			}
			state.generation = ++this.generation;
			state.count = 0;
			if (rootOpen) walk(trie, state, 0, start);
			else {
				// The root's steps on this word are the same in every message: taken from the word's labels.
				const steps = labels[start].rootSteps;
				for (let i = 0; i < steps.length; i++) walk(trie, state, steps[i], start + 1);
			}
			for (let i = 0; i < state.count; i++) into.push(state.owners[i], start, state.ends[i]);
		}
		state.words = NO_WORDS;
		state.stopsGap = NEVER;
	}
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

/** A message word as the scan reads it. */
export interface WordLabels {
	labels: readonly number[];
	/** The labels' bits (labelBit). */
	mask: number;
	/** Bit `1 << kind` for each number or year slot kind the word fills. */
	fills: number;
	/**
	 * The nodes the root leads to on this word, in the order a walk from the root takes them (the
	 * number slots it fills, then its labels); none when it can start no phrase.
	 */
	rootSteps: readonly number[];
}

interface ScanState {
	words: readonly string[];
	labels: WordLabels[];
	stopsGap: (word: string) => boolean;
	seen: Int32Array;
	slot: Int32Array;
	generation: number;
	/** Owners found from the current start, with their shortest end (parallel arrays, `count` long: each owner at most once). */
	owners: Int32Array;
	ends: Int32Array;
	count: number;
}

function walk<Owner>(trie: FlatTrie<Owner>, state: ScanState, node: number, position: number): void {
	for (let e = trie.endStart[node], stop = trie.endStart[node + 1]; e < stop; e++) {
		const owner = trie.endOwner[e];
		if (state.seen[owner] !== state.generation) {
			state.seen[owner] = state.generation;
			state.slot[owner] = state.count;
			state.owners[state.count] = owner;
			state.ends[state.count] = position;
			state.count++;
		} else {
			const known = state.slot[owner];
			if (position < state.ends[known]) state.ends[known] = position;
		}
	}
	const words = state.words;
	for (let g = trie.gapStart[node], stop = trie.gapStart[node + 1]; g < stop; g++) {
		const max = trie.gapMax[g];
		const next = trie.gapChild[g];
		for (let skip = 0; skip <= max && position + skip <= words.length; skip++) {
			if (skip > 0 && state.stopsGap(words[position + skip - 1])) break;
			// Most gaps lead to a word slot: step it here rather than through a call that finds nothing else to do.
			if (trie.wordsOnly[next] === 1) stepWord(trie, state, next, position + skip);
			else walk(trie, state, next, position + skip);
		}
	}
	if (position < words.length) {
		const fills = state.labels[position].fills;
		for (let o = trie.otherStart[node], stop = trie.otherStart[node + 1]; o < stop; o++) {
			if ((fills >> trie.otherKind[o]) & 1) walk(trie, state, trie.otherChild[o], position + 1);
		}
	}
	stepWord(trie, state, node, position);
}

/** The children reached by the word at `position`. A child is listed under a word or under its stem, not both, so each is walked once. */
function stepWord<Owner>(trie: FlatTrie<Owner>, state: ScanState, node: number, position: number): void {
	if (position >= state.words.length) return;
	const word = state.labels[position];
	// No label in common (a node with no edges has none): nothing to look up.
	if ((trie.labelMask[node] & word.mask) === 0) return;
	const labels = word.labels;
	for (let i = 0; i < labels.length; i++) {
		const edge = edgeOf(trie, node, labels[i]);
		if (edge < 0) continue;
		for (let c = trie.childStart[edge], stop = trie.childStart[edge + 1]; c < stop; c++) walk(trie, state, trie.childList[c], position + 1);
	}
}

/** The node's edge for a label, or -1. */
function edgeOf<Owner>(trie: FlatTrie<Owner>, node: number, label: number): number {
	const table = trie.tables[node];
	if (table !== null) return table[label] - 1;
	for (let e = trie.edgeStart[node], stop = trie.edgeStart[node + 1]; e < stop; e++) if (trie.edgeLabel[e] === label) return e;
	return -1;
}

function slotFills(kind: number, word: string): boolean {
	return kind === YEAR_SLOT ? isYear(word) : isNumber(word, kind === LARGE_NUMBER_SLOT);
}

/** Where `walk` from the root goes on a word with these labels and `fills` (see walk: number slots first, then stepWord). */
function stepsFromRoot<Owner>(trie: FlatTrie<Owner>, labels: readonly number[], fills: number): number[] {
	const steps: number[] = [];
	for (let o = trie.otherStart[0], stop = trie.otherStart[1]; o < stop; o++)
		if ((fills >> trie.otherKind[o]) & 1) steps.push(trie.otherChild[o]);
	for (const label of labels) {
		const edge = edgeOf(trie, 0, label);
		if (edge >= 0) for (let c = trie.childStart[edge], stop = trie.childStart[edge + 1]; c < stop; c++) steps.push(trie.childList[c]);
	}
	return steps;
}

/** End index of the shortest match of the sequence starting at `words[start]`, or -1. */
export function matchAt(sequence: Sequence, words: readonly string[], start: number, stopsGap: (word: string) => boolean): number {
	return matchFrom(sequence, 0, words, start, stopsGap);
}

function matchFrom(slots: Sequence, at: number, words: readonly string[], position: number, stopsGap: (word: string) => boolean): number {
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
			return (
				slot.words.includes(word) || slot.prefixes.some((prefix) => word.startsWith(prefix)) || (slot.stems?.includes(stem(word)) ?? false)
			);
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
		const corrected =
			DIGITS.test(word) || this.prefixLengths.some((length) => this.prefixes.has(word.slice(0, length)))
				? word
				: (this.nearest(word) ?? word);
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
