// The guard's tables. Postgres is the source of truth for opt-outs and consent; the
// constraints carry the invariants (one opt-out per contact and category, known categories,
// digits-only phones), so no code path can store a second or a malformed row.
import type { Pool } from 'pg';
import { ensureMigrated, type Migration, type MigrationReport } from '../shared/migrations/runner';

export const GUARD_MIGRATIONS: Migration[] = [
	{
		id: 'guard/0001_contact_optouts',
		sql: `CREATE TABLE IF NOT EXISTS contact_optouts (
	tenant text NOT NULL CHECK (tenant <> ''),
	phone text NOT NULL CHECK (phone ~ '^[0-9]{5,20}$'),
	category text NOT NULL CHECK (category IN ('marketing', 'all')),
	opted_out_at timestamptz NOT NULL DEFAULT now(),
	source text NOT NULL CHECK (source <> ''),
	reason text,
	PRIMARY KEY (tenant, phone, category)
)`,
	},
	{
		// Append-only: LGPD asks to prove when and how consent was given or withdrawn, so a new
		// decision is a new row and the latest row per purpose is the current state.
		id: 'guard/0002_contact_consents',
		sql: `CREATE TABLE IF NOT EXISTS contact_consents (
	id bigserial PRIMARY KEY,
	tenant text NOT NULL CHECK (tenant <> ''),
	phone text NOT NULL CHECK (phone ~ '^[0-9]{5,20}$'),
	purpose text NOT NULL CHECK (purpose <> ''),
	text_version text NOT NULL CHECK (text_version <> ''),
	channel text NOT NULL CHECK (channel <> ''),
	granted boolean NOT NULL,
	recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS contact_consents_contact_idx ON contact_consents (tenant, phone, purpose, recorded_at DESC, id DESC)`,
	},
	{
		// The suppression list: opt-outs that outlive an LGPD erasure, keyed by a salted hash of the
		// number instead of the number (suppression.ts says what that protects against). A salt
		// is never replaced or deleted while entries use it: they would stop matching anyone.
		id: 'guard/0003_contact_suppressions',
		sql: `CREATE TABLE IF NOT EXISTS guard_tenant_salts (
	tenant text PRIMARY KEY CHECK (tenant <> ''),
	salt bytea NOT NULL CHECK (octet_length(salt) = 32),
	created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS contact_suppressions (
	tenant text NOT NULL REFERENCES guard_tenant_salts (tenant),
	phone_hash text NOT NULL CHECK (phone_hash ~ '^[0-9a-f]{64}$'),
	category text NOT NULL CHECK (category IN ('marketing', 'all')),
	created_at timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (tenant, phone_hash, category)
)`,
	},
];

/** Applies the guard's migrations once per process and pool. */
export async function ensureGuardSchema(pool: Pool): Promise<MigrationReport> {
	return await ensureMigrated(pool, GUARD_MIGRATIONS);
}
