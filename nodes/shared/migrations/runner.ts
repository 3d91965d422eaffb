import { createHash } from 'crypto';
import type { Pool, PoolClient } from 'pg';

// Versioned, idempotent schema changes that the package applies itself. Several n8n workers
// may start at once, so the whole run holds one advisory lock; an applied migration whose SQL
// later changed is an error, never silently skipped.

export interface Migration {
	/** Unique and ordered within its list, e.g. 'booking/0001_schema'. */
	id: string;
	sql: string;
}

export interface MigrationReport {
	applied: string[];
	alreadyApplied: string[];
}

const LOCK_NAME = 'n8n-nodes-whatsapp-ai:migrations';

export class MigrationError extends Error {
	constructor(
		message: string,
		readonly migrationId?: string,
	) {
		super(message);
		this.name = 'MigrationError';
	}
}

export function checksumOf(sql: string): string {
	return createHash('sha256').update(sql).digest('hex');
}

/** Apply every migration not yet recorded in schema_migrations, in order, each in its own transaction. */
export async function runMigrations(pool: Pool, migrations: Migration[]): Promise<MigrationReport> {
	assertWellFormed(migrations);
	const client = await pool.connect();
	try {
		await client.query('SELECT pg_advisory_lock(hashtext($1))', [LOCK_NAME]);
		try {
			await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
				id text PRIMARY KEY,
				checksum text NOT NULL,
				applied_at timestamptz NOT NULL DEFAULT now()
			)`);
			return await applyPending(client, migrations);
		} finally {
			await client.query('SELECT pg_advisory_unlock(hashtext($1))', [LOCK_NAME]);
		}
	} finally {
		client.release();
	}
}

async function applyPending(client: PoolClient, migrations: Migration[]): Promise<MigrationReport> {
	const { rows } = await client.query<{ id: string; checksum: string }>('SELECT id, checksum FROM schema_migrations WHERE id = ANY($1)', [
		migrations.map((migration) => migration.id),
	]);
	const recorded = new Map(rows.map((row) => [row.id, row.checksum]));
	const report: MigrationReport = { applied: [], alreadyApplied: [] };
	for (const migration of migrations) {
		const checksum = checksumOf(migration.sql);
		const previous = recorded.get(migration.id);
		if (previous !== undefined) {
			if (previous !== checksum) {
				throw new MigrationError(
					`Migration ${migration.id} was already applied with different SQL; add a new migration instead of editing it`,
					migration.id,
				);
			}
			report.alreadyApplied.push(migration.id);
			continue;
		}
		try {
			await client.query('BEGIN');
			await client.query(migration.sql);
			await client.query('INSERT INTO schema_migrations (id, checksum) VALUES ($1, $2)', [migration.id, checksum]);
			await client.query('COMMIT');
		} catch (error) {
			await client.query('ROLLBACK').catch(() => undefined);
			const reason = error instanceof Error ? error.message : String(error);
			throw new MigrationError(`Migration ${migration.id} failed: ${reason}`, migration.id);
		}
		report.applied.push(migration.id);
	}
	return report;
}

function assertWellFormed(migrations: Migration[]): void {
	const seen = new Set<string>();
	for (const migration of migrations) {
		if (!migration.id || !migration.sql.trim()) {
			throw new MigrationError(`Migration ${migration.id || '(no id)'} has no id or no SQL`, migration.id);
		}
		if (seen.has(migration.id)) {
			throw new MigrationError(`Migration id ${migration.id} appears twice`, migration.id);
		}
		seen.add(migration.id);
	}
}

// One run per pool and migration list per process: executions after the first skip the round trip.
const done = new WeakMap<Pool, Map<string, Promise<MigrationReport>>>();

/** runMigrations once per process for this pool and list; a failed run is retried next call. */
export async function ensureMigrated(pool: Pool, migrations: Migration[]): Promise<MigrationReport> {
	const listKey = migrations.map((migration) => `${migration.id}:${checksumOf(migration.sql)}`).join('|');
	let perPool = done.get(pool);
	if (!perPool) {
		perPool = new Map();
		done.set(pool, perPool);
	}
	let run = perPool.get(listKey);
	if (!run) {
		run = runMigrations(pool, migrations);
		perPool.set(listKey, run);
		run.catch(() => perPool!.delete(listKey));
	}
	return await run;
}
