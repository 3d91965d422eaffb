-- n8n's own database and role. The postgres image runs this once, as the superuser, when the
-- data volume is empty. The password comes from the container environment (N8N_DB_PASSWORD,
-- see compose.yaml); psql reads it with \getenv, so no secret is written in this file.

\set ON_ERROR_STOP on

\getenv n8n_db_password N8N_DB_PASSWORD
\if :{?n8n_db_password}
\else
  \set n8n_db_password ''
\endif
SELECT length(:'n8n_db_password') = 0 AS n8n_db_password_missing \gset
\if :n8n_db_password_missing
  DO $$ BEGIN RAISE EXCEPTION 'N8N_DB_PASSWORD is not set in the postgres container'; END $$;
\endif

SELECT format('CREATE ROLE n8n LOGIN PASSWORD %L', :'n8n_db_password') \gexec
CREATE DATABASE n8n OWNER n8n;
REVOKE ALL ON DATABASE n8n FROM PUBLIC;
