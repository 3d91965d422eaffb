// Classifies the texts given on the command line (both profiles, language auto) and prints level and matches:
//   npx ts-node --transpile-only test/eval/try.ts "text" ...
import { detectIntent } from '../../nodes/OptOutGuard/detect';
import { classify } from '../../nodes/SymptomTriage/engine';

for (const text of process.argv.slice(2)) {
	for (const profile of ['human', 'veterinary'] as const) {
		const result = classify(text, { profile, language: 'auto' });
		console.log(
			`${profile.padEnd(10)} ${result.level.padEnd(11)} ${result.matches.map((m) => `${m.ruleId}[${m.phrase}]`).join(', ')}  | ${text}`,
		);
	}
	const intent = detectIntent(text);
	console.log(`opt-out    ${intent.intent} ${intent.matched ?? ''} possible=${intent.possible}`);
}
