import { ChromaClient } from 'chromadb';
import { ClientCache } from './clientCache';

export interface ChromaCredentials {
	baseUrl: string;
	authToken?: string;
	chromaTenant?: string;
	database?: string;
}

function chromaClientFor(creds: ChromaCredentials): ChromaClient {
	const url = new URL(creds.baseUrl || 'http://localhost:8000');
	const ssl = url.protocol === 'https:';
	return new ChromaClient({
		host: url.hostname,
		port: url.port ? Number(url.port) : ssl ? 443 : 80,
		ssl,
		tenant: creds.chromaTenant || 'default_tenant',
		database: creds.database || 'default_database',
		headers: creds.authToken ? { 'X-Chroma-Token': creds.authToken } : undefined,
	});
}

// ChromaClient is stateless HTTP (fetch keeps its own sockets), so closing is a no-op.
const chromaClients = new ClientCache<ChromaClient>(chromaClientFor, async () => undefined);

/** The shared Chroma client for these credentials. */
export function getChroma(creds: ChromaCredentials): ChromaClient {
	return chromaClients.get(creds);
}

export { chromaClients };
