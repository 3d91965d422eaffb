import { randomUUID } from 'crypto';
import { closeCart, decideOffer, recordPayment, registerAbandonment, type Cart, type RegisterInput } from '../../../nodes/CartRecovery';
import { closeAllClients } from '../../../nodes/shared/clients/clientCache';
import { abandonment, prepareSchema, sharedPool, Tenants, uniqueId, workerPool } from './support';

// Recording payments on the real Postgres: once per payment id (also twenty at once), only for
// the cart's amount to the cent (a mismatch is an error, never a silent success), one payment
// per cart, and the cart converted with the link that was paid.
const pool = sharedPool();
const tenants = new Tenants(pool);

beforeAll(async () => await prepareSchema(pool));
afterAll(async () => {
	await tenants.dropAll();
	await closeAllClients();
});

async function newCart(label: string, overrides: Partial<RegisterInput> = {}): Promise<Cart> {
	const result = await registerAbandonment(pool, abandonment(tenants.next(label), overrides));
	if (result.outcome === 'refused') throw new Error('refused');
	return result.cart;
}

const count = async (sql: string, params: unknown[]) => (await pool.query(sql, params)).rows[0].n as number;

describe('recordPayment', () => {
	it('records the payment and converts the cart with the original link', async () => {
		const cart = await newCart('pay');
		const result = await recordPayment(pool, {
			tenant: cart.tenant,
			paymentId: 'pay-1',
			cartId: cart.externalId,
			amount: '199.90',
			currency: 'BRL',
		});
		expect(result).toMatchObject({
			outcome: 'recorded',
			payment: { paymentId: 'pay-1', cartId: cart.id, amount: 199.9, amountCents: 19990, amountText: 'R$ 199,90', linkType: 'original' },
			cart: { id: cart.id, status: 'converted', convertedLink: 'original', closeReason: 'paid' },
		});
		expect(result.cart.convertedAt).not.toBeNull();
	});

	it('tells the discount link from its amount', async () => {
		const cart = await newCart('discount');
		expect(await recordPayment(pool, { tenant: cart.tenant, paymentId: 'pay-d', cartId: cart.id, amount: 179.91 })).toMatchObject({
			payment: { linkType: 'discount', amountCents: 17991 },
			cart: { convertedLink: 'discount' },
		});
	});

	it('answers a retry with already_processed and the same ids', async () => {
		const cart = await newCart('retry');
		const first = await recordPayment(pool, { tenant: cart.tenant, paymentId: 'pay-r', cartId: cart.externalId, amount: 199.9 });
		const second = await recordPayment(pool, { tenant: cart.tenant, paymentId: 'pay-r', cartId: cart.externalId, amount: '199,90' });
		expect(second).toMatchObject({
			outcome: 'already_processed',
			payment: { id: first.payment.id },
			cart: { id: cart.id, status: 'converted' },
		});
		expect(await count('SELECT count(*)::int AS n FROM cart_payments WHERE tenant = $1', [cart.tenant])).toBe(1);
	});

	it('records twenty simultaneous deliveries of one payment once', async () => {
		const cart = await newCart('burst');
		const workers = workerPool(20);
		try {
			const results = await Promise.all(
				Array.from(
					{ length: 20 },
					async () => await recordPayment(workers, { tenant: cart.tenant, paymentId: 'pay-burst', cartId: cart.externalId, amount: 199.9 }),
				),
			);
			expect(results.filter((r) => r.outcome === 'recorded')).toHaveLength(1);
			expect(results.filter((r) => r.outcome === 'already_processed')).toHaveLength(19);
			expect(new Set(results.map((r) => r.payment.id)).size).toBe(1);
			expect(await count('SELECT count(*)::int AS n FROM cart_payments WHERE cart_id = $1', [cart.id])).toBe(1);
		} finally {
			await workers.end();
		}
	});

	it('lets one of twenty different payments of one cart through, at once; the others are already_converted', async () => {
		const cart = await newCart('double');
		const workers = workerPool(20);
		try {
			const results = await Promise.allSettled(
				Array.from(
					{ length: 20 },
					async (_, i) => await recordPayment(workers, { tenant: cart.tenant, paymentId: `pay-${i}`, cartId: cart.id, amount: 199.9 }),
				),
			);
			expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
			const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
			expect(refused).toHaveLength(19);
			for (const r of refused)
				expect(r.reason).toMatchObject({
					code: 'already_converted',
					message: expect.stringMatching(/was already paid by payment pay-\d+/),
				});
		} finally {
			await workers.end();
		}
	});

	it.each([
		['a lower amount', 150, /does not match cart .*: expected R\$ 199,90 \(original link\) or R\$ 179,91 \(discount link\)/],
		['one cent more', 199.91, /R\$ 199,91 does not match/],
		['one cent less than the discount', '179.90', /R\$ 179,90 does not match/],
	])('refuses %s as amount_mismatch and leaves the cart open', async (_title, amount, message) => {
		const cart = await newCart('mismatch');
		await expect(
			recordPayment(pool, { tenant: cart.tenant, paymentId: uniqueId('pay'), cartId: cart.externalId, amount }),
		).rejects.toMatchObject({
			code: 'amount_mismatch',
			message: expect.stringMatching(message),
		});
		expect((await pool.query('SELECT status FROM cart_recoveries WHERE id = $1', [cart.id])).rows[0].status).toBe('open');
		expect(await count('SELECT count(*)::int AS n FROM cart_payments WHERE cart_id = $1', [cart.id])).toBe(0);
	});

	it('checks a declared link against its own amount', async () => {
		const cart = await newCart('declared');
		await expect(
			recordPayment(pool, { tenant: cart.tenant, paymentId: 'p', cartId: cart.id, amount: 199.9, linkType: 'discount' }),
		).rejects.toMatchObject({
			code: 'amount_mismatch',
			message: expect.stringMatching(/expected R\$ 179,91 \(discount link\)$/),
		});
		const plain = await newCart('declared', { discountLink: undefined, discountValue: undefined });
		await expect(
			recordPayment(pool, { tenant: plain.tenant, paymentId: 'p', cartId: plain.id, amount: 179.91, linkType: 'discount' }),
		).rejects.toMatchObject({
			code: 'amount_mismatch',
			message: expect.stringMatching(/expected no discount link/),
		});
	});

	it('refuses another currency', async () => {
		const cart = await newCart('currency');
		await expect(
			recordPayment(pool, { tenant: cart.tenant, paymentId: 'p', cartId: cart.id, amount: 199.9, currency: 'USD' }),
		).rejects.toMatchObject({
			code: 'currency_mismatch',
		});
	});

	it('says clearly when the cart is unknown, also in another tenant', async () => {
		const cart = await newCart('unknown');
		await expect(recordPayment(pool, { tenant: cart.tenant, paymentId: 'p', cartId: 'chk-nope', amount: 10 })).rejects.toMatchObject({
			code: 'not_found',
			message: 'No cart chk-nope in this tenant',
		});
		await expect(
			recordPayment(pool, { tenant: tenants.next('other'), paymentId: 'p', cartId: cart.id, amount: 199.9 }),
		).rejects.toMatchObject({ code: 'not_found' });
	});

	it('refuses a payment id replayed with another amount or cart as a conflict', async () => {
		const cart = await newCart('conflict');
		const other = await registerAbandonment(pool, abandonment(cart.tenant));
		if (other.outcome === 'refused') throw new Error('refused');
		await recordPayment(pool, { tenant: cart.tenant, paymentId: 'pay-x', cartId: cart.id, amount: 199.9 });
		await expect(recordPayment(pool, { tenant: cart.tenant, paymentId: 'pay-x', cartId: cart.id, amount: 179.91 })).rejects.toMatchObject({
			code: 'conflict',
		});
		await expect(
			recordPayment(pool, { tenant: cart.tenant, paymentId: 'pay-x', cartId: other.cart.id, amount: 199.9 }),
		).rejects.toMatchObject({ code: 'conflict' });
	});

	it('converts a cart whose conversation was closed: a late payment is still recovered revenue', async () => {
		const cart = await newCart('late');
		await decideOffer(pool, { tenant: cart.tenant, cartId: cart.id, text: 'muito caro', messageId: randomUUID() });
		await closeCart(pool, { tenant: cart.tenant, cartId: cart.id, status: 'declined' });
		expect(await recordPayment(pool, { tenant: cart.tenant, paymentId: 'late', cartId: cart.id, amount: 179.91 })).toMatchObject({
			cart: { status: 'converted', convertedLink: 'discount', closeReason: 'paid' },
		});
	});

	it.each([
		['no payment id', { paymentId: '' }, /paymentId is required/],
		['no amount', { amount: '' }, /amount must be a positive amount/],
		['a zero amount', { amount: 0 }, /amount must be greater than zero/],
		['an unknown link type', { linkType: 'coupon' }, /linkType must be auto, original or discount/],
	])('refuses %s as invalid_input', async (_title, overrides, message) => {
		const cart = await newCart('invalid');
		await expect(
			recordPayment(pool, { tenant: cart.tenant, paymentId: 'p', cartId: cart.id, amount: 199.9, ...(overrides as object) }),
		).rejects.toMatchObject({
			code: 'invalid_input',
			message: expect.stringMatching(message),
		});
	});
});
