// The cart-recovery tables. Invariants live in constraints, so no code path (this package, a
// second n8n worker, a person with psql) can break them:
// - one cart per (tenant, external id): a redelivered abandonment event inserts nothing;
// - one payment per (tenant, payment id) and at most one payment per cart: a retried payment
//   webhook records one conversion, a second, different payment of a paid cart is refused;
// - one exchange per (cart, inbound message id): a redelivered reply is counted once;
// - money in integer cents, links https only, a discount link always with its (lower) value.
// Applied migrations are immutable (the runner checks their checksum): add 0002, never edit these.
// cart_recoveries keeps `tenant` and `phone` columns: the Opt-Out Guard's LGPD export and erase
// find a contact's carts by exactly those names (registered below); payments and exchanges go
// with their cart (ON DELETE CASCADE).
import type { Pool } from 'pg';
import { registerPersonalDataSource } from '../OptOutGuard/contactData';
import { ensureMigrated, type Migration, type MigrationReport } from '../shared/migrations/runner';

export const CART_MIGRATIONS: Migration[] = [
	{
		id: 'cart/0001_cart_recovery',
		sql: `
CREATE TABLE IF NOT EXISTS cart_recoveries (
	id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	tenant text NOT NULL CHECK (tenant <> ''),
	external_id text NOT NULL CHECK (external_id <> ''),
	-- E.164 digits without '+' (named phone for the LGPD export/erase registry).
	phone text NOT NULL CHECK (phone ~ '^[1-9][0-9]{7,14}$'),
	customer_name text NOT NULL CHECK (btrim(customer_name) <> ''),
	product text NOT NULL CHECK (btrim(product) <> ''),
	value_cents bigint NOT NULL CHECK (value_cents > 0),
	currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
	payment_link text NOT NULL CHECK (payment_link LIKE 'https://%'),
	discount_link text CHECK (discount_link LIKE 'https://%'),
	discount_value_cents bigint CHECK (discount_value_cents > 0 AND discount_value_cents < value_cents),
	status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'converted', 'declined', 'expired', 'opted_out')),
	close_reason text,
	abandoned_at timestamptz NOT NULL,
	-- Who may send the first message: set by the registration that inserted the row, and again
	-- by a retry only when the first message never went out and the claim is stale.
	contact_claimed_at timestamptz,
	contacted_at timestamptz,
	replied_at timestamptz,
	exchanges integer NOT NULL DEFAULT 0 CHECK (exchanges >= 0),
	discount_offers integer NOT NULL DEFAULT 0 CHECK (discount_offers >= 0),
	offered_link text CHECK (offered_link IN ('original', 'discount')),
	converted_at timestamptz,
	converted_link text CHECK (converted_link IN ('original', 'discount')),
	closed_at timestamptz,
	created_at timestamptz NOT NULL DEFAULT now(),
	updated_at timestamptz NOT NULL DEFAULT now(),
	CHECK ((discount_link IS NULL) = (discount_value_cents IS NULL)),
	CHECK ((status = 'open') = (closed_at IS NULL)),
	CHECK ((status = 'converted') = (converted_at IS NOT NULL AND converted_link IS NOT NULL)),
	CONSTRAINT cart_recoveries_external_id UNIQUE (tenant, external_id),
	-- Target of the (tenant, cart_id) foreign keys below.
	CONSTRAINT cart_recoveries_tenant_id UNIQUE (tenant, id)
);
-- The contact's open cart (a reply), LGPD export and erase.
CREATE INDEX IF NOT EXISTS cart_recoveries_contact ON cart_recoveries (tenant, phone, abandoned_at DESC);
-- Stats by period, and the sweep of stale open carts.
CREATE INDEX IF NOT EXISTS cart_recoveries_abandoned ON cart_recoveries (tenant, abandoned_at);

CREATE TABLE IF NOT EXISTS cart_payments (
	id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	tenant text NOT NULL,
	payment_id text NOT NULL CHECK (payment_id <> ''),
	cart_id uuid NOT NULL,
	amount_cents bigint NOT NULL CHECK (amount_cents > 0),
	currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
	link_type text NOT NULL CHECK (link_type IN ('original', 'discount')),
	paid_at timestamptz NOT NULL,
	created_at timestamptz NOT NULL DEFAULT now(),
	FOREIGN KEY (tenant, cart_id) REFERENCES cart_recoveries (tenant, id) ON DELETE CASCADE,
	CONSTRAINT cart_payments_payment_id UNIQUE (tenant, payment_id),
	CONSTRAINT cart_payments_one_per_cart UNIQUE (cart_id)
);

CREATE TABLE IF NOT EXISTS cart_exchanges (
	id bigserial PRIMARY KEY,
	cart_id uuid NOT NULL REFERENCES cart_recoveries (id) ON DELETE CASCADE,
	-- The inbound WhatsApp message answered (not its text: the decision is all that is kept).
	message_id text NOT NULL CHECK (message_id <> ''),
	seq integer NOT NULL CHECK (seq > 0),
	price_objection boolean NOT NULL,
	link_type text NOT NULL CHECK (link_type IN ('original', 'discount')),
	new_discount_offer boolean NOT NULL,
	decision_reason text NOT NULL,
	created_at timestamptz NOT NULL DEFAULT now(),
	CONSTRAINT cart_exchanges_message UNIQUE (cart_id, message_id),
	CONSTRAINT cart_exchanges_seq UNIQUE (cart_id, seq)
);
`,
	},
];

/** Applies the cart-recovery migrations once per process and pool. */
export async function ensureCartSchema(pool: Pool): Promise<MigrationReport> {
	return await ensureMigrated(pool, CART_MIGRATIONS);
}

// Export and erase (Opt-Out Guard, Contact Data) cover the carts: payments and exchanges have no
// phone of their own and are deleted with their cart.
registerPersonalDataSource({ kind: 'postgres', id: 'cart:cart_recoveries', table: 'cart_recoveries' });
