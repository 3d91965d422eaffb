// A stand-in for the stack's Chroma token proxy (docker/nginx/chroma-auth.conf.template), in front
// of the real Chroma of the integration run: /api/v2/heartbeat is open; every other path answers
// 401 unless `X-Chroma-Token` carries the token (an empty one never does); the token is not
// passed on. It can also serve Chroma under a path prefix, as a reverse proxy on a shared host.
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'http';
import type { AddressInfo, Socket } from 'net';

export interface ProxiedRequest {
	method: string;
	path: string;
	token: string | undefined;
	status: number;
}

export class TokenProxy {
	readonly requests: ProxiedRequest[] = [];
	private server?: Server;
	private readonly sockets = new Set<Socket>();

	constructor(
		private readonly upstream: string,
		private readonly token: string,
		private readonly prefix = '',
	) {}

	get url(): string {
		const address = this.server?.address() as AddressInfo | undefined;
		if (!address) throw new Error('TokenProxy is not started');
		return `http://127.0.0.1:${address.port}${this.prefix}`;
	}

	async start(): Promise<void> {
		const server = createServer((req, res) => this.handle(req, res));
		server.on('connection', (socket) => {
			this.sockets.add(socket);
			socket.on('close', () => this.sockets.delete(socket));
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		this.server = server;
	}

	async stop(): Promise<void> {
		for (const socket of this.sockets) socket.destroy();
		await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
	}

	private handle(req: IncomingMessage, res: ServerResponse): void {
		const header = req.headers['x-chroma-token'];
		const token = Array.isArray(header) ? header[0] : header;
		const full = req.url ?? '/';
		const record: ProxiedRequest = { method: req.method ?? 'GET', path: full, token, status: 0 };
		this.requests.push(record);
		const answer = (status: number, body: string) => {
			record.status = status;
			res.writeHead(status, { 'content-type': 'text/html' }).end(body);
		};
		if (!full.startsWith(`${this.prefix}/`)) return answer(404, '<html>404 Not Found</html>');
		const path = full.slice(this.prefix.length);
		const open = path.split('?')[0] === '/api/v2/heartbeat';
		if (!open && (token === undefined || token === '' || token !== this.token)) {
			return answer(401, '<html><head><title>401 Authorization Required</title></head></html>');
		}
		const headers = { ...req.headers };
		delete headers['x-chroma-token'];
		const target = new URL(path, this.upstream);
		headers.host = target.host;
		const upstream = httpRequest(target, { method: req.method, headers }, (reply) => {
			record.status = reply.statusCode ?? 502;
			res.writeHead(record.status, reply.headers);
			reply.pipe(res);
		});
		upstream.on('error', () => answer(502, '<html>502 Bad Gateway</html>'));
		req.pipe(upstream);
	}
}
