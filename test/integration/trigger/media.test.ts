import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { InboundMessage } from '../../../nodes/shared/message';
import { downloadMedia, MediaDownloadError } from '../../../nodes/WhatsAppAiTrigger/media';
import { EvolutionFake } from '../../fakes/evolutionFake';
import { GraphFake } from '../../fakes/graphFake';
import { WahaFake } from '../../fakes/wahaFake';

// The trigger's media download against each provider's fake, and against the attacks a forged
// payload could try: another host named in media.url, a redirect off the provider, a file far
// above the limit, a server that never answers.
const waha = new WahaFake({ apiKey: 'waha-key' });
const graph = new GraphFake({ accessToken: 'graph-token', phoneNumberId: '1', apiVersion: 'v23.0' });
const evolution = new EvolutionFake({ apiKey: 'evo-key', instance: 'clinic' });

/** A host an attacker controls: records whatever reaches it, and can stream or stall. */
class Bystander {
	readonly seen: { path: string; headers: IncomingHttpHeaders }[] = [];
	bytesWritten = 0;
	private server?: Server;
	private readonly sockets = new Set<Socket>();
	constructor(
		private readonly handle: (
			bystander: Bystander,
			path: string,
			write: (chunk: Buffer) => boolean,
			end: () => void,
			status: (code: number, headers?: Record<string, string>) => void,
			drained: (then: () => void) => void,
		) => void = (_b, _p, _w, end) => end(),
	) {}
	get url(): string {
		return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
	}
	async start(): Promise<void> {
		this.server = createServer((req, res) => {
			this.seen.push({ path: req.url ?? '', headers: req.headers });
			this.handle(
				this,
				req.url ?? '',
				(chunk) => {
					this.bytesWritten += chunk.length;
					return res.write(chunk);
				},
				() => res.end(),
				(code, headers) => res.writeHead(code, headers),
				(then) => res.once('drain', then),
			);
			res.on('error', () => undefined);
		});
		this.server.on('connection', (socket) => {
			this.sockets.add(socket);
			socket.on('close', () => this.sockets.delete(socket));
		});
		await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
	}
	async stop(): Promise<void> {
		for (const socket of this.sockets) socket.destroy();
		await new Promise<void>((resolve) => this.server?.close(() => resolve()));
	}
}

const attacker = new Bystander((_self, _path, write, end, status) => {
	status(200, { 'content-type': 'text/plain' });
	write(Buffer.from('secret metadata'));
	end();
});
const MIB = 1024 * 1024;
/** 40 MiB in 64 KiB chunks without a Content-Length, honouring backpressure: after a full write it waits for 'drain'. */
const flood = new Bystander((self, _path, write, end, status, drained) => {
	status(200, { 'content-type': 'video/mp4' });
	const chunk = Buffer.alloc(64 * 1024, 1);
	let sent = 0;
	const pump = () => {
		while (sent < 40 * MIB) {
			sent += chunk.length;
			if (!write(chunk)) return drained(pump);
		}
		end();
	};
	pump();
	void self;
});
const silent = new Bystander(() => undefined);

beforeAll(async () => await Promise.all([waha.start(), graph.start(), evolution.start(), attacker.start(), flood.start(), silent.start()]));
afterAll(async () => await Promise.all([waha.stop(), graph.stop(), evolution.stop(), attacker.stop(), flood.stop(), silent.stop()]));
beforeEach(() => {
	waha.reset();
	attacker.seen.length = 0;
});

const bytes = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]);
const limits = { maxBytes: 1_000, timeoutMs: 5_000 };
const wahaCredentials = () => ({ baseUrl: waha.url, apiKey: 'waha-key' });
const message = (extra: Partial<InboundMessage>): InboundMessage => ({
	event: 'message',
	provider: 'waha',
	tenant: 't',
	session: 'default',
	conversationKey: 't:waha:default:5511999990000',
	messageId: 'm1',
	chatId: '5511999990000@c.us',
	phone: '5511999990000',
	type: 'image',
	text: '',
	timestamp: '2026-11-21T10:00:00.000Z',
	isGroup: false,
	...extra,
});

async function failure(promise: Promise<unknown>): Promise<MediaDownloadError> {
	const error = await promise.then(
		() => undefined,
		(reason: unknown) => reason,
	);
	expect(error).toBeInstanceOf(MediaDownloadError);
	return error as MediaDownloadError;
}

