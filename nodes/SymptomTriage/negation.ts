// Whether a phrase found in a clause really says the person has the symptom now. Three checks,
// in the clause only: a figure of speech overlapping the phrase, a negator shortly before it, and
// a distant-past time marker nearer to it than any present one. A negator inside the phrase
// ("não consigo respirar") belongs to the phrase and is never checked, because the scan for
// negators starts where the phrase starts. Negators are read per language ("no" is a negator in
// Spanish and English, "in the" in Portuguese); time markers and figures of speech of all three
// languages apply to every reading, since a message may mix languages or be read in several.
import { matchAt, PhraseIndex, type Hit, type Phrase } from './match';
import { expandPattern, literalWords, prefixesOf, type Sequence } from './pattern';
import { NEGATION, NEGATOR_REACH, SHORT_NEGATOR_REACH } from '../shared/text';
import { SCOPE_WORDS } from './scopeWords';
import { LANGUAGES, type Language } from './types';

export type Cancel = 'figurative' | 'negated' | 'past' | 'hypothetical' | 'mild' | 'topic';

/** One per marker pattern, so two markers at the same word are both reported. */
interface Marker {
	kind:
		| 'past'
		| 'present'
		| 'recurrence'
		| 'figurative'
		| 'comparison'
		| 'hypothetical'
		| 'resolved'
		| 'treated'
		| 'mild'
		| 'topic_before'
		| 'topic_after'
		| 'negator'
		| 'history'
		| 'outsider'
		| 'own_fine'
		| 'own_risk'
		| 'aside'
		| 'asked'
		| 'answers_yes'
		| 'mishap'
		| 'rebooking';
}

/** The marker phrases found in one clause; computed once per clause that has a candidate match. */
export interface ClauseMarkers {
	words: readonly string[];
	hits: Hit<Marker>[];
}

/** Of someone outside the household: "o vizinho do meu pai", "la amiga de mi madre". */
const OF = new Set(['do', 'da', 'de', 'del']);
const OUTSIDE = new Set([
	'vizinho',
	'vizinha',
	'amigo',
	'amiga',
	'colega',
	'conhecido',
	'conhecida',
	'chefe',
	'patrao',
	'patroa',
	'vecino',
	'vecina',
	'companero',
	'companera',
	'jefe',
	'jefa',
]);

/** Whether the speaker's own at `at` ("meu pai") only says whose neighbour or friend the person is. */
const ofAnOutsider = (words: readonly string[], at: number): boolean => OF.has(words[at - 1] ?? '') && OUTSIDE.has(words[at - 2] ?? '');

/** Words that join a new statement: "le miré la boca por curiosidad y las encías están blancas". */
const JOINS_A_REPORT = new Set(['y', 'e', 'and', 'pero', 'mas', 'but']);
/** Verbs that report what was found: "están", "tá", "tem", "they're", "looked". */
const REPORTS = new Set([
	'esta',
	'estan',
	'estao',
	'ta',
	'tao',
	'tem',
	'tinha',
	'tiene',
	'tienen',
	'estaba',
	'estava',
	'is',
	'are',
	're',
	'was',
	'were',
	'has',
	'have',
	'look',
	'looks',
	'looked',
	'parece',
	'parecen',
	'parecem',
]);

/**
 * Whether a hypothesis phrase inside a clause ("por curiosidad", "out of curiosity") gave the motive of what was done
 * before it, and the clause then joins a report of what was found: the report is no hypothesis. One that opens the
 * clause ("por curiosidad, ¿qué pasa si...?") still covers all of it.
 */
function reportsAfter(words: readonly string[], hypothesis: { start: number; end: number }, start: number): boolean {
	if (hypothesis.start === 0) return false;
	for (let at = hypothesis.end; at < start; at++)
		if (JOINS_A_REPORT.has(words[at])) return words.slice(at + 1).some((word) => REPORTS.has(word));
	return false;
}

export class Scopes {
	private readonly reach = new Map<string, number>();

	private readonly never: ReadonlySet<string>;

	private readonly breaks: ReadonlySet<string>;

	private readonly negatorsAfter: ReadonlySet<string>;

	private readonly negatorAfterTails: ReadonlySet<string>;

	private readonly firstPerson: string;

	private readonly notNegation: Sequence[];

	private readonly markers: PhraseIndex<Marker>;

	/** The language's own conditionals first, then those of the others that name their subjects ("se alguém" read as Spanish). */
	private readonly conditionalSets: Conditionals[];

	private readonly functionWords: ReadonlySet<string>;

	/** Every literal word and prefix of the scope phrases: typo correction must not turn them into symptoms. */
	readonly vocabulary: string[];

	readonly prefixes: string[];

