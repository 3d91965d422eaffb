// One HTTP exchange for an address that a webhook payload named (or that came back from an API
// because of one): the caller says which origins may be contacted, and nothing else is, before
// connecting or after a redirect, so credentials never travel to a host the payload chose. The
// body is read as a stream and cut off at the byte cap, and one deadline covers the whole
// exchange, so neither a huge file nor a silent server can hold an execution.

export type FetchFailureKind = 'refused' | 'too_large' | 'timeout' | 'http' | 'network';

export class BoundedFetchError extends Error {
	constructor(
		message: string,
		readonly kind: FetchFailureKind,
		readonly httpStatus?: number,
	) {
		super(message);
		this.name = 'BoundedFetchError';
	}
}

export interface BoundedRequest {
	url: string;
	method?: 'GET' | 'POST';
	headers?: Record<string, string>;
	/** JSON text for POST. */
	body?: string;
	/** The most bytes the body may have; a larger one is abandoned while it streams. */
	maxBytes: number;
	/** Deadline for connecting, every redirect and the whole body. */
	timeoutMs: number;
	/** Whether a URL may be contacted at all (checked on the first URL and on every redirect). */
	isAllowed: (url: URL) => boolean;
	/** Redirects followed, only to allowed URLs and only for GET; default 3. */
	maxRedirects?: number;
}

export interface BoundedResponse {
	status: number;
	/** The URL that answered, after redirects. */
	url: string;
	contentType?: string;
	data: Buffer;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Only the origin: never echo a payload's path or query (it may carry tokens) into errors or logs. */
function originOf(url: URL): string {
	return url.origin;
}

function checkedUrl(text: string, base: URL | undefined, isAllowed: (url: URL) => boolean): URL {
	let url: URL;
	try {
		url = new URL(text, base);
	} catch {
		throw new BoundedFetchError('not a valid URL', 'refused');
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		throw new BoundedFetchError(`scheme ${url.protocol} is not fetched`, 'refused');
	}
	if (url.username || url.password) throw new BoundedFetchError('URLs with credentials are not fetched', 'refused');
	if (!isAllowed(url)) throw new BoundedFetchError(`${originOf(url)} is not an allowed origin`, 'refused');
	return url;
}

export async function boundedFetch(request: BoundedRequest): Promise<BoundedResponse> {
	const method = request.method ?? 'GET';
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), request.timeoutMs);
	timer.unref?.();
	let url = checkedUrl(request.url, undefined, request.isAllowed);
	try {
		for (let redirects = 0; ; redirects++) {
			const response = await send(url, method, request, controller.signal);
			if (REDIRECTS.has(response.status)) {
				await response.body?.cancel().catch(() => undefined);
				const location = response.headers.get('location');
				if (method !== 'GET' || !location)
					throw new BoundedFetchError(`${originOf(url)} answered ${response.status} without a usable redirect`, 'http', response.status);
				if (redirects >= (request.maxRedirects ?? 3)) throw new BoundedFetchError('too many redirects', 'refused');
				url = checkedUrl(location, url, request.isAllowed);
				continue;
			}
			if (response.status < 200 || response.status >= 300) {
				await response.body?.cancel().catch(() => undefined);
				throw new BoundedFetchError(`${originOf(url)} answered HTTP ${response.status}`, 'http', response.status);
			}
			const data = await readCapped(response, request.maxBytes, controller);
			return { status: response.status, url: url.toString(), contentType: response.headers.get('content-type') ?? undefined, data };
		}
	} catch (error) {
		if (error instanceof BoundedFetchError) throw error;
		if (controller.signal.aborted) throw new BoundedFetchError(`no complete answer within ${request.timeoutMs} ms`, 'timeout');
		throw new BoundedFetchError(`${originOf(url)} could not be reached`, 'network');
	} finally {
		clearTimeout(timer);
	}
}

async function send(url: URL, method: string, request: BoundedRequest, signal: AbortSignal): Promise<Response> {
	return await fetch(url, {
		method,
		headers: { ...(request.body === undefined ? {} : { 'content-type': 'application/json' }), ...request.headers },
		body: request.body,
		redirect: 'manual',
		signal,
	});
}

async function readCapped(response: Response, maxBytes: number, controller: AbortController): Promise<Buffer> {
	const declared = Number(response.headers.get('content-length'));
	if (Number.isFinite(declared) && declared > maxBytes) {
		controller.abort();
		throw tooLarge(`${declared} bytes`, maxBytes);
	}
	const chunks: Buffer[] = [];
	let total = 0;
	if (!response.body) return Buffer.alloc(0);
	for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
		total += chunk.byteLength;
		if (total > maxBytes) {
			controller.abort();
			throw tooLarge(`more than ${maxBytes} bytes`, maxBytes);
		}
		chunks.push(Buffer.from(chunk));
	}
	return Buffer.concat(chunks, total);
}

function tooLarge(size: string, maxBytes: number): BoundedFetchError {
	return new BoundedFetchError(`the file is ${size}, above the ${maxBytes}-byte limit`, 'too_large');
}

/** An isAllowed predicate for exactly the origins given (scheme, host and port must all match). */
export function sameOriginAs(...bases: string[]): (url: URL) => boolean {
	const origins = new Set(bases.map((base) => new URL(base).origin));
	return (url) => origins.has(url.origin);
}
