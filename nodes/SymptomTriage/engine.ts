// classify(): the deterministic triage of one message. Pure and synchronous: the message is
// tokenized once, read with the rules of its language (or of every language when it is too short
// to tell): the concepts of every rule are found in one pass over a trie, each found phrase is
// checked for negation, time, hypothesis, figures of speech and the category's not-flags, and the
// most urgent rule whose concepts all truly matched decides the Manchester level.
import { composeAdvice, specialtyLabel } from './advice';
import { ageGroupsOf, mayStartAge, type AgeHit } from './age';
import { mayStartMeasure, measuresOf, type MeasureHit } from './measures';
import {
	builtInRules,
	DEFAULT_SPECIALTY,
	rulesWithOverrides,
	setKey,
	type CompiledRule,
	type CompiledRules,
	type CompiledSet,
} from './compile';
import { generalSentences, isGeneralQuestion, SENTENCE_END } from './generalQuestion';
import { detectLanguage } from './languages';
import { foldText } from '../shared/text';
import { LEARNED_MODEL, learnedScore } from './learned';
import { compareLevels, DEFAULT_LEVEL, LEVEL_INFO, LEVELS, type Level } from './levels';
import { longAgo, type Cancel, type ClauseMarkers, type Scopes } from './negation';
import { expandWord, tokenizeClauses, type Clause, type Word } from './normalize';
import type { WordLabels } from './match';
import { LANGUAGES, PROFILES, type Language, type Profile, type RuleOverrides, type TriageMatch, type TriageResult } from './types';

export interface ClassifyOptions {
	profile: Profile;
	/** Default 'auto'. */
	language?: Language | 'auto';
	/** The node's rule overrides parameter (validated; compiled once per distinct value). */
	overrides?: RuleOverrides;
	/** Precompiled rules, e.g. from compileRules(); wins over `overrides`. */
	rules?: CompiledRules;
	/** Default true: the learned layer (learned/) may raise what the rules did not escalate to very urgent. */
	learned?: boolean;
}

/** A caller passed a profile or language the engine does not know. */
export class TriageInputError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'TriageInputError';
	}
}

/** A rule that matched; its quote and pattern are only put into words for the reading that is returned. */
interface FoundMatch {
	ruleId: string;
	level: Level;
	category?: TriageMatch['category'];
	/** The hits that made it match, the first group's first. */
	used: Found[];
	order: number;
	specialty: string;
	advice?: string;
}

interface Reading {
	set: CompiledSet;
	level: Level;
	matches: FoundMatch[];
	message: string;
}

export function classify(text: string, options: ClassifyOptions): TriageResult {
	const rules = options.rules ?? rulesWithOverrides(options.overrides);
	const result = classifyByRules(text, options, rules);
	if (options.learned === false || result.escalate || typeof text !== 'string') return result;
	const score = learnedScore(text, options.profile);
	if (score < LEARNED_MODEL.threshold) return result;
	const learned = { score: Math.round(score * 1000) / 1000, threshold: LEARNED_MODEL.threshold, model: LEARNED_MODEL.version };
	return { ...raiseLevel(result, 'very_urgent', rules), learned };
}

function classifyByRules(text: string, options: ClassifyOptions, rules: CompiledRules): TriageResult {
	const { profile } = options;
	const language = options.language ?? 'auto';
	if (!PROFILES.includes(profile))
		throw new TriageInputError(`Unknown triage profile ${JSON.stringify(profile)}; use ${PROFILES.join(' or ')}`);
	if (language !== 'auto' && !LANGUAGES.includes(language)) {
		throw new TriageInputError(`Unknown language ${JSON.stringify(language)}; use ${LANGUAGES.join(', ')} or auto`);
	}
	const message = typeof text === 'string' ? text : '';
	const clauses = tokenizeClauses(message);
	// A general question's red flags are a topic, whatever language it is read in (generalQuestion.ts).
	const general = isGeneralQuestion(message, clauses);
	// Or one sentence of it is: "meningite pega pelo ar? saiu no grupo da escola".
	const sentences = general ? undefined : generalSentences(message, clauses);
	if (language !== 'auto') return resultOf(read(setOf(rules, profile, language), clauses, message, general, sentences));
	const words: string[] = [];
	for (const clause of clauses) for (const word of clause) words.push(word.text);
	const detected = detectLanguage(words);
	if (detected.confident) return resultOf(read(setOf(rules, profile, detected.language), clauses, message, general, sentences));
	// Too few words to be sure: read it in every language, the detected one first, and keep the most
	// urgent reading that matched something (a reading that matched nothing is no evidence).
	const first = read(setOf(rules, profile, detected.language), clauses, message, general, sentences);
	let best = first.matches.length > 0 ? first : undefined;
	for (const lang of LANGUAGES) {
		// Nothing is more urgent than an emergency: once one reading is, no other can win.
		if (best?.level === MOST_URGENT) break;
		if (lang === detected.language) continue;
		const reading = read(setOf(rules, profile, lang), clauses, message, general, sentences);
		if (reading.matches.length > 0 && (!best || compareLevels(reading.level, best.level) < 0)) best = reading;
	}
	return resultOf(best ?? first);
}

const MOST_URGENT = LEVELS[0];

// The sets of each CompiledRules by profile and language, so a message builds no `${profile}.${language}` key to find its set.
const setTables = new WeakMap<CompiledRules, Map<Profile, Map<Language, CompiledSet>>>();

function setOf(rules: CompiledRules, profile: Profile, language: Language): CompiledSet {
	let byProfile = setTables.get(rules);
	if (!byProfile) {
		byProfile = new Map();
		setTables.set(rules, byProfile);
	}
	let byLanguage = byProfile.get(profile);
	if (!byLanguage) {
		byLanguage = new Map();
		byProfile.set(profile, byLanguage);
	}
	let set = byLanguage.get(language);
	if (!set) {
		set = rules.sets.get(setKey(profile, language)) ?? missingSet(profile, language);
		byLanguage.set(language, set);
	}
	return set;
}

function missingSet(profile: Profile, language: Language): never {
	throw new TriageInputError(`No triage rules for ${profile} in ${language}`);
}

// Laughter: "kkkk", "rsrs", "jajaja", "lol", 😂. A red flag in a message that laughs is a figure of
// speech ("to morrendo kkkk"), unless the message also calls for help.
const LAUGHTER = new Set([
	'kk',
	'kkk',
	'kkkk',
	'rs',
	'rsrs',
	'rsrsrs',
	'haha',
	'hahaha',
	'hahahaha',
	'jaja',
	'jajaja',
	'jajajaja',
	'jeje',
	'jsjs',
	'lol',
	'lmao',
	'lmfao',
	'rofl',
	'hehe',
]);
const LAUGHING_EMOJI = /[\u{1F602}\u{1F923}\u{1F480}\u{1F606}\u{1F639}\u{1F92D}]/u;
const EMOJI_SURROGATE = /[\uD83D\uD83E]/;
const CALLS_FOR_HELP = new Set(['socorro', 'help', 'ajuda', 'ayuda', 'urgente', 'urgent', 'emergencia', 'emergency', 'sos']);

/**
 * Words that play a symptom down ("deve ser gases kkk", "seguro son gases jaja", "probably nothing
 * lol"): the laugh is nerves, and the symptom is real.
 */
