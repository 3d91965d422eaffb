import { createServer } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** One request as the fake saw it. `status` is filled in once the fake has answered. */
export interface RecordedRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	headers: IncomingHttpHeaders;
	/** Parsed JSON when the body is JSON, the raw text otherwise, undefined when empty. */
	body: unknown;
	rawBody: string;
	/** The exact bytes, for binary bodies such as multipart uploads. */
	rawBytes: Buffer;
	at: number;
	status?: number;
}

/** What a route hands back; the base class writes it. */
export interface Reply {
	status: number;
	body?: unknown;
	headers?: Record<string, string>;
	/** Sent verbatim instead of JSON (media bytes, SSE). */
	raw?: string | Buffer;
	/** Written one by one, for streaming responses. */
	chunks?: string[];
}

export type PathMatcher = string | RegExp;

export interface FailOptions {
	status: number;
	/** Seconds; sent as a Retry-After header (and in provider-specific bodies where the provider does). */
	retryAfter?: number;
	/** Replaces the provider-format error body. */
	body?: unknown;
	/** How many matching requests the fault answers; default 1. Infinity keeps it forever. */
	times?: number;
	/** Only requests whose path matches (substring or regex) consume this fault. */
	match?: PathMatcher;
	/** Provider error code / message overrides (Graph `code`, Google `message`, ...). */
	code?: number;
	message?: string;
	headers?: Record<string, string>;
}

export interface HangOptions {
	times?: number;
	match?: PathMatcher;
}

type Fault = { kind: 'fail'; spec: FailOptions; left: number } | { kind: 'hang'; match?: PathMatcher; left: number };

export function json(status: number, body: unknown, headers?: Record<string, string>): Reply {
	return { status, body, headers };
}

export function pathMatches(path: string, matcher: PathMatcher): boolean {
	if (typeof matcher === 'string') return path.includes(matcher);
	matcher.lastIndex = 0; // a /g regex would otherwise remember its last position
	return matcher.test(path);
}

/**
 * Shared plumbing for the provider fakes: loopback listener, request log,
 * scripted faults (fail/hang/delay) and socket tracking so stop() never waits on hung requests.
 * Order per request: record -> delay -> authorize -> scripted fault -> route.
 */
export abstract class FakeServer {
	readonly requests: RecordedRequest[] = [];

	private server?: Server;
	private baseUrl?: string;
	private readonly sockets = new Set<Socket>();
	private readonly timers = new Set<NodeJS.Timeout>();
	private faults: Fault[] = [];
	private delayMs = 0;
	private readonly waiters = new Set<{ predicate: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }>();

	/** Resolves with the first request (already recorded or still to come) that matches. */
	async waitForRequest(predicate: (request: RecordedRequest) => boolean, timeoutMs = 10_000): Promise<RecordedRequest> {
		const seen = this.requests.find(predicate);
		if (seen) return seen;
		return await new Promise((resolve, reject) => {
			const waiter = {
				predicate,
				resolve: (request: RecordedRequest) => {
					clearTimeout(timer);
					resolve(request);
				},
			};
			const timer = setTimeout(() => {
				this.waiters.delete(waiter);
				reject(new Error(`${this.constructor.name}: no matching request within ${timeoutMs} ms`));
			}, timeoutMs);
			this.waiters.add(waiter);
		});
	}

	get url(): string {
		if (!this.baseUrl) throw new Error(`${this.constructor.name} is not started`);
		return this.baseUrl;
	}

	async start(): Promise<void> {
		if (this.server) return;
		const server = createServer((req, res) => void this.onRequest(req, res));
		server.on('connection', (socket) => {
			this.sockets.add(socket);
			socket.on('close', () => this.sockets.delete(socket));
		});
		await new Promise<void>((resolve, reject) => {
			server.once('error', reject);
			server.listen(0, '127.0.0.1', () => resolve());
		});
		this.server = server;
		this.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	}

	async stop(): Promise<void> {
		const server = this.server;
		if (!server) return;
		this.server = undefined;
		this.baseUrl = undefined;
		for (const timer of this.timers) clearTimeout(timer);
		this.timers.clear();
		// Hung and keep-alive sockets would keep close() waiting forever.
		for (const socket of this.sockets) socket.destroy();
		this.sockets.clear();
		await new Promise<void>((resolve) => server.close(() => resolve()));
	}

	/** Forget recorded requests and all scripted behaviour. Subclasses clear their own scripts too. */
	reset(): void {
		this.requests.length = 0;
		this.faults = [];
		this.delayMs = 0;
	}

	requestsTo(matcher: PathMatcher): RecordedRequest[] {
		return this.requests.filter((r) => (typeof matcher === 'string' ? r.path === matcher : pathMatches(r.path, matcher)));
	}