	constructor(readonly language: Language) {
		const words = SCOPE_WORDS[language];
		for (const word of NEGATION[language].negators) this.reach.set(word, NEGATOR_REACH);
		for (const word of NEGATION[language].short) this.reach.set(word, SHORT_NEGATOR_REACH);
		this.never = new Set(NEGATION[language].never);
		this.breaks = new Set(split(words.scopeBreaks));
		this.negatorsAfter = new Set(split(words.negatorsAfter));
		this.negatorAfterTails = new Set(split(words.negatorAfterTails));
		this.firstPerson = words.firstPerson;
		const expand = (patterns: string[], lang: Language) => patterns.flatMap((pattern) => expandPattern(pattern, lang));
		this.notNegation = expand(words.notNegation, language);
		// A message too short to tell its language is read in every one: a hypothesis in one language
		// stays one in the others' readings when its conditional is followed by a subject of its own.
		this.conditionalSets = [language, ...LANGUAGES.filter((lang) => lang !== language && SCOPE_WORDS[lang].conditionalSubjects)].map(
			(lang) => {
				const own = SCOPE_WORDS[lang];
				return {
					words: new Set(split(own.conditionals)),
					leads: new Set(split(own.conditionalLeads)),
					subjects: new Set(split(own.conditionalSubjects)),
					exceptAfter: own.conditionalAnywhereExceptAfter === undefined ? undefined : new Set(split(own.conditionalAnywhereExceptAfter)),
					anywhere: new Set(split(own.conditionalsAnywhere ?? '')),
					anywhereExceptAfter: new Set(split(own.conditionalsAnywhereExceptAfter ?? '')),
				};
			},
		);
		this.functionWords = new Set(LANGUAGES.flatMap((lang) => split(SCOPE_WORDS[lang].functionWords)));
		const phrases: Phrase<Marker>[] = [];
		const add = (kind: Marker['kind'], patterns: string[], lang: Language) => {
			for (const pattern of patterns) {
				const owner: Marker = { kind };
				for (const sequence of expandPattern(pattern, lang)) phrases.push({ sequence, owner });
			}
		};
		for (const lang of LANGUAGES) {
			const markers = SCOPE_WORDS[lang];
			add('past', markers.past, lang);
			add('present', markers.present, lang);
			add('recurrence', markers.recurrence, lang);
			add('figurative', markers.figurative, lang);
			add('comparison', markers.comparison, lang);
			add('hypothetical', markers.hypothetical, lang);
			add('resolved', markers.resolved, lang);
			add('treated', markers.treated, lang);
			add('mild', markers.mild, lang);
			add('topic_before', markers.topicBefore, lang);
			add('topic_after', markers.topicAfter, lang);
			add('history', markers.history, lang);
			add('outsider', markers.outsiders, lang);
			add('own_fine', markers.ownFine, lang);
			add('own_risk', markers.ownRisk, lang);
			add('aside', markers.asides, lang);
			add('asked', markers.askedWhether, lang);
			add('answers_yes', markers.answersYes, lang);
			add('mishap', markers.mishaps, lang);
			add('rebooking', markers.rebooking, lang);
		}
		for (const pattern of words.negatorPhrases) {
			const owner: Marker = { kind: 'negator' };
			for (const sequence of expandPattern(pattern, language)) phrases.push({ sequence, owner });
		}
		this.markers = new PhraseIndex(phrases);
		const sequences = [...phrases.map((phrase) => phrase.sequence), ...this.notNegation];
		this.vocabulary = [
			...this.reach.keys(),
			...this.breaks,
			...this.conditionalSets[0].words,
			...sequences.flatMap(literalWords),
			...IMPERFECT[language],
		];
		this.prefixes = sequences.flatMap(prefixesOf);
	}

	/**
	 * Gaps in patterns never skip a negator ("barriga ... inchada" must not match "barriga não está
	 * inchada") nor the speaker turning to themselves ("comeu ração e eu comi chocolate").
	 */
	readonly stopsGap = (word: string): boolean => this.reach.has(word) || word === this.firstPerson;

	markersOf(words: readonly string[]): ClauseMarkers {
		return { words, hits: this.markers.scan(words, this.stopsGap) };
	}

	/** Why the phrase at words[start, end) does not count, or undefined when it does. */
	cancel(clause: ClauseMarkers, start: number, end: number): Cancel | undefined {
		if (clause.hits.some((hit) => hit.owner.kind === 'figurative' && hit.start < end && hit.end > start)) return 'figurative';
		if (this.isNegated(clause, start) || this.isNegatedAfter(clause, start, end)) return 'negated';
		if (this.isDistantPast(clause, start, end)) return 'past';
		if (this.isHypothetical(clause, start)) return 'hypothetical';
		if (this.isTopic(clause, start, end)) return 'topic';
		if (clause.hits.some((hit) => hit.owner.kind === 'mild' && hit.end <= start && start - hit.end <= 1)) return 'mild';
		return undefined;
	}

	/** "remédio de convulsão", "vídeo sobre engasgo", "seizure medication": the phrase names a topic. */
	private isTopic(clause: ClauseMarkers, start: number, end: number): boolean {
		const { words } = clause;
		for (const hit of clause.hits) {
			if (hit.owner.kind === 'topic_before' && hit.end <= start && start - hit.end <= 2) {
				let between = true;
				for (let at = hit.end; at < start && between; at++) between = this.functionWords.has(words[at]);
				if (between) return true;
			}
			if (hit.owner.kind === 'topic_after' && hit.start === end) return true;
		}
		return false;
	}

	/**
	 * "e se ele engolir uma pilha", "if my heart skips a beat", "¿qué pasa si...": a conditional
	 * before the phrase in its clause, at the clause's start or after "e", "what", "pasa"...
	 * ("não sei se ele respira" is no hypothesis), or a hypothesis phrase ("what happens if").
	 */
	private isHypothetical(clause: ClauseMarkers, start: number): boolean {
		const { words } = clause;
		if (clause.hits.some((hit) => hit.owner.kind === 'hypothetical' && hit.start < start && !reportsAfter(words, hit, start))) return true;
		for (const { words: conditionals, leads, subjects, exceptAfter, anywhere, anywhereExceptAfter } of this.conditionalSets) {
			for (let at = 0; at < start; at++) {
				if (!conditionals.has(words[at])) continue;
				// "se meu filho engolir" is a hypothesis; "se cortou", "se debatendo" are reflexive verbs.
				if (subjects.size > 0 && !subjects.has(words[at + 1])) continue;
				if (at === 0 || leads.has(words[at - 1])) return true;
				// "qual o procedimento caso alguém tenha uma convulsão": a conjunction that opens a hypothesis wherever it stands
				// (not the noun: "o caso dele", "nesse caso a febre").
				if (anywhere.has(words[at]) && !anywhereExceptAfter.has(words[at - 1])) return true;
				if (exceptAfter && !exceptAfter.has(words[at - 1]) && !exceptAfter.has(words[at - 2] ?? '')) return true;
			}
		}
		return false;
	}