const PLAYS_DOWN = new RegExp(
	'\\b(' +
		[
			'deve ser',
			'deve estar',
			// A guessed harmless cause: "deve ter comido demais kkk", "algo le habrá caído mal jaja", "must have eaten something lol".
			'deve (de )?ter',
			'debe (de )?haber',
			'(algo )?le (habra|abra) (caido|sentado)',
			'must (have|ve) (eaten|been|had)',
			'acho q(ue)? (e|eh) so',
			// A guessed harmless cause: "acho q é pq tava enroladinha rs", "creo que no ha dormido bien jaja", "i think it's cos".
			'(acho|creo|i think) q?(ue)? ?(e|eh|es|foi|fue|its|it s) (pq|porque|por|because|cos|cause|from)',
			'creo q(ue)? no ha (dormido|descansado|comido)',
			'provavelmente',
			'jura q(ue)?',
			'diz q(ue)? (e|eh)',
			'acha q(ue)? (e|eh)',
			'sera q(ue)?',
			'(e|eh) normal',
			'posso esperar',
			'frescura',
			'nada demais',
			'so (um|uma) (cansaco|gases|gastrite|estresse|frio|preguica|gripe|gripezinha)',
			'seguro (es|son)',
			'debe(n)? (de )?ser',
			'capaz q(ue)?',
			'igual es',
			'es normal',
			'dice q(ue)? es',
			'puedo esperar',
			'supongo q(ue)?',
			'no (creo|sera) nada',
			'si manana sigo',
			'probably',
			'prob',
			'probs',
			'just being',
			'is (it|this|that) normal',
			'nothing serious',
			'says (it s|its|he s|hes|she s|shes) (just|only|fine|nothing)',
			'i m sure',
			'im sure',
			'should i (just )?wait',
			'can i wait',
			'could be nothing',
			'it s nothing',
			'its nothing',
			'overreacting',
			'being (dramatic|silly|paranoid)',
			// Asking what it could be, or whether a wound needs stitches, is asking about a real symptom: "o que pode ser isso? kkk", "es pa puntos nomas no? jaja".
			'o q(ue)? (pode|podera) ser',
			'q(ue)? (puede|podra) ser',
			'what (could|might|can) (it|this|that) be',
			'(pa|para|pra) (uns |unos |unas )?(puntos|pontos|ponto|suturas?)',
			'(need|needs|needing) (a few )?stitches',
			// A harmless guess or a question whether it is fine: "acho q é xixi kkk", "será pis no? jeje", "normal né? kkk", "está bien no? jaja".
			'(acho|creo|i think) q?(ue)? ?(e|eh|es|its|it s) (xixi|pis|pipi|urina|orina|wee|pee)',
			'sera (xixi|pis|pipi|urina|orina)',
			'normal (ne|neh|no|right)',
			'(esta|ta) (bem|bien|ok|okey) (ne|neh|no|verdad)',
			// A guessed harmless cause asked back: "será un gas no? jaja", "será um gás? kkk", "just dreaming haha?".
			'sera (un|una|solo|algo de|puro|pura|um|uma|so|algum|alguma)',
			'(just|only) (dreaming|a dream|gas|wind|tired|sleepy|constipated|hiccups)',
		].join('|') +
		')\\b',
);

/**
 * How long it has been going on ("desde hace un rato", "faz uns 20 min", "since lunch", "for about an
 * hour"): a figure of speech has no onset, so a laugh next to one is nerves.
 */
const ONSET = new RegExp(
	'\\b(' +
		[
			'(ha|faz|hace|desde hace) (uns|umas|unos|unas|quase|casi|mais de|mas de)? ?(\\d+|um|uma|un|una|dois|duas|dos|tres|meia|media) (min|mins|minutos?|h|hs|horas?|dias?)',
			'(ha|faz|hace|desde hace) (um|un) (tempinho|ratinho|rato|ratito)',
			'desde (ontem|anteontem|cedo|de manha|a manha|hoje cedo|a noite|o almoco|o cafe|a janta|ayer|anoche|la manana|esta manana|el mediodia|la tarde|el desayuno|la comida|el almuerzo|la cena)',
			'since (yesterday|last night|this morning|lunch|lunchtime|breakfast|dinner|tea|midnight|earlier|\\d+)',
			'for (about|around|like|over|nearly|almost)? ?(\\d+|an|a|one|two|three|half an) (min|mins|minutes?|hours?|hrs?|days?)',
			'(\\d+|an|a|few|couple of) (min|mins|minutes|hours?|hrs) ago',
			'all (day|night|morning|afternoon)',
			'(lleva|llevo|llevamos) (asi )?(un buen rato|un rato|horas|todo el dia|toda la manana|toda la noche)',
			'(been like (this|that)|been going on) (for|since)',
			// Since something was switched on, or fine the day before: "desde que ligamos o aquecedor", "ontem tava normalzinho", "was fine yesterday".
			'desde que (ligamos|liguei|ligou|ligaram|acendemos|acendi|acendeu|encendimos|encendi|encendio|prendimos|prendi|prendio|pusimos|puse|puso)',
			'since (we|i|they|he|she|mum|dad) (turned|switched|put|lit|started)',
			'(ontem|anteontem) ((ele|ela) )?(tava|estava|era) (normal|normalzinho|normalzinha|bem|otimo|otima)',
			'ayer (estaba|estuvo|andaba) (normal|bien|perfecto|perfecta)',
			'(was|were) (fine|normal|ok|okay|totally fine|perfectly fine) (yesterday|last night|this morning)',
			// Since a meal, told of someone else, or a jump: "después de comer se le infló la panza", "since he jumped off the couch"
			// (not "after dinner I'm so full I can't breathe lol").
			'(despues de|depois de|after) (comer|cenar|almorzar|desayunar|jantar|almocar|eating|dinner|lunch|breakfast|tea|his dinner|her dinner) (se le|se|le|ele|ela|el|la|he|she|his|her|the|a|o|tiene|tem|has|is|esta|ta|keeps|sigue|fica|ficou)',
			'since (he|she|it|they) (jumped|fell|ate|got|woke|came)',
			// Unproductive retching, or a meal then a run: "trying to throw up but nothing comes out", "no saca nada", "scoffed his dinner then went for a run".
			'nothing (comes|coming|came)',
			'(no|nao) (sale|saca|sai) nada',
			'(comio|comeu|ate|scoffed|inhaled|wolfed|gobbled)( \\w+){0,8} (corrio|correu|ran|run|running)',
			// A count taken is no figure of speech: "counted 60 a min", "contei 50 respirações".
			'(counted|conte|contei|contamos) \\d+',
		].join('|') +
		')\\b',
);

/** Whether a message that laughs (as its tokens tell, or with an emoji) and calls for no help is joking. */
function isJoking(message: string, laughs: boolean, callsForHelp: boolean): boolean {
	if (callsForHelp) return false;
	// The laughing emoji are all outside the BMP: without their high surrogates there is none to look for.
	if (!laughs && !(EMOJI_SURROGATE.test(message) && LAUGHING_EMOJI.test(message))) return false;
	const words = foldText(message).replace(/[^a-z0-9]+/g, ' ');
	return !PLAYS_DOWN.test(words) && !ONSET.test(words);
}

const isLaughter = (text: string) => LAUGHTER.has(text) || (text.startsWith('kk') && /^k+$/.test(text));

/** A concept found in the message. Positions are word indexes over the whole message. */
interface Found {
	concept: number;
	start: number;
	end: number;
	clause: number;
	/** Character offsets in the message, for quoting. */
	from: number;
	to: number;
	pattern: string;
	/** Negated, in the past, hypothetical or figurative: it never counts. Worked out on first use (`checked`). */
	cancel?: Cancel;
	checked: boolean;
	/** Where the clause's words start in the message, for the lazy check. */
	offset: number;
}

/** What one reading found, with the checks that are only worked out when a rule needs them. */
interface Findings {
	found: ConceptHits;
	set: CompiledSet;
	clauses: readonly string[][];
	markers: (ClauseMarkers | undefined)[];
	/** Where the speaker turns to themselves ("e depois eu comi chocolate"): concepts on either side do not combine. */
	speaker: number[];
	/** The message and each clause's first and last character, to tell a new sentence from a clause of the same one. */
	message: string;
	clauseSpans: number[];
	/** Per clause, 1 when its sentence is a general question (generalQuestion.ts). */
	sentences?: Uint8Array;
	/** Hits before this word index are said to be over ("sangrou mas já parou"); -1 when nothing is. Lazy. */
	resolvedBefore?: number;
	/** Hits before this word index were said to be over by more than a calm ("já levantou", "está tranquilo"); -1 when none. Set with resolvedBefore. */
	settledBefore?: number;
	/** The same for care already received and then said to be over ("levamos no plantão e ficou bem"), which ends sticky rules too. Set with resolvedBefore. */
	treatedBefore?: number;
}

function markersOf(findings: Findings, clause: number): ClauseMarkers {
	let markers = findings.markers[clause];
	if (!markers) {
		markers = findings.set.scopes.markersOf(findings.clauses[clause]);
		findings.markers[clause] = markers;
	}
	return markers;
}

