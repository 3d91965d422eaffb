// What the simulator keeps about its chats, in one vocabulary for the three providers. The page
// and the programmatic API both read these shapes; provider wire formats stay in inbound/ and
// providers/.

export const PROVIDERS = ['waha', 'cloud', 'evolution'] as const;
export type Provider = (typeof PROVIDERS)[number];

export function isProvider(value: unknown): value is Provider {
	return typeof value === 'string' && (PROVIDERS as readonly string[]).includes(value);
}

/** Who wrote a message: the patient (the page or the API), the business (n8n), or the simulator itself. */
export type Author = 'patient' | 'business' | 'system';

export type MediaKind = 'image' | 'audio' | 'voice' | 'video' | 'document' | 'sticker';

export type MessageKind = 'text' | MediaKind | 'buttons' | 'list' | 'template' | 'location' | 'contacts' | 'notice';

/** Ticks on the patient's messages: ✓ sent, ✓✓ delivered (n8n took the webhook), blue ✓✓ read; failed when n8n refused it. */
export type Tick = 'sent' | 'delivered' | 'read' | 'failed';

export interface MenuOption {
	id: string;
	title: string;
	description?: string;
}

export interface ListSection {
	title?: string;
	rows: MenuOption[];
}

/** A file the simulator holds (`fileId`, served at /sim/media/<fileId>) or a URL n8n named. */
export interface MediaRef {
	fileId?: string;
	url?: string;
	mimeType: string;
	filename?: string;
	size?: number;
}

/** One POST of a patient's message to an n8n webhook. */
export interface Delivery {
	url: string;
	/** HTTP status n8n answered; absent when no answer came. */
	status?: number;
	ok: boolean;
	/** The network error, or the start of n8n's error body. */
	error?: string;
	at: string;
}

/** What the patient picked from a menu: a Cloud button or list row, or a numbered option typed as its number. */
export interface Choice {
	kind: 'button' | 'list' | 'number';
	id: string;
	title: string;
	/** The business message whose menu it came from. */
	messageId: string;
}

export interface ChatMessage {
	/** The provider's message id (what n8n sees and names in receipts and reactions). */
	id: string;
	/** Position in the whole simulator, increasing; orders messages and replies. */
	seq: number;
	chatId: string;
	author: Author;
	kind: MessageKind;
	/** Body, caption, interactive body or rendered template; '' when none. */
	text: string;
	header?: string;
	footer?: string;
	media?: MediaRef;
	/** Cloud API reply buttons. */
	buttons?: MenuOption[];
	/** Cloud API list: the label of the button that opens it and its sections. */
	list?: { button: string; sections: ListSection[] };
	/** Options of a numbered text menu (WAHA, Evolution); the id is the number to send back. */
	menu?: MenuOption[];
	template?: { name: string; language: string; parameters: string[] };
	location?: { latitude: number; longitude: number; name?: string; address?: string };
	/** Emoji reactions on this message, by who reacted. */
	reactions?: Partial<Record<'business' | 'patient', string>>;
	/** The message this one quotes. */
	replyTo?: string;
	choice?: Choice;
	/** Ticks, on the patient's messages only. */
	status?: Tick;
	/** The webhook POSTs of a patient's message. */
	deliveries?: Delivery[];
	/** ISO 8601. */
	timestamp: string;
}

export interface Chat {
	/** `<provider>:<phone>`. */
	id: string;
	provider: Provider;
	/** E.164 digits without '+'. */
	phone: string;
	/** The patient's profile name (pushName, profile.name, notifyName). */
	name: string;
	/** "typing…" is shown while true. */
	typing: boolean;
	/** Epoch ms of the patient's last message: the Cloud API's 24-hour window runs from it. */
	lastPatientAt?: number;
	createdAt: string;
}

export interface ChatSnapshot {
	chat: Chat;
	messages: ChatMessage[];
}

export function chatIdOf(provider: Provider, phone: string): string {
	return `${provider}:${phone}`;
}

/** E.164 digits from any spelling (`+55 (11) 99999-0000`, `5511999990000@c.us`), or '' when none. */
export function phoneDigits(value: string): string {
	return value.split('@')[0].split(':')[0].replace(/\D/g, '');
}

/** WhatsApp numbers are 8 to 15 digits (E.164 allows 15). */
export function isPhone(value: string): boolean {
	return /^\d{8,15}$/.test(value);
}

/** A request the simulator cannot carry out, with the HTTP status the page API answers it with. */
export class SimulatorError extends Error {
	constructor(
		message: string,
		readonly status = 400,
	) {
		super(message);
		this.name = 'SimulatorError';
	}
}
