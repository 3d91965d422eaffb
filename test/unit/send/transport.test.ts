import { readGraphFailure } from '../../../nodes/WhatsAppAiSend/providers/cloud';
import { readNestFailure } from '../../../nodes/WhatsAppAiSend/providers/common';
import { SendError } from '../../../nodes/WhatsAppAiSend/providers/errors';
import { callWithRetry, failureOf, headerOf, parseBody, type ResponseClassifier } from '../../../nodes/WhatsAppAiSend/providers/transport';
import type { HttpCall, HttpRequest, HttpResponse } from '../../../nodes/WhatsAppAiSend/providers/types';

const graph: ResponseClassifier = { provider: 'cloud', readFailure: readGraphFailure };
const waha: ResponseClassifier = { provider: 'waha', readFailure: readNestFailure };
const evolution: ResponseClassifier = { provider: 'evolution', readFailure: readNestFailure };

const request: HttpRequest = { method: 'POST', url: 'https://graph.example/v23.0/123/messages', body: {} };
const answer = (status: number, body?: unknown, headers: HttpResponse['headers'] = {}): HttpResponse => ({ status, body, headers });
const graphError = (status: number, code: number, message: string, details?: string) =>
	answer(status, {
		error: {
			message,
			type: 'OAuthException',
			code,
			error_data: details ? { messaging_product: 'whatsapp', details } : undefined,
			fbtrace_id: 'A',
		},
	});

describe('failureOf: Graph error bodies', () => {
	it('passes 2xx answers', () => {
		expect(failureOf(graph, request, answer(200, { messages: [{ id: 'wamid.1' }] }))).toBeUndefined();
		expect(failureOf(waha, request, answer(201))).toBeUndefined();
	});

	it('reports 131047 as outside the 24-hour window, not retryable', () => {
		const error = failureOf(
			graph,
			request,
			graphError(
				400,
				131047,
				'(#131047) Re-engagement message',
				'Message failed to send because more than 24 hours have passed since the customer last replied to this number.',
			),
		)!;
		expect(error).toBeInstanceOf(SendError);
		expect(error).toMatchObject({
			kind: 'provider',
			provider: 'cloud',
			httpStatus: 400,
			providerCode: 131047,
			outside24hWindow: true,
			retryable: false,
		});
		expect(error.providerMessage).toContain('Re-engagement message');
		expect(error.providerMessage).toContain('more than 24 hours');
		expect(error.message).toContain('24-hour customer service window is closed');
		expect(error.message).toContain('template');
	});

	it.each([130429, 131056, 80007, 4])('retries rate-limit code %i even on HTTP 400', (code) => {
		expect(failureOf(graph, request, graphError(400, code, 'Rate limit hit'))).toMatchObject({ retryable: true, providerCode: code });
	});

	it('retries 429 and 5xx, not other 4xx', () => {
		expect(failureOf(graph, request, graphError(500, 131000, 'Something went wrong'))!.retryable).toBe(true);
		expect(failureOf(graph, request, graphError(503, 131016, 'Service unavailable'))!.retryable).toBe(true);
		expect(failureOf(graph, request, graphError(429, 130429, 'Rate limit hit'))!.retryable).toBe(true);
		const invalid = failureOf(graph, request, graphError(400, 100, '(#100) Invalid parameter', 'Param text[body] is required'))!;
		expect(invalid).toMatchObject({ retryable: false, providerCode: 100, outside24hWindow: false });
		expect(invalid.message).toBe(
			'WhatsApp Cloud API POST /v23.0/123/messages failed with HTTP 400 (code 100): (#100) Invalid parameter: Param text[body] is required',
		);
		expect(failureOf(graph, request, graphError(401, 190, 'Invalid OAuth access token'))!.retryable).toBe(false);
	});

	it('mentions a Graph subcode', () => {
		const body = { error: { message: 'Unsupported post request', code: 100, error_subcode: 33 } };
		expect(failureOf(graph, request, answer(400, body))!.providerMessage).toBe('Unsupported post request: subcode 33');
	});
});

