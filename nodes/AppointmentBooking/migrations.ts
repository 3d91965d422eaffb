// The booking tables. Invariants live in constraints, so no code path (this package, a second
// n8n worker, a person with psql) can break them:
// - no two open appointments of one practitioner overlap (exclusion constraint on the time range);
// - one appointment per (tenant, idempotency key);
// - every row points at a practitioner of its own tenant (composite foreign keys);
// - one reminder of each kind per appointment start (so it is claimed once, by one worker).
// Applied migrations are immutable (the runner checks their checksum): add 0005, never edit these.
// The appointments table keeps `tenant` and `phone` columns: the Opt-Out Guard's LGPD export and
// erase (nodes/OptOutGuard/contactData.ts) find a contact's appointments by exactly those names.
import type { Pool } from 'pg';
import { ensureMigrated, type Migration, type MigrationReport } from '../shared/migrations/runner';

export const BOOKING_MIGRATIONS: Migration[] = [
	{
		id: 'booking/0001_practitioners',
		sql: `
-- Lets one GiST index combine equality on the practitioner with overlap of time ranges.
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE IF NOT EXISTS practitioners (
	id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	tenant text NOT NULL CHECK (tenant <> ''),
	name text NOT NULL CHECK (btrim(name) <> ''),
	specialty text NOT NULL CHECK (btrim(specialty) <> ''),
	-- Species a veterinarian sees, lower case; empty means any (or not a vet).
	species text[] NOT NULL DEFAULT '{}',
	active boolean NOT NULL DEFAULT true,
	created_at timestamptz NOT NULL DEFAULT now(),
	updated_at timestamptz NOT NULL DEFAULT now(),
	-- Target of the (tenant, practitioner_id) foreign keys below.
	CONSTRAINT practitioners_tenant_id UNIQUE (tenant, id)
);
CREATE INDEX IF NOT EXISTS practitioners_tenant_specialty ON practitioners (tenant, lower(specialty));
`,
	},
	{
		id: 'booking/0002_hours_and_time_off',
		sql: `
CREATE TABLE IF NOT EXISTS practitioner_hours (
	id bigserial PRIMARY KEY,
	tenant text NOT NULL,
	practitioner_id uuid NOT NULL,
	-- 0 = Sunday … 6 = Saturday, as extract(dow).
	weekday smallint NOT NULL CHECK (weekday BETWEEN 0 AND 6),
	-- Wall-clock times in the row's zone; 24:00 ends the day.
	start_time time NOT NULL,
	end_time time NOT NULL,
	slot_minutes integer NOT NULL CHECK (slot_minutes BETWEEN 5 AND 720),
	timezone text NOT NULL CHECK (timezone <> ''),
	CHECK (start_time < end_time),
	FOREIGN KEY (tenant, practitioner_id) REFERENCES practitioners (tenant, id) ON DELETE CASCADE,
	CONSTRAINT practitioner_hours_no_overlap EXCLUDE USING gist (
		practitioner_id WITH =,
		weekday WITH =,
		int4range((extract(epoch FROM start_time) / 60)::int, (extract(epoch FROM end_time) / 60)::int) WITH &&
	)
);
CREATE TABLE IF NOT EXISTS practitioner_time_off (
	id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	tenant text NOT NULL CHECK (tenant <> ''),
	-- NULL: the whole clinic is closed (a holiday).
	practitioner_id uuid,
	starts_at timestamptz NOT NULL,
	ends_at timestamptz NOT NULL,
	reason text,
	created_at timestamptz NOT NULL DEFAULT now(),
	CHECK (ends_at > starts_at),
	FOREIGN KEY (tenant, practitioner_id) REFERENCES practitioners (tenant, id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS practitioner_time_off_period ON practitioner_time_off
	USING gist (tenant, tstzrange(starts_at, ends_at, '[)'));
`,
	},
	{
		id: 'booking/0003_appointments',
		sql: `
CREATE TABLE IF NOT EXISTS appointments (
	id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	tenant text NOT NULL CHECK (tenant <> ''),
	practitioner_id uuid NOT NULL,
	-- The contact: E.164 digits without '+' (named phone for the LGPD export/erase registry).
	phone text NOT NULL CHECK (phone ~ '^[0-9]{5,20}$'),
	contact_name text,
	-- Who the visit is for when not the contact: the pet (name, species) or a child.
	subject_name text,
	subject_species text,
	specialty text,
	starts_at timestamptz NOT NULL,
	ends_at timestamptz NOT NULL,
	-- The clinic's zone at booking time, to word reminders in local time.
	timezone text NOT NULL,
	status text NOT NULL DEFAULT 'booked'
		CHECK (status IN ('booked', 'confirmed', 'cancelled', 'completed', 'no_show')),
	notes text,
	cancel_reason text,
	idempotency_key text CHECK (idempotency_key <> ''),
	created_at timestamptz NOT NULL DEFAULT now(),
	updated_at timestamptz NOT NULL DEFAULT now(),
	-- Bounded length lets range searches also bound starts_at and use a b-tree.
	CHECK (ends_at > starts_at AND ends_at - starts_at <= interval '12 hours'),
	FOREIGN KEY (tenant, practitioner_id) REFERENCES practitioners (tenant, id),
	CONSTRAINT appointments_idempotency_key UNIQUE (tenant, idempotency_key),
	-- The double-booking guard. Cancelled rows free their time; every other status holds it.
	CONSTRAINT appointments_no_overlap EXCLUDE USING gist (
		practitioner_id WITH =,
		tstzrange(starts_at, ends_at, '[)') WITH &&
	) WHERE (status <> 'cancelled')
);
-- A contact's appointments (listUpcoming, LGPD export and erase).
CREATE INDEX IF NOT EXISTS appointments_contact ON appointments (tenant, phone, starts_at);
-- Busy time of the practitioners in a search window.
CREATE INDEX IF NOT EXISTS appointments_practitioner_start ON appointments (practitioner_id, starts_at)
	WHERE status <> 'cancelled';
-- Reminder claims walk the open appointments by start.
CREATE INDEX IF NOT EXISTS appointments_open_start ON appointments (starts_at)
	WHERE status IN ('booked', 'confirmed');
`,
	},
	{
		id: 'booking/0004_appointment_reminders',
		sql: `
CREATE TABLE IF NOT EXISTS appointment_reminders (
	id bigserial PRIMARY KEY,
	appointment_id uuid NOT NULL REFERENCES appointments (id) ON DELETE CASCADE,
	-- The caller's name for the reminder, e.g. '24h' or '2h'.
	kind text NOT NULL CHECK (kind <> ''),
	-- The start it reminds of: a rescheduled appointment is reminded again of its new time.
	starts_at timestamptz NOT NULL,
	claimed_at timestamptz NOT NULL DEFAULT now(),
	claimed_by text,
	sent_at timestamptz,
	-- The exactly-once guard: a second claim of the same reminder inserts nothing.
	CONSTRAINT appointment_reminders_once UNIQUE (appointment_id, kind, starts_at)
);
`,
	},
];

/** Applies the booking migrations once per process and pool. */
export async function ensureBookingSchema(pool: Pool): Promise<MigrationReport> {
	return await ensureMigrated(pool, BOOKING_MIGRATIONS);
}
