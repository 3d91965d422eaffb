// Numbered menus sent as text (WAHA and Evolution API have no working buttons or lists) are
// remembered per conversation, so the trigger can turn a reply such as "2" or "opção 2" back into
// the option the Cloud API would have reported as a button reply.

import type Redis from 'ioredis';
import { foldText } from './text';

export interface MenuOption {
	id: string;
	title: string;
}

/** One day: about as long as a customer can still answer inside the 24-hour window. */
export const MENU_TTL_SECONDS = 86_400;

export type MenuRedis = Pick<Redis, 'set' | 'get'>;

interface StoredMenu {
	options: MenuOption[];
	savedAt: string;
}

export function menuKey(prefix: string, conversationKey: string): string {
	return `${prefix}menu:${conversationKey}`;
}

/** Remember the options of the menu just sent; a newer menu replaces the older one. */
export async function saveMenu(
	redis: MenuRedis,
	prefix: string,
	conversationKey: string,
	options: MenuOption[],
	ttlSeconds: number = MENU_TTL_SECONDS,
): Promise<void> {
	const stored: StoredMenu = {
		options: options.map(({ id, title }) => ({ id, title })),
		savedAt: new Date().toISOString(),
	};
	await redis.set(menuKey(prefix, conversationKey), JSON.stringify(stored), 'EX', ttlSeconds);
}

/**
 * The option a reply picks from the conversation's last menu, or undefined when there is no
 * menu or the reply is not a choice. The menu is kept, so a customer may change their mind.
 */
export async function resolveMenuReply(
	redis: MenuRedis,
	prefix: string,
	conversationKey: string,
	text: string,
): Promise<MenuOption | undefined> {
	const stored = await redis.get(menuKey(prefix, conversationKey));
	if (!stored) return undefined;
	return matchMenuReply(parseOptions(stored), text);
}

function parseOptions(stored: string): MenuOption[] {
	try {
		const parsed = JSON.parse(stored) as Partial<StoredMenu>;
		return Array.isArray(parsed.options) ? parsed.options.filter(isOption) : [];
	} catch {
		return []; // a foreign value under our key is treated as no menu
	}
}

function isOption(value: unknown): value is MenuOption {
	const option = value as Partial<MenuOption> | null;
	return typeof option?.id === 'string' && typeof option.title === 'string';
}

// Keycap digits (2️⃣) are a digit plus variation selector and enclosing keycap.
const KEYCAP_MARKS = /[\uFE0F\u20E3]/g;
const EDGE_PUNCTUATION = /^[\s"'“”‘’*_~]+|[\s"'“”‘’*_~.!?,;:)]+$/g;
// "2", "2.", "2)", "#2", "opção 2", "opcao nº 2", "option 2", "número 2".
const NUMBER_REPLY = /^(?:(?:opcao|opcion|option|op|numero|n|no|nº|#)\s*(?:n[º°o]?\.?\s*)?)?#?(\d{1,3})\s*[.):-]?$/;
// "2. Manhã", "2 - Manhã": the number and the title must agree.
const NUMBER_AND_TITLE = /^(\d{1,3})\s*[.):-]?\s+(.+)$/;

// A menu reply is a number or an option's title (WhatsApp caps those at 24 characters). Longer
// text is a message, not a choice, and is never fed to the edge-trimming pattern, whose cost
// grows with the square of a run of punctuation.
const MAX_REPLY_CHARS = 100;

function normalizeReply(text: string): string {
	return foldText(text.replace(KEYCAP_MARKS, '')).replace(EDGE_PUNCTUATION, '');
}

/** Pure matching: "2", "2.", " 2 ", "opção 2", "2️⃣", or the option's title, case- and accent-insensitively. */
export function matchMenuReply(options: MenuOption[], text: string): MenuOption | undefined {
	if (text.length > MAX_REPLY_CHARS) return undefined;
	const reply = normalizeReply(text);
	if (reply === '' || options.length === 0) return undefined;
	const byNumber = (digits: string) => options[Number(digits) - 1];
	const number = NUMBER_REPLY.exec(reply);
	if (number) return byNumber(number[1]);
	const byTitle = options.find((option) => normalizeReply(option.title) === reply);
	if (byTitle) return byTitle;
	const numbered = NUMBER_AND_TITLE.exec(reply);
	if (numbered) {
		const option = byNumber(numbered[1]);
		if (option && normalizeReply(option.title) === numbered[2]) return option;
	}
	return undefined;
}
