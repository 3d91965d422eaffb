// Phone numbers and WhatsApp chat ids. Each provider names a contact its own way (WAHA
// `5511999990000@c.us`, Baileys/Evolution `5511999990000@s.whatsapp.net`, Cloud API a bare
// `wa_id`); everything past the provider adapters sees only E.164 digits without '+'.

/** What a chat id points at. Anything that is not a group, LID, channel or broadcast is a user. */
export type ChatIdKind = 'user' | 'lid' | 'group' | 'newsletter' | 'broadcast';

const SERVER_KINDS = new Map<string, ChatIdKind>([
	['g.us', 'group'],
	['lid', 'lid'],
	['newsletter', 'newsletter'],
	['broadcast', 'broadcast'],
]);

function serverOf(id: string): string {
	const at = id.lastIndexOf('@');
	return at === -1
		? ''
		: id
				.slice(at + 1)
				.trim()
				.toLowerCase();
}

export function chatIdKind(id: string): ChatIdKind {
	return SERVER_KINDS.get(serverOf(id)) ?? 'user';
}

export function isGroupChatId(id: string): boolean {
	return chatIdKind(id) === 'group';
}

/**
 * The part of a chat id before '@', without the Baileys agent/device suffix
 * (`5511999990000:12@s.whatsapp.net` → `5511999990000`). Ids without '@' are returned trimmed.
 */
export function chatIdLocalPart(id: string): string {
	const trimmed = id.trim();
	const at = trimmed.lastIndexOf('@');
	if (at === -1) return trimmed;
	return trimmed.slice(0, at).split(':')[0].split('_')[0];
}

/**
 * E.164 digits without '+' for anything that names a user:
 * `5511999990000@c.us`, `5511999990000@s.whatsapp.net`, `5511999990000:3@s.whatsapp.net`,
 * `5511999990000`, `+55 (11) 99999-0000` → `5511999990000`.
 *
 * - `…@lid` (WhatsApp's hidden user id) → the LID digits. They are stable per contact but are
 *   not a dialable number; adapters prefer the phone JID when the payload carries one.
 * - Groups (`@g.us`), channels (`@newsletter`) and `status@broadcast` → '' (no phone in them).
 * - Input with no digits → ''. Never throws.
 */
export function phoneFromChatId(id: string): string {
	const kind = chatIdKind(id);
	if (kind === 'group' || kind === 'newsletter' || kind === 'broadcast') return '';
	return chatIdLocalPart(id).replace(/\D/g, '');
}

/** A number as the package stores it: E.164 digits without '+' (the database checks the same). */
export function isStoredPhone(value: unknown): value is string {
	return typeof value === 'string' && /^\d{5,20}$/.test(value);
}

const MIN_MASKABLE_LENGTH = 10;
const KEPT_SUFFIX = 4;
const MIN_HIDDEN = 4;

/**
 * A phone number fit for logs: country/area prefix and last four digits kept, the rest starred
 * (`5511999990000` → `5511*****0000`). The prefix shrinks so that at least four digits stay
 * hidden; numbers under ten digits are starred completely. Accepts chat ids too.
 */
export function maskPhone(phone: string): string {
	const digits = phoneFromChatId(phone) || phone.replace(/\D/g, '');
	if (digits.length < MIN_MASKABLE_LENGTH) return '*'.repeat(digits.length);
	const keptPrefix = Math.min(4, digits.length - KEPT_SUFFIX - MIN_HIDDEN);
	const hidden = digits.length - keptPrefix - KEPT_SUFFIX;
	return digits.slice(0, keptPrefix) + '*'.repeat(hidden) + digits.slice(-KEPT_SUFFIX);
}

/**
 * Whether `text` holds the number `phone` on its own: no digit right before or after it, so a
 * longer number that merely contains these digits (`55119888877770`) does not count.
 */
export function containsPhone(text: string, phone: string): boolean {
	if (!phone) return false;
	for (let at = text.indexOf(phone); at !== -1; at = text.indexOf(phone, at + 1)) {
		if (!isDigit(text[at - 1]) && !isDigit(text[at + phone.length])) return true;
	}
	return false;
}

function isDigit(char: string | undefined): boolean {
	return char !== undefined && char >= '0' && char <= '9';
}
