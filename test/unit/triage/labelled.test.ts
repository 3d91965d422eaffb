// Recall is the safety property: every labelled emergency must escalate, read in its own language
// and with auto-detection. Precision is reported and held to 0.9 so that over-triage cannot creep in.
import { classify } from '../../../nodes/SymptomTriage/engine';
import type { TriageResult } from '../../../nodes/SymptomTriage/types';
import { LABELLED, type LabelledMessage } from './labelled';

interface Scored {
	message: LabelledMessage;
	result: TriageResult;
}

function metrics(scored: Scored[]) {
	const count = (escalated: boolean, label: LabelledMessage['label']) =>
		scored.filter(({ message, result }) => result.escalate === escalated && message.label === label).length;
	const truePositives = count(true, 'emergency');
	const falsePositives = count(true, 'routine');
	const falseNegatives = count(false, 'emergency');
	const trueNegatives = count(false, 'routine');
	return {
		messages: scored.length,
		emergencies: truePositives + falseNegatives,
		recall: truePositives / (truePositives + falseNegatives),
		precision: truePositives / (truePositives + falsePositives),
		falsePositiveRate: falsePositives / (falsePositives + trueNegatives),
	};
}

const describeMiss = ({ message, result }: Scored) =>
	`${message.profile}/${message.language} "${message.text}" → ${result.level} ${JSON.stringify(result.matches.map((match) => match.ruleId))}`;

describe('labelled messages', () => {
	it('has at least 150 messages in pt, es and en, human and veterinary, about half emergencies', () => {
		expect(LABELLED.length).toBeGreaterThanOrEqual(150);
		const emergencies = LABELLED.filter((message) => message.label === 'emergency').length;
		expect(emergencies / LABELLED.length).toBeGreaterThan(0.4);
		expect(emergencies / LABELLED.length).toBeLessThan(0.6);
		for (const profile of ['human', 'veterinary'] as const) {
			for (const language of ['pt', 'es', 'en'] as const) {
				const group = LABELLED.filter((message) => message.profile === profile && message.language === language);
				expect(group.some((message) => message.label === 'emergency')).toBe(true);
				expect(group.some((message) => message.label === 'routine')).toBe(true);
			}
		}
	});

	it.each([
		['its labelled language', false],
		['auto-detected language', true],
	])('escalates every emergency, read in %s', (_mode, auto) => {
		const scored = LABELLED.map((message) => ({
			message,
			result: classify(message.text, { profile: message.profile, language: auto ? 'auto' : message.language }),
		}));
		const figures = metrics(scored);
		console.log(`Triage (${auto ? 'auto language' : 'labelled language'}): ${JSON.stringify(figures)}`);
		const missed = scored.filter(({ message, result }) => message.label === 'emergency' && !result.escalate).map(describeMiss);
		expect(missed).toEqual([]);
		expect(figures.recall).toBe(1);
		expect(figures.precision).toBeGreaterThanOrEqual(0.9);
		const overTriaged = scored.filter(({ message, result }) => message.label === 'routine' && result.escalate).map(describeMiss);
		expect(overTriaged.length).toBeLessThanOrEqual(Math.floor(0.1 * figures.emergencies));
	});

	it('gives the pinned level where the rules are meant to pin one', () => {
		const wrong = LABELLED.filter((message) => message.level)
			.map((message) => ({ message, result: classify(message.text, { profile: message.profile, language: message.language }) }))
			.filter(({ message, result }) => result.level !== message.level)
			.map((scored) => `${describeMiss(scored)} (expected ${scored.message.level})`);
		expect(wrong).toEqual([]);
	});

	it('detects the labelled language of every message long enough to tell', () => {
		const wrong = LABELLED.filter((message) => message.text.split(' ').length >= 5)
			.map((message) => ({ message, result: classify(message.text, { profile: message.profile, language: 'auto' }) }))
			.filter(({ message, result }) => result.language !== message.language)
			.map(({ message, result }) => `"${message.text}" → ${result.language}`);
		expect(wrong).toEqual([]);
	});
});
