// The Symptom Triage node's logic for the node shell: deterministic classification from versioned
// rule files, rule overrides with validation, and the optional Gemini second opinion.
export { builtInRules, compileRules, rulesWithOverrides, BUILT_IN_RULE_FILES, DEFAULT_SPECIALTY, type CompiledRules } from './compile';
export { classify, raiseLevel, TriageInputError, type ClassifyOptions } from './engine';
export { detectLanguage, type Detection } from './languages';
export { compareLevels, DEFAULT_LEVEL, isLevel, LEVEL_INFO, LEVELS, type Colour, type Level, type LevelInfo } from './levels';
export { DEFAULT_SECOND_OPINION_MODEL, SECOND_OPINION_SCHEMA, secondOpinion, type SecondOpinionOptions } from './secondOpinion';
export {
	LANGUAGES,
	PROFILES,
	type Language,
	type Profile,
	type RuleDefinition,
	type RuleOverride,
	type RuleOverrides,
	type RuleSetFile,
	type SecondOpinion,
	type TriageMatch,
	type TriageResult,
} from './types';
export { TriageRuleError } from './validate';
