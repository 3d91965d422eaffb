// Messages that must not wait for the quiet period: emergencies and opt-outs. Matching is on
// folded text (no case, no accents, punctuation and emoji dropped), by whole words, so
// "EMERGÊNCIA!!" matches "emergencia" and "urgentemente" does not match "urgente".
//
// Two lists, because a false match has a cost: the burst is cut at that message and whatever
// the contact types next is answered separately. Emergency words are rare in ordinary talk, so
// they count anywhere in a message. Opt-out words are common Portuguese and Spanish verbs
// ("vou sair do trabalho", "a febre não baixa"), so by default they count only as the whole
// message ("SAIR", "Parar.", "STOP 🙏"), which is how opt-out commands are sent. The node can
// pass the real detectors (Symptom Triage, Opt-Out Guard) as a predicate for anything subtler.
import { tokenize } from '../shared/text';
import { BufferInputError } from './errors';

/** Emergency words and phrases (pt, es, en) that flush the burst wherever they appear. */
export const DEFAULT_FLUSH_WORDS: readonly string[] = [
	'socorro',
	'emergência',
	'urgente',
	'urgência',
	'samu',
	'auxilio',
	'emergency',
	'urgent',
];

/** Opt-out commands (pt, es, en) that flush the burst when they are the whole message. */
export const DEFAULT_FLUSH_COMMANDS: readonly string[] = [
	'parar',
	'pare',
	'sair',
	'descadastrar',
	'baja',
	'darme de baja',
	'stop',
	'unsubscribe',
];

export interface FlushMatcher {
	/** The list entry the text matched, as written in the list, or undefined. */
	match(text: string): string | undefined;
}

/** Compiles the two lists once; entries without a letter or digit are refused. */
export function compileFlushRules(words: readonly string[], commands: readonly string[]): FlushMatcher {
	const anywhere = compileList('flushWords', words);
	const whole = new Map(compileList('flushCommands', commands).map(({ entry, tokens }) => [tokens.join(' '), entry]));
	return {
		match(text: string): string | undefined {
			if (text.trim() === '') return undefined;
			const tokens = tokenize(text);
			const command = whole.get(tokens.join(' '));
			if (command !== undefined) return command;
			return anywhere.find(({ tokens: phrase }) => containsTokens(tokens, phrase))?.entry;
		},
	};
}

/** A list typed in a node parameter: entries separated by commas or new lines, blanks dropped. */
export function parseWordList(text: string): string[] {
	return text
		.split(/[,\n]/)
		.map((entry) => entry.trim())
		.filter((entry) => entry !== '');
}

function compileList(name: string, list: readonly string[]): { entry: string; tokens: string[] }[] {
	if (!Array.isArray(list)) throw new BufferInputError(`${name} must be a list of words or phrases`);
	return list.map((entry) => {
		if (typeof entry !== 'string') throw new BufferInputError(`${name} must hold only text, got ${typeof entry}`);
		const tokens = tokenize(entry);
		if (tokens.length === 0) throw new BufferInputError(`${name} entry "${entry}" has no letter or digit to match`);
		return { entry, tokens };
	});
}

function containsTokens(haystack: string[], needle: string[]): boolean {
	outer: for (let start = 0; start + needle.length <= haystack.length; start++) {
		for (let offset = 0; offset < needle.length; offset++) {
			if (haystack[start + offset] !== needle[offset]) continue outer;
		}
		return true;
	}
	return false;
}