/** Whether the finding truly says the person has it now (negation, time, hypothesis, figures of speech). */
function cancelOfHit(findings: Findings, hit: Found): Cancel | undefined {
	if (!hit.checked) {
		hit.checked = true;
		if (hit.clause >= 0) {
			const markers = markersOf(findings, hit.clause);
			let cancel = findings.set.scopes.cancel(markers, hit.start - hit.offset, hit.end - hit.offset);
			// A negator that opens another finding belongs to it: "cadela não castrada bebendo muita água".
			if (cancel === 'negated') {
				const local = findings.set.scopes.negatorBefore(markers, hit.start - hit.offset);
				const negator = hit.offset + local;
				// Not a verb taking the phrase as its object: "não comeu chocolate" denies the chocolate too.
				const owned =
					!TAKING_VERBS.has(markers.words[local + 1] ?? '') &&
					someFinding(
						findings.found,
						(other) =>
							other !== hit &&
							other.clause === hit.clause &&
							other.start === negator &&
							other.end < hit.start + 1 &&
							other.end > negator + 1,
					);
				if (owned) cancel = undefined;
			}
			// "deu à luz há 3 semanas e está sangrando muito": the time marker dates the state it stands
			// next to (a context or age finding), not the complaint that follows it.
			if (cancel === 'past' && datesAState(findings, hit, markers)) cancel = undefined;
			// "ano passado teve uma convulsão... mas agora tá tendo de novo": a later clause says the past one is back.
			if (cancel === 'past' && recursLater(findings, hit)) cancel = undefined;
			// "ate rat poison last week and now his gums are bleeding": a bait that acts days later, its signs showing now.
			if (cancel === 'past' && signsOfLateToxin(findings, hit, markers)) cancel = undefined;
			// "perdí al bebé... digo, el peluche": the speaker corrects what the clause ended with.
			if (cancel === undefined && correctedAfter(findings, hit)) cancel = 'figurative';
			// "pregunta random, si un niño se traga una pila redondita...? es q no encuentro la del reloj": a thing gone missing now makes the what-if real.
			if (cancel === 'hypothetical' && missingLater(findings, hit)) cancel = undefined;
			// "tomei um gole do que achava que era cândida, mas era água": what it was taken for, not what it was.
			if (cancel === undefined && mistakenFor(findings, hit)) cancel = 'negated';
			// "en mi familia hubo muchos infartos": the family's history, not the speaker's present.
			if (cancel === undefined && findings.set.scopes.toldOfFamily(markers, hit.start - hit.offset)) cancel = 'past';
			// "meningite pega pelo ar? saiu no grupo da escola": a general question's sentence names a topic.
			if (cancel === undefined && findings.sentences?.[hit.clause]) cancel = 'hypothetical';
			// "temperatura 36,8", "temp is 36.9": the reading next to the word says it is normal.
			if (cancel === undefined && readsNormal(findings, hit)) cancel = 'negated';
			// "minha irmã teve pré-eclâmpsia, tenho mais risco?": someone's history, asked about for oneself.
			if (cancel === undefined && asksAboutHistory(findings, hit, markers)) cancel = 'past';
			// "if my son ever reacts to nuts, should they use his epipen?": the question a what-if asks.
			const { scopes } = findings.set;
			if (
				cancel === undefined &&
				hit.clause > 0 &&
				scopes.opensConsequence(markers) &&
				scopes.asksWhatIf(markersOf(findings, hit.clause - 1))
			)
				cancel = 'hypothetical';
			// "if my mum (she's on rivaroxaban) ever falls": the conditional goes on after an aside in brackets.
			if (
				cancel === undefined &&
				hit.clause > 1 &&
				inBrackets(findings, hit.clause - 1) &&
				scopes.asksWhatIf(markersOf(findings, hit.clause - 2))
			)
				cancel = 'hypothetical';
			// "envenenaram dois cachorros aqui na rua, os meus tão bem": of no one of the speaker's own, then theirs are fine.
			if (cancel === undefined && othersThenOwnFine(findings, hit, markers)) cancel = 'past';
			// "hace 2 años tuve una reacción, se me hincharon los labios": the story told in the clause before goes on.
			if (cancel === undefined && goesOnWithHistory(findings, hit.clause, markers)) cancel = 'past';
			// "me quiero morir, me equivoqué de día y perdí la cita, me dan otra?": exasperation at a mishap, not a wish to die.
			if (cancel === undefined && exasperatedAtMishap(findings, hit, markers)) cancel = 'figurative';
			// "a doutora perguntou se ele tinha dor no peito, não tem nada disso": a clinician's question, unless answered yes.
			if (cancel === undefined && scopes.asksWhether(markers, hit.start - hit.offset) && !answeredYes(findings, hit, markers))
				cancel = 'hypothetical';
			hit.cancel = cancelOf(findings.set, hit.concept, cancel);
		}
	}
	return hit.cancel;
}

const TEMPERATURE_NAMES = new Set(['temperatura', 'temp', 'temperature']);
/** A normal reading this many words from "temperatura" is its value. */
const READING_REACH = 3;

/** Whether the hit is the bare word "temperatura" and a normal reading stands right next to it. */
function readsNormal(findings: Findings, hit: Found): boolean {
	if (hit.end - hit.start !== 1 || !TEMPERATURE_NAMES.has(findings.clauses[hit.clause][hit.start - hit.offset])) return false;
	const normal = findings.set.measureConcepts.get('@temp:normal');
	if (normal === undefined) return false;
	for (const reading of findings.found.get(normal) ?? NO_HITS) if (distance(hit, reading) <= READING_REACH) return true;
	return false;
}

/** Whether the clause stands in brackets: "(she's on rivaroxaban)". */
function inBrackets(findings: Findings, clause: number): boolean {
	const { message, clauseSpans } = findings;
	let before = clauseSpans[2 * clause] - 1;
	while (before >= 0 && message[before] === ' ') before--;
	let after = clauseSpans[2 * clause + 1];
	while (after < message.length && message[after] === ' ') after++;
	return message[before] === '(' && message[after] === ')';
}

/** Words that open a self-correction: "perdi o bebê... digo, o bichinho de pelúcia", "I lost the baby, I mean, the baby's teddy". */
const CORRECTIONS = [
	['digo'],
	['ou', 'melhor'],
	['quis', 'dizer'],
	['quise', 'decir'],
	['mejor', 'dicho'],
	['i', 'meant'],
	['or', 'rather'],
	['i', 'mean'],
];

/** "achava que era", "pensé que era", "thought it was": what the speaker took a thing for, right before it. */
const TOOK_FOR =
	/\b(achava|achei|pensei|pensava|jurava|crei|creia|creía|pense|pensaba|thought|i thought) (que |q |it )?(era|fosse|was|s|is)( (um|uma|un|una|a|an|the))?$/;
/** What says, after it, that it was something else: "mas era água", "pero era agua", "but it was water". */
const WAS_ANOTHER = /\b(mas|pero|but) (era|eh|e|es|fue|foi|it was|it s|was|turned out)\b/;

/** Whether the hit is what the speaker took a thing for, and the rest of its clause or the next says it was another: "achava q era cândida, mas era água". */
function mistakenFor(findings: Findings, hit: Found): boolean {
	const words = findings.clauses[hit.clause];
	const at = hit.start - hit.offset;
	if (!TOOK_FOR.test(words.slice(Math.max(0, at - 6), at).join(' '))) return false;
	const after = [...words.slice(hit.end - hit.offset), ...(findings.clauses[hit.clause + 1] ?? [])].slice(0, 10);
	return WAS_ANOTHER.test(after.join(' '));
}

/** A bait whose poisoning shows days later (anticoagulant rat poison): eaten "last week", its signs may be starting now. */
const LATE_ACTING_AGENT = /^vet\.rodenticide_chumbinho\/agent/;

/** Whether a late-acting bait dated days or weeks back (not years) comes with a sign of its own poisoning that is not cancelled, told before or after. */
function signsOfLateToxin(findings: Findings, hit: Found, markers: ClauseMarkers): boolean {
	const { set } = findings;
	const name = set.concepts[hit.concept];
	if (!LATE_ACTING_AGENT.test(name)) return false;
	const marker = set.scopes.pastMarkerOf(markers, hit.start - hit.offset, hit.end - hit.offset);
	if (!marker || longAgo(markers.words, marker.start, marker.end)) return false;
	const signs = name.slice(0, name.indexOf('/')) + '/symptom';
	return someFinding(
		findings.found,
		(other) => other !== hit && set.concepts[other.concept].startsWith(signs) && !cancelOfHit(findings, other),
	);
}

