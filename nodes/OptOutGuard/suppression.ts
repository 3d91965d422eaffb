// The suppression list. Erasing a contact (LGPD art. 18) deletes their opt-out rows, and without
// a trace the next campaign would write to them again. So erase keeps each opt-out as
// (tenant, HMAC-SHA256(tenant salt, phone), category) in contact_suppressions, and the check
// treats a suppressed number like an opted-out one until the person opts in again.
//
// What the hash protects against: a copy of contact_suppressions alone lists no numbers; the
// random per-tenant salt makes the same number hash differently in each tenant (no linking of a
// person across clinics) and makes precomputed tables of phone hashes useless. What it does not:
// the salt lives in the same database, and phone numbers are few enough that anyone holding the
// salt can test a given number instantly, or every number of an area code in minutes. It is
// pseudonymization, not anonymization: the entry is still personal data, kept only to honour the
// refusal, and must never be used for anything else.
import { createHmac, randomBytes } from 'crypto';
import type { Pool, PoolClient } from 'pg';
import type { Contact, OptOutCategory } from './types';

type Queryable = Pick<PoolClient, 'query'>;

const SALT_BYTES = 32;

export function hashPhone(salt: Buffer, phone: string): string {
	return createHmac('sha256', salt).update(phone).digest('hex');
}

/** The tenant's salt, created on first use. Two statements: the second sees a salt another worker committed meanwhile. */
async function tenantSalt(db: Queryable, tenant: string): Promise<Buffer> {
	await db.query('INSERT INTO guard_tenant_salts (tenant, salt) VALUES ($1, $2) ON CONFLICT (tenant) DO NOTHING', [
		tenant,
		randomBytes(SALT_BYTES),
	]);
	const { rows } = await db.query<{ salt: Buffer }>('SELECT salt FROM guard_tenant_salts WHERE tenant = $1', [tenant]);
	return rows[0].salt;
}

// Salts never change once stored, so a process asks once per pool and tenant.
const salts = new WeakMap<Pool, Map<string, Promise<Buffer>>>();

/** The contact's suppression hash; the guard's schema must be migrated. */
export async function phoneHashOf(pool: Pool, contact: Contact): Promise<string> {
	let perPool = salts.get(pool);
	if (!perPool) {
		perPool = new Map();
		salts.set(pool, perPool);
	}
	let salt = perPool.get(contact.tenant);
	if (!salt) {
		salt = tenantSalt(pool as unknown as Queryable, contact.tenant);
		perPool.set(contact.tenant, salt);
		salt.catch(() => perPool!.delete(contact.tenant));
	}
	return hashPhone(await salt, contact.phone);
}

/**
 * For erase, inside its transaction: deletes the contact's opt-outs and keeps each as a
 * suppression entry, in one statement so no opt-out is deleted without its entry. Returns the
 * rows deleted and every category now suppressed for the number (older entries included).
 */
export async function suppressAndDeleteOptOuts(
	client: Queryable,
	contact: Contact,
): Promise<{ deleted: number; suppressed: OptOutCategory[] }> {
	const hash = hashPhone(await tenantSalt(client, contact.tenant), contact.phone);
	const { rows } = await client.query<{ category: OptOutCategory; deleted: boolean }>(
		`WITH gone AS (
			DELETE FROM contact_optouts WHERE tenant = $1 AND phone = $2 RETURNING category
		), kept AS (
			INSERT INTO contact_suppressions (tenant, phone_hash, category) SELECT $1, $3, category FROM gone
			ON CONFLICT DO NOTHING
		)
		SELECT category, true AS deleted FROM gone
		UNION ALL
		SELECT category, false FROM contact_suppressions WHERE tenant = $1 AND phone_hash = $3`,
		[contact.tenant, contact.phone, hash],
	);
	return {
		deleted: rows.filter((row) => row.deleted).length,
		suppressed: [...new Set(rows.map((row) => row.category))].sort(),
	};
}