	/**
	 * "minha irmã teve pré-eclâmpsia", "my dad had a heart attack at 52", "en mi familia": a history
	 * told in a clause with no present marker ("meu pai teve um derrame agora" is no history). Only a
	 * history when the message then asks about the speaker's own risk (asksOwnRisk).
	 */
	isHistory(clause: ClauseMarkers, dayBefore = false): boolean {
		let history = false;
		for (const hit of clause.hits) {
			const { kind } = hit.owner;
			// `dayBefore`: "yesterday" or "today" still tells someone else's history ("a la vecina le dio un infarto ayer",
			// "a colleague collapsed at work today").
			if (kind === 'present' && dayBefore && hit.end - hit.start === 1 && DAY_BEFORE.has(clause.words[hit.start])) continue;
			// Nor does a "still" in care: "a coworker got bitten by a snake on the weekend and is still in hospital", "sigue internado".
			if (kind === 'present' && dayBefore && STILL.has(clause.words[hit.start]) && this.inCareAt(clause.words, hit.end)) continue;
			if (kind === 'present' || kind === 'recurrence') return false;
			// Minutes or hours ago is now: "a mi sobrino le picó una víbora hace 10 min".
			if (kind === 'past' && clause.words.slice(hit.start, hit.end).some((word) => RECENT.has(word))) return false;
			if (kind === 'history' || kind === 'outsider') history = true;
		}
		return history;
	}

	/**
	 * "if my son ever reacts to nuts, should they use his epipen first?": a clause that opens with a conditional
	 * and says no time, before a clause that opens a question or asks for advice (`opensConsequence`), which stays a hypothesis.
	 */
	asksWhatIf(conditional: ClauseMarkers): boolean {
		if (this.isTimed(conditional)) return false;
		const { words } = conditional;
		const { words: conditionals, leads } = this.conditionalSets[0];
		return conditionals.has(words[0]) || (leads.has(words[0]) && conditionals.has(words[1] ?? ''));
	}

	/** "should they use his epipen?", "o que eu faço?": the clause opens a question or asks for advice. */
	opensConsequence(clause: ClauseMarkers): boolean {
		return CONSEQUENCE_OPENERS.has(clause.words[0] ?? '');
	}

	/** "o que eu faço?", "qué hago", "what do I do", "help": the clause asks what to do now. */
	asksWhatToDo(clause: ClauseMarkers): boolean {
		const text = clause.words.join(' ');
		return WHAT_TO_DO.some((opening) => text === opening || text.startsWith(`${opening} `));
	}

	/** Where the speaker first names themselves as a subject in the clause ("made me realise i haven't had..."), or its end. */
	selfAt(clause: ClauseMarkers): number {
		const at = clause.words.findIndex((word) => SELF.has(word));
		return at < 0 ? clause.words.length : at;
	}

	/** "yo también soy asmática", "I'm 55 and feel fine": the clause is about the speaker. */
	speaksOfSelf(clause: ClauseMarkers): boolean {
		// As the subject, at the clause's start: "ele pediu pra eu mandar msg" is still about him.
		return SELF.has(clause.words[0]) || SELF.has(clause.words[1] ?? '');
	}

	/** "o cachorro do vizinho mordeu minha filha": the clause names one of the speaker's own. */
	namesOwn(clause: ClauseMarkers, from = 0, to = clause.words.length): boolean {
		const { words } = clause;
		for (let at = from; at < to; at++) {
			if (MINE.has(words[at]) && HOUSEHOLD.has(words[at + 1] ?? '') && !ofAnOutsider(words, at)) return true;
			// "a minha tem 4 anos", "la mía": the speaker's own, named by the pronoun alone.
			if (MINE_ALONE.has(words[at]) && ARTICLES.has(words[at - 1] ?? '') && !words[at + 1]?.match(NOUN_AFTER_MINE)) return true;
		}
		return false;
	}

	/** "agora", "hace un rato", "just now": the clause says it is happening now or minutes to hours ago ("yesterday" does not). */
	saysNow(clause: ClauseMarkers): boolean {
		return clause.hits.some(
			({ owner: { kind }, start, end }) =>
				(kind === 'present' && !(end - start === 1 && DAY_BEFORE.has(clause.words[start]))) ||
				kind === 'recurrence' ||
				(kind === 'past' && clause.words.slice(start, end).some((word) => RECENT.has(word))),
		);
	}

	/**
	 * Where the clause turns to what is there at this moment ("pero ahora", "mas agora", "but now", "and now") with nothing said
	 * to be over after it, or -1.
	 */
	turnToNowAt(clause: ClauseMarkers): number {
		const { words, hits } = clause;
		for (const { owner, start, end } of hits) {
			if (owner.kind !== 'present' || end - start !== 1 || !RIGHT_NOW.has(words[start]) || !TURNING.has(words[start - 1] ?? '')) continue;
			// "salió el trozo y ahora habla normal": what is there now is well.
			if (words.slice(start + 1).some((word) => WELL_NOW.has(word))) continue;
			if (!hits.some((hit) => hit.owner.kind === 'resolved' && hit.start >= start)) return start;
		}
		return -1;
	}

	/** "o cachorro do vizinho", "the dog next door": the clause names someone outside the household. */
	namesOutsider(clause: ClauseMarkers): boolean {
		return clause.hits.some((hit) => hit.owner.kind === 'outsider');
	}

	/** "a doutora perguntou se", "the nurse asked if": a question stands before the word `before` in the clause. */
	asksWhether(clause: ClauseMarkers, before: number): boolean {
		return clause.hits.some((hit) => hit.owner.kind === 'asked' && hit.end <= before);
	}

	/** "e ele disse que sim", "he said yes": the clause answers yes from the word `from` on. */
	answersYes(clause: ClauseMarkers, from = 0): boolean {
		return clause.hits.some((hit) => hit.owner.kind === 'answers_yes' && hit.start >= from);
	}

	/** "me equivoqué de día", "I missed my appointment": the clause opens with an everyday mishap. */
	opensWithMishap(clause: ClauseMarkers): boolean {
		return clause.hits.some((hit) => hit.owner.kind === 'mishap' && hit.start === 0);
	}

	/** "dá pra remarcar?", "can I rebook?": the clause asks to book again. */
	asksToRebook(clause: ClauseMarkers): boolean {
		return clause.hits.some((hit) => hit.owner.kind === 'rebooking');
	}

