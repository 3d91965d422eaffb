import { createHash } from 'crypto';

// One client per credential per process: n8n runs every execution in the same process, so a
// module-level cache lets them share connections instead of opening one per item or run.

export interface Closable {
	close(): Promise<void>;
}

const caches = new Set<ClientCache<unknown>>();

/** Stable hash of a credential's data (key order does not matter), so secrets are not map keys. */
export function credentialKey(data: object): string {
	return createHash('sha256').update(stableStringify(data)).digest('hex');
}

function stableStringify(value: unknown): string {
	if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
	if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
	const entries = Object.keys(value as Record<string, unknown>)
		.sort()
		.map((key) => `${JSON.stringify(key)}:${stableStringify((value as Record<string, unknown>)[key])}`);
	return `{${entries.join(',')}}`;
}

export class ClientCache<T> {
	private readonly clients = new Map<string, { client: T; close: () => Promise<void> }>();

	constructor(
		private readonly create: (data: never) => T,
		private readonly closeClient: (client: T) => Promise<void>,
	) {
		caches.add(this as ClientCache<unknown>);
		registerShutdownHooks();
	}

	/** The client for these credentials, created on first use. */
	get<D extends object>(data: D): T {
		const key = credentialKey(data);
		let entry = this.clients.get(key);
		if (!entry) {
			const client = (this.create as (d: D) => T)(data);
			entry = { client, close: async () => await this.closeClient(client) };
			this.clients.set(key, entry);
		}
		return entry.client;
	}

	/** How many distinct clients are open (for tests and diagnostics). */
	get size(): number {
		return this.clients.size;
	}

	/** Drop one credential's client, e.g. after it failed in a way that needs a fresh one. */
	async evict(data: object): Promise<void> {
		const key = credentialKey(data);
		const entry = this.clients.get(key);
		if (!entry) return;
		this.clients.delete(key);
		await entry.close();
	}

	async closeAll(): Promise<void> {
		const entries = [...this.clients.values()];
		this.clients.clear();
		await Promise.allSettled(entries.map(async (entry) => await entry.close()));
	}
}

/** Close every pooled client of every kind. */
export async function closeAllClients(): Promise<void> {
	await Promise.allSettled([...caches].map(async (cache) => await cache.closeAll()));
}

let hooksRegistered = false;

// n8n exits on SIGTERM/SIGINT through its own handlers; ours only close connections so that
// Postgres and Redis see a clean goodbye instead of a reset.
function registerShutdownHooks(): void {
	if (hooksRegistered) return;
	hooksRegistered = true;
	const close = () => {
		void closeAllClients();
	};
	process.once('beforeExit', close);
	process.once('SIGTERM', close);
	process.once('SIGINT', close);
}
