import { randomUUID } from 'crypto';
import { Pool } from 'pg';
import { poolConfig } from '../../../nodes/shared/clients/postgres';
import { ensureMigrated, MigrationError, runMigrations, type Migration } from '../../../nodes/shared/migrations/runner';
import { postgresCredentials } from '../../support/services';

// Two pools stand for two n8n workers starting at the same moment.
const workerA = new Pool(poolConfig(postgresCredentials()));
const workerB = new Pool(poolConfig(postgresCredentials()));
afterAll(async () => {
	await workerA.end();
	await workerB.end();
});

function freshMigrations(): { tag: string; list: Migration[] } {
	const tag = randomUUID().replace(/-/g, '').slice(0, 12);
	return {
		tag,
		list: [
			{ id: `test_${tag}/0001_table`, sql: `CREATE TABLE mig_${tag} (id int PRIMARY KEY, note text)` },
			{ id: `test_${tag}/0002_column`, sql: `ALTER TABLE mig_${tag} ADD COLUMN created_at timestamptz NOT NULL DEFAULT now()` },
		],
	};
}

async function appliedIds(tag: string): Promise<string[]> {
	const { rows } = await workerA.query('SELECT id FROM schema_migrations WHERE id LIKE $1 ORDER BY id', [`test_${tag}/%`]);
	return rows.map((row) => row.id);
}

describe('runMigrations', () => {
	it('applies pending migrations in order and is idempotent', async () => {
		const { tag, list } = freshMigrations();
		const first = await runMigrations(workerA, list);
		expect(first).toEqual({ applied: list.map((m) => m.id), alreadyApplied: [] });
		const second = await runMigrations(workerA, list);
		expect(second).toEqual({ applied: [], alreadyApplied: list.map((m) => m.id) });
		const { rows } = await workerA.query(`SELECT column_name FROM information_schema.columns WHERE table_name = $1 ORDER BY column_name`, [
			`mig_${tag}`,
		]);
		expect(rows.map((r) => r.column_name)).toEqual(['created_at', 'id', 'note']);
		await workerA.query(`DROP TABLE mig_${tag}`);
	});

	it('applies each migration exactly once when two workers start together', async () => {
		const { tag, list } = freshMigrations();
		const reports = await Promise.all([
			runMigrations(workerA, list),
			runMigrations(workerB, list),
			runMigrations(workerA, list),
			runMigrations(workerB, list),
		]);
		const appliedCount = reports.reduce((sum, report) => sum + report.applied.length, 0);
		expect(appliedCount).toBe(2);
		expect(await appliedIds(tag)).toEqual(list.map((m) => m.id));
		await workerA.query(`DROP TABLE mig_${tag}`);
	});

	it('refuses an applied migration whose SQL was edited', async () => {
		const { tag, list } = freshMigrations();
		await runMigrations(workerA, list);
		const edited = [list[0], { ...list[1], sql: `${list[1].sql} -- edited` }];
		await expect(runMigrations(workerA, edited)).rejects.toThrow(
			new MigrationError(`Migration ${list[1].id} was already applied with different SQL; add a new migration instead of editing it`),
		);
		await workerA.query(`DROP TABLE mig_${tag}`);
	});

	it('rolls back a failing migration, records nothing for it, and can run again once fixed', async () => {
		const { tag, list } = freshMigrations();
		const broken = [list[0], { id: list[1].id, sql: `ALTER TABLE mig_${tag} ADD COLUMN oops no_such_type` }];
		await expect(runMigrations(workerA, broken)).rejects.toThrow(
			/Migration test_\w+\/0002_column failed: type "no_such_type" does not exist/,
		);
		expect(await appliedIds(tag)).toEqual([list[0].id]);
		await expect(runMigrations(workerA, list)).resolves.toEqual({ applied: [list[1].id], alreadyApplied: [list[0].id] });
		await workerA.query(`DROP TABLE mig_${tag}`);
	});

	it('rejects duplicate ids before touching the database', async () => {
		const { list } = freshMigrations();
		await expect(runMigrations(workerA, [list[0], list[0]])).rejects.toThrow('appears twice');
	});
});

describe('ensureMigrated', () => {
	it('runs once per pool and list, then answers from memory', async () => {
		const { tag, list } = freshMigrations();
		const first = await ensureMigrated(workerA, list);
		await workerA.query('DELETE FROM schema_migrations WHERE id = ANY($1)', [list.map((m) => m.id)]);
		const second = await ensureMigrated(workerA, list);
		expect(second).toBe(first);
		expect(await appliedIds(tag)).toEqual([]);
		await workerA.query(`DROP TABLE mig_${tag}`);
	});
});
