// Shared by the cart-recovery integration tests: the real pooled clients (Postgres, and Redis for
// the Opt-Out Guard's store), a tenant of its own per test, and clean-up by tenant. Times are
// passed as `now` where they matter, so the tests never depend on today's date.
import { randomInt, randomUUID } from 'crypto';
import { Pool } from 'pg';
import type { RegisterInput } from '../../../nodes/CartRecovery';
import { ensureCartSchema } from '../../../nodes/CartRecovery/migrations';
import { ensureGuardSchema } from '../../../nodes/OptOutGuard/migrations';
import { getPgPool, poolConfig } from '../../../nodes/shared/clients/postgres';
import { getRedis, keyPrefixOf } from '../../../nodes/shared/clients/redis';
import { postgresCredentials, redisCredentials } from '../../support/services';

export function sharedPool(): Pool {
	return getPgPool(postgresCredentials());
}

export function guardRedis() {
	const creds = redisCredentials(`wa-test-cart-${randomUUID().slice(0, 8)}:`);
	return { redis: getRedis(creds), prefix: keyPrefixOf(creds) };
}

/** A pool of its own with room for many connections at once, standing for several n8n workers. */
export function workerPool(max: number): Pool {
	const pool = new Pool({ ...poolConfig(postgresCredentials()), max });
	pool.on('error', () => undefined);
	return pool;
}

/** A Brazilian mobile number nobody else in the run uses. */
export function uniquePhone(): string {
	return `55119${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
}

export function uniqueId(label: string): string {
	return `${label}-${randomUUID().slice(0, 12)}`;
}

/** Tracks the tenants a test file creates and removes all their rows afterwards. */
export class Tenants {
	private readonly created: string[] = [];

	constructor(private readonly pool: Pool) {}

	next(label: string): string {
		const tenant = `cart-${label}-${randomUUID().slice(0, 8)}`;
		this.created.push(tenant);
		return tenant;
	}

	async dropAll(): Promise<void> {
		for (const tenant of this.created) {
			// Payments and exchanges go with their carts (ON DELETE CASCADE).
			await this.pool.query('DELETE FROM cart_recoveries WHERE tenant = $1', [tenant]);
			await this.pool.query('DELETE FROM contact_optouts WHERE tenant = $1', [tenant]);
			await this.pool.query('DELETE FROM contact_consents WHERE tenant = $1', [tenant]);
			await this.pool.query('DELETE FROM contact_suppressions WHERE tenant = $1', [tenant]);
			await this.pool.query('DELETE FROM guard_tenant_salts WHERE tenant = $1', [tenant]);
		}
	}
}

export async function prepareSchema(pool: Pool): Promise<void> {
	await ensureGuardSchema(pool);
	await ensureCartSchema(pool);
}

/** An abandonment event as a shop sends it; every field can be overridden. */
export function abandonment(tenant: string, overrides: Partial<RegisterInput> = {}): RegisterInput {
	return {
		tenant,
		externalId: uniqueId('chk'),
		phone: `+${uniquePhone()}`,
		name: 'Ana Souza',
		product: 'Tênis Corrida Pro',
		value: 199.9,
		currency: 'BRL',
		paymentLink: 'https://loja.example/pay/abc',
		discountLink: 'https://loja.example/pay/abc?cupom=VOLTA10',
		discountValue: 179.91,
		...overrides,
	};
}
