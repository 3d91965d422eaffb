// One HTTP listener for everything: the page and its API under /sim, live updates over
// Server-Sent Events, and the three providers' APIs under /waha, /cloud and /evolution, which
// n8n's credentials use as their base URL.

import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Socket } from 'node:net';
import { BodyTooLargeError, isRecord, json, readBody, writeReply, type Reply, type SimRequest } from './http';
import type { Simulator } from './simulator';
import { isProvider, PROVIDERS, SimulatorError, type Chat, type ChatMessage, type Provider } from './types';

const PUBLIC_DIR = join(__dirname, 'public');
const STATIC_FILES: Record<string, { file: string; type: string }> = {
	'/': { file: 'index.html', type: 'text/html; charset=utf-8' },
	'/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
	'/style.css': { file: 'style.css', type: 'text/css; charset=utf-8' },
};

// The page runs only its own script; media may come from the URLs n8n sent.
const PAGE_HEADERS = {
	'content-security-policy':
		"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob: http: https:; media-src 'self' data: blob: http: https:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'no-referrer',
};

/** JSON bodies of the page API are small; files have their own limit. */
const PAGE_JSON_BYTES = 1024 * 1024;
const SSE_HEARTBEAT_MS = 15_000;
const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export interface RunningServer {
	server: Server;
	url: string;
	close(): Promise<void>;
}