const missingConcepts = new WeakMap<CompiledSet, number>();

/** Whether a later clause says, not as a what-if, that a battery or what holds one is missing now ("no encuentro la del reloj", "can't find the battery"). */
function missingLater(findings: Findings, hit: Found): boolean {
	const { set } = findings;
	let missing = missingConcepts.get(set);
	if (missing === undefined) {
		missing = set.concepts.indexOf('@missing');
		missingConcepts.set(set, missing);
	}
	for (const other of findings.found.get(missing) ?? NO_HITS)
		if (
			other.clause > hit.clause &&
			findings.clauses[other.clause].some((word) => HOLDS_A_BATTERY.has(word)) &&
			!cancelOfHit(findings, other)
		)
			return true;
	return false;
}

/** What a small battery or magnet goes missing from, or is: not "no encuentro información", "can't find good info". */
const HOLDS_A_BATTERY = new Set([
	'pilha',
	'pila',
	'battery',
	'bateria',
	'relogio',
	'reloj',
	'watch',
	'controle',
	'control',
	'remote',
	'chave',
	'llave',
	'key',
	'calculadora',
	'calculator',
	'balanca',
	'balanza',
	'scale',
	'termometro',
	'thermometer',
	'brinquedo',
	'juguete',
	'toy',
	'ima',
	'iman',
	'magnet',
]);

/** Whether the hit ends its clause and the next clause opens by correcting it. */
function correctedAfter(findings: Findings, hit: Found): boolean {
	const words = findings.clauses[hit.clause];
	if (hit.end - hit.offset < words.length) return false;
	const next = findings.clauses[hit.clause + 1];
	if (!next) return false;
	return CORRECTIONS.some((phrase) => phrase.every((word, at) => next[at] === word));
}

/**
 * Whether a clause with no time of its own carries on a story told before it in the same sentence: the
 * nearest earlier clause with a time marker dates a history ("tuve", "had") years back, or someone else's
 * event, and nothing since is happening now ("tá sangrando", "is breathing").
 */
function goesOnWithHistory(findings: Findings, clause: number, markers: ClauseMarkers): boolean {
	const { scopes } = findings.set;
	if (clause === 0 || scopes.isTimed(markers) || scopes.goesOnNow(markers)) return false;
	for (let before = clause - 1; before >= 0; before--) {
		// Only within one sentence ("tuve una reacción, se me hincharon los labios"): "teve cinomose há anos. Vomitou sangue" is news.
		if (SENTENCE_END.test(findings.message.slice(findings.clauseSpans[2 * before + 1], findings.clauseSpans[2 * before + 2]))) return false;
		const earlier = markersOf(findings, before);
		if (scopes.goesOnNow(earlier)) return false;
		// "a la vecina le dio un derrame el mes pasado, quedó con la boca torcida": someone else's story goes on, unless it turns to the speaker's own.
		// Only a dated one ("my neighbour had a stroke last week, face dropped") or one told with the care it took ("a filha da
		// minha amiga engoliu uma bateria e precisou de endoscopia, queimou o esôfago"): "my uncle drank pesticide, froth coming
		// from mouth" is news.
		const told = scopes.isTimed(earlier) || scopes.resolvedIn(earlier, 'treated').length > 0;
		if (told && scopes.isOutsidersStory(earlier, earlier.words.length)) {
			if (scopes.namesOwn(markers)) return false;
			for (let later = clause + 1; later < findings.clauses.length; later++)
				if (goesOnForOther(scopes, markersOf(findings, later))) return false;
			return true;
		}
		// "no meu primeiro parto, há 3 anos, tive hemorragia": a clause of its own dates the history this one tells.
		if (scopes.isTimed(earlier)) return scopes.isPastHistory(earlier) || (scopes.isHistory(markers) && scopes.datesLongAgo(earlier));
	}
	return false;
}

/**
 * Whether the hit is its whole clause (a subject pronoun aside: "me quiero morir", "I want to die"), the next clause opens
 * with an everyday mishap ("me equivoqué de día", "I missed my appointment") and a later one asks to book again.
 */
function exasperatedAtMishap(findings: Findings, hit: Found, markers: ClauseMarkers): boolean {
	const { scopes } = findings.set;
	const next = hit.clause + 1;
	if (hit.start - hit.offset > 1 || hit.end - hit.offset !== markers.words.length || next >= findings.clauses.length) return false;
	if (!scopes.opensWithMishap(markersOf(findings, next))) return false;
	for (let later = next; later < findings.clauses.length; later++) if (scopes.asksToRebook(markersOf(findings, later))) return true;
	return false;
}

/** Whether the clause of the hit, after it, or a later clause answers yes to the question it was asked in. */
function answeredYes(findings: Findings, hit: Found, markers: ClauseMarkers): boolean {
	const { scopes } = findings.set;
	if (scopes.answersYes(markers, hit.end - hit.offset)) return true;
	for (let later = hit.clause + 1; later < findings.clauses.length; later++) if (scopes.answersYes(markersOf(findings, later))) return true;
	return false;
}

/** A clause that opens on one animal with a definite article: "the dog", "o cachorro", "el perro", "a gata". */
const THE_ANIMAL =
	/^(the|o|a|el|la) (dog|cat|puppy|kitten|pup|cachorro|cachorra|cadela|cao|gato|gata|gatinho|gatinha|filhote|perro|perra|perrito|perrita|gatito|gatita|cachorrito|cachorrita)\b/;

/** Whether a clause that names none of the speaker's own and nothing going on now is followed by one saying theirs are fine. */
function othersThenOwnFine(findings: Findings, hit: Found, markers: ClauseMarkers): boolean {
	const { scopes } = findings.set;
	const end = hit.end - hit.offset;
	const fineHere = scopes.saysOwnAreFine(markers, end);
	// Up to where the clause says the speaker's own are fine, if it does.
	const upTo = fineHere
		? markers.hits.find((marker) => marker.owner.kind === 'own_fine' && marker.start >= end)!.start
		: markers.words.length;
	if (scopes.namesOwn(markers, 0, upTo) || scopes.goesOnNow(markers, 0, upTo) || scopes.speaksOfSelf(markers)) return false;
	// "the dog ate rat poison, my cat is fine": one animal told of as "the dog", nobody else's, is the household's other one.
	if (THE_ANIMAL.test(markers.words.slice(0, 3).join(' ')) && !scopes.namesOutsider(markers)) return false;
	if (scopes.saysNow(markers)) {
		// "el gato se comió un lirio hace un rato, el mío está bien": an animal nobody else owns, just now, is the household's.
		if (!scopes.namesOutsider(markers)) return false;
		// "o filho da vizinha engoliu uma pilha agora, os meus estão bem, o que eu faço?": someone else's, now, with the speaker there.
		for (let later = hit.clause + 1; later < findings.clauses.length; later++)
			if (scopes.asksWhatToDo(markersOf(findings, later))) return false;
	}
	if (fineHere) return true;
	for (let later = hit.clause + 1; later < findings.clauses.length; later++)
		if (scopes.saysOwnAreFine(markersOf(findings, later))) return true;
	return false;
}

/** Whether a clause after someone else's story says something is going on now that is not about the speaker. */
function goesOnForOther(scopes: Scopes, markers: ClauseMarkers): boolean {
	// "minha filha tá abalada": about the speaker's own, not the other.
	if (scopes.speaksOfSelf(markers) || scopes.namesOwn(markers)) return false;
	// "scary stuff, made me realise I haven't had my bp checked": from where the speaker turns to themselves, it is about them.
	return scopes.goesOnNow(markers, 0, scopes.selfAt(markers));
}

function recursLater(findings: Findings, hit: Found): boolean {
	for (let clause = hit.clause + 1; clause < findings.clauses.length; clause++)
		if (findings.set.scopes.recursNow(markersOf(findings, clause))) return true;
	return false;
}

