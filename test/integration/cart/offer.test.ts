import { randomUUID } from 'crypto';
import { decideOffer, getOpenCart, registerAbandonment, type Cart, type RegisterInput } from '../../../nodes/CartRecovery';
import { closeAllClients } from '../../../nodes/shared/clients/clientCache';
import { abandonment, prepareSchema, sharedPool, Tenants, workerPool } from './support';

// Deciding the offer of each reply on the real Postgres: the original link first, the discount
// link only after a price objection (or above the threshold) and at most N times, every
// customer message counted once (also redelivered, also concurrent), and the conversation
// closed after the maximum number of exchanges.
const pool = sharedPool();
const tenants = new Tenants(pool);

beforeAll(async () => await prepareSchema(pool));
afterAll(async () => {
	await tenants.dropAll();
	await closeAllClients();
});

async function newCart(label: string, overrides: Partial<RegisterInput> = {}): Promise<Cart> {
	const tenant = tenants.next(label);
	const result = await registerAbandonment(pool, abandonment(tenant, overrides));
	if (result.outcome === 'refused') throw new Error('refused');
	return result.cart;
}

const reply = async (cart: Cart, text: string, extra: Partial<Parameters<typeof decideOffer>[1]> = {}) =>
	await decideOffer(pool, { tenant: cart.tenant, cartId: cart.id, text, messageId: `wamid.${randomUUID()}`, ...extra });

