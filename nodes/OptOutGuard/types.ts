// Vocabulary shared by the guard's modules and, later, its node shell.

import { keyPartProblem } from '../shared/keyParts';
import { isStoredPhone } from '../shared/phone';

export { LANGUAGES, type Language } from '../shared/text/language';

export type Intent = 'opt_out' | 'opt_in' | 'none';

/** What an opt-out covers: 'marketing' only, or 'all' messages (care included). */
export type OptOutCategory = 'marketing' | 'all';
export const OPT_OUT_CATEGORIES: readonly OptOutCategory[] = ['marketing', 'all'];

/** What a message is: care (appointments, answers, reminders) or marketing (offers, re-engagement). */
export type MessageCategory = 'care' | 'marketing';

/** The opt-outs that block a message of this category, the broadest first. */
export function blockingCategories(category: MessageCategory): OptOutCategory[] {
	return category === 'marketing' ? ['all', 'marketing'] : ['all'];
}

/** A contact as the guard stores it: phone is E.164 digits without '+'. */
export interface Contact {
	tenant: string;
	phone: string;
}

export class GuardInputError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'GuardInputError';
	}
}

/** Rejects what would otherwise be stored under a wrong or shared key (empty tenant, '+55 11…'). */
export function assertContact(contact: Contact): void {
	const tenantProblem = keyPartProblem('tenant', contact.tenant);
	if (tenantProblem) throw new GuardInputError(tenantProblem);
	if (!isStoredPhone(contact.phone)) {
		throw new GuardInputError('phone must be E.164 digits without "+", e.g. 5511999990000');
	}
}
