import Redis from 'ioredis';
import { Client } from 'pg';
import type { ICredentialsDecrypted, ICredentialTestFunctions, INodeCredentialTestResult } from 'n8n-workflow';
import { redisOptions, type RedisCredentials } from './clients/redis';
import { poolConfig, type PostgresCredentials } from './clients/postgres';

// Node-side credential tests (nodes list them under methods.credentialTest and reference them
// with testedBy). They open a fresh short-lived connection, never the shared pool, so a test of
// edited credentials really tests what was typed.

const TEST_TIMEOUT_MS = 5_000;

function reasonOf(error: unknown): string {
	if (error instanceof Error && error.message) return error.message;
	return String(error);
}

export async function testRedisCredentials(creds: RedisCredentials): Promise<INodeCredentialTestResult> {
	const where = `${creds.host || 'localhost'}:${Number(creds.port) || 6379}`;
	const client = new Redis({
		...redisOptions(creds),
		lazyConnect: true,
		maxRetriesPerRequest: 0,
		retryStrategy: () => null,
		connectTimeout: TEST_TIMEOUT_MS,
	});
	// ioredis reports the socket's own error (ECONNREFUSED, ENOTFOUND) only as an event; the
	// rejected connect() just says "Connection is closed", which tells the user nothing.
	let socketError: Error | undefined;
	client.on('error', (error: Error) => {
		socketError ??= error;
	});
	try {
		await client.connect();
		const reply = await client.ping();
		if (reply !== 'PONG') return { status: 'Error', message: `Redis at ${where} answered "${reply}" to PING` };
		return { status: 'OK', message: `Connected to Redis at ${where}` };
	} catch (error) {
		const reason = socketError && /Connection is closed/.test(reasonOf(error)) ? socketError : error;
		return { status: 'Error', message: `Could not reach Redis at ${where}: ${reasonOf(reason)}` };
	} finally {
		client.disconnect();
	}
}

export async function testPostgresCredentials(creds: PostgresCredentials): Promise<INodeCredentialTestResult> {
	const where = `${creds.host || 'localhost'}:${Number(creds.port) || 5432}/${creds.database}`;
	const client = new Client({ ...poolConfig(creds), connectionTimeoutMillis: TEST_TIMEOUT_MS });
	client.on('error', () => undefined);
	try {
		await client.connect();
		const { rows } = await client.query<{ ok: number }>('SELECT 1 AS ok');
		if (rows[0]?.ok !== 1) return { status: 'Error', message: `Postgres at ${where} did not answer SELECT 1` };
		return { status: 'OK', message: `Connected to Postgres at ${where}` };
	} catch (error) {
		return { status: 'Error', message: `Could not connect to Postgres at ${where}: ${reasonOf(error)}` };
	} finally {
		await client.end().catch(() => undefined);
	}
}

/** methods.credentialTest entries; spread into a node's `methods.credentialTest`. */
export const credentialTest = {
	async whatsAppAiRedisConnectionTest(
		this: ICredentialTestFunctions,
		credential: ICredentialsDecrypted,
	): Promise<INodeCredentialTestResult> {
		return await testRedisCredentials(credential.data as unknown as RedisCredentials);
	},
	async whatsAppAiPostgresConnectionTest(
		this: ICredentialTestFunctions,
		credential: ICredentialsDecrypted,
	): Promise<INodeCredentialTestResult> {
		return await testPostgresCredentials(credential.data as unknown as PostgresCredentials);
	},
};