/** Whether the past marker that makes the hit past dates a context found right before it ("deu à luz há 3 semanas"). */
function datesAState(findings: Findings, hit: Found, markers: ClauseMarkers): boolean {
	const marker = findings.set.scopes.pastMarkerOf(markers, hit.start - hit.offset, hit.end - hit.offset);
	if (!marker) return false;
	// Only a span that opens with a duration ("há 3 semanas", "hace 3 semanas", "2 weeks ago") dates a
	// context; "morreu de", "já teve", "teve ... com 1 ano" do not.
	const first = markers.words[marker.start];
	if (!DURATION_START.has(first) && !/^\d/.test(first)) return false;
	// Years back date no state that goes on now: "a PE after my c-section 6 years ago".
	if (longAgo(markers.words, marker.start, marker.end)) return false;
	const from = hit.offset + marker.start;
	for (const concept of findings.found.keys()) {
		if (!findings.set.stative.has(concept) || !CONTEXT.test(findings.set.concepts[concept])) continue;
		for (const other of findings.found.get(concept)!) {
			if (other !== hit && other.clause === hit.clause && other.end <= from && from - other.end <= 1) return true;
		}
	}
	return false;
}

/** Whether the hit is told as a history and the message goes on to ask about the speaker's own risk. */
function asksAboutHistory(findings: Findings, hit: Found, markers: ClauseMarkers): boolean {
	const { scopes } = findings.set;
	// Someone else's event, even yesterday's, that the speaker then leaves for their own business ("bueno, yo les escribía para la vacuna").
	if (scopes.isOutsidersStory(markers, hit.start - hit.offset)) {
		// A later clause about the speaker ("yo también soy asmática, mi inhalador está caducado") says nothing of the other;
		// an undated one followed by a plea for what to do is happening now ("meu tio teve um infarto, o que eu faço?").
		let later = hit.clause + 1;
		const undated = !scopes.isTimed(markers);
		while (
			later < findings.clauses.length &&
			!goesOnForOther(scopes, markersOf(findings, later)) &&
			!(undated && scopes.asksWhatToDo(markersOf(findings, later)))
		)
			later++;
		if (later === findings.clauses.length) return true;
	}
	if (scopes.isHistory(markers, true) && !historyIsEating(findings, hit.clause, markers)) {
		if (scopes.turnsAside(markers, hit.end - hit.offset)) return true;
		for (let clause = hit.clause + 1; clause < findings.clauses.length; clause++)
			if (scopes.turnsAside(markersOf(findings, clause), 0)) return true;
	}
	if (!scopes.isHistory(markers)) return false;
	if (scopes.asksOwnRisk(markers, hit.end - hit.offset)) return true;
	for (let clause = hit.clause + 1; clause < findings.clauses.length; clause++)
		if (scopes.asksOwnRisk(markersOf(findings, clause), 0)) return true;
	return false;
}

/**
 * Whether every history marker of the clause is held by a phrase of something eaten ("the cat's had a little nibble
 * on a leaf", "has had some of the gum"): that "had" is the exposure itself, not a story.
 */
function historyIsEating(findings: Findings, clause: number, markers: ClauseMarkers): boolean {
	const { set } = findings;
	const offset = findings.clauses.slice(0, clause).reduce((sum, words) => sum + words.length, 0);
	const eaten: Found[] = [];
	for (const concept of findings.found.keys())
		if (EATEN_CONCEPTS.has(set.concepts[concept]))
			for (const hit of findings.found.get(concept)!) if (hit.clause === clause) eaten.push(hit);
	if (eaten.length === 0) return false;
	return markers.hits.every(
		(marker) =>
			marker.owner.kind !== 'history' ||
			eaten.some(
				(hit) => hit.start <= offset + marker.start && hit.end >= offset + marker.end && hit.end - hit.start > marker.end - marker.start,
			),
	);
}

/** Verbs whose object a negator before them denies with them: "não comeu chocolate", "didn't eat the grapes". */
const TAKING_VERBS = new Set([
	'comeu',
	'comio',
	'ate',
	'eat',
	'tomou',
	'tomo',
	'took',
	'take',
	'engoliu',
	'trago',
	'swallowed',
	'swallow',
	'bebeu',
	'bebio',
	'drank',
	'drink',
	'lambeu',
	'lamio',
	'licked',
	'lick',
	'mastigou',
	'mastico',
	'chewed',
	'chew',
]);

/** A clause that opens with these concedes what the clause before said was fine: "tudo certo. Só que...", "todo bien. Solo que...". */
const CONCESSION_OPENERS = [
	['so', 'que'],
	['solo', 'que'],
	['so', 'q'],
	['only', 'thing'],
];
const CONTEXT = /\/context([~-]|$)/;
const DURATION_START = new Set(['ha', 'faz', 'fazem', 'hace', 'tem']);

/** The last word index before which findings are said to be over, or -1. */
function resolvedBefore(findings: Findings): number {
	if (findings.resolvedBefore !== undefined) return findings.resolvedBefore;
	const { scopes } = findings.set;
	let offset = 0;
	const at: { start: number; last: number; treated: boolean }[] = [];
	// "teve uma convulsão e passou... mas agora tá tendo de novo": what was over before it came back is not.
	let backFrom = -1;
	findings.clauses.forEach((words, clause) => {
		const markers = markersOf(findings, clause);
		if (scopes.recursNow(markers)) backFrom = offset;
		// "me curaron en urgencias y ahora tengo ampollas enormes": a red flag there now, after it was seen to, is not over.
		const now = scopes.turnToNowAt(markers);
		if (now >= 0 && hasLiveRedFlag(findings, clause, now)) backFrom = Math.max(backFrom, offset + now);
		// "tudo certo. Só que a cara dele tá inchada": a concession across a sentence break, as within one ("fine but...").
		const concedes = CONCESSION_OPENERS.some((opener) => opener.every((word, w) => findings.clauses[clause + 1]?.[w] === word));
		for (const over of scopes.resolvedIn(markers))
			if (
				!(concedes && over.end === words.length) &&
				!AN_EARLIER_STEP.has(words[over.start - 1] ?? '') &&
				!BASELINE_TIMES.has(words[over.end] ?? '') &&
				!BASELINE_TIMES.has(words[over.end + 1] ?? '')
			)
				at.push({ start: offset + over.start, last: offset + over.end - 1, treated: false });
		for (const treated of scopes.resolvedIn(markers, 'treated'))
			at.push({ start: offset + treated.start, last: offset + treated.end - 1, treated: true });
		offset += words.length;
	});
	// A "resolved" marker held whole by a red flag ("parou de respirar") says nothing is over; one that
	// only shares a word with a red flag ("back to normal") still does, and so does one in a not-flag or a
	// routine finding ("totally fine now", "tossiu"). A red flag that overlaps the marker ends after its
	// start, so it stays live either way ("já parou de respirar").
	const flags = redFlagConceptsOf(findings.set);
	const covered = (marker: { start: number; last: number }) =>
		someFinding(
			findings.found,
			(hit) => flags[hit.concept] === 1 && hit.start <= marker.start && marker.last < hit.end && !cancelOfHit(findings, hit),
		);
	const overs = at.filter((marker) => !marker.treated && marker.start >= backFrom && !covered(marker));
	const cared = at.filter((marker) => marker.treated && marker.start >= backFrom && !covered(marker));
	let resolved = -1;
	let treated = -1;
	// Care received ends a sticky rule only when the message then says it is over ("levamos no plantão e
	// ele ficou bem"); "levamos na UPA e mandaram pro hospital" is still going on. Then all before the
	// "over" ends, whether told before the care or after it ("o vet fez ele vomitar o chocolate que comeu, hoje tá bem").
	let settled = -1;
	for (const over of overs) {
		resolved = Math.max(resolved, over.start);
		if (!isCalmOnly(findings, over)) settled = Math.max(settled, over.start);
		if (cared.some((care) => care.start < over.start)) treated = Math.max(treated, over.start);
	}
	findings.resolvedBefore = resolved;
	findings.settledBefore = settled;
	findings.treatedBefore = treated;
	return resolved;
}

/** Whether the clause holds, from its word `from` on, a red-flag finding that nothing cancels. */
function hasLiveRedFlag(findings: Findings, clause: number, from: number): boolean {
	const flags = redFlagConceptsOf(findings.set);
	return someFinding(
		findings.found,
		(hit) => hit.clause === clause && hit.start - hit.offset >= from && flags[hit.concept] === 1 && !cancelOfHit(findings, hit),
	);
}

/**
 * Words of a "resolved" marker that only tell a calm: "ya se levantó", "está tranquilo", "agora tá dormindo". Not
 * "still playing", which in a child with a fever is the sign that reassures.
 */
