// One HTTP exchange with retries: 429, 5xx and lost connections are retried with the shared
// exponential backoff (a Retry-After hint wins), every other answer is final. Each provider only
// says how to read its error bodies.

import type { Provider } from '../../shared/message';
import { DEFAULT_RETRY_POLICY, parseRetryAfter, withRetry, type RetryPolicy } from '../../shared/retry';
import { isSendError, providerLabel, SendError } from './errors';
import type { HttpCall, HttpRequest, HttpResponse, RetryNotice } from './types';

/** What an error body says, in provider-neutral words. */
export interface ProviderFailure {
	code?: string | number;
	message?: string;
	/** Overrides the status-based decision (Graph rate limits arrive as HTTP 400). */
	retryable?: boolean;
	outside24hWindow?: boolean;
}

export interface ResponseClassifier {
	provider: Provider;
	/** Read the provider's error body; only called for non-2xx answers. */
	readFailure(body: unknown, status: number): ProviderFailure;
}

/** Parsed JSON for a JSON text body (some HTTP clients hand text back), undefined when empty. */
export function parseBody(body: unknown): unknown {
	if (typeof body !== 'string') return body;
	const text = body.trim();
	if (text === '') return undefined;
	if (!/^[[{"]/.test(text)) return body;
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return body;
	}
}

export function headerOf(headers: HttpResponse['headers'], name: string): string | undefined {
	const wanted = name.toLowerCase();
	for (const [key, value] of Object.entries(headers ?? {})) {
		if (key.toLowerCase() !== wanted || value === undefined) continue;
		return Array.isArray(value) ? value[0] : value;
	}
	return undefined;
}

export function isStatusRetryable(status: number): boolean {
	return status === 429 || status >= 500;
}

function describeRequest(request: HttpRequest): string {
	try {
		return `${request.method} ${new URL(request.url).pathname}`;
	} catch {
		return `${request.method} ${request.url}`;
	}
}

/** The SendError a response means, or undefined for a 2xx answer. Pure; unit-tested directly. */
export function failureOf(classifier: ResponseClassifier, request: HttpRequest, response: HttpResponse): SendError | undefined {
	const { status } = response;
	if (status >= 200 && status < 300) return undefined;
	const failure = classifier.readFailure(parseBody(response.body), status);
	const label = providerLabel(classifier.provider);
	// WAHA and Evolution repeat the HTTP status as their code; saying it twice helps nobody.
	const code = failure.code === undefined || String(failure.code) === String(status) ? '' : ` (code ${failure.code})`;
	const said = failure.message ? `: ${failure.message}` : '';
	const message = failure.outside24hWindow
		? `${label}: the 24-hour customer service window is closed${code}; only an approved template can reach this contact now${said}`
		: `${label} ${describeRequest(request)} failed with HTTP ${status}${code}${said}`;
	return new SendError(message, {
		kind: 'provider',
		provider: classifier.provider,
		httpStatus: status,
		providerCode: failure.code,
		providerMessage: failure.message,
		retryable: !failure.outside24hWindow && (failure.retryable ?? isStatusRetryable(status)),
		retryAfterMs: parseRetryAfter(headerOf(response.headers, 'retry-after')),
		outside24hWindow: failure.outside24hWindow ?? false,
	});
}

function networkError(provider: Provider, request: HttpRequest, cause: unknown): SendError {
	const reason = cause instanceof Error ? cause.message : String(cause);
	return new SendError(`${providerLabel(provider)} ${describeRequest(request)} got no answer: ${reason}`, {
		kind: 'network',
		provider,
		providerMessage: reason,
		retryable: true,
		cause,
	});
}

/**
 * Send `request`, retrying what a retry can fix. Resolves with the 2xx response; rejects with a
 * SendError (the last attempt's) otherwise.
 */
export async function callWithRetry(
	http: HttpCall,
	request: HttpRequest,
	policy: RetryPolicy | undefined,
	classifier: ResponseClassifier,
	onRetry?: (notice: RetryNotice) => void,
): Promise<HttpResponse> {
	return await withRetry(
		async () => {
			let response: HttpResponse;
			try {
				response = await http(request);
			} catch (error) {
				throw networkError(classifier.provider, request, error);
			}
			const failure = failureOf(classifier, request, response);
			if (failure) throw failure;
			return response;
		},
		(error) => (isSendError(error) ? { retryable: error.retryable, retryAfterMs: error.retryAfterMs } : { retryable: false }),
		policy ?? DEFAULT_RETRY_POLICY,
		onRetry,
	);
}
