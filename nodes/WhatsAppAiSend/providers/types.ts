// The outbound side of a provider: what the WhatsApp AI Send node asks for, in one vocabulary,
// and the one result shape it gets back. HTTP is injected, so the node passes n8n's
// httpRequestWithAuthentication (which adds the credential's headers) and tests pass fetch.

import type { Provider } from '../../shared/message';
import type { MenuOption } from '../../shared/menuStore';
import type { RetryPolicy } from '../../shared/retry';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** A file part of a multipart body (Cloud API media upload). */
export interface MultipartFile {
	data: Buffer;
	filename: string;
	contentType: string;
}

export interface HttpRequest {
	method: HttpMethod;
	url: string;
	/** Sent as JSON. */
	body?: unknown;
	headers?: Record<string, string>;
	/** Sent as multipart/form-data instead of `body`, fields in this order. */
	formData?: Record<string, string | MultipartFile>;
}

export interface HttpResponse {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	/** Parsed JSON when the answer is JSON, its text otherwise, '' or undefined when empty. */
	body: unknown;
}

/**
 * One HTTP exchange. Resolves for every HTTP status (the caller classifies 4xx/5xx); rejects only
 * when no answer arrived (network error, timeout). In the node: httpRequestWithAuthentication with
 * `returnFullResponse: true, ignoreHttpStatusErrors: true, json: true`.
 */
export type HttpCall = (request: HttpRequest) => Promise<HttpResponse>;

export interface RetryNotice {
	attempt: number;
	delayMs: number;
	error: unknown;
}

export interface SendContext {
	http: HttpCall;
	/** The credential's base URL, without the Graph API version. */
	baseUrl: string;
	/** WAHA session, Cloud API phone number id or Evolution instance (InboundMessage.session). */
	session: string;
	/** Graph API version for the Cloud API; default DEFAULT_GRAPH_VERSION. */
	apiVersion?: string;
	/** Default: DEFAULT_RETRY_POLICY from shared/retry. */
	retry?: RetryPolicy;
	onRetry?: (notice: RetryNotice) => void;
	/**
	 * Called with the options before a numbered menu is sent (WAHA, Evolution), so the trigger
	 * can resolve the reply; the node binds it to saveMenu and the conversation key.
	 */
	rememberMenu?: (options: MenuOption[]) => Promise<void>;
}

export type MediaKind = 'image' | 'document' | 'audio' | 'voice' | 'video';

/** A public URL the provider downloads, or the bytes themselves (n8n binary data). */
export type MediaSource = { url: string } | { data: Buffer };

/** `to`: a phone number in any format or a provider chat id (`…@c.us`, `…@s.whatsapp.net`, `…@g.us`). */
export interface Addressed {
	to: string;
}

export interface SendTextRequest extends Addressed {
	text: string;
	/** Message id to quote; only the first chunk of a long text quotes it. */
	replyTo?: string;
	linkPreview?: boolean;
}

export interface SendMediaRequest extends Addressed {
	kind: MediaKind;
	source: MediaSource;
	/** Guessed from the file name or URL when absent. */
	mimetype?: string;
	filename?: string;
	/** Ignored for audio and voice, which WhatsApp shows without a caption. */
	caption?: string;
	replyTo?: string;
}

export interface MenuText {
	body: string;
	header?: string;
	footer?: string;
	replyTo?: string;
	/** Line under a numbered-menu fallback; default DEFAULT_MENU_INSTRUCTION, '' for none. */
	menuInstruction?: string;
}

export interface SendButtonsRequest extends Addressed, MenuText {
	buttons: MenuOption[];
}

export interface ListRow extends MenuOption {
	description?: string;
}

export interface ListSection {
	title?: string;
	rows: ListRow[];
}

export interface SendListRequest extends Addressed, MenuText {
	/** Label of the button that opens the list (Cloud API). */
	buttonLabel: string;
	sections: ListSection[];
}

export interface SendTemplateRequest extends Addressed {
	name: string;
	/** Template language code, e.g. 'pt_BR'. */
	language: string;
	/** Body parameters {{1}}, {{2}}…, in order. */
	parameters?: string[];
}

export interface ReactRequest extends Addressed {
	messageId: string;
	/** One emoji, or '' to remove the reaction. */
	emoji: string;
	/** Whether the message reacted to is our own (Evolution needs the full key); default false. */
	fromMe?: boolean;
}

export interface MarkReadRequest extends Addressed {
	/** WAHA marks the whole chat when empty; the Cloud API and Evolution need at least one. */
	messageIds: string[];
}

export interface TypingRequest extends Addressed {
	on: boolean;
	/** The Cloud API attaches its indicator to a received message: required there for `on`. */
	messageId?: string;
	/** How long Evolution shows "typing…" (it holds the request that long); default 3 s. */
	durationMs?: number;
}

export type Operation = 'sendText' | 'sendMedia' | 'sendButtons' | 'sendList' | 'sendTemplate' | 'react' | 'markRead' | 'typing';

/** Never empty: even an acknowledgement without a body says which provider did what. */
export interface SendResult {
	ok: true;
	provider: Provider;
	operation: Operation;
	/** Ids of the messages the provider created, in order; [] for receipts and typing. */
	messageIds: string[];
	/** How many messages a long text became. */
	chunks?: number;
	fallback?: 'numbered_menu';
	/** The options of a numbered-menu fallback, as remembered for the trigger. */
	menu?: MenuOption[];
	note?: string;
	/** Provider answers, one per request, null where the provider sent no body. */
	raw: unknown[];
}

export interface OutboundProvider {
	readonly name: Provider;
	sendText(request: SendTextRequest, context: SendContext): Promise<SendResult>;
	sendMedia(request: SendMediaRequest, context: SendContext): Promise<SendResult>;
	sendButtons(request: SendButtonsRequest, context: SendContext): Promise<SendResult>;
	sendList(request: SendListRequest, context: SendContext): Promise<SendResult>;
	sendTemplate(request: SendTemplateRequest, context: SendContext): Promise<SendResult>;
	react(request: ReactRequest, context: SendContext): Promise<SendResult>;
	markRead(request: MarkReadRequest, context: SendContext): Promise<SendResult>;
	typing(request: TypingRequest, context: SendContext): Promise<SendResult>;
}
