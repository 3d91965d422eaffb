-- The package's own database and role, apart from n8n's. Appointment Booking, Opt-Out Guard and
-- Conversation Memory create their tables here through their own versioned migrations
-- (schema_migrations); this script only provides an empty database owned by `whatsapp_ai`.
-- Runs once, as the superuser, when the data volume is empty. The password comes from
-- WHATSAPP_AI_DB_PASSWORD in the container environment (see compose.yaml).

\set ON_ERROR_STOP on

\getenv whatsapp_ai_db_password WHATSAPP_AI_DB_PASSWORD
\if :{?whatsapp_ai_db_password}
\else
  \set whatsapp_ai_db_password ''
\endif
SELECT length(:'whatsapp_ai_db_password') = 0 AS whatsapp_ai_db_password_missing \gset
\if :whatsapp_ai_db_password_missing
  DO $$ BEGIN RAISE EXCEPTION 'WHATSAPP_AI_DB_PASSWORD is not set in the postgres container'; END $$;
\endif

SELECT format('CREATE ROLE whatsapp_ai LOGIN PASSWORD %L', :'whatsapp_ai_db_password') \gexec
CREATE DATABASE whatsapp_ai OWNER whatsapp_ai;
-- Only the owner (and the superuser) may connect; n8n's role cannot read patient data here.
REVOKE ALL ON DATABASE whatsapp_ai FROM PUBLIC;

-- btree_gist lets the booking migrations use an exclusion constraint (no overlapping
-- appointments per practitioner). It is a trusted extension, so the owner could create it too;
-- having it from the start keeps those migrations free of CREATE EXTENSION.
\connect whatsapp_ai
CREATE EXTENSION IF NOT EXISTS btree_gist;
