// Shared by the guard's integration tests: the real pooled clients, and a tenant of its own per
// test file so that files running in parallel never see each other's contacts.
import { randomInt, randomUUID } from 'crypto';
import Redis from 'ioredis';
import { getPgPool } from '../../../nodes/shared/clients/postgres';
import { getRedis, keyPrefixOf } from '../../../nodes/shared/clients/redis';
import type { GuardDeps } from '../../../nodes/OptOutGuard/check';
import { ensureGuardSchema } from '../../../nodes/OptOutGuard/migrations';
import { escapeGlob } from '../../../nodes/OptOutGuard/keys';
import { postgresCredentials, redisCredentials } from '../../support/services';

export function guardDeps(): GuardDeps {
	const redisCreds = redisCredentials();
	return { pool: getPgPool(postgresCredentials()), redis: getRedis(redisCreds), prefix: keyPrefixOf(redisCreds) };
}

export function uniqueTenant(label: string): string {
	return `guard-${label}-${randomUUID().slice(0, 8)}`;
}

/** A Brazilian mobile number nobody else in the run uses. */
export function uniquePhone(): string {
	return `55119${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
}

/** A client for a Redis that is not there: every command fails at once. */
export function deadRedis(): Redis {
	const redis = new Redis({
		host: '127.0.0.1',
		port: 1,
		lazyConnect: true,
		enableOfflineQueue: false,
		maxRetriesPerRequest: 0,
		retryStrategy: () => null,
	});
	redis.on('error', () => undefined);
	return redis;
}

export async function prepareSchema(deps: GuardDeps): Promise<void> {
	await ensureGuardSchema(deps.pool);
}

/** Removes every row and key of the tenant, whatever the test left behind. */
export async function dropTenant(deps: GuardDeps, tenant: string): Promise<void> {
	await deps.pool.query('DELETE FROM contact_optouts WHERE tenant = $1', [tenant]);
	await deps.pool.query('DELETE FROM contact_consents WHERE tenant = $1', [tenant]);
	await deps.pool.query('DELETE FROM contact_suppressions WHERE tenant = $1', [tenant]);
	await deps.pool.query('DELETE FROM guard_tenant_salts WHERE tenant = $1', [tenant]);
	let cursor = '0';
	do {
		const [next, keys] = await deps.redis.scan(cursor, 'MATCH', `${escapeGlob(deps.prefix)}*${escapeGlob(tenant)}*`, 'COUNT', 1000);
		cursor = next;
		if (keys.length > 0) await deps.redis.unlink(...keys);
	} while (cursor !== '0');
}

export function percentile(sorted: number[], fraction: number): number {
	return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}
