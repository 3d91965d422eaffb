// Prints the triage and opt-out figures on a labelled set, with the misses:
//   npx ts-node --transpile-only test/eval/detectors.ts [blind|tuning] [set number, default 1] [--misses]
import { detectIntent } from '../../nodes/OptOutGuard/detect';
import { classify } from '../../nodes/SymptomTriage/engine';
import { loadSet, report, type OptOutExample, type TriageExample } from './labelledSets';

const which = (process.argv[2] ?? 'blind') as 'blind' | 'tuning';
const showMisses = process.argv.includes('--misses');
const number = process.argv.slice(3).find((arg) => /^\d+$/.test(arg)) ?? '1';
const suffix = `${which}-${number}`;

const triage = loadSet<TriageExample>(which, `triage-${suffix}.json`);
const results = new Map(triage.map((example) => [example.id, classify(example.text, { profile: example.profile, language: 'auto' })]));
const escalated = new Map(triage.map((example) => [example.id, results.get(example.id)!.escalate]));
const byModel = (example: TriageExample) => results.get(example.id)!.learned !== undefined;
const isEmergency = (example: TriageExample) => example.label === 'emergency';
console.log(`Symptom Triage on the ${which} set (language auto-detected; rules, then the learned layer)`);
for (const line of report(triage, isEmergency, (example) => escalated.get(example.id)!, {
	language: (e) => e.language,
	profile: (e) => e.profile,
}))
	console.log(`  ${line}`);
const [rulesAlone] = report(triage, isEmergency, (example) => escalated.get(example.id)! && !byModel(example), {});
const raised = triage.filter(byModel);
console.log(`  rules alone: ${rulesAlone.replace(/^all\s+/, '')}`);
console.log(
	`  the learned layer raised ${raised.length}: ${raised.filter(isEmergency).length} emergencies, ${raised.filter((e) => !isEmergency(e)).length} not`,
);

const optOut = loadSet<OptOutExample>(which, `opt-out-${suffix}.json`);
const detections = new Map(optOut.map((example) => [example.id, detectIntent(example.text)]));
const detected = new Map(optOut.map((example) => [example.id, detections.get(example.id)!.intent === 'opt_out']));
const isOptOut = (example: OptOutExample) => example.label === 'opt_out';
console.log(`Opt-out detection (layer 1) on the ${which} set`);
for (const line of report(optOut, isOptOut, (example) => detected.get(example.id)!, { language: (e) => e.language }))
	console.log(`  ${line}`);
// What layer 2 (Gemini, not reachable here) is asked about: layer 1's near misses, the learned layer's among them.
const toLayer2 = optOut.filter((example) => detections.get(example.id)!.possible);
const byLearned = toLayer2.filter((example) => detections.get(example.id)!.learned);
const reached = optOut.filter((example) => isOptOut(example) && (detected.get(example.id) || detections.get(example.id)!.possible));
const optOuts = optOut.filter(isOptOut).length;
console.log(
	`  opt-outs found or sent to layer 2: ${((100 * reached.length) / optOuts).toFixed(1)}% (${reached.length}/${optOuts}); ` +
		`messages sent to layer 2: ${toLayer2.length} (${toLayer2.filter(isOptOut).length} opt-outs), ${byLearned.length} by the learned layer (${byLearned.filter(isOptOut).length} opt-outs)`,
);

if (showMisses) {
	console.log('\nMissed emergencies:');
	for (const example of triage.filter((e) => isEmergency(e) && !escalated.get(e.id)))
		console.log(`  ${example.id} ${example.profile}/${example.language} ${example.category}: ${example.text}`);
	console.log('False alarms:');
	for (const example of triage.filter((e) => !isEmergency(e) && escalated.get(e.id)))
		console.log(
			`  ${example.id} ${example.profile}/${example.language} ${example.kind}${byModel(example) ? ' [learned]' : ''}: ${example.text}`,
		);
	console.log('Missed opt-outs:');
	for (const example of optOut.filter((e) => isOptOut(e) && !detected.get(e.id)))
		console.log(`  ${example.id} ${example.language} ${example.intent}: ${example.text}`);
	console.log('False opt-outs:');
	for (const example of optOut.filter((e) => !isOptOut(e) && detected.get(e.id)))
		console.log(`  ${example.id} ${example.language} ${example.kind}: ${example.text}`);
}
