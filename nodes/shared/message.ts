// The one message schema (DESIGN.md section 3). Every provider adapter produces it; every other
// node reads only it.

import { checkKeyPart } from './keyParts';

export const PROVIDERS = ['waha', 'cloud', 'evolution'] as const;
export type Provider = (typeof PROVIDERS)[number];

export const MESSAGE_TYPES = [
	'text',
	'image',
	'audio',
	'voice',
	'video',
	'document',
	'sticker',
	'location',
	'button',
	'list',
	'reaction',
	'contacts',
	'unknown',
] as const;
export type MessageType = (typeof MESSAGE_TYPES)[number];

export const DELIVERY_STATUSES = ['sent', 'delivered', 'read', 'failed', 'played'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export type InboundEvent = 'message' | 'status';

export interface MessageButton {
	id: string;
	title: string;
}

export interface MessageMedia {
	id?: string;
	url?: string;
	mimetype?: string;
	filename?: string;
}

export interface MessageLocation {
	latitude: number;
	longitude: number;
	name?: string;
	address?: string;
}

export interface DeliveryError {
	code: number;
	title: string;
}

export interface InboundMessage {
	event: InboundEvent;
	provider: Provider;
	/** Node parameter, default 'default'. */
	tenant: string;
	/** WAHA session, Cloud phone_number_id, Evolution instance. */
	session: string;
	/** `${tenant}:${provider}:${session}:${phone}`; for groups the last part is the group id. */
	conversationKey: string;
	messageId: string;
	/** What the provider needs to reply. */
	chatId: string;
	/** Digits only, E.164 without '+'. In a group: the sender's number. */
	phone: string;
	contactName?: string;
	type: MessageType;
	/** Body, caption, or the chosen button/list title; '' if none. */
	text: string;
	button?: MessageButton;
	media?: MessageMedia;
	location?: MessageLocation;
	replyToId?: string;
	status?: DeliveryStatus;
	errors?: DeliveryError[];
	/** ISO 8601: the provider's send time (whole seconds for WAHA and the Cloud API). */
	timestamp: string;
	/**
	 * ISO 8601 to the millisecond: when the trigger accepted the webhook. Orders messages sent in
	 * the same second (a burst), which queue-mode workers may otherwise process out of order.
	 */
	receivedAt?: string;
	isGroup: boolean;
	/** The provider's own message object, kept only for messages of type 'unknown'. */
	raw?: unknown;
}

/**
 * Key of one conversation. `phone` is the contact's number for direct chats; adapters pass the
 * group id for groups so a group's history never mixes with a member's direct chat. Throws a
 * KeyPartError for a tenant or session that could make two conversations share a key.
 */
export function conversationKeyOf(tenant: string, provider: Provider, session: string, phone: string): string {
	return `${checkKeyPart('tenant', tenant)}:${provider}:${checkKeyPart('session', session)}:${phone}`;
}