	/** "os meus tão bem", "mine are fine": the clause says the speaker's own are fine. */
	saysOwnAreFine(clause: ClauseMarkers, from = 0): boolean {
		return clause.hits.some((hit) => hit.owner.kind === 'own_fine' && hit.start >= from);
	}

	/** Whether the clause says when: a past, present or recurrence marker. */
	isTimed(clause: ClauseMarkers): boolean {
		return clause.hits.some((hit) => hit.owner.kind === 'past' || hit.owner.kind === 'present' || hit.owner.kind === 'recurrence');
	}

	/** "hace 2 años tuve una reacción", "I had some bleeding years ago": a history dated in the distant past, nothing present. */
	isPastHistory(clause: ClauseMarkers): boolean {
		// A history word ("tuve", "had"), or a year ("back in 2015, throat closed up").
		if (clause.words.some((word) => BIRTH.has(word))) return false;
		if (!this.isHistory(clause) && !clause.words.some(isYear)) return false;
		return clause.hits.some((hit) => hit.owner.kind === 'past' && longAgo(clause.words, hit.start, hit.end));
	}

	/**
	 * "en mi familia hubo muchos infartos", "heart disease runs in my family": a family history before the phrase, with
	 * nothing going on now between them ("na minha família todos têm pressão alta e agora estou com dor no peito" is news).
	 */
	toldOfFamily(clause: ClauseMarkers, start: number): boolean {
		const { words } = clause;
		return clause.hits.some(
			(hit) =>
				hit.owner.kind === 'history' &&
				hit.end <= start &&
				words.slice(hit.start, hit.end).some((word) => FAMILY.has(word)) &&
				!this.goesOnNow(clause, hit.end, start) &&
				!clause.hits.some((now) => now.owner.kind === 'present' && now.start >= hit.end && now.start < start),
		);
	}

	/** "há 3 anos", "when she was a pup": the clause dates something long ago and says nothing of now. */
	datesLongAgo(clause: ClauseMarkers): boolean {
		let long = false;
		for (const hit of clause.hits) {
			const { kind } = hit.owner;
			if (kind === 'present' || kind === 'recurrence') return false;
			if (kind === 'past' && longAgo(clause.words, hit.start, hit.end)) long = true;
		}
		return long;
	}

	/**
	 * "a coworker collapsed yesterday": someone outside the household before the phrase at `start`, in a clause told as a
	 * history, that goes on to no one of the speaker's own ("o cachorro do vizinho mordeu minha filha") and to nothing
	 * happening now ("my mate is having fits", "a perna do meu tio tá sangrando").
	 */
	isOutsidersStory(clause: ClauseMarkers, start: number): boolean {
		if (!this.isHistory(clause, true)) return false;
		// Starting before the phrase: "meu sobrinho teve" may end inside "teve convulsão".
		const outsider = clause.hits.find((hit) => hit.owner.kind === 'outsider' && hit.start < start);
		if (!outsider) return false;
		const { words } = clause;
		// "i think my mate took a load of pills": the speaker is unsure of what is happening, not telling a story.
		for (let at = 0; at < outsider.start; at++) if (UNSURE.has(words[at])) return false;
		return !this.namesOwn(clause, outsider.end) && !this.goesOnNow(clause, outsider.end);
	}

	/** From word `from`, a state told in the present ("tá roxinho", "she's really drowsy"), unless it is a fine one ("la mía está bien"). */
	goesOnNow(clause: ClauseMarkers, from = 0, to = clause.words.length): boolean {
		const { words } = clause;
		for (let at = from; at < to; at++) {
			// "tô sangrando" (folded "to"), not the English "to".
			if (words[at] === 'to' && words[at + 1]?.endsWith('ndo')) return true;
			// A state denied now: "no reacciona", "não acorda", "isn't responding" (not "never").
			if (
				DENIED_NOW[this.language].has(words[at]) &&
				// A purpose, also with its subject between: "para que el mío no coma".
				!PURPOSE.has(words[at - 1] ?? '') &&
				!(words[at - 3] === 'que' && PURPOSE.has(words[at - 4] ?? '')) &&
				!FINE_OR_CARED.has(words[at + 1] ?? '') &&
				!IMPERFECT[this.language].has(words[at + 1] ?? '')
			)
				return true;
			// "tá sendo cuidado", "está siendo atendida", "is being looked after": in someone's care, not a state going on.
			if (this.inCare(words, at)) {
				at += ONGOING.has(words[at]) ? 2 : 1;
				continue;
			}
			// A present participle: "froth coming from his mouth", "vomitando", "tá dirigindo pra aí".
			// Not a practice done to animals at large: "tão envenenando cachorro aqui na rua", "están envenenando gatos", "someone's poisoning dogs".
			if (isGerund(words[at], this.language) && !ANIMALS_AT_LARGE.has(words[at + 1] ?? '')) return true;
			// Not a question's "is" ("is MenB in her jabs?").
			if (!ONGOING.has(words[at]) || (at === 0 && QUESTION_OPENERS.has(words[at]))) continue;
			// "esta semana", "esta tarde": the folded "está" is also "this" before a time.
			if (words[at] === 'esta' && TIMES_OF_THIS.has(words[at + 1] ?? '')) continue;
			// "tá internado ainda": "still" after a fine or cared-for state says that state goes on.
			// "when she's desexed" ("when she is"): a time to come, not now.
			if (FINE_OR_CARED.has(words[at - 1] ?? '') || TIME_TO_COME.has(words[at - 1] ?? '') || TIME_TO_COME.has(words[at - 2] ?? ''))
				continue;
			// "quanto está a castração?": a question's "está" asks a price or a place.
			if (ASKING.has(words[at - 1] ?? '')) continue;
			// "they're saying it was his heart", "tão dizendo que": what others say is no state going on.
			if (REPORTING.has(words[at + 1] ?? '')) continue;
			// "están envenenando perros", "someone is poisoning dogs": a practice, not a state (as above).
			if ((isGerund(words[at + 1] ?? '', this.language) || words[at + 1]?.endsWith('ing')) && ANIMALS_AT_LARGE.has(words[at + 2] ?? ''))
				continue;
			// "he's still in hospital": a "still" may stand between.
			const next = STILL.has(words[at + 1] ?? '') ? at + 2 : at + 1;
			if (!FINE_OR_CARED.has(words[next] ?? '') && !FINE_OR_CARED.has(words[next + 1] ?? '') && !this.atCare(words, next)) return true;
		}
		return false;
	}

