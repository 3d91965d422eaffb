// Trains Symptom Triage's learned layer on the tuning sets and the spent blind sets (never on the
// newest blind set, which is the measure) and writes nodes/SymptomTriage/learned/weights.json. The
// threshold comes from leave-one-set-out: train on all sets but one, score the one left out, and
// take the lowest threshold at which no left-out set gets more than 2.5% false alarms from the model
// alone.
//   npx ts-node --transpile-only scripts/train-triage-model.ts
import { writeFileSync } from 'fs';
import path from 'path';
import { PROFILE_TAGS } from '../nodes/SymptomTriage/learned';
import type { LearnedModelFile } from '../nodes/shared/learned';
import { loadSet, type TriageExample } from '../test/eval/labelledSets';
import { buildModelFile as buildFrom, labelledFiles, printModelFile, type TrainingSet } from './learned-model';

/**
 * 2.5%: a missed emergency is the worst thing triage can do. On tuning set 7, unseen by the rules,
 * a 2% cap (threshold 0.85) had raised recall from 93.9% (1%, 0.93) to 96.2% for 0.8 points more
 * false alarms. With blind set 10 spent, the 2% cap chose 0.87; 2.5% chooses 0.83, which on the
 * three newest sets, each left out of training, gave up to 1.5 points more recall (blind 9: 96.6%
 * → 98.1%, tuning 8: 95.8% → 96.2%, blind 10 unchanged) and no more false alarms.
 */
export const MAX_FALSE_ALARMS = 0.025;
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
