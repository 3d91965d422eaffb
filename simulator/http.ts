// HTTP plumbing on node:http: reading a bounded body, the reply shape every route returns, and
// writing it. Routes are plain functions from a request to a reply, so they are easy to test.

import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';

export interface SimRequest {
	method: string;
	/** The path inside the provider (its prefix removed), percent-decoded. */
	path: string;
	query: URLSearchParams;
	headers: IncomingHttpHeaders;
	body: Buffer;
}

export interface Reply {
	status: number;
	/** Sent as JSON. */
	body?: unknown;
	/** Sent as is (files, the page). */
	raw?: Buffer | string;
	headers?: Record<string, string>;
}

export type Handler = (request: SimRequest) => Reply | Promise<Reply>;

export function json(status: number, body: unknown, headers?: Record<string, string>): Reply {
	return { status, body, headers };
}

/** An answer with no body, as WAHA gives for receipts and typing. */
export const empty = (status: number): Reply => ({ status });

export class BodyTooLargeError extends Error {
	constructor(readonly limit: number) {
		super(`the request body is larger than ${limit} bytes`);
	}
}

/** The whole body, refusing more than `limit` bytes without buffering them. */
export async function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
	const declared = Number(request.headers['content-length']);
	if (Number.isFinite(declared) && declared > limit) throw new BodyTooLargeError(limit);
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of request) {
		size += (chunk as Buffer).length;
		if (size > limit) throw new BodyTooLargeError(limit);
		chunks.push(chunk as Buffer);
	}
	return Buffer.concat(chunks);
}

export type JsonBody = { ok: true; value: unknown } | { ok: false; reason: string };

/** The body as JSON; an empty body is `undefined`, which each route validates like a missing field. */
export function jsonBody(request: SimRequest): JsonBody {
	const text = request.body.toString('utf8').trim();
	if (text === '') return { ok: true, value: undefined };
	try {
		return { ok: true, value: JSON.parse(text) as unknown };
	} catch (error) {
		return { ok: false, reason: error instanceof Error ? error.message : 'invalid JSON' };
	}
}

export type Json = Record<string, unknown>;

export function isRecord(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function nonEmptyString(value: unknown): value is string {
	return typeof value === 'string' && value.trim() !== '';
}

export function writeReply(response: ServerResponse, reply: Reply): void {
	if (response.headersSent || response.destroyed) return;
	const headers: Record<string, string> = { 'cache-control': 'no-store', ...reply.headers };
	if (reply.raw !== undefined) {
		response.writeHead(reply.status, { 'content-type': 'application/octet-stream', ...headers });
		response.end(reply.raw);
		return;
	}
	if (reply.body === undefined) {
		response.writeHead(reply.status, { 'content-length': '0', ...headers });
		response.end();
		return;
	}
	response.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...headers });
	response.end(JSON.stringify(reply.body));
}

/** Cancellable waits, so requests the simulator holds on purpose (Evolution presence) end with stop(). */
export class Sleeper {
	private readonly pending = new Map<NodeJS.Timeout, () => void>();

	sleep(ms: number): Promise<void> {
		return new Promise((resolve) => {
			const timer = setTimeout(() => {
				this.pending.delete(timer);
				resolve();
			}, ms);
			this.pending.set(timer, resolve);
		});
	}

	cancelAll(): void {
		for (const [timer, resolve] of this.pending) {
			clearTimeout(timer);
			resolve();
		}
		this.pending.clear();
	}
}