	/** "internado", "in hospital", "na UTI": a state of care at `at`. */
	private inCareAt(words: readonly string[], at: number): boolean {
		// "todavía está internada", "ainda tá na UTI": the verb may stand after the "still".
		if (ONGOING.has(words[at] ?? '')) at++;
		return CARED_STATES.has(words[at] ?? '') || this.atCare(words, at);
	}

	/** "at their vet", "no veterinário", "en la clínica": a place of care at `at`, after at most one article or possessive. */
	private atCare(words: readonly string[], at: number): boolean {
		if (!AT.has(words[at] ?? '')) return false;
		return CARE_PLACES.has(words[at + 1] ?? '') || CARE_PLACES.has(words[at + 2] ?? '');
	}

	/** "sendo cuidado" at `at`, or after "tá"/"is" there. */
	private inCare(words: readonly string[], at: number): boolean {
		const being = ONGOING.has(words[at]) ? at + 1 : at;
		return BEING.has(words[being]) && CARED.has(words[being + 1] ?? '');
	}

	/**
	 * Whether the clause says it is back now: a recurrence ("de novo", "again"; not "never again", nor
	 * "grávida de novo", "playing again") and a present marker, and nothing in it is over.
	 */
	recursNow(clause: ClauseMarkers): boolean {
		let recurs = false;
		let present = false;
		const { words } = clause;
		for (const hit of clause.hits) {
			if (hit.owner.kind === 'recurrence' && this.saysBackAt(words, hit.start)) recurs = true;
			if (hit.owner.kind === 'present') present = true;
			// "now he's breathing normally and playing again": what is back is the good.
			if (hit.owner.kind === 'resolved') return false;
		}
		return recurs && present;
	}

	/** Whether a recurrence at `at` says the complaint is back: not "never again", nor a pregnancy again ("engravidar de novo"). */
	private saysBackAt(words: readonly string[], at: number): boolean {
		return !this.neverBefore(words, at) && !NOT_A_COMPLAINT.has(words[at - 1] ?? '') && !NOT_A_COMPLAINT.has(words[at - 2] ?? '');
	}

	/** A "never" word up to three words before: "nunca más me volvió a pasar", "never had it again". */
	private neverBefore(words: readonly string[], at: number): boolean {
		for (let i = Math.max(0, at - 3); i < at; i++) if (this.never.has(words[i])) return true;
		return false;
	}

	/** Whether the clause turns to the speaker's own business at or after word `from` ("bueno, yo les escribía para la vacuna", "anyway"). */
	turnsAside(clause: ClauseMarkers, from: number): boolean {
		return clause.hits.some((hit) => hit.owner.kind === 'aside' && hit.start >= from);
	}

	/** Whether the clause asks about the speaker's own risk or check-up at or after word `from`. */
	asksOwnRisk(clause: ClauseMarkers, from: number): boolean {
		return clause.hits.some((hit) => hit.owner.kind === 'own_risk' && hit.start >= from);
	}

	/** Where the clause says the trouble is over ("já passou", "stopped", "ya está bien"), unless negated. */
	resolvedIn(clause: ClauseMarkers, kind: 'resolved' | 'treated' = 'resolved'): { start: number; end: number }[] {
		const { words } = clause;
		const spans: { start: number; end: number }[] = [];
		for (const { owner, start, end } of clause.hits) {
			if (owner.kind !== kind || this.isNegated(clause, start)) continue;
			// "já passou de 5 minutos" (over five minutes), "passou a sangrar" (started to bleed): not over.
			if (PASSED.has(words[end - 1]) && (words[end] === 'de' || words[end] === 'a' || words[end] === 'los' || words[end] === 'las'))
				continue;
			// "y de paso pregunto": "de paso" is "by the way", nothing that passed.
			if (words[end - 1] === 'paso' && words[start - 1] === 'de') continue;
			// "já tá bem amarelinha": "bem" before an adjective means "very", not "well".
			if (WELL.has(words[end - 1]) && end < words.length && !AFTER_WELL.has(words[end])) continue;
			// "a direita tá normal", "the other one is fine": a comparison with the healthy side, not the end of it.
			if (OTHER_SIDE.has(words[start - 1] ?? '')) continue;
			// "he seems fine but he vomited twice", "está bem mas...": a concession, not the end of it.
			if (BUT.has(words[end] ?? '') || (ONLY.has(words[end] ?? '') && THAT.has(words[end + 1] ?? ''))) continue;
			spans.push({ start, end });
		}
		return spans;
	}

	/**
	 * "dor no peito nenhuma", "dolor de pecho ninguno eh": a negator right after the phrase, ending its
	 * clause or before a tail word. Never after a phrase that holds its own negator ("não consigo respirar
	 * nenhum pouco" is no denial), nor before another word ("nenhuma melhora").
	 */
	private isNegatedAfter(clause: ClauseMarkers, start: number, end: number): boolean {
		const { words } = clause;
		// "falta de ar tbm não": an "also" may stand between.
		const negator = ALSO.has(words[end] ?? '') ? end + 1 : end;
		if (!this.negatorsAfter.has(words[negator] ?? '')) return false;
		for (let at = start; at < end; at++) if (this.reach.has(words[at])) return false;
		return negator + 1 === words.length || this.negatorAfterTails.has(words[negator + 1]);
	}

	private isNegated(clause: ClauseMarkers, start: number): boolean {
		return this.negatorBefore(clause, start) >= 0;
	}

