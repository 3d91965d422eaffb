// The text a person gets back. Escalated results gather the advice of every red flag found
// (a suicidal message that also names an overdose gets both SAMU 192 and CVV 188); routine results
// get one text, with the suggested specialty filled in.
import { LEVEL_INFO, type Level } from './levels';

const MAX_ESCALATION_TEXTS = 3;
const SPECIALTY_SLOT = '{specialty}';

export interface AdviceTexts {
	advice: Readonly<Record<string, string>>;
	specialties: Readonly<Record<string, string>>;
}

export function specialtyLabel(texts: AdviceTexts, specialty: string): string {
	return texts.specialties[specialty] ?? specialty.replace(/_/g, ' ');
}

/**
 * `keys`: advice keys of the matches, most urgent first (a match without its own key uses its
 * level's). Only escalating matches contribute to escalated advice.
 */
export function composeAdvice(texts: AdviceTexts, level: Level, keys: readonly { key: string; level: Level }[], specialty: string): string {
	if (LEVEL_INFO[level].escalate) {
		// The distinct keys of the escalating matches, at most three; most results have one.
		const picked: string[] = [];
		for (const entry of keys) {
			if (picked.length === MAX_ESCALATION_TEXTS) break;
			if (LEVEL_INFO[entry.level].escalate && !picked.includes(entry.key)) picked.push(entry.key);
		}
		if (picked.length === 0) picked.push(level);
		let text = texts.advice[picked[0]] ?? texts.advice[level];
		for (let i = 1; i < picked.length; i++) text += '\n\n' + (texts.advice[picked[i]] ?? texts.advice[level]);
		return text;
	}
	const key = keys[0]?.key ?? level;
	const text = texts.advice[key] ?? texts.advice[level];
	// Most advice texts name no specialty: no label to look up, no replacing.
	return text.includes(SPECIALTY_SLOT) ? text.replace(/\{specialty\}/g, specialtyLabel(texts, specialty)) : text;
}