describe('failureOf: NestJS error bodies (WAHA, Evolution)', () => {
	it('joins WAHA validation messages', () => {
		const error = failureOf(
			waha,
			request,
			answer(400, { statusCode: 400, message: ['chatId should not be empty', 'text should not be empty'], error: 'Bad Request' }),
		)!;
		expect(error).toMatchObject({ provider: 'waha', httpStatus: 400, providerCode: 400, retryable: false });
		expect(error.providerMessage).toBe('chatId should not be empty; text should not be empty');
		expect(error.message).toBe('WAHA POST /v23.0/123/messages failed with HTTP 400: chatId should not be empty; text should not be empty');
	});

	it('reads Evolution {status, error, response:{message}} bodies, nested lists included', () => {
		const error = failureOf(
			evolution,
			request,
			answer(404, { status: 404, error: 'Not Found', response: { message: ['The "x" instance does not exist'] } }),
		)!;
		expect(error.providerMessage).toBe('The "x" instance does not exist');
		expect(
			failureOf(
				evolution,
				request,
				answer(400, { status: 400, error: 'Bad Request', response: { message: [['instance requires property "text"']] } }),
			)!.providerMessage,
		).toBe('instance requires property "text"');
		expect(
			failureOf(
				evolution,
				request,
				answer(500, { status: 500, error: 'Internal Server Error', response: { message: 'Connection Closed' } }),
			)!,
		).toMatchObject({
			retryable: true,
			providerMessage: 'Connection Closed',
		});
	});

	it('keeps a plain-text error body and parses JSON that arrives as text', () => {
		expect(failureOf(waha, request, answer(502, '<html>Bad Gateway</html>'))!).toMatchObject({
			retryable: true,
			providerMessage: '<html>Bad Gateway</html>',
		});
		expect(failureOf(waha, request, answer(400, '{"statusCode":400,"message":"bad"}'))!.providerMessage).toBe('bad');
		expect(parseBody('')).toBeUndefined();
		expect(parseBody('{"a":1}')).toEqual({ a: 1 });
		expect(parseBody('ok')).toBe('ok');
	});
});

describe('Retry-After', () => {
	it('reads seconds and HTTP dates from any header spelling', () => {
		expect(failureOf(waha, request, answer(429, {}, { 'Retry-After': '3' }))!.retryAfterMs).toBe(3000);
		const inTwoSeconds = new Date(Date.now() + 2000).toUTCString();
		const fromDate = failureOf(waha, request, answer(503, {}, { 'retry-after': [inTwoSeconds] }))!.retryAfterMs!;
		expect(fromDate).toBeGreaterThan(0);
		expect(fromDate).toBeLessThanOrEqual(2000);
		expect(headerOf({ 'X-Other': 'a' }, 'retry-after')).toBeUndefined();
	});
});

describe('callWithRetry', () => {
	const fast = { retries: 3, baseDelayMs: 1, maxDelayMs: 2000 };

	function scripted(...answers: Array<HttpResponse | Error>): HttpCall & { calls: number } {
		const call = Object.assign(
			async (): Promise<HttpResponse> => {
				const next = answers[Math.min(call.calls++, answers.length - 1)];
				if (next instanceof Error) throw next;
				return next;
			},
			{ calls: 0 },
		);
		return call;
	}

	it('retries 500 and network errors, then returns the success', async () => {
		const http = scripted(answer(500, {}), new Error('ECONNRESET'), answer(200, { ok: 1 }));
		const notices: number[] = [];
		const response = await callWithRetry(http, request, fast, waha, (notice) => notices.push(notice.attempt));
		expect(response.body).toEqual({ ok: 1 });
		expect(http.calls).toBe(3);
		expect(notices).toEqual([1, 2]);
	});

	it('waits at least the Retry-After hint', async () => {
		const http = scripted(answer(429, {}, { 'retry-after': '0.2' }), answer(200, {}));
		const started = Date.now();
		await callWithRetry(http, request, fast, waha);
		expect(Date.now() - started).toBeGreaterThanOrEqual(195);
	});

	it('does not retry a 400 and rethrows it as a SendError', async () => {
		const http = scripted(answer(400, { statusCode: 400, message: 'bad' }), answer(200, {}));
		await expect(callWithRetry(http, request, fast, waha)).rejects.toMatchObject({ kind: 'provider', httpStatus: 400 });
		expect(http.calls).toBe(1);
	});

	it('gives up after the configured retries with the last error', async () => {
		const http = scripted(new Error('timeout'));
		const error = await callWithRetry(http, request, { ...fast, retries: 2 }, evolution).catch((e: unknown) => e);
		expect(error).toMatchObject({ kind: 'network', provider: 'evolution', retryable: true, providerMessage: 'timeout' });
		expect((error as Error).message).toBe('Evolution API POST /v23.0/123/messages got no answer: timeout');
		expect(http.calls).toBe(3);
	});
});
