// The stats dashboard: one self-contained HTML page (inline CSS and SVG, no scripts, no external
// requests; a Content-Security-Policy says so to the browser) with the recovery funnel and the
// revenue recovered for each period. Every text that comes from data is escaped.
import { DEFAULT_LOCALE } from './money';
import type { CartStats, MoneyTotal } from './stats';

export type DashboardLanguage = 'en' | 'pt' | 'es';

export interface DashboardPeriod {
	stats: CartStats;
}

export interface DashboardInput {
	/** The shop's name, shown in the title. */
	shopName?: string;
	language?: DashboardLanguage;
	locale?: string;
	timeZone?: string;
	generatedAt: Date;
	periods: DashboardPeriod[];
}

const LABELS: Record<DashboardLanguage, Record<string, string>> = {
	en: {
		title: 'Sales recovery',
		lastDays: 'Last {n} days',
		abandoned: 'Abandoned',
		contacted: 'Contacted',
		replied: 'Replied',
		converted: 'Converted',
		revenue: 'Revenue recovered',
		rate: 'Conversion rate',
		optOuts: 'Opt-outs',
		declined: 'Declined',
		expired: 'Expired',
		open: 'Still open',
		withDiscount: 'Paid with discount',
		abandonedValue: 'Value abandoned',
		funnel: 'Recovery funnel',
		none: 'nothing yet',
		generated: 'Updated {at}',
		cohort: 'Carts abandoned in the period and what became of them.',
	},
	pt: {
		title: 'Recuperação de vendas',
		lastDays: 'Últimos {n} dias',
		abandoned: 'Abandonados',
		contacted: 'Contatados',
		replied: 'Responderam',
		converted: 'Convertidos',
		revenue: 'Receita recuperada',
		rate: 'Taxa de conversão',
		optOuts: 'Descadastros',
		declined: 'Recusados',
		expired: 'Expirados',
		open: 'Em aberto',
		withDiscount: 'Pagos com desconto',
		abandonedValue: 'Valor abandonado',
		funnel: 'Funil de recuperação',
		none: 'nada ainda',
		generated: 'Atualizado em {at}',
		cohort: 'Carrinhos abandonados no período e o que aconteceu com eles.',
	},
	es: {
		title: 'Recuperación de ventas',
		lastDays: 'Últimos {n} días',
		abandoned: 'Abandonados',
		contacted: 'Contactados',
		replied: 'Respondieron',
		converted: 'Convertidos',
		revenue: 'Ingresos recuperados',
		rate: 'Tasa de conversión',
		optOuts: 'Bajas',
		declined: 'Rechazados',
		expired: 'Vencidos',
		open: 'Abiertos',
		withDiscount: 'Pagados con descuento',
		abandonedValue: 'Valor abandonado',
		funnel: 'Embudo de recuperación',
		none: 'nada aún',
		generated: 'Actualizado {at}',
		cohort: 'Carritos abandonados en el período y qué pasó con ellos.',
	},
};

const COLOURS = { abandoned: '#94a3b8', contacted: '#60a5fa', replied: '#a78bfa', converted: '#16a34a' };