	/** Where the negator that negates the phrase at `start` stands, or -1. */
	negatorBefore(clause: ClauseMarkers, start: number): number {
		const { words } = clause;
		// A phrase that opens with its own negator ("não consegue segurar") is not negated again by an earlier one.
		if (this.reach.has(words[start])) return -1;
		// A negating phrase ("nada de", "no sign of") ending shortly before the phrase, with no scope break between.
		for (const hit of clause.hits) {
			if (hit.owner.kind !== 'negator' || hit.end > start || start - hit.end > NEGATOR_REACH) continue;
			// "nada de melhorar e continua sangrando": what follows turns it into an affirmation, as after "não".
			if (this.notNegation.some((sequence) => matchAt(sequence, words, hit.end, this.stopsGap) >= 0)) continue;
			let open = true;
			for (let at = hit.end; at < start && open; at++) open = !this.breaks.has(words[at]);
			if (open) return hit.start;
		}
		for (let at = start - 1; at >= 0 && start - at - 1 <= NEGATOR_REACH; at--) {
			const word = words[at];
			if (this.breaks.has(word)) return -1;
			const reach = this.reach.get(word);
			if (reach === undefined || start - at - 1 > reach) continue;
			if (this.notNegation.some((sequence) => matchAt(sequence, words, at + 1, this.stopsGap) >= 0)) continue;
			if (this.never.has(word) && clause.hits.some((hit) => hit.owner.kind === 'comparison')) continue;
			return at;
		}
		return -1;
	}

	/** The distant-past marker nearest to the phrase at words[start, end), when it is what makes the phrase past. */
	pastMarkerOf(clause: ClauseMarkers, start: number, end: number): { start: number; end: number } | undefined {
		if (!this.isDistantPast(clause, start, end)) return undefined;
		let best: { start: number; end: number } | undefined;
		let nearest = Infinity;
		for (const hit of clause.hits) {
			if (hit.owner.kind !== 'past') continue;
			const distance = hit.start >= end ? hit.start - end : Math.max(0, start - hit.end);
			if (distance < nearest) {
				nearest = distance;
				best = { start: hit.start, end: hit.end };
			}
		}
		return best;
	}

	private isDistantPast(clause: ClauseMarkers, start: number, end: number): boolean {
		let past = Infinity;
		let present = Infinity;
		let today = false;
		for (const hit of clause.hits) if (hit.owner.kind === 'present' && TODAY.has(clause.words[hit.start])) today = true;
		for (const hit of clause.hits) {
			const { kind } = hit.owner;
			// "hoje já teve três crises": "already" counts today's episodes, it tells no history.
			if (kind === 'past' && today && ALREADY.has(clause.words[hit.start])) continue;
			// "de novo", "again" say it is back, but not after "nunca" ("never again") nor a pregnancy ("tentando engravidar de novo").
			if (kind === 'recurrence' && this.saysBackAt(clause.words, hit.start)) return false;
			if (kind === 'recurrence') continue;
			if (kind !== 'past' && kind !== 'present') continue;
			const distance = hit.start >= end ? hit.start - end : Math.max(0, start - hit.end);
			if (kind === 'past') past = Math.min(past, distance);
			else present = Math.min(present, distance);
		}
		// A tie keeps the phrase: when unsure, the cautious reading wins.
		return past < present;
	}
}

interface Conditionals {
	words: ReadonlySet<string>;
	leads: ReadonlySet<string>;
	subjects: ReadonlySet<string>;
	exceptAfter?: ReadonlySet<string>;
	anywhere: ReadonlySet<string>;
	anywhereExceptAfter: ReadonlySet<string>;
}

