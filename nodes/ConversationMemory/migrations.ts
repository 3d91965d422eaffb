import type { Migration } from '../shared/migrations/runner';

// Schema of the optional audit log. Applied migrations are immutable (the runner checks their
// checksum): change the schema by adding 0002, never by editing 0001.

export const MEMORY_MIGRATIONS: Migration[] = [
	{
		id: 'memory/0001_conversation_log',
		sql: `
CREATE TABLE IF NOT EXISTS conversation_log (
	id bigserial PRIMARY KEY,
	tenant text NOT NULL,
	phone text NOT NULL,
	conversation_key text NOT NULL,
	role text NOT NULL CHECK (role IN ('user', 'assistant', 'system')),
	text text NOT NULL,
	message_id text,
	metadata jsonb,
	created_at timestamptz NOT NULL DEFAULT now()
);
-- A contact's conversation in time order (export, erase, review).
CREATE INDEX IF NOT EXISTS conversation_log_contact_time ON conversation_log (tenant, phone, created_at);
-- Retention purge walks one tenant's oldest rows.
CREATE INDEX IF NOT EXISTS conversation_log_tenant_time ON conversation_log (tenant, created_at);
-- A redelivered message is logged once.
CREATE UNIQUE INDEX IF NOT EXISTS conversation_log_message_once
	ON conversation_log (tenant, message_id, role) WHERE message_id IS NOT NULL;
`,
	},
];