const CALM_WORDS = new Set([
	'levantou',
	'levanto',
	'levantó',
	'tranquilo',
	'tranquila',
	'tranquilinho',
	'tranquilinha',
	'calmo',
	'calma',
	'calm',
	'dormindo',
	'durmiendo',
	'sleeping',
	'asleep',
]);

/** Whether an "over" marker only says the patient is calm now, not that the sign it follows went away. */
function isCalmOnly(findings: Findings, over: { start: number; last: number }): boolean {
	const words = findings.clauses.flat().slice(over.start, over.last + 1);
	return words.some((word) => CALM_WORDS.has(word));
}

/** Verbs that state a sign as the patient's now: "tiene las encías blancas", "tem a gengiva branca", "has white gums". */
const STATES_NOW = new Set(['tem', 'tiene', 'has', 'have', 'com', 'con', 'are', 'is', 'estan', 'estao', 'tao', 'tan']);

/** Whether the hit is a sign stated as present ("tiene las encías como blancas"), which a later calm does not end. */
function statedNow(findings: Findings, hit: Found): boolean {
	if (hit.clause < 0) return false;
	const words = findings.clauses[hit.clause];
	const at = hit.start - hit.offset;
	return words.slice(Math.max(0, at - 3), at).some((word) => STATES_NOW.has(word));
}

/** Before a "resolved" marker, these make it a step of the story, not its end: "scoffed his dinner before running round". */
const AN_EARLIER_STEP = new Set(['before', 'antes']);
/** After a "fine" marker, these make it how things were before, not that they are over: "he was totally fine yesterday", "ayer estaba perfecto". */
const BASELINE_TIMES = new Set(['yesterday', 'ontem', 'anteontem', 'ayer', 'antier', 'anteayer']);

/** The last word index before which findings were already seen to by a vet or a doctor, or -1. */
function treatedBefore(findings: Findings): number {
	if (findings.treatedBefore === undefined) resolvedBefore(findings);
	return findings.treatedBefore!;
}

const redFlagConcepts = new WeakMap<CompiledSet, Uint8Array>();

/** Per concept id, 1 when some escalating rule uses it (not its not-flags, not a routine rule's patterns). */
function redFlagConceptsOf(set: CompiledSet): Uint8Array {
	let flags = redFlagConcepts.get(set);
	if (!flags) {
		flags = new Uint8Array(set.concepts.length);
		for (const rule of set.rules)
			if (LEVEL_INFO[rule.level].escalate) for (const group of rule.groups) for (const concept of group) flags[concept] = 1;
		redFlagConcepts.set(set, flags);
	}
	return flags;
}

/** `general`: the message is a general question (generalQuestion.ts), so no red flag (a rule that escalates) counts. */
function read(set: CompiledSet, rawClauses: readonly Clause[], message: string, general: boolean, sentences?: Uint8Array): Reading {
	const found = conceptHitsOf(set);
	const speaker: number[] = [];
	const allWords: string[] = [];
	const froms: number[] = [];
	const tos: number[] = [];
	const clauseWords: string[][] = [];
	const clauseSpans: number[] = [];
	const { phrases, scopes } = set;
	const owners = ownerTableOf(set);
	const known = readTokensOf(set);
	const hits: number[] = [];
	let offset = 0;
	let laughs = false;
	let callsForHelp = false;
	let numbers = false;
	for (let index = 0; index < rawClauses.length; index++) {
		const clause = rawClauses[index];
		clauseSpans.push(clause[0]?.start ?? 0, clause[clause.length - 1]?.end ?? 0);
		const words: string[] = [];
		const labels: WordLabels[] = [];
		// Each word as the speaker check reads the word after "eu": corrected, without a stretched token's one-letter form.
		const plain: string[] = [];
		for (const word of clause) {
			const token = word.alt ? readToken(set, word) : (known.get(word.text) ?? rememberToken(known, set, word));
			laughs ||= token.laughs;
			callsForHelp ||= token.callsForHelp;
			numbers ||= token.mayStartNumber;
			for (let w = 0; w < token.words.length; w++) {
				words.push(token.words[w]);
				labels.push(token.labels[w]);
				plain.push(token.plain[w]);
				allWords.push(token.words[w]);
				froms.push(word.start);
				tos.push(word.end);
			}
		}
		// In a veterinary chat "eu comi chocolate" is about the owner, not the pet.
		if (set.profile === 'veterinary')
			for (let w = 0; w < words.length; w++) if (SPEAKERS.has(words[w]) && SPEAKER_ACTS.has(plain[w + 1] ?? '')) speaker.push(offset + w);
		clauseWords.push(words);
		const first = hits.length;
		phrases.scanLabelled(words, labels, scopes.stopsGap, hits);
		for (let h = first; h < hits.length; h += 3) {
			const owner = hits[h];
			const start = hits[h + 1];
			const end = hits[h + 2];
			const pattern = owners.patterns[owner];
			for (let c = owners.conceptStart[owner], stop = owners.conceptStart[owner + 1]; c < stop; c++) {
				found.add({
					concept: owners.concepts[c],
					start: offset + start,
					end: offset + end,
					clause: index,
					from: froms[offset + start],
					to: tos[offset + end - 1],
					pattern,
					cancel: undefined,
					checked: false,
					offset,
				});
			}
		}
		offset += words.length;
	}
	// Ages and measures start at a number: a message without one (most) skips both passes over its words.
	const ages = numbers ? ageGroupsOf(allWords, set.profile) : NO_AGES;
	const measures = numbers ? measuresOf(allWords) : NO_MEASURES;
	for (const age of ages) {
		const concept = set.ageConcepts.get(age.group);
		if (concept === undefined) continue;
		found.add({
			concept,
			start: age.start,
			end: age.end,
			clause: -1,
			from: froms[age.start],
			to: tos[age.end - 1],
			pattern: `@age:${age.group}`,
			cancel: undefined,
			checked: true,
			offset: 0,
		});
	}
	for (const measure of measures) {
		const concept = set.measureConcepts.get(measure.measure);
		if (concept === undefined) continue;
		found.add({
			concept,
			start: measure.start,
			end: measure.end,
			clause: -1,
			from: froms[measure.start],
			to: tos[measure.end - 1],
			pattern: measure.measure,
			cancel: undefined,
			checked: true,
			offset: 0,
		});
	}
	const joking = isJoking(message, laughs, callsForHelp);
	const findings: Findings = { found, set, clauses: clauseWords, markers: [], speaker, message, clauseSpans, sentences };
	const candidates: number[] = [];
	const tables = ownerTableOf(set);
	const stamp = nextStamp(tables);
	const concepts = found.keys();
	for (let k = 0; k < concepts.length; k++) {
		const anchored = tables.rulesByAnchor[concepts[k]];
		if (anchored === undefined) continue;
		for (let r = 0; r < anchored.length; r++) {
			const rule = anchored[r];
			if (tables.ruleStamp[rule] === stamp) continue;
			tables.ruleStamp[rule] = stamp;
			if (general && LEVEL_INFO[set.rules[rule].level].escalate) continue;
			// Only rules whose every group was found at all are worth checking in detail.
			if (everyGroupFound(set.rules[rule].groups, found)) candidates.push(rule);
		}
	}
	if (candidates.length > 1) candidates.sort((a, b) => a - b);
	const matches: FoundMatch[] = [];
	for (const index of candidates) {
		const rule = set.rules[index];
		const used = matchRule(rule, findings, joking);
		if (!used) continue;
		matches.push({
			ruleId: rule.id,
			level: rule.level,
			category: rule.category,
			used,
			order: used[0].start,
			specialty: rule.specialty,
			advice: rule.advice,
		});
	}
	matches.sort((a, b) => compareLevels(a.level, b.level) || a.order - b.order);
	return { set, level: matches[0]?.level ?? DEFAULT_LEVEL, matches, message };
}

const NO_AGES: readonly AgeHit[] = [];
const NO_MEASURES: readonly MeasureHit[] = [];

const MAX_FINDINGS_PER_CONCEPT = 32;

/** Whether any finding of the reading passes the test, concepts in the order they were found. */
function someFinding(found: ConceptHits, test: (hit: Found) => boolean): boolean {
	for (const concept of found.keys()) for (const hit of found.get(concept)!) if (test(hit)) return true;
	return false;
}