export function escapeHtml(text: unknown): string {
	return String(text ?? '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}

export function renderDashboard(input: DashboardInput): string {
	const language = input.language && LABELS[input.language] ? input.language : 'en';
	const t = LABELS[language];
	const locale = input.locale || DEFAULT_LOCALE;
	const title = input.shopName ? `${t.title} · ${input.shopName}` : t.title;
	const at = formatDate(input.generatedAt, locale, input.timeZone);
	return `<!DOCTYPE html>
<html lang="${escapeHtml(language === 'pt' ? 'pt-BR' : language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>
	:root { color-scheme: light; }
	* { box-sizing: border-box; }
	body { margin: 0; padding: 32px; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; background: #f1f5f9; color: #0f172a; }
	h1 { margin: 0 0 4px; font-size: 26px; }
	.sub { color: #475569; margin: 0 0 24px; }
	.periods { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 24px; }
	.card { background: #fff; border-radius: 14px; padding: 22px 24px; box-shadow: 0 1px 3px rgba(15, 23, 42, .08); }
	.card h2 { margin: 0 0 14px; font-size: 18px; }
	.kpis { display: flex; gap: 28px; flex-wrap: wrap; margin-bottom: 18px; }
	.kpi .value { font-size: 28px; font-weight: 700; }
	.kpi .value.money { color: #15803d; }
	.kpi .label { color: #64748b; font-size: 13px; text-transform: uppercase; letter-spacing: .04em; }
	h3 { margin: 6px 0 8px; font-size: 14px; color: #334155; }
	svg text { font: 13px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; fill: #0f172a; }
	svg .count { font-weight: 700; }
	.facts { display: grid; grid-template-columns: repeat(3, 1fr); gap: 8px 16px; margin-top: 16px; padding-top: 14px; border-top: 1px solid #e2e8f0; font-size: 14px; }
	.facts dt { color: #64748b; }
	.facts dd { margin: 0 0 4px; font-weight: 600; }
	footer { margin-top: 24px; color: #64748b; font-size: 13px; }
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="sub">${escapeHtml(t.cohort)}</p>
<div class="periods">
${input.periods.map((period) => renderPeriod(period.stats, t, locale, input.timeZone)).join('\n')}
</div>
<footer>${escapeHtml(t.generated.replace('{at}', at))}</footer>
</body>
</html>
`;
}

function renderPeriod(stats: CartStats, t: Record<string, string>, locale: string, timeZone?: string): string {
	const days = Math.round(stats.days);
	const range = `${formatDate(new Date(stats.from), locale, timeZone)} – ${formatDate(new Date(stats.to), locale, timeZone)}`;
	const rate = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(stats.conversionRate);
	return `<section class="card" data-days="${days}">
	<h2>${escapeHtml(t.lastDays.replace('{n}', String(days)))} <small style="color:#64748b;font-weight:400">${escapeHtml(range)}</small></h2>
	<div class="kpis">
		<div class="kpi"><div class="value money" data-kpi="revenue">${escapeHtml(moneyText(stats.revenueRecovered, t.none))}</div><div class="label">${escapeHtml(t.revenue)}</div></div>
		<div class="kpi"><div class="value" data-kpi="rate">${escapeHtml(rate)}</div><div class="label">${escapeHtml(t.rate)}</div></div>
		<div class="kpi"><div class="value" data-kpi="converted">${stats.converted}</div><div class="label">${escapeHtml(t.converted)}</div></div>
	</div>
	<h3>${escapeHtml(t.funnel)}</h3>
	${funnelSvg(stats, t, locale)}
	<dl class="facts">
		<div><dt>${escapeHtml(t.optOuts)}</dt><dd data-kpi="optOuts">${stats.optOuts}</dd></div>
		<div><dt>${escapeHtml(t.declined)}</dt><dd data-kpi="declined">${stats.declined}</dd></div>
		<div><dt>${escapeHtml(t.expired)}</dt><dd data-kpi="expired">${stats.expired}</dd></div>
		<div><dt>${escapeHtml(t.open)}</dt><dd data-kpi="open">${stats.open}</dd></div>
		<div><dt>${escapeHtml(t.withDiscount)}</dt><dd data-kpi="withDiscount">${stats.convertedWithDiscount}</dd></div>
		<div><dt>${escapeHtml(t.abandonedValue)}</dt><dd data-kpi="abandonedValue">${escapeHtml(moneyText(stats.abandonedValue, t.none))}</dd></div>
	</dl>
</section>`;
}

/** Horizontal bars, each step as wide as its share of the abandoned carts. */
function funnelSvg(stats: CartStats, t: Record<string, string>, locale: string): string {
	const steps: Array<[keyof typeof COLOURS, number]> = [
		['abandoned', stats.abandoned],
		['contacted', stats.contacted],
		['replied', stats.replied],
		['converted', stats.converted],
	];
	const width = 520;
	const labelWidth = 120;
	const barMax = width - labelWidth - 110;
	const rowHeight = 34;
	const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
	const rows = steps.map(([step, count], index) => {
		const share = stats.abandoned === 0 ? 0 : count / stats.abandoned;
		const bar = Math.max(count > 0 ? 3 : 0, Math.round(share * barMax));
		const y = index * rowHeight;
		const shareText = stats.abandoned === 0 ? '' : ` · ${percent.format(share)}`;
		return `<g data-step="${step}" data-count="${count}">
		<text x="0" y="${y + 21}">${escapeHtml(t[step])}</text>
		<rect x="${labelWidth}" y="${y + 6}" width="${barMax}" height="22" rx="5" fill="#f1f5f9"/>
		<rect x="${labelWidth}" y="${y + 6}" width="${bar}" height="22" rx="5" fill="${COLOURS[step]}"/>
		<text class="count" x="${labelWidth + barMax + 10}" y="${y + 21}">${count}${escapeHtml(shareText)}</text>
	</g>`;
	});
	const height = steps.length * rowHeight + 4;
	return `<svg role="img" aria-label="${escapeHtml(t.funnel)}" viewBox="0 0 ${width} ${height}" width="100%" preserveAspectRatio="xMinYMin meet">
	${rows.join('\n\t')}
</svg>`;
}

function moneyText(totals: MoneyTotal[], none: string): string {
	return totals.length === 0 ? none : totals.map((total) => total.amountText).join(' + ');
}

function formatDate(date: Date, locale: string, timeZone?: string): string {
	try {
		return new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short', timeZone }).format(date);
	} catch {
		return date.toISOString();
	}
}
