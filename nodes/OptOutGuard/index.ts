// The Opt-Out Guard's logic for the node shell: detection, the store, the rate limit and the
// check that combines them, plus LGPD export/erase over every registered data source.
export { checkMessage, type BlockReason, type CheckOptions, type CheckResult, type GuardDeps, type GuardMessage } from './check';
export { classifyIntent, type Classification, type ClassifyOptions } from './classify';
export {
	eraseContactData,
	exportContactData,
	personalDataSources,
	registerPersonalDataSource,
	type ContactExport,
	type ContactScope,
	type EraseReport,
	type PersonalDataSource,
} from './contactData';
export { detectIntent, type DetectOptions, type Detection } from './detect';
export { ensureGuardSchema, GUARD_MIGRATIONS } from './migrations';
export { checkRate, type RateOptions, type RateResult } from './rateLimit';
export {
	isBlocked,
	optIn,
	optOut,
	recordConsent,
	status,
	type ConsentInput,
	type ContactStatus,
	type OptInInput,
	type OptOutInput,
} from './store';
export { DEFAULT_TEXTS, type GuardTextOverrides, type GuardTexts } from './texts';
export { GuardInputError, type Contact, type Language, type MessageCategory, type OptOutCategory } from './types';
