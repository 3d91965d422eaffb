// The Triage node's structured rule inputs (what clinic staff fill in: phrases, a level, rule IDs
// to turn off) turned into the same override list the JSON field takes. Kept apart from the node
// so it is tested without n8n.

import { DEFAULT_SPECIALTY } from './compile';
import type { Level } from './levels';
import type { Language, RuleOverride, RuleOverrides } from './types';
import { readOverrides, TriageRuleError } from './validate';

export interface StaffRule {
	/** Words or phrases, separated by commas or new lines. */
	phrases?: string;
	level?: Level;
	/** 'all' or one language. */
	language?: Language | 'all';
	specialty?: string;
}

export interface StaffRuleInput {
	rules?: StaffRule[];
	/** Built-in rule IDs, separated by commas, spaces or new lines. */
	disabledRuleIds?: string;
	/** The advanced JSON field, as before. */
	json?: RuleOverrides;
}

/** One override list, or undefined when nothing changes the built-in rules (so they stay cached as built in). */
export function staffOverrides(input: StaffRuleInput): RuleOverride[] | undefined {
	const added = (input.rules ?? []).flatMap((rule, index): RuleOverride[] => {
		const patterns = splitList(rule.phrases ?? '', /[,\n]/);
		if (patterns.length === 0) {
			throw new TriageRuleError(`Extra red flag ${index + 1}: add at least one word or phrase`, 'overrides', index, 'patterns');
		}
		const language = rule.language && rule.language !== 'all' ? { language: rule.language } : {};
		return [
			{
				id: `staff.${index + 1}`,
				level: rule.level ?? 'urgent',
				patterns,
				specialty: rule.specialty?.trim() || DEFAULT_SPECIALTY,
				...language,
			},
		];
	});
	const disabled = splitList(input.disabledRuleIds ?? '', /[\s,]+/).map((id): RuleOverride => ({ id, disabled: true }));
	const json = input.json === undefined || input.json === '' || input.json === '[]' ? [] : readOverrides(input.json);
	const all = [...added, ...disabled, ...json];
	return all.length > 0 ? all : undefined;
}

function splitList(text: string, separator: RegExp): string[] {
	return text
		.split(separator)
		.map((part) => part.trim())
		.filter((part) => part !== '');
}
