// One error type for everything that can go wrong on the way out, so the node can fill a failed
// item with the same fields whatever the provider: what failed, whether a retry could help, and
// whether the 24-hour customer-service window is the reason.

import type { Provider } from '../../shared/message';
import { accountOf } from '../../shared/providers';

export type SendErrorKind = 'validation' | 'provider' | 'network' | 'unsupported_operation';

export const providerLabel = (provider: Provider): string => accountOf(provider).label;

export interface SendErrorInit {
	kind: SendErrorKind;
	provider: Provider;
	httpStatus?: number;
	providerCode?: string | number;
	providerMessage?: string;
	retryable?: boolean;
	/** Server-requested wait before a retry (Retry-After), in milliseconds. */
	retryAfterMs?: number;
	outside24hWindow?: boolean;
	/** The request field a validation error is about, e.g. `buttons[2].title`. */
	field?: string;
	/** Messages already sent when a later part of a multi-message send failed. */
	sentMessageIds?: string[];
	cause?: unknown;
}

/** Plain fields for a failed item's JSON. */
export interface SendErrorDetails {
	message: string;
	kind: SendErrorKind;
	provider: Provider;
	httpStatus?: number;
	providerCode?: string | number;
	providerMessage?: string;
	retryable: boolean;
	outside24hWindow: boolean;
	field?: string;
	sentMessageIds?: string[];
}

export class SendError extends Error {
	readonly kind: SendErrorKind;
	readonly provider: Provider;
	readonly httpStatus?: number;
	readonly providerCode?: string | number;
	readonly providerMessage?: string;
	readonly retryable: boolean;
	readonly retryAfterMs?: number;
	readonly outside24hWindow: boolean;
	readonly field?: string;
	sentMessageIds?: string[];

	constructor(message: string, init: SendErrorInit) {
		super(message, init.cause === undefined ? undefined : { cause: init.cause });
		this.name = 'SendError';
		this.kind = init.kind;
		this.provider = init.provider;
		this.httpStatus = init.httpStatus;
		this.providerCode = init.providerCode;
		this.providerMessage = init.providerMessage;
		this.retryable = init.retryable ?? false;
		this.retryAfterMs = init.retryAfterMs;
		this.outside24hWindow = init.outside24hWindow ?? false;
		this.field = init.field;
		this.sentMessageIds = init.sentMessageIds;
	}

	details(): SendErrorDetails {
		const details: SendErrorDetails = {
			message: this.message,
			kind: this.kind,
			provider: this.provider,
			httpStatus: this.httpStatus,
			providerCode: this.providerCode,
			providerMessage: this.providerMessage,
			retryable: this.retryable,
			outside24hWindow: this.outside24hWindow,
			field: this.field,
			sentMessageIds: this.sentMessageIds,
		};
		return Object.fromEntries(Object.entries(details).filter(([, value]) => value !== undefined)) as SendErrorDetails;
	}
}

export function isSendError(error: unknown): error is SendError {
	return error instanceof SendError;
}

/** A request that breaks a WhatsApp limit; thrown before anything is sent. */
export function validationError(provider: Provider, field: string, message: string): SendError {
	return new SendError(message, { kind: 'validation', provider, field });
}

export function unsupportedOperation(provider: Provider, operation: string, hint: string): SendError {
	return new SendError(`${providerLabel(provider)} does not support ${operation}: ${hint}`, {
		kind: 'unsupported_operation',
		provider,
	});
}