describe('decideOffer', () => {
	it('offers the original link until the customer objects to the price, then the discount link, which stands', async () => {
		const cart = await newCart('offer');
		const first = await reply(cart, 'Oi! Ainda tem no meu tamanho?');
		expect(first).toMatchObject({
			action: 'reply',
			offerType: 'original',
			offerLink: 'https://loja.example/pay/abc',
			offerValueText: 'R$ 199,90',
			reason: 'original_first',
			priceObjection: false,
			newDiscountOffer: false,
			exchange: 1,
			lastExchange: false,
		});
		const objection = await reply(cart, 'Achei muito caro...');
		expect(objection).toMatchObject({
			offerType: 'discount',
			offerLink: 'https://loja.example/pay/abc?cupom=VOLTA10',
			offerValueText: 'R$ 179,91',
			reason: 'price_objection',
			priceObjection: true,
			objectionMatched: 'muito caro',
			newDiscountOffer: true,
			exchange: 2,
		});
		expect(objection.cart).toMatchObject({ discountOffers: 1, offeredLink: 'discount', exchanges: 2 });
		// A second objection gets no second offer (default: one), but the discount still stands.
		const again = await reply(cart, 'ainda tá caro, tem mais desconto?');
		expect(again).toMatchObject({
			offerType: 'discount',
			newDiscountOffer: false,
			reason: 'discount_already_offered',
			priceObjection: true,
		});
		const plain = await reply(cart, 'vou ver');
		expect(plain).toMatchObject({ offerType: 'discount', newDiscountOffer: false, reason: 'discount_already_offered' });
		expect(plain.cart.discountOffers).toBe(1);
	});

	it('never offers a discount the cart does not have', async () => {
		const cart = await newCart('nodiscount', { discountLink: undefined, discountValue: undefined });
		expect(await reply(cart, 'muito caro!')).toMatchObject({
			offerType: 'original',
			offerLink: 'https://loja.example/pay/abc',
			reason: 'no_discount_link',
			priceObjection: true,
		});
	});

	it('never offers the discount when the limit is 0', async () => {
		const cart = await newCart('limit0');
		expect(await reply(cart, 'caro demais', { maxDiscountOffers: 0 })).toMatchObject({
			offerType: 'original',
			reason: 'discount_limit_reached',
		});
	});

	it('offers the discount without an objection to carts worth at least the threshold, and only to those', async () => {
		const big = await newCart('threshold', { value: 1500, discountValue: 1350 });
		const small = await newCart('threshold', { value: 100, discountValue: 90 });
		expect(await reply(big, 'oi', { discountThreshold: 1000 })).toMatchObject({
			offerType: 'discount',
			reason: 'value_threshold',
			newDiscountOffer: true,
		});
		expect(await reply(small, 'oi', { discountThreshold: 1000 })).toMatchObject({ offerType: 'original', reason: 'original_first' });
	});

	it('allows N discount offers when configured', async () => {
		const cart = await newCart('twooffers');
		expect(await reply(cart, 'caro', { maxDiscountOffers: 2 })).toMatchObject({ newDiscountOffer: true });
		expect(await reply(cart, 'ainda caro', { maxDiscountOffers: 2 })).toMatchObject({ newDiscountOffer: true });
		const third = await reply(cart, 'caro!!', { maxDiscountOffers: 2 });
		expect(third).toMatchObject({ newDiscountOffer: false, offerType: 'discount' });
		expect(third.cart.discountOffers).toBe(2);
	});

	it('answers the fifth message as the last, closes the cart as declined, and answers nothing after', async () => {
		const cart = await newCart('cap');
		const decisions = [];
		for (const text of ['oi', 'qual o prazo?', 'e a cor?', 'hmm', 'vou pensar']) decisions.push(await reply(cart, text));
		expect(decisions.map((d) => [d.exchange, d.lastExchange])).toEqual([
			[1, false],
			[2, false],
			[3, false],
			[4, false],
			[5, true],
		]);
		expect(decisions[4].cart).toMatchObject({ status: 'declined', closeReason: 'exchange_limit', exchanges: 5 });
		expect(await getOpenCart(pool, { tenant: cart.tenant, phone: cart.phone })).toBeUndefined();
		expect(await reply(cart, 'oi?')).toMatchObject({ action: 'none', reason: 'closed', offerLink: null, exchange: 5 });
	});

	it('follows a configured maximum', async () => {
		const cart = await newCart('cap2');
		expect(await reply(cart, 'oi', { maxExchanges: 2 })).toMatchObject({ lastExchange: false });
		expect(await reply(cart, 'oi', { maxExchanges: 2 })).toMatchObject({ lastExchange: true, cart: { status: 'declined' } });
	});

	it('answers a redelivered message with the same decision, counting it once', async () => {
		const cart = await newCart('replay');
		const messageId = `wamid.${randomUUID()}`;
		const first = await reply(cart, 'tá caro', { messageId });
		const again = await reply(cart, 'tá caro', { messageId });
		expect(again).toMatchObject({
			replayed: true,
			exchange: 1,
			offerType: 'discount',
			newDiscountOffer: true,
			reason: 'price_objection',
			priceObjection: true,
		});
		expect(first.replayed).toBe(false);
		expect(again.cart).toMatchObject({ exchanges: 1, discountOffers: 1 });
	});

	it('counts twenty deliveries of one message, at once, as one exchange', async () => {
		const cart = await newCart('burst');
		const workers = workerPool(20);
		try {
			const messageId = `wamid.${randomUUID()}`;
			const decisions = await Promise.all(
				Array.from(
					{ length: 20 },
					async () => await decideOffer(workers, { tenant: cart.tenant, cartId: cart.id, text: 'desconto?', messageId }),
				),
			);
			expect(decisions.filter((d) => !d.replayed)).toHaveLength(1);
			expect(new Set(decisions.map((d) => `${d.exchange}:${d.offerType}`))).toEqual(new Set(['1:discount']));
			expect((await pool.query('SELECT exchanges, discount_offers FROM cart_recoveries WHERE id = $1', [cart.id])).rows[0]).toEqual({
				exchanges: 1,
				discount_offers: 1,
			});
		} finally {
			await workers.end();
		}
	});

	it('takes twenty different messages at once in turn: five answered, the cart closed, the rest answered with nothing', async () => {
		const cart = await newCart('flood');
		const workers = workerPool(20);
		try {
			const decisions = await Promise.all(
				Array.from(
					{ length: 20 },
					async (_, i) => await decideOffer(workers, { tenant: cart.tenant, cartId: cart.id, text: `msg ${i}`, messageId: `m-${i}` }),
				),
			);
			const replies = decisions.filter((d) => d.action === 'reply');
			expect(replies.map((d) => d.exchange).sort()).toEqual([1, 2, 3, 4, 5]);
			expect(replies.filter((d) => d.lastExchange)).toHaveLength(1);
			expect(decisions.filter((d) => d.action === 'none')).toHaveLength(15);
			expect((await pool.query('SELECT count(*)::int AS n FROM cart_exchanges WHERE cart_id = $1', [cart.id])).rows[0].n).toBe(5);
		} finally {
			await workers.end();
		}
	});

	it("finds the cart by the shop's external id, and says when there is none", async () => {
		const cart = await newCart('byexternal');
		expect(await decideOffer(pool, { tenant: cart.tenant, cartId: cart.externalId, text: 'oi' })).toMatchObject({ exchange: 1 });
		await expect(decideOffer(pool, { tenant: cart.tenant, cartId: 'chk-none', text: 'oi' })).rejects.toMatchObject({ code: 'not_found' });
	});
});