/**
 * The findings of one reading by concept: a list per concept id, in the order concepts were first
 * found. One per compiled set, emptied at the start of each reading (a reading is synchronous and
 * its findings are not used after it), so a message costs no map of its own.
 */
class ConceptHits {
	private readonly lists: (Found[] | undefined)[];

	private readonly order: number[] = [];

	/** Per concept: the reading it was last found in; `has` reads this typed array rather than the lists. */
	private readonly stamps: Int32Array;

	private stamp = 1;

	constructor(concepts: number) {
		this.lists = new Array<Found[] | undefined>(concepts).fill(undefined);
		this.stamps = new Int32Array(concepts);
	}

	clear(): void {
		for (const concept of this.order) this.lists[concept] = undefined;
		this.order.length = 0;
		if (this.stamp >= 0x3fffffff) {
			this.stamp = 0;
			this.stamps.fill(0);
		}
		this.stamp++;
	}

	add(hit: Found): void {
		const list = this.lists[hit.concept];
		if (list === undefined) {
			this.lists[hit.concept] = [hit];
			this.stamps[hit.concept] = this.stamp;
			this.order.push(hit.concept);
			return;
		}
		// Two phrases of one concept at one place ("atropelado", "atropelaram" by stem) are one finding;
		// past a few dozen findings of one concept, more say nothing new (and would cost their square).
		if (list.length >= MAX_FINDINGS_PER_CONCEPT) return;
		for (let i = 0; i < list.length; i++) if (list[i].start === hit.start && list[i].end === hit.end) return;
		list.push(hit);
	}

	get(concept: number): Found[] | undefined {
		return this.lists[concept];
	}

	has(concept: number): boolean {
		return this.stamps[concept] === this.stamp;
	}

	/** Concepts found, in the order they were first found. */
	keys(): readonly number[] {
		return this.order;
	}
}

/** The phrase index's owners as flat arrays: each owner's concepts (`concepts[conceptStart[o]..conceptStart[o + 1]]`) and pattern. */
interface OwnerTable {
	conceptStart: Int32Array;
	concepts: Int32Array;
	patterns: string[];
	/** The set's rulesByAnchor as an array by concept id. */
	rulesByAnchor: (readonly number[] | undefined)[];
	/** Per rule: the reading it was last made a candidate in (see nextStamp). */
	ruleStamp: Int32Array;
	stamp: number;
}

function nextStamp(table: OwnerTable): number {
	if (table.stamp >= 0x3fffffff) {
		table.stamp = 0;
		table.ruleStamp.fill(0);
	}
	return ++table.stamp;
}

const ownerTables = new WeakMap<CompiledSet, OwnerTable>();

function ownerTableOf(set: CompiledSet): OwnerTable {
	let table = ownerTables.get(set);
	if (!table) {
		const owners = set.phrases.owners;
		const conceptStart = new Int32Array(owners.length + 1);
		const concepts: number[] = [];
		owners.forEach((owner, index) => {
			conceptStart[index] = concepts.length;
			concepts.push(...owner.concepts);
		});
		conceptStart[owners.length] = concepts.length;
		const rulesByAnchor = new Array<readonly number[] | undefined>(set.concepts.length).fill(undefined);
		for (const [concept, rules] of set.rulesByAnchor) rulesByAnchor[concept] = rules;
		table = {
			conceptStart,
			concepts: Int32Array.from(concepts),
			patterns: owners.map((owner) => owner.pattern),
			rulesByAnchor,
			ruleStamp: new Int32Array(set.rules.length),
			stamp: 0,
		};
		ownerTables.set(set, table);
	}
	return table;
}

const conceptHits = new WeakMap<CompiledSet, ConceptHits>();

function conceptHitsOf(set: CompiledSet): ConceptHits {
	let hits = conceptHits.get(set);
	if (!hits) {
		hits = new ConceptHits(set.concepts.length);
		conceptHits.set(set, hits);
	}
	hits.clear();
	return hits;
}

/** Whether each group has at least one concept found. */
function everyGroupFound(groups: readonly number[][], found: ConceptHits): boolean {
	for (let g = 0; g < groups.length; g++) {
		const group = groups[g];
		let any = false;
		for (let m = 0; m < group.length && !any; m++) any = found.has(group[m]);
		if (!any) return false;
	}
	return true;
}

/** A not-the-red-flag phrase vetoes a red flag up to this many words away ("tremendo de frio com febre ... isso é convulsão?"). */
const VETO_REACH = 15;

/** A state ("grávida", "não castrada", "de 80 anos") stays true whatever the clause says about the past. */
const cancelOf = (set: CompiledSet, concept: number, cancel: Cancel | undefined): Cancel | undefined =>
	cancel === 'past' && set.stative.has(concept) ? undefined : cancel;

const distance = (a: Found, b: Found) => (b.start >= a.end ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0);

/** The hits that make the rule match, the first group's first; undefined when it does not match. */
function matchRule(rule: CompiledRule, findings: Findings, joking: boolean): Found[] | undefined {
	const { found, speaker } = findings;
	for (const concept of rule.excludes) if (found.has(concept)) return undefined;
	// A negated not-the-red-flag phrase says nothing against it: "sem fralda molhada", "no mueve el brazo"; nor does one
	// dated weeks ago ("she was in season a month ago", the history a womb infection follows).
	let vetoes: Found[] | undefined;
	for (const concept of rule.vetoes)
		for (const hit of found.get(concept) ?? NO_HITS) {
			const cancel = cancelOfHit(findings, hit);
			if (cancel !== 'negated' && !datedWeeksAgo(findings, hit)) (vetoes ??= []).push(hit);
		}
	const anchors = vetoes && rule.groups[0].flatMap((concept) => found.get(concept) ?? NO_HITS);
	for (const concept of rule.groups[0]) {
		for (const anchor of found.get(concept) ?? NO_HITS) {
			if (!isLive(findings, rule, joking, anchor) || (vetoes !== undefined && isVetoed(vetoes, anchor, anchors!))) continue;
			const used = [anchor];
			for (let g = 1; g < rule.groups.length && used.length === g; g++) {
				const bounded = rule.near !== undefined && g <= rule.nearGroups;
				let best: Found | undefined;
				for (const other of rule.groups[g]) {
					for (const hit of found.get(other) ?? NO_HITS) {
						if (bounded && (distance(anchor, hit) > rule.near! || apart(anchor, hit, speaker))) continue;
						if (best && distance(anchor, hit) >= distance(anchor, best)) continue;
						if (isLive(findings, rule, joking, hit)) best = hit;
					}
				}
				if (best) used.push(best);
			}
			if (used.length === rule.groups.length) return used;
		}
	}
	return undefined;
}

const WEEKS_OR_MONTHS = new Set(['month', 'months', 'week', 'weeks', 'mes', 'meses', 'semana', 'semanas']);

/** Whether the hit's own clause dates it weeks or a month or two ago: "she was in season a month ago", "hace un mes". */
function datedWeeksAgo(findings: Findings, hit: Found): boolean {
	if (hit.clause < 0) return false;
	const markers = markersOf(findings, hit.clause);
	const marker = findings.set.scopes.pastMarkerOf(markers, hit.start - hit.offset, hit.end - hit.offset);
	if (!marker || longAgo(markers.words, marker.start, marker.end)) return false;
	const words = markers.words.slice(marker.start, marker.end);
	return words.some((word) => WEEKS_OR_MONTHS.has(word)) && !words.includes('last') && !words.includes('passada');
}

/** Shared by lookups of concepts not found, so a miss allocates nothing. */
const NO_HITS: readonly Found[] = [];

/** Whether the hit counts for the rule: not cancelled, and not said to be over (or seen to, for a sticky rule). */
function isLive(findings: Findings, rule: CompiledRule, joking: boolean, hit: Found): boolean {
	const cancel = cancelOfHit(findings, hit);
	if (cancel && !(cancel === 'mild' && rule.anyAmount)) return false;
	if (rule.sticky) return hit.end > treatedBefore(findings);
	// A reading ("38,3 no termômetro"), an age or a thing swallowed is no figure of speech, whatever the laugh.
	if (joking && hit.clause >= 0 && !tellsSomethingEaten(findings.set, rule)) return false;
	// "tiene las encías blancas, pero ya se levantó y está tranquilo": calm now, the sign still there.
	return hit.end > resolvedBefore(findings) || (hit.end > findings.settledBefore! && statedNow(findings, hit));
}

