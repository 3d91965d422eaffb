// Small helpers shared by the triage tests.
import { classify } from '../../../nodes/SymptomTriage/engine';
import type { Language, Profile, TriageResult } from '../../../nodes/SymptomTriage/types';

export const triage = (text: string, language: Language | 'auto' = 'pt', profile: Profile = 'human'): TriageResult =>
	classify(text, { profile, language });

export const pet = (text: string, language: Language | 'auto' = 'pt'): TriageResult => triage(text, language, 'veterinary');

export const ruleIds = (result: TriageResult): string[] => result.matches.map((match) => match.ruleId);

/** The catalogue categories of the red flags found, most urgent first. */
export const categories = (result: TriageResult): string[] => result.matches.flatMap((match) => (match.category ? [match.category] : []));

/** Whether the message escalates, language detected; `learned: false` asks the rules alone. */
export const escalates = (text: string, profile: Profile, learned = true): boolean =>
	classify(text, { profile, language: 'auto', learned }).escalate;

/** One suite of fresh wordings: the rules alone escalate each emergency and leave each look-alike alone. */
export function describeWordings(title: string, emergencies: [string, Profile][], nonEmergencies: [string, Profile][]): void {
	describe(title, () => {
		it.each(emergencies)('escalates %s', (text, profile) => {
			expect(escalates(text, profile, false)).toBe(true);
		});

		it.each(nonEmergencies)('does not escalate %s', (text, profile) => {
			expect(escalates(text, profile, false)).toBe(false);
		});
	});
}
