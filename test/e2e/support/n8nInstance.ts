// The e2e tier's n8n: a fresh user folder and owner per run, one process or queue mode
// (WA_AI_E2E_WORKERS=2: main + two workers + a webhook process on Postgres and Redis).
import { randomUUID } from 'crypto';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { installN8n, installPackage, nodeBinOf, ownerSession, startN8nProcesses, type RunningN8n } from '../../../scripts/stack/n8n';
import { ensureDatabase, postgresCredentials, redisCredentials } from '../../support/services';

export interface N8nHandle extends RunningN8n {
	userFolder: string;
	apiKey: string;
	cookie: string;
}

export const OWNER = { email: 'owner@clinic.test', firstName: 'Clinic', lastName: 'Owner', password: 'E2e-Passw0rd!' };

export async function startN8n(
	options: { workers?: number; database?: string; expressionEngine?: 'vm' | 'legacy' } = {},
): Promise<N8nHandle> {
	const userFolder = mkdtempSync(path.join(tmpdir(), 'wa-ai-n8n-'));
	installPackage(userFolder, nodeBinOf(installN8n()));
	let queue;
	if (options.workers) {
		// n8n's own tables in a database of this run's, as queue mode needs Postgres.
		const database = options.database ?? `wa_ai_n8n_${randomUUID().slice(0, 8)}`;
		await ensureDatabase(database);
		queue = { workers: options.workers, postgres: postgresCredentials(database), redis: redisCredentials() };
	}
	const n8n = await startN8nProcesses({
		userFolder,
		encryptionKey: 'e2e-encryption-key-not-secret',
		queue,
		expressionEngine: options.expressionEngine,
		// The tests look at what each node did; the shipped workflows keep only failures.
		env: { EXECUTIONS_DATA_SAVE_ON_SUCCESS: 'all', EXECUTIONS_DATA_SAVE_ON_ERROR: 'all' },
	});
	try {
		const { apiKey, cookie } = await ownerSession(n8n.url, OWNER, 'e2e');
		return { ...n8n, userFolder, apiKey, cookie };
	} catch (error) {
		await n8n.stop();
		throw error;
	}
}

export function removeUserFolder(userFolder: string): void {
	rmSync(userFolder, { recursive: true, force: true });
}
