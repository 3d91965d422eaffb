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
		const chosen = [...new Set(keys.filter((entry) => LEVEL_INFO[entry.level].escalate).map((entry) => entry.key))];
		const picked = (chosen.length ? chosen : [level]).slice(0, MAX_ESCALATION_TEXTS);
		return picked.map((key) => texts.advice[key] ?? texts.advice[level]).join('\n\n');
	}
	const key = keys[0]?.key ?? level;
	const text = texts.advice[key] ?? texts.advice[level];
	// Most advice texts name no specialty: no label to look up, no replacing.
	return text.includes(SPECIALTY_SLOT) ? text.replace(/\{specialty\}/g, specialtyLabel(texts, specialty)) : text;
}