describe('downloadMedia from WAHA', () => {
	it('fetches a WAHA file URL with the API key', async () => {
		waha.files.set('default/photo.jpeg', { data: bytes, mimetype: 'image/jpeg' });
		const media = await downloadMedia(
			message({ media: { url: `${waha.url}/api/files/default/photo.jpeg`, mimetype: 'image/jpeg' } }),
			wahaCredentials(),
			limits,
		);
		expect(media).toEqual({ data: bytes, mimeType: 'image/jpeg', fileName: 'image-m1.jpg' });
	});

	it('asks the configured WAHA for the file whatever host the payload names, so the key never leaves', async () => {
		waha.files.set('default/photo.jpeg', { data: bytes, mimetype: 'image/jpeg' });
		const media = await downloadMedia(
			message({ media: { url: `${attacker.url}/api/files/default/photo.jpeg` } }),
			wahaCredentials(),
			limits,
		);
		expect(media?.data).toEqual(bytes);
		expect(attacker.seen).toEqual([]);
		expect(waha.requestsTo('/api/files/default/photo.jpeg')).toHaveLength(1);
	});

	it("refuses a payload URL outside WAHA's files before connecting, the same way for open and closed ports", async () => {
		const open = await failure(
			downloadMedia(message({ media: { url: `${attacker.url}/latest/meta-data/iam` } }), wahaCredentials(), limits),
		);
		const closed = await failure(
			downloadMedia(message({ media: { url: 'http://127.0.0.1:9/latest/meta-data/iam' } }), wahaCredentials(), limits),
		);
		expect(open.kind).toBe('refused');
		expect(closed.message).toBe(open.message);
		expect(attacker.seen).toEqual([]);
		expect(waha.requests).toEqual([]);
	});

	it('never follows a redirect off the WAHA origin', async () => {
		waha.fail({ status: 302, headers: { location: `${attacker.url}/latest/meta-data/iam` }, match: '/api/files/' });
		const error = await failure(
			downloadMedia(message({ media: { url: `${waha.url}/api/files/default/photo.jpeg` } }), wahaCredentials(), limits),
		);
		expect(error).toMatchObject({ kind: 'refused', message: `${attacker.url} is not an allowed origin` });
		expect(attacker.seen).toEqual([]);
	});

	it('follows a redirect that stays on the WAHA origin', async () => {
		waha.files.set('default/moved.jpeg', { data: bytes, mimetype: 'image/jpeg' });
		waha.fail({ status: 307, headers: { location: '/api/files/default/moved.jpeg' }, match: '/api/files/default/old.jpeg' });
		const media = await downloadMedia(message({ media: { url: `${waha.url}/api/files/default/old.jpeg` } }), wahaCredentials(), limits);
		expect(media?.data).toEqual(bytes);
	});

	it('stops reading a 40 MiB body at the 1 MiB limit instead of loading it whole', async () => {
		const error = await failure(
			downloadMedia(
				message({ media: { url: `${flood.url}/api/files/default/movie.mp4` } }),
				{ baseUrl: flood.url, apiKey: 'k' },
				{ maxBytes: MIB, timeoutMs: 10_000 },
			),
		);
		expect(error.kind).toBe('too_large');
		// What the server managed to write before the connection was dropped: socket buffers, not 40 MiB.
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect(flood.bytesWritten).toBeLessThan(12 * MIB);
	});

	it('gives up on a server that never answers, at the timeout', async () => {
		const started = Date.now();
		const error = await failure(
			downloadMedia(
				message({ media: { url: `${silent.url}/api/files/default/x.jpeg` } }),
				{ baseUrl: silent.url, apiKey: 'k' },
				{ maxBytes: MIB, timeoutMs: 400 },
			),
		);
		expect(error).toMatchObject({ kind: 'timeout', message: 'no complete answer within 400 ms' });
		expect(Date.now() - started).toBeLessThan(3_000);
	});
});

describe('downloadMedia from the Cloud API', () => {
	const cloudCredentials = (baseUrl = graph.url) => ({ baseUrl, accessToken: 'graph-token', apiVersion: 'v23.0' });

	it('resolves a media id, then downloads it with the bearer token', async () => {
		const id = graph.addMedia({ bytes, mimeType: 'image/jpeg' });
		const media = await downloadMedia(message({ provider: 'cloud', media: { id, mimetype: 'image/jpeg' } }), cloudCredentials(), limits);
		expect(media?.data).toEqual(bytes);
	});

	it('refuses media above the size limit the Graph API announces', async () => {
		const id = graph.addMedia({ bytes: Buffer.alloc(2_000), mimeType: 'video/mp4' });
		expect(
			(await failure(downloadMedia(message({ provider: 'cloud', type: 'video', media: { id } }), cloudCredentials(), limits))).kind,
		).toBe('too_large');
	});

	it("does not send the token to a download URL outside the Graph API and Meta's media hosts", async () => {
		// A Graph API stand-in whose answer points elsewhere.
		const lying = new Bystander((_self, _path, write, end, status) => {
			status(200, { 'content-type': 'application/json' });
			write(Buffer.from(JSON.stringify({ url: `${attacker.url}/steal`, mime_type: 'image/jpeg' })));
			end();
		});
		await lying.start();
		try {
			const error = await failure(downloadMedia(message({ provider: 'cloud', media: { id: '123' } }), cloudCredentials(lying.url), limits));
			expect(error.kind).toBe('refused');
			expect(attacker.seen).toEqual([]);
		} finally {
			await lying.stop();
		}
	});
});

describe('downloadMedia from Evolution API', () => {
	const evolutionCredentials = { baseUrl: '', apiKey: 'evo-key', instance: 'clinic' };

	it('asks Evolution API for the base64 of the message', async () => {
		evolution.media.set('3EB0AA', { base64: bytes.toString('base64'), mimetype: 'image/jpeg' });
		const media = await downloadMedia(
			message({ provider: 'evolution', messageId: '3EB0AA', media: { id: '3EB0AA', mimetype: 'image/jpeg' } }),
			{ ...evolutionCredentials, baseUrl: evolution.url },
			limits,
		);
		expect(media?.data).toEqual(bytes);
	});

	it('refuses base64 media above the limit', async () => {
		evolution.media.set('3EB0BB', { base64: Buffer.alloc(5_000).toString('base64'), mimetype: 'video/mp4' });
		const error = await failure(
			downloadMedia(
				message({ provider: 'evolution', messageId: '3EB0BB', media: { id: '3EB0BB' } }),
				{ ...evolutionCredentials, baseUrl: evolution.url },
				limits,
			),
		);
		expect(error.kind).toBe('too_large');
	});
});
