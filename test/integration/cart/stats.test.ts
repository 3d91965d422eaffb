import { randomUUID } from 'crypto';
import {
	cartStats,
	closeCart,
	decideOffer,
	expireStaleCarts,
	markContacted,
	recordPayment,
	registerAbandonment,
	renderDashboard,
	type Cart,
	type RegisterInput,
} from '../../../nodes/CartRecovery';
import { closeAllClients } from '../../../nodes/shared/clients/clientCache';
import { abandonment, prepareSchema, sharedPool, Tenants } from './support';

// The funnel of a period on the real Postgres: carts abandoned in the period and what became of
// them, revenue per currency, and the same figures in the HTML dashboard.
const pool = sharedPool();
const tenants = new Tenants(pool);
const NOW = new Date('2030-03-10T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);
let tenant: string;

async function journey(
	abandonedDaysAgo: number,
	steps: { contacted?: boolean; replies?: string[]; pay?: number; close?: 'declined' | 'expired' | 'opted_out' },
	overrides: Partial<RegisterInput> = {},
): Promise<Cart> {
	const at = daysAgo(abandonedDaysAgo);
	const result = await registerAbandonment(pool, { ...abandonment(tenant, overrides), abandonedAt: at, now: at });
	if (result.outcome === 'refused') throw new Error('refused');
	const { cart } = result;
	if (steps.contacted) await markContacted(pool, { tenant, cartId: cart.id, now: at });
	for (const text of steps.replies ?? []) await decideOffer(pool, { tenant, cartId: cart.id, text, messageId: randomUUID(), now: at });
	if (steps.close) await closeCart(pool, { tenant, cartId: cart.id, status: steps.close, now: at });
	if (steps.pay !== undefined)
		await recordPayment(pool, {
			tenant,
			paymentId: randomUUID(),
			cartId: cart.id,
			amount: steps.pay,
			currency: cart.currency,
			paidAt: at,
			now: at,
		});
	return cart;
}

beforeAll(async () => {
	await prepareSchema(pool);
	tenant = tenants.next('stats');
	await journey(1, { contacted: true, replies: ['muito caro'], pay: 179.91 }); // converted with the discount
	await journey(2, { contacted: true, replies: ['oi'], close: 'opted_out' });
	await journey(3, { contacted: true }); // no answer yet
	await journey(4, { contacted: true, pay: 50 }, { currency: 'USD', value: 50, discountLink: undefined, discountValue: undefined });
	await journey(9, { contacted: true, replies: ['quanto tempo pra chegar?'], pay: 199.9 }); // only in the 30 days
	await journey(18, { contacted: true, close: 'expired' });
	await journey(40, { contacted: true, pay: 199.9 }); // outside both periods
});
afterAll(async () => {
	await tenants.dropAll();
	await closeAllClients();
});

describe('cartStats', () => {
	it('counts the last 7 days', async () => {
		expect(await cartStats(pool, { tenant, days: 7, now: NOW })).toEqual({
			from: daysAgo(7).toISOString(),
			to: NOW.toISOString(),
			days: 7,
			abandoned: 4,
			contacted: 4,
			replied: 2,
			converted: 2,
			conversionRate: 0.5,
			convertedWithDiscount: 1,
			optOuts: 1,
			declined: 0,
			expired: 0,
			open: 1,
			revenueRecovered: [
				{ currency: 'BRL', amount: 179.91, amountCents: 17991, amountText: 'R$ 179,91' },
				{ currency: 'USD', amount: 50, amountCents: 5000, amountText: 'US$ 50,00' },
			],
			abandonedValue: [
				{ currency: 'BRL', amount: 599.7, amountCents: 59970, amountText: 'R$ 599,70' },
				{ currency: 'USD', amount: 50, amountCents: 5000, amountText: 'US$ 50,00' },
			],
		});
	});

	it('counts the last 30 days', async () => {
		const stats = await cartStats(pool, { tenant, days: 30, now: NOW });
		expect(stats).toMatchObject({
			abandoned: 6,
			contacted: 6,
			replied: 3,
			converted: 3,
			conversionRate: 0.5,
			optOuts: 1,
			expired: 1,
			open: 1,
		});
		expect(stats.revenueRecovered.map((total) => [total.currency, total.amountCents])).toEqual([
			['BRL', 37981],
			['USD', 5000],
		]);
	});

	it('takes an explicit period, and gives zeros for an empty one', async () => {
		expect(await cartStats(pool, { tenant, from: daysAgo(10).toISOString(), to: daysAgo(8).toISOString() })).toMatchObject({
			abandoned: 1,
			converted: 1,
			days: 2,
		});
		expect(await cartStats(pool, { tenant, from: '2020-01-01', to: '2020-02-01' })).toMatchObject({
			abandoned: 0,
			conversionRate: 0,
			revenueRecovered: [],
		});
		await expect(cartStats(pool, { tenant, from: '2030-02-01', to: '2030-01-01' })).rejects.toMatchObject({ code: 'invalid_input' });
	});

	it('shows the same figures in the dashboard', async () => {
		const periods = await Promise.all([7, 30].map(async (days) => ({ stats: await cartStats(pool, { tenant, days, now: NOW }) })));
		const html = renderDashboard({ shopName: 'Loja <Teste>', language: 'pt', generatedAt: NOW, timeZone: 'America/Sao_Paulo', periods });
		expect(html).toContain('Recuperação de vendas · Loja &lt;Teste&gt;');
		expect(html).toContain('<section class="card" data-days="7">');
		expect(html).toContain('data-kpi="revenue">R$ 179,91 + US$ 50,00<');
		expect(html).toContain('data-kpi="revenue">R$ 379,81 + US$ 50,00<');
		expect(html).toMatch(/<g data-step="converted" data-count="3">/);
	});
});

describe('expireStaleCarts', () => {
	it('closes open carts older than the limit as expired', async () => {
		const own = tenants.next('expire');
		const old = await registerAbandonment(pool, { ...abandonment(own), abandonedAt: daysAgo(5), now: NOW });
		const recent = await registerAbandonment(pool, { ...abandonment(own), abandonedAt: daysAgo(1), now: NOW });
		const expired = await expireStaleCarts(pool, { tenant: own, olderThanHours: 72, now: NOW });
		expect(expired.map((cart) => cart.id)).toEqual([old.outcome !== 'refused' && old.cart.id]);
		expect(expired[0]).toMatchObject({ status: 'expired', closeReason: 'timeout' });
		expect(
			(await pool.query('SELECT status FROM cart_recoveries WHERE id = $1', [recent.outcome !== 'refused' && recent.cart.id])).rows[0]
				.status,
		).toBe('open');
	});
});