const EATEN_CONCEPTS = new Set(['@ingest', '@ingest_self', '@ingest_unsupervised', '@mouth_contact']);
/** A food or drug someone reacts to, required alone ("lol he ate a peanut and his lips are swelling"), is met, not a figure of speech. */
const ALLERGENS = new Set(['human.anaphylaxis/agent']);
const baseName = (set: CompiledSet, concept: number) => set.concepts[concept].replace(/[~-].*$/, '');
/** A swallowed object, unlike a toxin, often passes and is told with relief: "swallowed a sock on monday and pooped it out today lol". */
const PASSES_ON_ITS_OWN = new Set(['vet.gi_foreign_body_obstruction']);
const eatenRules = new WeakMap<CompiledRule, boolean>();

/**
 * Whether a rule names a toxin swallowed or mouthed ("lol my 2yo bit into a dishwasher tablet") or an allergen met: what a
 * child or a pet ate is no figure of speech, so a laugh beside it is nerves.
 */
function tellsSomethingEaten(set: CompiledSet, rule: CompiledRule): boolean {
	let eaten = eatenRules.get(rule);
	if (eaten === undefined) {
		eaten =
			!PASSES_ON_ITS_OWN.has(rule.category ?? '') &&
			(rule.groups.some((group) => group.some((concept) => EATEN_CONCEPTS.has(baseName(set, concept)))) ||
				rule.groups.some((group) => group.every((concept) => ALLERGENS.has(baseName(set, concept)))));
		eatenRules.set(rule, eaten);
	}
	return eaten;
}

/**
 * A not-the-red-flag phrase near a red flag vetoes it, unless the red flag holds it whole ("pior dor de
 * cabeça da vida"). One that holds another red-flag word is that word's other sense ("surto de dengue",
 * an outbreak): it vetoes that word alone, not a red flag beside it ("... e meu irmão tá em surto").
 */
function isVetoed(vetoes: readonly Found[], anchor: Found, anchors: readonly Found[]): boolean {
	for (const veto of vetoes) {
		if (distance(veto, anchor) > VETO_REACH) continue;
		if (distance(veto, anchor) > 0 && anchors.some((other) => other.start >= veto.start && other.end <= veto.end)) continue;
		if (!(veto.start >= anchor.start && veto.end <= anchor.end && veto.end - veto.start < anchor.end - anchor.start)) return true;
	}
	return false;
}

const SPEAKERS = new Set(['eu', 'yo', 'i']);
/** What the speaker did that is not the pet's: "eu comi chocolate", "I had some chocolate". */
const SPEAKER_ACTS = new Set(['comi', 'tomei', 'bebi', 'engoli', 'tome', 'trague', 'had', 'ate', 'took', 'drank', 'swallowed']);

/**
 * A token of the message as one set reads it: its chat spelling expanded ("vc" → "voce"), typos
 * corrected, and each word's labels in the set's phrase index. Messages repeat the same tokens, so
 * each set remembers them (bounded): one lookup per token instead of one per step.
 */
interface ReadToken {
	words: readonly string[];
	labels: readonly WordLabels[];
	/** The words as the speaker check reads the word after "eu": a stretched token is corrected without its one-letter form. */
	plain: readonly string[];
	/** The token as written laughs ("kkkk", "rsrs") or calls for help ("socorro"): see isJoking. */
	laughs: boolean;
	callsForHelp: boolean;
	/** Some of its words could start an age or a measure. */
	mayStartNumber: boolean;
}

const READ_TOKEN_LIMIT = 20_000;
const readTokens = new WeakMap<CompiledSet, Map<string, ReadToken>>();

function readTokensOf(set: CompiledSet): Map<string, ReadToken> {
	let known = readTokens.get(set);
	if (!known) {
		known = new Map();
		readTokens.set(set, known);
	}
	return known;
}

function rememberToken(known: Map<string, ReadToken>, set: CompiledSet, word: Word): ReadToken {
	const token = readToken(set, word);
	if (known.size >= READ_TOKEN_LIMIT) known.clear();
	known.set(word.text, token);
	return token;
}

function readToken(set: CompiledSet, word: Word): ReadToken {
	const { vocabulary, phrases } = set;
	const meaning = expandWord(word.text, set.language) ?? (word.alt ? expandWord(word.alt, set.language) : undefined);
	let words: string[];
	let plain: string[];
	if (meaning) {
		words = meaning.map((text) => vocabulary.correct(text));
		plain = words;
	} else {
		words = [vocabulary.correct(word.alt && !vocabulary.knows(word.text) ? word.alt : word.text)];
		plain = word.alt ? [vocabulary.correct(word.text)] : words;
	}
	return {
		words,
		labels: words.map((text) => phrases.labelsOf(text)),
		plain,
		laughs: isLaughter(word.text),
		callsForHelp: CALLS_FOR_HELP.has(word.text),
		mayStartNumber: words.some((text) => mayStartAge(text) || mayStartMeasure(text)),
	};
}

/** Whether the speaker turns to themselves between the two findings. */
function apart(a: Found, b: Found, speaker: readonly number[]): boolean {
	const from = Math.min(a.end, b.end);
	const to = Math.max(a.start, b.start);
	return speaker.some((position) => position >= from && position < to);
}

/** The person's words for the hits, in message order; overlapping hits are quoted once. */
function quote(hits: readonly Found[], message: string): string {
	// Most matches are one phrase: no sorting, no parts to join.
	if (hits.length === 1) return message.slice(hits[0].from, hits[0].to);
	const sorted = [...hits].sort((a, b) => a.from - b.from);
	let text = '';
	let from = sorted[0].from;
	let to = sorted[0].to;
	for (let i = 1; i < sorted.length; i++) {
		const hit = sorted[i];
		if (hit.from <= to) {
			to = Math.max(to, hit.to);
			continue;
		}
		text += message.slice(from, to) + ' … ';
		from = hit.from;
		to = hit.to;
	}
	return text + message.slice(from, to);
}

function patternOf(used: readonly Found[]): string {
	let pattern = used[0].pattern;
	for (let i = 1; i < used.length; i++) pattern += ' + ' + used[i].pattern;
	return pattern;
}

function triageMatchOf({ ruleId, level, category, used }: FoundMatch, message: string): TriageMatch {
	const phrase = quote(used, message);
	const pattern = patternOf(used);
	return category ? { ruleId, level, category, phrase, pattern } : { ruleId, level, phrase, pattern };
}

function resultOf({ set, level, matches, message }: Reading): TriageResult {
	let specialty = DEFAULT_SPECIALTY;
	const triageMatches: TriageMatch[] = [];
	const keys: { key: string; level: Level }[] = [];
	for (const match of matches) {
		if (specialty === DEFAULT_SPECIALTY) specialty = match.specialty;
		triageMatches.push(triageMatchOf(match, message));
		keys.push({ key: match.advice ?? match.level, level: match.level });
	}
	// The level's fields written out rather than spread: same keys, same order, no spread per message.
	const { colour, maxWaitMinutes, escalate } = LEVEL_INFO[level];
	return {
		level,
		colour,
		maxWaitMinutes,
		escalate,
		matches: triageMatches,
		specialty,
		specialtyLabel: specialtyLabel(set, specialty),
		advice: composeAdvice(set, level, keys, specialty),
		language: set.language,
		profile: set.profile,
		rulesVersion: set.version,
	};
}

/**
 * The same result at a more urgent level (the second opinion's only power): colour, wait,
 * escalation and advice follow the new level; the advice of the red flags already found is kept.
 */
export function raiseLevel(result: TriageResult, level: Level, rules: CompiledRules = builtInRules()): TriageResult {
	if (compareLevels(level, result.level) >= 0) return result;
	const set = rules.sets.get(setKey(result.profile, result.language));
	if (!set) return result;
	const adviceOf = (ruleId: string) => set.rules.find((rule) => rule.id === ruleId)?.advice;
	const keys = [
		{ key: level as string, level },
		...result.matches.map((match) => ({ key: adviceOf(match.ruleId) ?? match.level, level: match.level })),
	];
	return {
		...result,
		level,
		...LEVEL_INFO[level],
		advice: composeAdvice(set, level, keys, result.specialty),
	};
}
