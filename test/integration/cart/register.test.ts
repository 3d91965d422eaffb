import {
	closeCart,
	CONTACT_CLAIM_MS,
	getOpenCart,
	markContacted,
	registerAbandonment,
	type RegisterResult,
} from '../../../nodes/CartRecovery';
import { eraseContactData, exportContactData } from '../../../nodes/OptOutGuard/contactData';
import { optIn, optOut } from '../../../nodes/OptOutGuard/store';
import { closeAllClients } from '../../../nodes/shared/clients/clientCache';
import { abandonment, guardRedis, prepareSchema, sharedPool, Tenants, uniquePhone, workerPool } from './support';

// Registering abandoned carts on the real Postgres: once per external id (also twenty deliveries
// at once), never for a contact who opted out of marketing (opt-outs and the suppression list of
// erased contacts, read through the Opt-Out Guard), and one first message per cart.
const pool = sharedPool();
const tenants = new Tenants(pool);
const { redis, prefix } = guardRedis();

beforeAll(async () => await prepareSchema(pool));
afterAll(async () => {
	await tenants.dropAll();
	await closeAllClients();
});

const registered = (result: RegisterResult) => {
	if (result.outcome === 'refused') throw new Error(`expected a cart, got ${JSON.stringify(result)}`);
	return result;
};

