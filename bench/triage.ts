// Throughput of the deterministic Symptom Triage on one core (Node's single thread): the
// labelled messages of test/unit/triage repeated to N classifications, read in their labelled
// language and with auto-detection. Baseline, measured in the same run on the same texts:
// foldText alone (lower-case, strip accents), the least any text rule must do. Classification
// includes the learned layer (the node's default); the rules alone are measured beside it.
//   npx ts-node --transpile-only bench/triage.ts [classifications]
import { foldText } from '../nodes/shared/text';
import { builtInRules } from '../nodes/SymptomTriage/compile';
import { classify } from '../nodes/SymptomTriage/engine';
import { LABELLED, type LabelledMessage } from '../test/unit/triage/labelled';
import { formatRow, summarize, timeEach, type Summary } from './stats';

const total = Number(process.argv[2] ?? 50_000);
const inputs: LabelledMessage[] = Array.from({ length: total }, (_, i) => LABELLED[i % LABELLED.length]);

function measure(run: (message: LabelledMessage) => unknown): Summary {
	const started = process.hrtime.bigint();
	const samples = timeEach(inputs, run, 2_000);
	const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
	return summarize(samples, wallMs);
}

const compileStarted = process.hrtime.bigint();
builtInRules();
const compileMs = Number(process.hrtime.bigint() - compileStarted) / 1e6;

const baseline = measure((message) => foldText(message.text));
const labelled = measure((message) => classify(message.text, { profile: message.profile, language: message.language }));
const auto = measure((message) => classify(message.text, { profile: message.profile, language: 'auto' }));
const rulesAlone = measure((message) => classify(message.text, { profile: message.profile, language: 'auto', learned: false }));

console.log(
	`Symptom Triage, ${total} classifications over ${LABELLED.length} labelled messages, one core; rules compiled once in ${compileMs.toFixed(0)} ms`,
);
console.log(formatRow('baseline: foldText alone', baseline));
console.log(formatRow('classify, labelled language', labelled));
console.log(formatRow('classify, language auto', auto));
console.log(formatRow('  the same, rules alone (no learned layer)', rulesAlone));
console.log(
	`classify vs foldText: ${(baseline.perSecond / labelled.perSecond).toFixed(1)}x the time (labelled language), ` +
		`${(baseline.perSecond / auto.perSecond).toFixed(1)}x (auto); median ${(labelled.medianMs * 1000).toFixed(1)} µs per message`,
);
