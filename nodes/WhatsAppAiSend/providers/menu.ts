// Buttons and lists as plain text for providers without working interactive messages (WAHA,
// Evolution/Baileys): the options are numbered continuously, so "2" means the same option whether
// it came from a button or the second section of a list.

import { conversationKeyOf, type Provider } from '../../shared/message';
import type { MenuOption } from '../../shared/menuStore';
import { chatIdLocalPart, isGroupChatId, phoneFromChatId } from '../../shared/phone';
import type { MenuText, SendButtonsRequest, SendListRequest } from './types';

export const DEFAULT_MENU_INSTRUCTION = 'Responda com o número da opção.';

export interface NumberedMenu {
	text: string;
	options: MenuOption[];
}

function present(value: string | undefined): value is string {
	return value !== undefined && value.trim() !== '';
}

/** `header\n\nbody\n\n<option lines>\n\ninstruction\n\nfooter`, blank parts left out. */
function render(request: MenuText, optionLines: string[]): string {
	const instruction = request.menuInstruction ?? DEFAULT_MENU_INSTRUCTION;
	return [request.header, request.body, optionLines.join('\n'), instruction, request.footer]
		.filter(present)
		.map((part) => part.trim())
		.join('\n\n');
}

export function buttonsMenu(request: SendButtonsRequest): NumberedMenu {
	const options = request.buttons.map(({ id, title }) => ({ id, title }));
	return {
		text: render(
			request,
			options.map((option, i) => `${i + 1}. ${option.title}`),
		),
		options,
	};
}

export function listMenu(request: SendListRequest): NumberedMenu {
	const options: MenuOption[] = [];
	const blocks = request.sections.map((section) => {
		const lines = section.rows.map((row) => {
			options.push({ id: row.id, title: row.title });
			const description = present(row.description) ? ` — ${row.description.trim()}` : '';
			return `${options.length}. ${row.title}${description}`;
		});
		return present(section.title) ? [section.title.trim(), ...lines].join('\n') : lines.join('\n');
	});
	// Sections are set apart by a blank line, like the parts around them.
	return { text: render(request, [blocks.join('\n\n')]), options };
}

/**
 * The conversationKey the trigger will give the reply to a message sent to `to` (the phone for a
 * direct chat, the group id for a group), for binding SendContext.rememberMenu to saveMenu.
 */
export function conversationKeyForRecipient(tenant: string, provider: Provider, session: string, to: string): string {
	const subject = isGroupChatId(to) ? chatIdLocalPart(to) : phoneFromChatId(to) || to.trim();
	return conversationKeyOf(tenant, provider, session, subject);
}
