// A stand-in for n8n that judges the simulator's webhooks with the trigger's own intake (verify,
// parse, age check) and answers as n8n's webhook does, plus an HttpCall on fetch that adds a
// credential's headers the way n8n's httpRequestWithAuthentication does, so the Send node's
// provider modules call the simulator exactly as they call a real provider.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { InboundMessage } from '../../../nodes/shared/message';
import type { HttpCall, SendContext } from '../../../nodes/WhatsAppAiSend/providers/types';
import { answerCloudChallenge } from '../../../nodes/WhatsAppAiTrigger/providers';
import type { WebhookSecrets } from '../../../nodes/WhatsAppAiTrigger/providers/types';
import { intakeWebhook } from '../../../nodes/WhatsAppAiTrigger/webhookIntake';
import { startSimulator, type SimulatorHandle, type SimulatorOptions } from '../../../simulator';
import { fetchHttpCall as sendHttpCall } from '../send/support';
import type { Provider } from '../../../simulator/types';

export const SECRETS = {
	wahaApiKey: 'it-waha-api-key',
	wahaHmacKey: 'it-waha-hmac-key',
	cloudToken: 'it-cloud-token',
	cloudAppSecret: 'it-cloud-app-secret',
	cloudVerifyToken: 'it-cloud-verify-token',
	evolutionApiKey: 'it-evolution-api-key',
};
export const PHONE_NUMBER_ID = '100200300400500';
export const GRAPH_VERSION = 'v23.0';

export interface Received {
	provider: Provider;
	headers: IncomingHttpHeaders;
	raw: Buffer;
	status: number;
	messages: InboundMessage[];
	reason?: string;
}

/** What n8n's credential holds, per provider: the trigger checks webhooks with these. */
export function credentialSecrets(provider: Provider, secrets = SECRETS): WebhookSecrets {
	if (provider === 'waha') return { webhookHmacKey: secrets.wahaHmacKey };
	if (provider === 'cloud') return { appSecret: secrets.cloudAppSecret };
	return { apiKey: secrets.evolutionApiKey };
}

/** n8n's WhatsApp AI Trigger at /webhook/<provider>, and nothing else. */
export class StandInN8n {
	readonly received: Received[] = [];
	/** Called for every accepted message, after n8n answered the webhook (as with responseMode onReceived). */
	onMessage?: (message: InboundMessage) => void | Promise<void>;
	secrets = { ...SECRETS };
	private server?: Server;
	private readonly sockets = new Set<Socket>();

	get url(): string {
		return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
	}

	webhookUrl(provider: Provider): string {
		return `${this.url}/webhook/${provider}`;
	}