describe('registerAbandonment', () => {
	it('stores the cart with its phone as E.164 digits, amounts in cents and text, and lets this registration send the first message', async () => {
		const tenant = tenants.next('reg');
		const phone = uniquePhone();
		const result = registered(
			await registerAbandonment(
				pool,
				abandonment(tenant, {
					phone: `+${phone.slice(0, 2)} (${phone.slice(2, 4)}) ${phone.slice(4, 9)}-${phone.slice(9)}`,
					externalId: 'chk-1',
				}),
			),
		);
		expect(result).toMatchObject({ outcome: 'registered', shouldContact: true });
		expect(result.cart).toMatchObject({
			tenant,
			externalId: 'chk-1',
			phone,
			name: 'Ana Souza',
			product: 'Tênis Corrida Pro',
			value: 199.9,
			valueCents: 19990,
			currency: 'BRL',
			valueText: 'R$ 199,90',
			paymentLink: 'https://loja.example/pay/abc',
			discountLink: 'https://loja.example/pay/abc?cupom=VOLTA10',
			discountValueCents: 17991,
			discountValueText: 'R$ 179,91',
			status: 'open',
			contactedAt: null,
			exchanges: 0,
		});
	});

	it('answers a retry with already_processed and the same ids, and only the first may send', async () => {
		const tenant = tenants.next('retry');
		const event = abandonment(tenant);
		const first = registered(await registerAbandonment(pool, event));
		const second = registered(await registerAbandonment(pool, { ...event, value: '199,90' }));
		expect(second).toMatchObject({ outcome: 'already_processed', shouldContact: false });
		expect(second.cart.id).toBe(first.cart.id);
		expect(second.cart.externalId).toBe(first.cart.externalId);
		expect((await pool.query('SELECT count(*)::int AS n FROM cart_recoveries WHERE tenant = $1', [tenant])).rows[0].n).toBe(1);
	});

	it('registers twenty simultaneous deliveries of one event once: one registered, nineteen already_processed, one sender', async () => {
		const tenant = tenants.next('burst');
		const workers = workerPool(20);
		try {
			const event = abandonment(tenant);
			const results = (await Promise.all(Array.from({ length: 20 }, async () => await registerAbandonment(workers, event)))).map(
				registered,
			);
			expect(results.filter((r) => r.outcome === 'registered')).toHaveLength(1);
			expect(results.filter((r) => r.outcome === 'already_processed')).toHaveLength(19);
			expect(results.filter((r) => r.shouldContact)).toHaveLength(1);
			expect(new Set(results.map((r) => r.cart.id)).size).toBe(1);
			expect((await pool.query('SELECT count(*)::int AS n FROM cart_recoveries WHERE tenant = $1', [tenant])).rows[0].n).toBe(1);
		} finally {
			await workers.end();
		}
	});

	it('refuses the same external id with another phone or value: a conflict, not a retry', async () => {
		const tenant = tenants.next('conflict');
		const event = abandonment(tenant);
		await registerAbandonment(pool, event);
		await expect(registerAbandonment(pool, { ...event, phone: uniquePhone() })).rejects.toMatchObject({
			code: 'conflict',
			message: expect.stringMatching(/different phone/),
		});
		await expect(registerAbandonment(pool, { ...event, value: 250 })).rejects.toMatchObject({
			code: 'conflict',
			message: expect.stringMatching(/different value/),
		});
	});

	it('lets a later retry send the first message when the registration that held it never did (stale claim)', async () => {
		const tenant = tenants.next('claim');
		const event = abandonment(tenant);
		const now = new Date();
		registered(await registerAbandonment(pool, { ...event, now }));
		const soon = registered(await registerAbandonment(pool, { ...event, now: new Date(now.getTime() + 60_000) }));
		expect(soon.shouldContact).toBe(false);
		const later = registered(await registerAbandonment(pool, { ...event, now: new Date(now.getTime() + CONTACT_CLAIM_MS + 1_000) }));
		expect(later.shouldContact).toBe(true);
		// Once the message went out, no retry sends it again.
		await markContacted(pool, { tenant, cartId: event.externalId });
		const afterContact = registered(await registerAbandonment(pool, { ...event, now: new Date(now.getTime() + 3 * CONTACT_CLAIM_MS) }));
		expect(afterContact.shouldContact).toBe(false);
	});

	it('refuses a contact who opted out of marketing, or of everything, and registers them again after an opt-in', async () => {
		const tenant = tenants.next('optout');
		const phone = uniquePhone();
		await optOut(pool, redis, prefix, { tenant, phone, category: 'marketing', source: 'keyword' });
		expect(await registerAbandonment(pool, abandonment(tenant, { phone }))).toMatchObject({
			outcome: 'refused',
			reason: 'opted_out',
			optOutCategory: 'marketing',
			phone,
		});
		const other = uniquePhone();
		await optOut(pool, redis, prefix, { tenant, phone: other, category: 'all', source: 'operator' });
		expect(await registerAbandonment(pool, abandonment(tenant, { phone: other }))).toMatchObject({
			outcome: 'refused',
			optOutCategory: 'all',
		});
		expect((await pool.query('SELECT count(*)::int AS n FROM cart_recoveries WHERE tenant = $1', [tenant])).rows[0].n).toBe(0);

		await optIn(pool, redis, prefix, { tenant, phone });
		expect(await registerAbandonment(pool, abandonment(tenant, { phone }))).toMatchObject({ outcome: 'registered' });
	});

	it('refuses an erased contact whose opt-out lives on in the suppression list', async () => {
		const tenant = tenants.next('erased');
		const phone = uniquePhone();
		registered(await registerAbandonment(pool, abandonment(tenant, { phone })));
		await optOut(pool, redis, prefix, { tenant, phone, category: 'marketing', source: 'keyword' });
		const report = await eraseContactData(pool, redis, { tenant, phone, prefix });
		// The carts are personal data too: erase removes them with the rest.
		expect(report.postgres.cart_recoveries).toBe(1);
		expect(await registerAbandonment(pool, abandonment(tenant, { phone }))).toMatchObject({ outcome: 'refused', reason: 'opted_out' });
	});

	it('appears in the LGPD export of the contact', async () => {
		const tenant = tenants.next('export');
		const phone = uniquePhone();
		const { cart } = registered(await registerAbandonment(pool, abandonment(tenant, { phone })));
		const exported = await exportContactData(pool, redis, { tenant, phone, prefix });
		expect(exported.postgres.cart_recoveries).toEqual([expect.objectContaining({ id: cart.id, phone, external_id: cart.externalId })]);
	});

	it("closes the contact's older open cart when a newer one is registered, so a reply finds the newest", async () => {
		const tenant = tenants.next('supersede');
		const phone = uniquePhone();
		const older = registered(
			await registerAbandonment(pool, abandonment(tenant, { phone, abandonedAt: new Date(Date.now() - 3_600_000).toISOString() })),
		);
		const newer = registered(await registerAbandonment(pool, abandonment(tenant, { phone, product: 'Mochila' })));
		expect(newer.superseded).toBe(1);
		expect((await getOpenCart(pool, { tenant, phone }))?.id).toBe(newer.cart.id);
		const { rows } = await pool.query('SELECT status, close_reason FROM cart_recoveries WHERE id = $1', [older.cart.id]);
		expect(rows[0]).toEqual({ status: 'expired', close_reason: 'superseded' });
	});

	it.each([
		['a phone with a trunk zero instead of a country code', { phone: '011 99999-0000' }, /phone must be an E\.164 number/],
		['a phone with letters', { phone: '+55 11 9999-ABCD' }, /phone must be an E\.164 number/],
		['a phone over 15 digits', { phone: '+5511999990000123' }, /phone must be an E\.164 number/],
		['no name', { name: '  ' }, /name is required/],
		['no product', { product: '' }, /product is required/],
		['a zero value', { value: 0 }, /value must be greater than zero/],
		['a negative value', { value: -10 }, /value must be greater than zero/],
		['three decimals', { value: 19.999 }, /value must have at most two decimals/],
		['a value in words', { value: 'cem reais' }, /value must be a positive amount/],
		['an unknown currency', { currency: 'XYZ' }, /currency must be an ISO 4217 code/],
		['an http payment link', { paymentLink: 'http://loja.example/pay' }, /paymentLink must use https/],
		['a javascript: link', { paymentLink: 'javascript:alert(1)' }, /paymentLink must use https/],
		['a link with credentials', { paymentLink: 'https://user:pw@loja.example/pay' }, /must not contain a user name or password/],
		['a discount link without its value', { discountValue: undefined }, /discountValue is required with discountLink/],
		['a discount that is not lower', { discountValue: 250 }, /discountValue must be lower than value/],
		['a discount value without a link', { discountLink: undefined }, /discountValue was given without discountLink/],
		['no external id', { externalId: '' }, /externalId is required/],
		['an abandonment in the future', { abandonedAt: '2999-01-01T00:00:00Z' }, /abandonedAt is in the future/],
	])('refuses %s as invalid_input, storing nothing', async (_title, overrides, message) => {
		const tenant = tenants.next('invalid');
		await expect(registerAbandonment(pool, abandonment(tenant, overrides as never))).rejects.toMatchObject({
			code: 'invalid_input',
			message: expect.stringMatching(message),
		});
		expect((await pool.query('SELECT count(*)::int AS n FROM cart_recoveries WHERE tenant = $1', [tenant])).rows[0].n).toBe(0);
	});
});

