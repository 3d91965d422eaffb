// The one error type callers catch from the Gemini adapter, after retries ran out.

export type GeminiErrorKind = 'http' | 'timeout' | 'network' | 'invalid_request';

export class GeminiError extends Error {
	constructor(
		message: string,
		readonly kind: GeminiErrorKind,
		readonly status?: number,
		/** Google's RPC status, e.g. RESOURCE_EXHAUSTED, when the server sent one. */
		readonly rpcStatus?: string,
		readonly attempts: number = 1,
	) {
		super(message);
		this.name = 'GeminiError';
	}

	/** Worth retrying: overload, server errors, timeouts and dropped connections. */
	get retryable(): boolean {
		if (this.kind === 'timeout' || this.kind === 'network') return true;
		return this.status !== undefined && RETRYABLE_STATUSES.has(this.status);
	}
}

export const RETRYABLE_STATUSES = new Set([429, 500, 503, 504]);
