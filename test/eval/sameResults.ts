// Identity check for speed work: classifies a large body of texts (the tuning sets, the unit
// labelled set, the catalogues' own phrases) with Symptom Triage (both profiles, auto and
// labelled language) and the opt-out detector, and prints one hash per group of the full outputs.
// Run it before and after a change that must not change results; the hashes must be equal.
//   npx ts-node --transpile-only test/eval/sameResults.ts [--save file] [--compare file]
// The blind sets are hashed too, but only a hash is ever printed: never their texts or results.
import { createHash } from 'crypto';
import { existsSync, readFileSync, writeFileSync } from 'fs';
import path from 'path';
import optOutCatalogue from '../../nodes/OptOutGuard/catalogue/opt-out.json';
import { detectIntent } from '../../nodes/OptOutGuard/detect';
import catalogue from '../../nodes/SymptomTriage/catalogue/red-flags.json';
import { classify } from '../../nodes/SymptomTriage/engine';
import { LANGUAGES, PROFILES, type Language, type Profile } from '../../nodes/SymptomTriage/types';
import { LABELLED } from '../unit/triage/labelled';

interface Text {
	text: string;
	profile?: Profile;
	language?: Language;
}

const FIXTURES = path.resolve(__dirname, '../fixtures');
const readSet = (kind: string, file: string): Text[] => {
	const full = path.join(FIXTURES, kind, file);
	return existsSync(full) ? (JSON.parse(readFileSync(full, 'utf8')) as Text[]) : [];
};

function strings(value: unknown, into: string[] = []): string[] {
	if (typeof value === 'string') into.push(value);
	else if (Array.isArray(value)) for (const item of value) strings(item, into);
	else if (value && typeof value === 'object') for (const item of Object.values(value)) strings(item, into);
	return into;
}

function hashOf(texts: readonly Text[]): string {
	const hash = createHash('sha256');
	for (const { text, profile, language } of texts) {
		const profiles = profile ? [profile] : PROFILES;
		for (const p of profiles) {
			hash.update(JSON.stringify(classify(text, { profile: p, language: 'auto' })));
			if (language) hash.update(JSON.stringify(classify(text, { profile: p, language })));
		}
		hash.update(JSON.stringify(detectIntent(text)));
	}
	return hash.digest('hex').slice(0, 16);
}

const groups: Record<string, Text[]> = {
	tuning: ['triage-tuning-1.json', 'triage-tuning-2.json', 'opt-out-tuning-1.json', 'opt-out-tuning-2.json'].flatMap((file) =>
		readSet('tuning', file),
	),
	labelled: LABELLED,
	catalogues: [...new Set([...strings(catalogue), ...strings(optOutCatalogue)])]
		.filter((text) => text.length < 200)
		.map((text) => ({ text })),
	languages: LABELLED.flatMap((message) => LANGUAGES.map((language) => ({ text: message.text, language }))),
	blind: ['triage-blind-1.json', 'triage-blind-2.json', 'opt-out-blind-1.json', 'opt-out-blind-2.json'].flatMap((file) =>
		readSet('blind', file),
	),
};

const hashes: Record<string, string> = {};
for (const [name, texts] of Object.entries(groups)) hashes[name] = `${hashOf(texts)} (${texts.length} texts)`;
for (const [name, hash] of Object.entries(hashes)) console.log(`${name.padEnd(12)} ${hash}`);

const save = process.argv.indexOf('--save');
if (save >= 0) writeFileSync(process.argv[save + 1], JSON.stringify(hashes, null, 2));
const compare = process.argv.indexOf('--compare');
if (compare >= 0) {
	const before = JSON.parse(readFileSync(process.argv[compare + 1], 'utf8')) as Record<string, string>;
	const differing = Object.keys(before).filter((name) => before[name] !== hashes[name]);
	console.log(differing.length === 0 ? 'IDENTICAL to the baseline' : `DIFFERENT from the baseline in: ${differing.join(', ')}`);
	if (differing.length > 0) process.exitCode = 1;
}