export async function listen(simulator: Simulator, port: number, host: string): Promise<RunningServer> {
	const sockets = new Set<Socket>();
	const streams = new Set<ServerResponse>();
	const server = createServer((request, response) => {
		void handle(simulator, streams, request, response).catch((error: unknown) => {
			writeReply(response, json(500, { error: error instanceof Error ? error.message : String(error) }));
		});
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => resolve());
	});
	const address = server.address();
	const boundPort = typeof address === 'object' && address ? address.port : port;
	const shownHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
	const heartbeat = setInterval(() => {
		for (const stream of streams) stream.write(': keep-alive\n\n');
	}, SSE_HEARTBEAT_MS);
	heartbeat.unref();
	return {
		server,
		url: `http://${shownHost}:${boundPort}`,
		async close() {
			clearInterval(heartbeat);
			for (const stream of streams) stream.end();
			streams.clear();
			// Held (Evolution presence) and kept-alive sockets would keep close() waiting.
			for (const socket of sockets) socket.destroy();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}

async function handle(
	simulator: Simulator,
	streams: Set<ServerResponse>,
	request: IncomingMessage,
	response: ServerResponse,
): Promise<void> {
	const url = new URL(request.url ?? '/', 'http://simulator.local');
	let path: string;
	try {
		path = decodeURIComponent(url.pathname);
	} catch {
		writeReply(response, json(400, { error: 'the path is not valid percent-encoding' }));
		return;
	}
	const method = request.method ?? 'GET';
	const prefix = PROVIDERS.find((provider) => path === `/${provider}` || path.startsWith(`/${provider}/`));
	if (prefix) {
		await handleProvider(simulator, prefix, method, path.slice(prefix.length + 1) || '/', url.searchParams, request, response);
		return;
	}
	if (!hostAllowed(simulator, request)) {
		writeReply(response, json(403, { error: 'this host name is not allowed; open the simulator at its own address' }));
		return;
	}
	const page = STATIC_FILES[path];
	if (page && method === 'GET') {
		const body = await readFile(join(PUBLIC_DIR, page.file));
		writeReply(response, { status: 200, raw: body, headers: { 'content-type': page.type, ...PAGE_HEADERS } });
		return;
	}
	if (path === '/sim/events' && method === 'GET') {
		openStream(simulator, streams, request, response);
		return;
	}
	const media = /^\/sim\/media\/([0-9a-f]{24})$/.exec(path);
	if (media && method === 'GET') {
		const file = simulator.store.files.get(media[1]);
		const reply: Reply = file
			? {
					status: 200,
					raw: file.data,
					headers: {
						'content-type': file.mimeType,
						'x-content-type-options': 'nosniff',
						'content-security-policy': "default-src 'none'; sandbox",
					},
				}
			: json(404, { error: 'no such file' });
		writeReply(response, reply);
		return;
	}
	if (path.startsWith('/sim/api/')) {
		writeReply(response, await pageApi(simulator, method, path.slice('/sim/api'.length), url.searchParams, request));
		return;
	}
	writeReply(response, json(404, { error: `nothing at ${method} ${path}` }));
}

async function handleProvider(
	simulator: Simulator,
	provider: Provider,
	method: string,
	path: string,
	query: URLSearchParams,
	request: IncomingMessage,
	response: ServerResponse,
): Promise<void> {
	// Base64 in JSON is 4/3 of the file, plus the JSON around it.
	const limit = Math.ceil((simulator.config.maxUploadBytes * 4) / 3) + 1024 * 1024;
	let body: Buffer;
	try {
		body = await readBody(request, limit);
	} catch (error) {
		if (!(error instanceof BodyTooLargeError)) throw error;
		writeReply(response, json(413, { error: error.message }));
		return;
	}
	const simRequest: SimRequest = { method, path, query, headers: request.headers, body };
	const reply = await simulator.handlers[provider](simRequest);
	simulator.logRequest(provider, method, path, reply.status, body);
	writeReply(response, reply);
}

/**
 * Behind a DNS name that points at 127.0.0.1, any web site could read and drive the page; a
 * loopback listener therefore answers only to loopback names (and the configured public URL).
 */
function hostAllowed(simulator: Simulator, request: IncomingMessage): boolean {
	const { host } = simulator.config;
	if (host === '0.0.0.0' || host === '::') return true;
	const given = (request.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
	const allowed = new Set([...LOOPBACK_NAMES, host.toLowerCase()]);
	if (simulator.config.publicUrl) allowed.add(new URL(simulator.config.publicUrl).hostname.toLowerCase());
	return allowed.has(given);
}

function openStream(simulator: Simulator, streams: Set<ServerResponse>, request: IncomingMessage, response: ServerResponse): void {
	response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
	const send = (event: string, data: unknown) => response.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
	// The whole state first, so a page that (re)connects never misses what happened meanwhile.
	send('state', pageState(simulator));
	const unsubscribe = [
		simulator.on('chat', (chat: Chat) => send('chat', { chat })),
		simulator.on('message', (message: ChatMessage) => send('message', { message })),
		simulator.on('removed', (chatId: string) => send('removed', { chatId })),
		simulator.on('cleared', () => send('state', pageState(simulator))),
	];
	streams.add(response);
	request.on('close', () => {
		streams.delete(response);
		for (const stop of unsubscribe) stop();
	});
}

/** What the page shows: the chats, and per provider where messages go (never a secret). */
export function pageState(simulator: Simulator) {
	const { config, providerUrls, registry } = simulator;
	const providers = Object.fromEntries(
		PROVIDERS.map((provider) => [
			provider,
			{
				baseUrl: providerUrls[provider],
				session: provider === 'waha' ? config.waha.session : provider === 'cloud' ? config.cloud.phoneNumberId : config.evolution.instance,
				webhooks: registry
					.targets(provider)
					.map((target) => ({ url: target.url, registered: target.registered, signed: provider === 'evolution' || !!target.secret })),
			},
		]),
	);
	return {
		business: { phone: config.businessPhone, name: config.businessName },
		maxUploadBytes: config.maxUploadBytes,
		providers,
		chats: simulator.chats(),
	};
}

async function pageApi(
	simulator: Simulator,
	method: string,
	path: string,
	query: URLSearchParams,
	request: IncomingMessage,
): Promise<Reply> {
	// A custom header cannot be sent cross-site without a CORS preflight, which is never granted.
	if (method !== 'GET' && request.headers['x-simulator'] !== '1') return json(403, { error: 'missing X-Simulator header' });
	try {
		return await pageRoute(simulator, method, path, query, request);
	} catch (error) {
		if (error instanceof SimulatorError) return json(error.status, { error: error.message });
		if (error instanceof BodyTooLargeError) return json(413, { error: `the file is larger than ${error.limit} bytes` });
		throw error;
	}
}

async function pageRoute(
	simulator: Simulator,
	method: string,
	path: string,
	query: URLSearchParams,
	request: IncomingMessage,
): Promise<Reply> {
	if (method === 'GET' && path === '/state') return json(200, pageState(simulator));
	if (method === 'POST' && path === '/cloud/verify') return json(200, await simulator.verifyCloudWebhook());
	if (method === 'POST' && path === '/chats') {
		const body = await jsonOf(request);
		return json(201, {
			chat: simulator.openChat(body.provider as Provider, String(body.phone ?? ''), typeof body.name === 'string' ? body.name : undefined),
		});
	}
	const match = /^\/chats\/(waha|cloud|evolution):(\d+)(?:\/(text|media|choose|expire-window))?$/.exec(path);
	if (!match || !isProvider(match[1])) return json(404, { error: `nothing at ${method} /sim/api${path}` });
	const [, provider, phone, action] = match as unknown as [string, Provider, string, string | undefined];
	if (!simulator.chat(provider, phone)) return json(404, { error: `there is no ${provider} chat with ${phone}` });
	if (method === 'DELETE' && action === undefined) {
		simulator.closeChat(provider, phone);
		return { status: 204 };
	}
	if (method !== 'POST') return json(405, { error: `${method} is not allowed here` });
	if (action === 'text') {
		const body = await jsonOf(request);
		const replyTo = typeof body.replyTo === 'string' && body.replyTo ? body.replyTo : undefined;
		return json(201, { message: await simulator.say(provider, phone, String(body.text ?? ''), { replyTo }) });
	}
	if (action === 'choose') {
		const body = await jsonOf(request);
		const messageId = typeof body.messageId === 'string' ? body.messageId : undefined;
		return json(201, { message: await simulator.clickButton(provider, phone, String(body.option ?? ''), messageId) });
	}
	if (action === 'expire-window') {
		if (provider !== 'cloud') throw new SimulatorError('only the Cloud API has a 24-hour window');
		return json(200, { chat: simulator.expireWindow(phone) });
	}
	// The file is the raw body, so 16 MB stay 16 MB on the wire.
	const bytes = await readBody(request, simulator.config.maxUploadBytes);
	const mimeType = String(request.headers['content-type'] ?? '').trim() || 'application/octet-stream';
	const message = await simulator.sendMedia(provider, phone, {
		bytes,
		mimeType,
		filename: query.get('filename') || undefined,
		caption: query.get('caption') || undefined,
		voice: query.has('voice') ? query.get('voice') === 'true' : undefined,
	});
	return json(201, { message });
}

async function jsonOf(request: IncomingMessage): Promise<Record<string, unknown>> {
	const raw = await readBody(request, PAGE_JSON_BYTES);
	try {
		const value: unknown = JSON.parse(raw.toString('utf8') || '{}');
		if (isRecord(value)) return value;
	} catch {
		// answered below
	}
	throw new SimulatorError('the body must be a JSON object');
}
