import { ChromaClient } from 'chromadb';
import { ClientCache } from './clientCache';

export interface ChromaCredentials {
	baseUrl: string;
	authToken?: string;
	chromaTenant?: string;
	database?: string;
}

/** How long one HTTP request to Chroma may take before it is abandoned. */
export const CHROMA_REQUEST_TIMEOUT_MS = 30_000;

// The client itself keeps no address a caller can read; error messages need one.
const addresses = new WeakMap<ChromaClient, string>();

/** The part of chromadb's generated HTTP client (3.x) used below; checked before use. */
interface ApiClient {
	setConfig(config: { baseUrl: string }): unknown;
	interceptors: { request: { use(fn: (request: Request) => Request | Promise<Request>): void } };
}

function apiClientOf(client: ChromaClient): ApiClient | undefined {
	const api = (client as unknown as { apiClient?: Partial<ApiClient> }).apiClient;
	return typeof api?.setConfig === 'function' && typeof api.interceptors?.request?.use === 'function' ? (api as ApiClient) : undefined;
}

/** The base URL without a trailing slash, e.g. `http://chromadb-auth:8000` (no credentials in it). */
export function chromaBaseUrl(baseUrl: string | undefined): string {
	const url = new URL(baseUrl || 'http://localhost:8000');
	url.username = '';
	url.password = '';
	url.search = '';
	url.hash = '';
	return url.toString().replace(/\/+$/, '');
}

export function chromaClientFor(creds: ChromaCredentials, timeoutMs = CHROMA_REQUEST_TIMEOUT_MS): ChromaClient {
	const url = new URL(creds.baseUrl || 'http://localhost:8000');
	const ssl = url.protocol === 'https:';
	const client = new ChromaClient({
		host: url.hostname,
		port: url.port ? Number(url.port) : ssl ? 443 : 80,
		ssl,
		tenant: creds.chromaTenant || 'default_tenant',
		database: creds.database || 'default_database',
		// Our nginx proxy (docker/nginx/chroma-auth.conf.template) wants this header on every path but
		// the heartbeat; the credential's `authenticate` sends the same one.
		headers: creds.authToken ? { 'X-Chroma-Token': creds.authToken } : undefined,
	});
	const address = chromaBaseUrl(creds.baseUrl);
	addresses.set(client, address);
	const api = apiClientOf(client);
	if (api) {
		// ChromaClient builds its URL from host and port only; a proxy that serves Chroma under a
		// path (https://example.org/chroma) needs the whole base URL.
		if (url.pathname.replace(/\/+$/, '') !== '') api.setConfig({ baseUrl: address });
		// The client has no timeout of its own: a hung server would hang the workflow (and the
		// agent's answer) forever. Each request gets its own deadline.
		api.interceptors.request.use((request) => new Request(request, { signal: AbortSignal.timeout(timeoutMs) }));
	}
	return client;
}

/** Where this client sends its requests, for messages ("Could not reach Chroma at …"). */
export function chromaAddress(client: ChromaClient): string {
	return addresses.get(client) ?? 'the Chroma server';
}

// ChromaClient is stateless HTTP (fetch keeps its own sockets), so closing is a no-op.
const chromaClients = new ClientCache<ChromaClient>(
	(creds: ChromaCredentials) => chromaClientFor(creds),
	async () => undefined,
);

/** The shared Chroma client for these credentials. */
export function getChroma(creds: ChromaCredentials): ChromaClient {
	return chromaClients.get(creds);
}

export { chromaClients };