	async start(): Promise<void> {
		this.server = createServer((request, response) => {
			const chunks: Buffer[] = [];
			request.on('data', (chunk: Buffer) => chunks.push(chunk));
			request.on('end', () => {
				const url = new URL(request.url ?? '/', this.url);
				const provider = url.pathname.split('/').pop() as Provider;
				if (request.method === 'GET') {
					const verdict = answerCloudChallenge(Object.fromEntries(url.searchParams), this.secrets.cloudVerifyToken);
					response.writeHead(verdict.ok ? 200 : 401, { 'content-type': 'text/plain' });
					response.end(verdict.ok ? verdict.challenge : verdict.reason);
					return;
				}
				const raw = Buffer.concat(chunks);
				const received = this.judge(provider, request.headers, raw);
				this.received.push(received);
				response.writeHead(received.status, { 'content-type': 'application/json' });
				response.end(JSON.stringify(received.status === 200 ? { message: 'Workflow was started' } : { message: received.reason }));
				for (const message of received.messages) void this.onMessage?.(message);
			});
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

	/** The messages n8n accepted for `provider`, oldest first. */
	messages(provider?: Provider): InboundMessage[] {
		return this.received.filter((entry) => provider === undefined || entry.provider === provider).flatMap((entry) => entry.messages);
	}

	private judge(provider: Provider, headers: IncomingHttpHeaders, raw: Buffer): Received {
		let body: unknown;
		try {
			body = JSON.parse(raw.toString('utf8'));
		} catch {
			return { provider, headers, raw, status: 400, messages: [], reason: 'not JSON' };
		}
		const decision = intakeWebhook({ rawBody: raw, headers, body }, credentialSecrets(provider, this.secrets), {
			provider,
			tenant: 'clinic',
			emitMessages: true,
			emitStatuses: true,
			emitSessionEvents: false,
			ignoreOwnMessages: true,
			ignoreGroups: true,
			allowUnsigned: false,
			maxEventAgeMs: 10 * 60_000,
		});
		if (decision.kind === 'reject') return { provider, headers, raw, status: decision.httpStatus, messages: [], reason: decision.reason };
		return { provider, headers, raw, status: 200, messages: decision.messages };
	}
}

/** Send's real HTTP calls with the given credential headers; the simulator gets 10 s per call. */
export const fetchHttpCall = (authHeaders: Record<string, string>): HttpCall => sendHttpCall(authHeaders, 10_000);

export interface Rig {
	simulator: SimulatorHandle;
	n8n: StandInN8n;
	/** A Send context for `provider`, authenticated as n8n's credential would be. */
	context(provider: Provider, authHeaders?: Record<string, string>): SendContext;
	/** The credential fields the trigger's media download reads. */
	credentials(provider: Provider): Record<string, string>;
}

export async function startRig(options: SimulatorOptions = {}): Promise<Rig> {
	const n8n = new StandInN8n();
	await n8n.start();
	const simulator = await startSimulator({
		port: 0,
		waha: { webhookUrl: n8n.webhookUrl('waha'), hmacKey: SECRETS.wahaHmacKey, apiKey: SECRETS.wahaApiKey, session: 'default' },
		cloud: {
			webhookUrl: n8n.webhookUrl('cloud'),
			appSecret: SECRETS.cloudAppSecret,
			verifyToken: SECRETS.cloudVerifyToken,
			accessToken: SECRETS.cloudToken,
			phoneNumberId: PHONE_NUMBER_ID,
		},
		evolution: { webhookUrl: n8n.webhookUrl('evolution'), apiKey: SECRETS.evolutionApiKey, instance: 'clinic' },
		...options,
	});
	const auth: Record<Provider, Record<string, string>> = {
		waha: { 'X-Api-Key': SECRETS.wahaApiKey },
		cloud: { Authorization: `Bearer ${SECRETS.cloudToken}` },
		evolution: { apikey: SECRETS.evolutionApiKey },
	};
	const session: Record<Provider, string> = { waha: 'default', cloud: PHONE_NUMBER_ID, evolution: 'clinic' };
	return {
		simulator,
		n8n,
		context: (provider, authHeaders = auth[provider]) => ({
			http: fetchHttpCall(authHeaders),
			baseUrl: simulator.providerUrls[provider],
			session: session[provider],
			apiVersion: GRAPH_VERSION,
			retry: { retries: 0, baseDelayMs: 1, maxDelayMs: 1 },
		}),
		credentials: (provider) => ({
			baseUrl: simulator.providerUrls[provider],
			apiKey: provider === 'waha' ? SECRETS.wahaApiKey : SECRETS.evolutionApiKey,
			accessToken: SECRETS.cloudToken,
			apiVersion: GRAPH_VERSION,
			instance: 'clinic',
		}),
	};
}

export async function stopRig(rig: Rig | undefined): Promise<void> {
	await rig?.simulator.stop();
	await rig?.n8n.stop();
}

/** Polls until `check` holds (for effects that arrive asynchronously, such as SSE or stand-in replies). */
export async function eventually(check: () => boolean, timeoutMs = 5_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!check()) {
		if (Date.now() > deadline) throw new Error('condition not met in time');
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}
