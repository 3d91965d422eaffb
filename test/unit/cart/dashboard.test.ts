import { renderDashboard } from '../../../nodes/CartRecovery/dashboard';
import type { CartStats } from '../../../nodes/CartRecovery/stats';

// The HTML dashboard: the figures it is given, escaped, self-contained, no scripts.
const stats = (overrides: Partial<CartStats> = {}): CartStats => ({
	from: '2030-03-03T12:00:00.000Z',
	to: '2030-03-10T12:00:00.000Z',
	days: 7,
	abandoned: 10,
	contacted: 9,
	replied: 5,
	converted: 3,
	conversionRate: 0.3,
	convertedWithDiscount: 1,
	optOuts: 1,
	declined: 2,
	expired: 1,
	open: 3,
	revenueRecovered: [{ currency: 'BRL', amount: 559.7, amountCents: 55970, amountText: 'R$ 559,70' }],
	abandonedValue: [{ currency: 'BRL', amount: 1999, amountCents: 199900, amountText: 'R$ 1.999,00' }],
	...overrides,
});
const generatedAt = new Date('2030-03-10T12:00:00Z');

describe('renderDashboard', () => {
	const html = renderDashboard({
		shopName: 'Loja Bela',
		language: 'pt',
		generatedAt,
		timeZone: 'America/Sao_Paulo',
		periods: [{ stats: stats() }, { stats: stats({ days: 30, abandoned: 40, converted: 8, conversionRate: 0.2 }) }],
	});

	it("shows each period's funnel, revenue and rate", () => {
		expect(html).toContain('<title>Recuperação de vendas · Loja Bela</title>');
		expect(html).toContain('Últimos 7 dias');
		expect(html).toContain('Últimos 30 dias');
		expect(html).toContain('data-kpi="revenue">R$ 559,70<');
		expect(html).toContain('data-kpi="rate">30%<');
		expect(html).toContain('data-kpi="rate">20%<');
		expect(html).toMatch(/<g data-step="abandoned" data-count="10">[\s\S]*?<text class="count"[^>]*>10 · 100%<\/text>/);
		expect(html).toMatch(/<g data-step="converted" data-count="3">[\s\S]*?>3 · 30%<\/text>/);
		expect(html).toContain('data-kpi="optOuts">1<');
		expect(html).toContain('Atualizado em 10/03/2030, 09:00');
	});

	it('draws bars as wide as their share of the abandoned carts', () => {
		const widths = [...html.matchAll(/<rect x="120" y="\d+" width="(\d+)" height="22" rx="5" fill="#(?!f1f5f9)/g)].map((match) =>
			Number(match[1]),
		);
		// 290 px is all the abandoned carts; the first period: 10, 9, 5, 3 of 10.
		expect(widths.slice(0, 4)).toEqual([290, 261, 145, 87]);
	});

	it('runs no script and loads nothing: a CSP forbids both', () => {
		expect(html).not.toMatch(/<script|javascript:|src="http|href="http|@import/i);
		expect(html).toContain("content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\"");
	});

	it('escapes what comes from data', () => {
		const hostile = renderDashboard({
			shopName: '<img src=x onerror=alert(1)>',
			generatedAt,
			periods: [
				{ stats: stats({ revenueRecovered: [{ currency: 'BRL', amount: 1, amountCents: 100, amountText: '</div><script>x</script>' }] }) },
			],
		});
		expect(hostile).not.toContain('<img src=x');
		expect(hostile).not.toContain('<script>');
		expect(hostile).toContain('&lt;img src=x onerror=alert(1)&gt;');
	});

	it('says when nothing was recovered yet, in English by default', () => {
		const empty = renderDashboard({
			generatedAt,
			periods: [
				{
					stats: stats({
						abandoned: 0,
						contacted: 0,
						replied: 0,
						converted: 0,
						conversionRate: 0,
						revenueRecovered: [],
						abandonedValue: [],
					}),
				},
			],
		});
		expect(empty).toContain('<title>Sales recovery</title>');
		expect(empty).toContain('data-kpi="revenue">nothing yet<');
		expect(empty).toMatch(/data-count="0">[\s\S]*?width="0"/);
	});
});