describe('markContacted, getOpenCart, closeCart', () => {
	it('marks the first contact once', async () => {
		const tenant = tenants.next('contact');
		const { cart } = registered(await registerAbandonment(pool, abandonment(tenant)));
		const first = await markContacted(pool, { tenant, cartId: cart.id });
		const again = await markContacted(pool, { tenant, cartId: cart.externalId });
		expect(first.firstContact).toBe(true);
		expect(again.firstContact).toBe(false);
		expect(again.cart.contactedAt).toBe(first.cart.contactedAt);
		await expect(markContacted(pool, { tenant, cartId: 'nope' })).rejects.toMatchObject({ code: 'not_found' });
	});

	it('finds no open cart for a stranger, and none after the cart was closed; closing twice changes nothing', async () => {
		const tenant = tenants.next('close');
		const phone = uniquePhone();
		expect(await getOpenCart(pool, { tenant, phone })).toBeUndefined();
		const { cart } = registered(await registerAbandonment(pool, abandonment(tenant, { phone })));
		expect(await getOpenCart(pool, { tenant, phone })).toMatchObject({ id: cart.id });
		expect(await closeCart(pool, { tenant, cartId: cart.id, status: 'declined' })).toMatchObject({
			outcome: 'closed',
			cart: { status: 'declined', closeReason: 'customer' },
		});
		expect(await closeCart(pool, { tenant, cartId: cart.id, status: 'expired' })).toMatchObject({
			outcome: 'already_closed',
			cart: { status: 'declined' },
		});
		expect(await getOpenCart(pool, { tenant, phone })).toBeUndefined();
		expect(await closeCart(pool, { tenant, phone, status: 'opted_out' })).toEqual({ outcome: 'no_open_cart', closed: 0 });
	});

	it("closes a contact's open cart by phone, as opted out", async () => {
		const tenant = tenants.next('closephone');
		const phone = uniquePhone();
		registered(await registerAbandonment(pool, abandonment(tenant, { phone })));
		expect(await closeCart(pool, { tenant, phone, status: 'opted_out' })).toMatchObject({
			outcome: 'closed',
			closed: 1,
			cart: { status: 'opted_out', closeReason: 'opt_out' },
		});
	});
});
