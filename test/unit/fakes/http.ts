/** Minimal fetch wrapper for the fake tests: status, headers and parsed body in one object. */
export interface HttpResult {
	status: number;
	headers: Headers;
	text: string;
	body: unknown;
}

export async function http(url: string, init: RequestInit & { json?: unknown } = {}): Promise<HttpResult> {
	const { json, ...rest } = init;
	const headers = new Headers(rest.headers);
	if (json !== undefined) headers.set('content-type', 'application/json');
	const response = await fetch(url, { ...rest, headers, body: json !== undefined ? JSON.stringify(json) : rest.body });
	const text = await response.text();
	let body: unknown = text;
	try {
		body = text === '' ? undefined : (JSON.parse(text) as unknown);
	} catch {
		// not JSON; keep the text
	}
	return { status: response.status, headers: response.headers, text, body };
}

/** Resolves once `check` is true, polling; for waiting on a request the fake has not answered. */
export async function waitFor(check: () => boolean, timeoutMs = 2000): Promise<void> {
	const start = Date.now();
	while (!check()) {
		if (Date.now() - start > timeoutMs) throw new Error('waitFor timed out');
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}
