// One remembered turn of a conversation, as stored in the Redis history list.
import { isStoredPhone } from '../shared/phone';

export const TURN_ROLES = ['user', 'assistant', 'system'] as const;
export type TurnRole = (typeof TURN_ROLES)[number];

export interface Turn {
	role: TurnRole;
	text: string;
	/** ISO 8601: when the message was sent (user) or produced (assistant, system). */
	at: string;
	messageId?: string;
	/**
	 * Group chats only: the member the turn belongs to (who wrote it, or whom it answers). A
	 * group's history is shared by its members; this lets an LGPD erase remove one member's turns.
	 */
	phone?: string;
	metadata?: Record<string, unknown>;
}

export function isTurnRole(value: unknown): value is TurnRole {
	return typeof value === 'string' && (TURN_ROLES as readonly string[]).includes(value);
}

/** A stored entry back as a Turn, or undefined for anything that is not one of ours. */
export function parseTurn(stored: string): Turn | undefined {
	let value: Partial<Turn> | null;
	try {
		value = JSON.parse(stored) as Partial<Turn> | null;
	} catch {
		return undefined;
	}
	if (!value || !isTurnRole(value.role) || typeof value.text !== 'string') return undefined;
	const turn: Turn = { role: value.role, text: value.text, at: typeof value.at === 'string' ? value.at : '' };
	if (typeof value.messageId === 'string') turn.messageId = value.messageId;
	if (typeof value.phone === 'string') turn.phone = value.phone;
	if (value.metadata && typeof value.metadata === 'object' && !Array.isArray(value.metadata)) turn.metadata = value.metadata;
	return turn;
}

/** The member's number of a group message (the trigger's `phone` when `isGroup`), else undefined. */
export function groupMemberOf(message: { isGroup?: unknown; phone?: unknown }): string | undefined {
	if (message.isGroup !== true || typeof message.phone !== 'string') return undefined;
	const digits = message.phone.replace(/\D/g, '');
	return isStoredPhone(digits) ? digits : undefined;
}
