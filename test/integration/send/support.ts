// An HttpCall on global fetch that adds the credential's headers the way n8n's
// httpRequestWithAuthentication does, so the providers are tested exactly as the node calls them.
import type { HttpCall, HttpResponse, RetryNotice, SendContext } from '../../../nodes/WhatsAppAiSend/providers/types';
import type { RetryPolicy } from '../../../nodes/shared/retry';

/** Short backoff so retry tests run quickly; a long ceiling so Retry-After hints are honoured whole. */
export const FAST_RETRY: RetryPolicy = { retries: 3, baseDelayMs: 20, maxDelayMs: 5_000 };

function parse(text: string): unknown {
	if (text === '') return undefined;
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return text;
	}
}

export function fetchHttpCall(authHeaders: Record<string, string>, timeoutMs = 5_000): HttpCall {
	return async (request) => {
		const headers = new Headers({ ...authHeaders, ...request.headers });
		let body: string | FormData | undefined;
		if (request.formData) {
			const form = new FormData();
			for (const [name, value] of Object.entries(request.formData)) {
				if (typeof value === 'string') form.append(name, value);
				else form.append(name, new Blob([value.data], { type: value.contentType }), value.filename);
			}
			body = form;
		} else if (request.body !== undefined) {
			headers.set('content-type', 'application/json');
			body = JSON.stringify(request.body);
		}
		const response = await fetch(request.url, { method: request.method, headers, body, signal: AbortSignal.timeout(timeoutMs) });
		const responseHeaders: HttpResponse['headers'] = {};
		response.headers.forEach((value, name) => (responseHeaders[name] = value));
		return { status: response.status, headers: responseHeaders, body: parse(await response.text()) };
	};
}

/** A context plus the retry notices it produced. */
export function contextFor(
	http: HttpCall,
	baseUrl: string,
	session: string,
	extra: Partial<SendContext> = {},
): SendContext & { retries: RetryNotice[] } {
	const retries: RetryNotice[] = [];
	return { http, baseUrl, session, retry: FAST_RETRY, onRetry: (notice) => retries.push(notice), retries, ...extra };
}

const SENTENCES = [
	'Olá! Aqui estão as orientações para o seu exame de amanhã.',
	'Faça jejum de oito horas e traga um documento com foto.',
	'Se usar medicação contínua, tome normalmente com pouca água?',
	'Chegue com quinze minutos de antecedência, por favor.',
];

/** A reply of `length` characters made of whole pt-BR sentences. */
export function longReply(length = 10_000): string {
	let text = '';
	for (let i = 0; text.length < length; i++) text += `${SENTENCES[i % SENTENCES.length]} `;
	return text.trimEnd();
}

/** Everything but white space, for comparing a text with its chunks. */
export const visible = (text: string) => text.replace(/\s+/g, '');
