// What e2e tests use to drive the one n8n of the run: its public API (X-N8N-API-KEY), the
// editor's REST API where the public one has no equivalent (credential test, type files), and
// webhooks.
import { readFileSync } from 'fs';

export interface N8nConnection {
	url: string;
	/** Where production webhooks are served; main's URL unless n8n runs in queue mode. */
	webhookUrl?: string;
	apiKey: string;
	cookie: string;
	logFile: string;
}

export function n8nFromEnv(): N8nClient {
	const state = process.env.WA_AI_E2E_N8N;
	if (!state) throw new Error('The e2e n8n is not running: WA_AI_E2E_N8N is unset (run through test/e2e/jest.config.js)');
	return new N8nClient(JSON.parse(state) as N8nConnection);
}

export interface Execution {
	id: string;
	finished: boolean;
	status: string;
	workflowId: string;
	data?: {
		resultData?: {
			runData?: Record<string, Array<{ data?: { main?: Array<Array<{ json: Record<string, unknown> }>> }; error?: unknown }>>;
			error?: unknown;
		};
	};
}

/**
 * fetch, tried once more when the server had already closed the kept-alive socket the request
 * went out on (undici: "other side closed"). n8n closes idle connections after a few seconds,
 * and the run's one process keeps sockets from globalSetup and earlier suites; such a request
 * never reached n8n, so sending it again is safe.
 */
async function fetchOnLiveSocket(url: string, init: RequestInit): Promise<Response> {
	try {
		return await fetch(url, init);
	} catch (error) {
		const code = ((error as Error).cause as { code?: string } | undefined)?.code;
		if (code !== 'UND_ERR_SOCKET') throw error;
		return await fetch(url, init);
	}
}

export class N8nClient {
	constructor(readonly connection: N8nConnection) {}

	get url(): string {
		return this.connection.url;
	}

	get webhookUrl(): string {
		return this.connection.webhookUrl ?? this.connection.url;
	}

	async api<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
		const response = await fetchOnLiveSocket(`${this.url}/api/v1${path}`, {
			method,
			headers: { 'X-N8N-API-KEY': this.connection.apiKey, ...(body ? { 'content-type': 'application/json' } : {}) },
			body: body ? JSON.stringify(body) : undefined,
		});
		const text = await response.text();
		if (!response.ok) throw new Error(`${method} /api/v1${path} → ${response.status}: ${text}`);
		return (text ? JSON.parse(text) : undefined) as T;
	}

	async rest<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
		const response = await fetchOnLiveSocket(`${this.url}${path}`, {
			method,
			headers: { cookie: this.connection.cookie, ...(body ? { 'content-type': 'application/json' } : {}) },
			body: body ? JSON.stringify(body) : undefined,
		});
		const text = await response.text();
		if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${text}`);
		return (text ? JSON.parse(text) : undefined) as T;
	}

	async createCredential(name: string, type: string, data: Record<string, unknown>): Promise<{ id: string; name: string; type: string }> {
		return await this.api('POST', '/credentials', { name, type, data });
	}

	/**
	 * n8n's own credential test, as the editor's "Test" button runs it: for a saved credential,
	 * with the data as typed in the form (which may differ from what was saved).
	 */
	async testCredential(
		credential: { id: string; name: string; type: string },
		data: Record<string, unknown>,
	): Promise<{ status: string; message: string }> {
		const result = await this.rest<{ data: { status: string; message: string } }>('POST', '/rest/credentials/test', {
			credentials: { id: credential.id, name: credential.name, type: credential.type, data },
		});
		return result.data;
	}

	async createWorkflow(workflow: Record<string, unknown>): Promise<{ id: string }> {
		const { name, nodes, connections, settings } = workflow as Record<string, unknown>;
		return await this.api('POST', '/workflows', { name, nodes, connections, settings: settings ?? { executionOrder: 'v1' } });
	}

	/** Activates, then waits until the production webhook at `webhookPath` is registered (not 404). */
	async activate(workflowId: string, webhookPath?: string): Promise<void> {
		await this.api('POST', `/workflows/${workflowId}/activate`);
		if (!webhookPath) return;
		const deadline = Date.now() + 15_000;
		while (Date.now() < deadline) {
			const probe = await fetch(`${this.webhookUrl}/webhook/${webhookPath}`, { method: 'GET' });
			// A POST-only webhook answers GET with 404 too, but says it exists for another method.
			if (probe.status !== 404 || /not registered for GET/i.test(await probe.text())) return;
			await new Promise((resolve) => setTimeout(resolve, 200));
		}
		throw new Error(`webhook ${webhookPath} of workflow ${workflowId} was not registered 15 s after activation`);
	}

	/** Creates and activates a workflow; returns its id. */
	async deploy(workflow: Record<string, unknown>, webhookPath?: string): Promise<string> {
		const { id } = await this.createWorkflow(workflow);
		await this.activate(id, webhookPath);
		return id;
	}

	async deleteWorkflow(workflowId: string): Promise<void> {
		await this.api('DELETE', `/workflows/${workflowId}`);
	}

	async postWebhook(path: string, body: string | Buffer, headers: Record<string, string> = {}): Promise<Response> {
		return await fetchOnLiveSocket(`${this.webhookUrl}/webhook/${path}`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', ...headers },
			body,
		});
	}

	async executions(workflowId: string, includeData = true): Promise<Execution[]> {
		const result = await this.api<{ data: Execution[] }>(
			'GET',
			`/executions?workflowId=${encodeURIComponent(workflowId)}&includeData=${includeData}&limit=250`,
		);
		return result.data;
	}

	/** Polls until the workflow has `count` finished executions (or fails after `timeoutMs`). */
	async waitForExecutions(workflowId: string, count: number, timeoutMs = 20_000): Promise<Execution[]> {
		const deadline = Date.now() + timeoutMs;
		let last: Execution[] = [];
		while (Date.now() < deadline) {
			last = (await this.executions(workflowId)).filter((e) => e.status !== 'running' && e.status !== 'new');
			if (last.length >= count) return last;
			await new Promise((resolve) => setTimeout(resolve, 200));
		}
		throw new Error(`workflow ${workflowId}: ${last.length} of ${count} executions finished after ${timeoutMs} ms`);
	}

	async nodeTypes(): Promise<Array<{ name: string; displayName: string; version: number | number[] }>> {
		return await this.rest('GET', '/types/nodes.json');
	}

	async credentialTypes(): Promise<Array<{ name: string; displayName: string }>> {
		return await this.rest('GET', '/types/credentials.json');
	}

	log(): string {
		return readFileSync(this.connection.logFile, 'utf8');
	}
}
