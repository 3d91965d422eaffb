// POSTs a signed webhook to n8n and reports what came back, so the page can show a 401 when the
// secrets differ from n8n's credential instead of a message that silently goes nowhere.

import type { Delivery } from '../types';
import type { SignedWebhook } from './sign';

/** Keeps the start of n8n's error body: enough to read the reason, never a whole HTML page. */
const ERROR_EXCERPT = 300;

export async function deliver(url: string, webhook: SignedWebhook, timeoutMs: number): Promise<Delivery> {
	const at = new Date().toISOString();
	try {
		const response = await fetch(url, {
			method: 'POST',
			headers: webhook.headers,
			body: webhook.raw,
			redirect: 'manual',
			signal: AbortSignal.timeout(timeoutMs),
		});
		const text = await response.text();
		const ok = response.status >= 200 && response.status < 300;
		const delivery: Delivery = { url, status: response.status, ok, at };
		if (!ok) delivery.error = excerpt(text) || response.statusText || `HTTP ${response.status}`;
		return delivery;
	} catch (error) {
		return { url, ok: false, error: reasonOf(error), at };
	}
}

function excerpt(text: string): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > ERROR_EXCERPT ? `${flat.slice(0, ERROR_EXCERPT)}…` : flat;
}

/** fetch hides the socket error ("ECONNREFUSED") in `cause`; that is the useful part. */
function reasonOf(error: unknown): string {
	// Duck-typed rather than `instanceof Error`: fetch's errors may come from another realm.
	const failure = error as { name?: string; message?: string; cause?: { code?: string; message?: string } } | undefined;
	if (typeof failure?.message !== 'string') return String(error);
	if (failure.name === 'TimeoutError') return 'no answer in time (timeout)';
	const detail = failure.cause?.code ?? failure.cause?.message;
	return detail ? `${failure.message} (${detail})` : failure.message;
}
