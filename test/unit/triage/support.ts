// Small helpers shared by the triage tests.
import { classify } from '../../../nodes/SymptomTriage/engine';
import type { Language, Profile, TriageResult } from '../../../nodes/SymptomTriage/types';

export const triage = (text: string, language: Language | 'auto' = 'pt', profile: Profile = 'human'): TriageResult =>
	classify(text, { profile, language });

export const pet = (text: string, language: Language | 'auto' = 'pt'): TriageResult => triage(text, language, 'veterinary');

export const ruleIds = (result: TriageResult): string[] => result.matches.map((match) => match.ruleId);
