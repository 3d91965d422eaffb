// The labelled sets the detectors are measured on (test/fixtures/blind and tuning), and the
// figures: recall, precision and false-alarm rate, overall and per language and profile, with
// every miss listed. Blind sets are written from the category list by someone who never saw the
// rules and are never tuned against; tuning sets are written separately for rule work.
import { readFileSync } from 'fs';
import path from 'path';

export type SetLanguage = 'pt' | 'es' | 'en';

export interface TriageExample {
	id: string;
	text: string;
	profile: 'human' | 'veterinary';
	language: SetLanguage;
	label: 'emergency' | 'not_emergency';
	category: string | null;
	kind: string;
}

export interface OptOutExample {
	id: string;
	text: string;
	language: SetLanguage;
	label: 'opt_out' | 'not_opt_out';
	intent: string | null;
	kind: string;
}

const FIXTURES = path.resolve(__dirname, '../fixtures');

/**
 * Blind sets whose figures have been reported and that the rules were then tuned to: spent as a
 * measure, so they become training data for the learned layer. The newest blind set is never here.
 */
export const SPENT_BLIND_SETS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23];

export function loadSet<T>(kind: 'blind' | 'tuning', file: string): T[] {
	return JSON.parse(readFileSync(path.join(FIXTURES, kind, file), 'utf8')) as T[];
}

export interface Figures {
	messages: number;
	positives: number;
	truePositives: number;
	falsePositives: number;
	recall: number;
	precision: number;
	falseAlarmRate: number;
}

/** Scores binary decisions against labels. `positive` says which label is the one to catch. */
export function figuresOf<T>(examples: T[], isPositive: (example: T) => boolean, flagged: (example: T) => boolean): Figures {
	let truePositives = 0;
	let falsePositives = 0;
	let positives = 0;
	for (const example of examples) {
		const positive = isPositive(example);
		const hit = flagged(example);
		if (positive) positives++;
		if (positive && hit) truePositives++;
		if (!positive && hit) falsePositives++;
	}
	const negatives = examples.length - positives;
	return {
		messages: examples.length,
		positives,
		truePositives,
		falsePositives,
		recall: positives === 0 ? 1 : truePositives / positives,
		precision: truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives),
		falseAlarmRate: negatives === 0 ? 0 : falsePositives / negatives,
	};
}

export function formatFigures(label: string, figures: Figures): string {
	const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
	return `${label.padEnd(22)} n=${String(figures.messages).padStart(4)}  recall ${percent(figures.recall).padStart(6)} (${figures.truePositives}/${figures.positives})  precision ${percent(figures.precision).padStart(6)}  false alarms ${percent(figures.falseAlarmRate).padStart(5)} (${figures.falsePositives}/${figures.messages - figures.positives})`;
}

/** The figures overall and for each value of `groupOf`, as printable lines. */
export function report<T>(
	examples: T[],
	isPositive: (example: T) => boolean,
	flagged: (example: T) => boolean,
	groups: Record<string, (example: T) => string>,
): string[] {
	const lines = [formatFigures('all', figuresOf(examples, isPositive, flagged))];
	for (const [name, groupOf] of Object.entries(groups)) {
		const values = [...new Set(examples.map(groupOf))].sort();
		for (const value of values)
			lines.push(
				formatFigures(
					`${name}=${value}`,
					figuresOf(
						examples.filter((example) => groupOf(example) === value),
						isPositive,
						flagged,
					),
				),
			);
	}
	return lines;
}
