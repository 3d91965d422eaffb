// Trains Symptom Triage's learned layer on the tuning sets and the spent blind sets (never on the
// newest blind set, which is the measure) and writes nodes/SymptomTriage/learned/weights.json. The
// threshold comes from leave-one-set-out: train on all sets but one, score the one left out, and
// take the lowest threshold at which no left-out set gets more than 2% false alarms from the model
// alone.
//   npx ts-node --transpile-only scripts/train-triage-model.ts
import { writeFileSync } from 'fs';
import path from 'path';
import { PROFILE_TAGS } from '../nodes/SymptomTriage/learned';
import type { LearnedModelFile } from '../nodes/shared/learned';
import { loadSet, type TriageExample } from '../test/eval/labelledSets';
import { buildModelFile as buildFrom, labelledFiles, printModelFile, type TrainingSet } from './learned-model';

/**
 * 2%: on tuning set 7, written after the rules and unseen by them, the model trained without it
 * raised recall from 93.9% (a 1% cap, threshold 0.93) to 96.2% (threshold 0.85) for 0.8 points
 * more false alarms; a missed emergency is the worst thing triage can do.
 */
export const MAX_FALSE_ALARMS = 0.02;
const OUTPUT = path.resolve(__dirname, '../nodes/SymptomTriage/learned/weights.json');

/** Every triage tuning set, then the spent blind sets. */
export function trainingSets(): TrainingSet[] {
	return labelledFiles('triage').map(({ kind, file }) => ({
		file: `${kind}/${file}`,
		examples: loadSet<TriageExample>(kind, file).map((example) => ({
			text: example.text,
			tag: PROFILE_TAGS[example.profile],
			positive: example.label === 'emergency',
		})),
	}));
}

export function buildModelFile(): LearnedModelFile {
	return buildFrom(trainingSets(), { maxFalseAlarms: MAX_FALSE_ALARMS });
}

if (require.main === module) {
	const file = buildModelFile();
	writeFileSync(OUTPUT, `${JSON.stringify(file, null, '\t')}\n`);
	printModelFile(file, OUTPUT, 'emergencies');
}