/** What may come back that is no complaint: a new pregnancy ("grávida de novo", "trying again"), everyday life ("playing again"). */
const NOT_A_COMPLAINT = new Set([
	'gravida',
	'engravidar',
	'engravidei',
	'tentar',
	'tentando',
	'embarazada',
	'embarazarme',
	'buscando',
	'intentando',
	'pregnant',
	'trying',
	'conceive',
	'brincando',
	'comendo',
	'andando',
	'correndo',
	'normal',
	'bem',
	'jugando',
	'comiendo',
	'caminando',
	'corriendo',
	'bien',
	'playing',
	'eating',
	'walking',
	'running',
	'fine',
	'himself',
	'herself',
	'normally',
]);
/** A state told in the present: "tá sangrando", "está morado", "he's breathing", "is having fits". */
const ONGOING = new Set(['ta', 'esta', 'estao', 'estan', 'is', 'are', 'hes', 'shes', 'theyre', 'isnt', 'still', 'ainda', 'todavia', 'aun']);
/** A birth or a heat dates a state that goes on (postpartum, after a season), not a history: "tuvo bebé hace 2 semanas". */
const BIRTH = new Set([
	'bebe',
	'baby',
	'parto',
	'pariu',
	'pario',
	'luz',
	'filhotes',
	'cachorros',
	'gatitos',
	'puppies',
	'kittens',
	'litter',
	'cio',
	'celo',
	'season',
	'heat',
]);
/** Words of a past marker that put it years back, not last week: "hace 2 años", "as a kid", "em 2019". */
const LONG_AGO = new Set([
	'ano',
	'anos',
	'year',
	'years',
	'yr',
	'yrs',
	'decada',
	'decadas',
	'decade',
	'decades',
	'infancia',
	'childhood',
	'kid',
	'child',
	'crianca',
	'nino',
	'nina',
	'pequeno',
	'pequena',
	'little',
	'young',
	'jovem',
	'joven',
	'teenager',
	'adolescente',
	'ages',
	'tempo',
	'tiempo',
	'puppy',
	'kitten',
	'filhote',
	'cachorro',
	'cachorrito',
	'gatito',
	'gatita',
	// "quando era nova", "de peque", "as a lad".
	'nova',
	'novo',
	'novinha',
	'novinho',
	'peque',
	'chico',
	'chica',
	'chiquito',
	'chiquita',
	'menino',
	'menina',
	'moleque',
	'guri',
	'guria',
	'pup',
	'lad',
	'youngster',
	'chavo',
	'chava',
	'chaval',
	'chavala',
	'pibe',
	'piba',
]);
const WHEN = new Set(['when', 'quando', 'cuando']);
const FAMILY = new Set(['familia', 'family']);
const ALSO = new Set(['tbm', 'tb', 'tambem', 'tmb', 'tambien']);
const BEING = new Set(['sendo', 'siendo', 'being']);
const ASKING = new Set(['quanto', 'quanta', 'cuanto', 'cuanta', 'onde', 'donde', 'qual', 'cual']);
const REPORTING = new Set(['saying', 'telling', 'dizendo', 'falando', 'diciendo', 'contando']);
const STILL = new Set(['still', 'ainda', 'todavia', 'aun']);
/** Animals named with no article nor owner after a verb: animals at large, not one of the household. */
const ANIMALS_AT_LARGE = new Set([
	'cachorro',
	'cachorros',
	'caes',
	'gatos',
	'gato',
	'animais',
	'bichos',
	'perros',
	'perro',
	'animales',
	'mascotas',
	'dogs',
	'cats',
	'pets',
	'animals',
]);
/** States of care after a "still": "ainda internado", "still admitted", "todavía en la UCI" (with atCare). */
const CARED_STATES = new Set([
	'internado',
	'internada',
	'hospitalizado',
	'hospitalizada',
	'hospitalised',
	'hospitalized',
	'admitted',
	'icu',
	'uti',
	'uci',
]);
const AT = new Set(['at', 'in', 'with', 'no', 'na', 'en', 'com', 'con']);
const CARE_PLACES = new Set([
	'vet',
	'vets',
	'veterinario',
	'veterinaria',
	'clinic',
	'clinica',
	'hospital',
	'er',
	'a&e',
	'emergencia',
	'urgencias',
	'ps',
	'upa',
	// In rehab or in surgery: "ya está en rehabilitación", "she's in rehab now", "tá na fisioterapia".
	'rehabilitacion',
	'reabilitacao',
	'rehab',
	'rehabilitation',
	'fisioterapia',
	'fisio',
	'physio',
	'physiotherapy',
	'cirugia',
	'cirurgia',
	'surgery',
	'quirofano',
]);
const CARED = new Set([
	'cuidado',
	'cuidada',
	'tratado',
	'tratada',
	'atendido',
	'atendida',
	'medicado',
	'medicada',
	'acompanhado',
	'acompanhada',
	'observado',
	'observada',
	'looked',
	'treated',
	'seen',
	'monitored',
	'cared',
]);
/** Units of a moment ago, not of a history. */
const RECENT = new Set(['min', 'mins', 'minuto', 'minutos', 'minute', 'minutes', 'hora', 'horas', 'hour', 'hours', 'hr', 'hrs', 'h']);
/** A year written out: "em 2019", "back in 2015". */
const isYear = (word: string): boolean => /^(19|20)\d\d$/.test(word);
/** Whether the past marker at `start`..`end` dates something years back (or in childhood). */
export const longAgo = (words: readonly string[], start: number, end: number): boolean => {
	for (let at = start; at < end; at++) if (LONG_AGO.has(words[at]) || isYear(words[at])) return true;
	// An age the speaker was: "when I was 19".
	return WHEN.has(words[start]) && words.slice(start, end).some((word) => /^\d+$/.test(word));
};
/** Openings of a plea for what to do now (folded words). */
const WHAT_TO_DO = [
	'o que eu faco',
	'o que faco',
	'oq eu faco',
	'oq faco',
	'o que fazer',
	'o que a gente faz',
	'socorro',
	'ajuda',
	'que hago',
	'que hacemos',
	'que debo hacer',
	'ayuda',
	'auxilio',
	'what do i do',
	'what should i do',
	'what do we do',
	'what should we do',
	'help',
];
/** Openers of the main clause of a what-if: a question or advice sought ("should they", "o que eu faço", "¿debo llevarlo?"). */
const CONSEQUENCE_OPENERS = new Set([
	'should',
	'would',
	'do',
	'does',
	'can',
	'could',
	'will',
	'what',
	'how',
	'who',
	'when',
	'where',
	'is',
	'are',
	'shall',
	'devo',
	'deveria',
	'posso',
	'o',
	'oq',
	'que',
	'qual',
	'quais',
	'como',
	'quem',
	'quando',
	'onde',
	'tenho',
	'preciso',
	'levo',
	'chamo',
	'ligo',
	'da',
	'faco',
	'debo',
	'deberia',
	'puedo',
	// "si no castro a mi perrita, ¿puede tener piometra?": what could follow, asked.
	'puede',
	'pode',
	'podria',
	'poderia',
	'cual',
	'cuales',
	'quien',
	'cuando',
	'donde',
	'hay',
	'tengo',
	'necesito',
	'lo',
	'la',
	'llamo',
	'hago',
]);
/** Negators of a verb in the present ("no reacciona", "não acorda", "isn't responding"), and what makes one a purpose ("para que no le pase"). */
const DENIED_NOW: Readonly<Record<Language, ReadonlySet<string>>> = {
	pt: new Set(['nao']),
	es: new Set(['no']),
	en: new Set(['not', 'isnt', 'doesnt', 'wont', 'cant', 'aint', 'no']),
};
const TIME_TO_COME = new Set(['when', 'once', 'until', 'before', 'after', 'if']);
const PURPOSE = new Set(['que', 'q', 'para', 'pra', 'pa', 'to', 'so']);
/** Past states that go on in a story, not now: "ele não conseguia falar", "no respiraba" (known words, so not spell-corrected). */
const IMPERFECT: Readonly<Record<Language, ReadonlySet<string>>> = {
	pt: new Set(
		'conseguia conseguiam podia mexia mexiam comia bebia sentia reagia respondia dormia engolia abria respirava falava andava acordava enxergava levantava parava urinava mamava'.split(
			' ',
		),
	),
	es: new Set(
		'podia respiraba hablaba caminaba reaccionaba respondia comia movia despertaba paraba tragaba orinaba sentia mamaba abria levantaba'.split(
			' ',
		),
	),
	en: new Set(),
};
/** Words that end like a present participle but are none. */
const NOT_GERUNDS = new Set([
	'quando',
	'cuando',
	'mundo',
	'segundo',
	'fundo',
	'fondo',
	'redondo',
	'lindo',
	'tudo',
	'todo',
	// The speaker's thoughts, not a state going on: "isso me deixou pensando", "me quedé pensando".
	'pensando',
	'perguntando',
	'preguntando',
	'lembrando',
	'recordando',
	'imaginando',
	'planejando',
	'planeando',
]);
function isGerund(word: string, language: Language): boolean {
	if (word.length < 6 || NOT_GERUNDS.has(word)) return false;
	// Not English "-ing", as often a noun ("swimming lessons", "lost her hearing").
	return language !== 'en' && word.endsWith('ndo');
}
/** The speaker as subject: "yo", "eu", "I", "I'm". */
const SELF = new Set(['yo', 'eu', 'i', 'im', 'ive', 'id']);
const QUESTION_OPENERS = new Set(['is', 'are', 'isnt']);
/** After "esta" (this), a time: "esta semana", "esta tarde", "esta noite". */
const TIMES_OF_THIS = new Set(['semana', 'tarde', 'noche', 'noite', 'manana', 'manha', 'vez', 'madrugada', 'hora']);
const UNSURE = new Set(['acho', 'creo', 'think', 'parece', 'seems']);
/** After a present state, these say it is well or in care: "la mía está bien", "he's in hospital now". */
const FINE_OR_CARED = new Set([
	'bem',
	'bien',
	'fine',
	'ok',
	'okay',
	'well',
	'normal',
	'good',
	'hospital',
	...CARED_STATES,
	'intensive',
	'stable',
	'estavel',
	'estable',
]);
const MINE = new Set(['meu', 'minha', 'meus', 'minhas', 'mi', 'mis', 'my', 'our', 'nuestro', 'nuestra', 'nosso', 'nossa']);
/** Possessive pronouns standing alone after an article: "a minha", "o meu", "la mía", "el mío". */
const MINE_ALONE = new Set(['meu', 'minha', 'meus', 'minhas', 'mio', 'mia', 'mios', 'mias']);
const ARTICLES = new Set(['o', 'a', 'os', 'as', 'el', 'la', 'los', 'las']);
/** After "a minha", these are what is owned, not the pronoun standing alone ("a minha casa"). */
const NOUN_AFTER_MINE = /^(casa|vida|opiniao|duvida|pergunta|consulta|cita|mae|madre|familia)$/;
/** Who of the speaker's own may come to harm through an outsider: "mordeu o rosto da minha filha", "bit my son". */
const HOUSEHOLD = new Set([
	'filho',
	'filha',
	'filhos',
	'filhas',
	'bebe',
	'neto',
	'neta',
	'marido',
	'esposa',
	'mulher',
	'mae',
	'pai',
	'cachorro',
	'cachorra',
	'gato',
	'gata',
	'filhote',
	'hijo',
	'hija',
	'hijos',
	'hijas',
	'nieto',
	'nieta',
	'esposo',
	'madre',
	'padre',
	'mama',
	'papa',
	'perro',
	'perra',
	'perrito',
	'perrita',
	'gatito',
	'gatita',
	'cachorro',
	'son',
	'daughter',
	'kid',
	'kids',
	'baby',
	'child',
	'husband',
	'wife',
	'mum',
	'mom',
	'dad',
	'dog',
	'cat',
	'puppy',
	'kitten',
	'boy',
	'girl',
]);
const TODAY = new Set(['hoje', 'hoy', 'today', 'agora', 'ahora', 'now']);
const RIGHT_NOW = new Set(['agora', 'ahora', 'now']);
const TURNING = new Set(['mas', 'pero', 'but', 'e', 'y', 'and']);
const WELL_NOW = new Set(['normal', 'normalmente', 'normally', 'bem', 'bien', 'fine', 'ok', 'okay', 'well', 'melhor', 'mejor', 'better']);
const ALREADY = new Set(['ja', 'ya', 'already']);
const DAY_BEFORE = new Set(['ontem', 'anteontem', 'ayer', 'anteayer', 'yesterday', 'today', 'hoje', 'hoy', 'hj']);
const PASSED = new Set(['passou', 'passa', 'paso', 'pasa', 'passed']);
const WELL = new Set(['bem', 'bien']);
/** After a "fine", these make it a concession: "fine but...". */
const BUT = new Set(['but', 'mas', 'pero', 'porem', 'however']);
/** "tudo certo, só que agora...", "bien, solo que...": a concession too. */
const ONLY = new Set(['so', 'solo']);
const THAT = new Set(['que', 'q']);
const OTHER_SIDE = new Set(['direita', 'esquerda', 'outra', 'outro', 'derecha', 'izquierda', 'otra', 'otro', 'other', 'right', 'left']);
const AFTER_WELL = new Set([
	'agora',
	'ja',
	'ahora',
	'ya',
	'now',
	'graças',
	'gracas',
	'gracias',
	'obrigado',
	'obrigada',
	'e',
	'y',
	'mas',
	'pero',
	'so',
	'solo',
	'hoje',
	'hoy',
	'de',
	'que',
	'desde',
	// A question that follows with no stop: "comendo super bem quando ele pode tomar a vacina?".
	'quando',
	'cuando',
	'quanto',
	'cuanto',
	'posso',
	'puedo',
	'vcs',
	'voces',
	'ustedes',
]);

function split(words: string): string[] {
	return words.split(' ').filter(Boolean);
}

const scopes = new Map<Language, Scopes>();

/** One compiled set per language and process. */
export function scopesFor(language: Language): Scopes {
	let found = scopes.get(language);
	if (!found) {
		found = new Scopes(language);
		scopes.set(language, found);
	}
	return found;
}
