// Trains the Opt-Out Guard's learned layer and writes nodes/OptOutGuard/learned/weights.json. It
// learns from the opt-out tuning sets, the spent blind sets (never the newest blind set, which is
// the measure), everyday messages that are no opt-out (the opt-out-ordinary sets and every triage
// set), and the catalogue's own phrases and look-alikes. The threshold comes from leave-one-set-out,
// as for Symptom Triage (scripts/learned-model.ts); the catalogue is training data only, never a
// held-out set, since its phrases are what the rules already match.
//   npx ts-node --transpile-only scripts/train-opt-out-model.ts
import { writeFileSync } from 'fs';
import path from 'path';
import catalogue from '../nodes/OptOutGuard/catalogue/opt-out.json';
import { OPT_OUT_MODEL_TAG, OPT_OUT_FEATURES } from '../nodes/OptOutGuard/learned';
import { CATALOGUE_KEYWORDS, CATALOGUE_OPT_IN, CATALOGUE_PHRASES } from '../nodes/OptOutGuard/phrases';
import type { LearnedModelFile, TrainingExample } from '../nodes/shared/learned';
import { loadSet, type OptOutExample } from '../test/eval/labelledSets';
import { buildModelFile as buildFrom, labelledFiles, printModelFile, type TrainingSet } from './learned-model';

const OUTPUT = path.resolve(__dirname, '../nodes/OptOutGuard/learned/weights.json');
/**
 * The model only sends near misses to layer 2 (Gemini): a false alarm costs one model call, not an
 * opt-out. At most 5% of any held-out set's messages that are no opt-out go there.
 */
export const MAX_FALSE_ALARMS = 0.05;
/** Everyday messages that are no opt-out though they talk of messages, numbers, stopping or declining: two halves of one set. */
const ORDINARY_FILES = ['opt-out-ordinary-1.json', 'opt-out-ordinary-2.json'];
const CATALOGUE_FILE = 'nodes/OptOutGuard/catalogue/opt-out.json';

const example = (text: string, positive: boolean): TrainingExample => ({ text, tag: OPT_OUT_MODEL_TAG, positive });

/** The catalogue's opt-out keywords and phrases, and its look-alikes and opt-in phrases as what is not an opt-out. */
function catalogueExamples(): TrainingExample[] {
	const lookAlikes = (catalogue as unknown as { lookAlikes: { examples: Record<string, string[]> }[] }).lookAlikes.flatMap((lookAlike) =>
		Object.values(lookAlike.examples).flat(),
	);
	return [
		...[...CATALOGUE_KEYWORDS, ...CATALOGUE_PHRASES].map((entry) => example(entry.text, true)),
		...[...lookAlikes, ...CATALOGUE_OPT_IN.map((entry) => entry.text)].map((text) => example(text, false)),
	];
}

/** Every opt-out tuning set, then the spent blind sets, then the catalogue. */
export function trainingSets(): TrainingSet[] {
	const labelled = labelledFiles('opt-out').map(({ kind, file }) => ({
		file: `${kind}/${file}`,
		examples: loadSet<OptOutExample>(kind, file).map((e) => example(e.text, e.label === 'opt_out')),
	}));
	// What most messages are, none of them asking to stop messages: questions, symptoms, bookings (the triage sets)
	// and short everyday replies ("tchau", "no, not yet", "msg received 👍"): the opt-out-ordinary sets.
	// The triage sets are held out as one fold, which also keeps the cross-validation short.
	const ordinary = [...ORDINARY_FILES.map((file) => ({ kind: 'tuning' as const, file })), ...labelledFiles('triage')].map(
		({ kind, file }) => ({
			file: `${kind}/${file}`,
			examples: loadSet<{ text: string }>(kind, file).map((e) => example(e.text, false)),
			...(file.startsWith('triage-') ? { fold: 'the triage sets' } : {}),
		}),
	);
	return [...labelled, ...ordinary, { file: CATALOGUE_FILE, examples: catalogueExamples(), heldOut: false }];
}

export function buildModelFile(): LearnedModelFile {
	return buildFrom(trainingSets(), { features: OPT_OUT_FEATURES, maxFalseAlarms: MAX_FALSE_ALARMS });
}

if (require.main === module) {
	const file = buildModelFile();
	writeFileSync(OUTPUT, `${JSON.stringify(file, null, '\t')}\n`);
	printModelFile(file, OUTPUT, 'opt-outs');
}