	/** Queue a fault answered in the provider's error format. */
	fail(options: FailOptions): this {
		this.faults.push({ kind: 'fail', spec: options, left: options.times ?? 1 });
		return this;
	}

	/** Queue requests that are never answered (for client timeouts); stop() still closes them. */
	hang(options: HangOptions = {}): this {
		this.faults.push({ kind: 'hang', match: options.match, left: options.times ?? 1 });
		return this;
	}

	/** Delay every response by ms (0 turns it off). */
	delay(ms: number): this {
		this.delayMs = ms;
		return this;
	}

	/** Pending scripted faults, useful to assert a test consumed what it scripted. */
	get pendingFaults(): number {
		return this.faults.length;
	}

	/** Provider-specific auth check; return a Reply to reject the request. */
	protected authorize(_req: RecordedRequest): Reply | undefined {
		return undefined;
	}

	/** Provider-specific error body for a scripted failure. */
	protected abstract faultReply(fault: FailOptions, req: RecordedRequest): Reply;

	protected abstract route(req: RecordedRequest): Reply | Promise<Reply>;

	private takeFault(path: string): Fault | undefined {
		const index = this.faults.findIndex((f) => {
			const match = f.kind === 'fail' ? f.spec.match : f.match;
			return match === undefined || pathMatches(path, match);
		});
		if (index < 0) return undefined;
		const fault = this.faults[index];
		fault.left -= 1;
		if (fault.left <= 0) this.faults.splice(index, 1);
		return fault;
	}

	private sleep(ms: number): Promise<void> {
		return new Promise((resolve) => {
			const timer = setTimeout(() => {
				this.timers.delete(timer);
				resolve();
			}, ms);
			this.timers.add(timer);
		});
	}

	private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
		let record: RecordedRequest;
		try {
			record = await this.recordRequest(req);
		} catch {
			res.destroy(); // client vanished mid-body
			return;
		}
		try {
			if (this.delayMs > 0) await this.sleep(this.delayMs);
			let reply = this.authorize(record);
			if (!reply) {
				const fault = this.takeFault(record.path);
				if (fault?.kind === 'hang') return; // never answered; the socket stays open until stop()
				if (fault) {
					reply = this.faultReply(fault.spec, record);
					if (fault.spec.retryAfter !== undefined) {
						reply.headers = { 'retry-after': String(fault.spec.retryAfter), ...reply.headers };
					}
					if (fault.spec.headers) reply.headers = { ...reply.headers, ...fault.spec.headers };
				}
			}
			reply ??= await this.route(record);
			this.writeReply(res, record, reply);
		} catch (error) {
			// A bug in the fake should be loud in the test, not a hang.
			this.writeReply(res, record, json(500, { fakeError: error instanceof Error ? error.stack : String(error) }));
		}
	}

	private async recordRequest(req: IncomingMessage): Promise<RecordedRequest> {
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		const rawBytes = Buffer.concat(chunks);
		const rawBody = rawBytes.toString('utf8');
		const url = new URL(req.url ?? '/', 'http://fake.local');
		const record: RecordedRequest = {
			method: req.method ?? 'GET',
			path: safeDecode(url.pathname),
			query: Object.fromEntries(url.searchParams),
			headers: req.headers,
			body: parseBody(rawBody),
			rawBody,
			rawBytes,
			at: Date.now(),
		};
		this.requests.push(record);
		for (const waiter of this.waiters) {
			if (!waiter.predicate(record)) continue;
			this.waiters.delete(waiter);
			waiter.resolve(record);
		}
		return record;
	}

	private writeReply(res: ServerResponse, record: RecordedRequest, reply: Reply): void {
		record.status = reply.status;
		if (res.destroyed) return; // client gave up (abort) while we were delaying
		const headers: Record<string, string> = { ...reply.headers };
		if (reply.chunks) {
			res.writeHead(reply.status, { 'content-type': 'text/event-stream', ...headers });
			for (const chunk of reply.chunks) res.write(chunk);
			res.end();
			return;
		}
		if (reply.raw !== undefined) {
			res.writeHead(reply.status, { 'content-type': 'application/octet-stream', ...headers });
			res.end(reply.raw);
			return;
		}
		if (reply.body === undefined) {
			res.writeHead(reply.status, { 'content-length': '0', ...headers });
			res.end();
			return;
		}
		res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...headers });
		res.end(JSON.stringify(reply.body));
	}
}

function safeDecode(path: string): string {
	try {
		return decodeURIComponent(path);
	} catch {
		return path;
	}
}

function parseBody(raw: string): unknown {
	if (raw === '') return undefined;
	try {
		return JSON.parse(raw) as unknown;
	} catch {
		return raw;
	}
}

/** Narrowing helpers shared by the validators. */
export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function nonEmptyString(value: unknown): value is string {
	return typeof value === 'string' && value.trim() !== '';
}
