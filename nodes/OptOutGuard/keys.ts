// Redis keys the guard owns. Per contact, not per conversation: an opt-out or a rate limit
// follows the person across the tenant's numbers and providers.
import type { Contact } from './types';

/** Opted-out marker; exists only while the contact has an opt-out (see store.ts). */
export function optOutCacheKey(prefix: string, contact: Contact): string {
	return `${prefix}optout:${contact.tenant}:${contact.phone}`;
}

export type RateDirection = 'in' | 'out';

/** Sliding-window log of the contact's messages, one per direction. */
export function rateKey(prefix: string, contact: Contact, direction: RateDirection): string {
	return `${prefix}rate:${contact.tenant}:${contact.phone}:${direction}`;
}

/** `text` with Redis glob characters escaped, for SCAN MATCH. */
export function escapeGlob(text: string): string {
	return text.replace(/[*?[\]\\^]/g, (char) => `\\${char}`);
}
