import { NodeOperationError, type IDataObject } from 'n8n-workflow';
import { cartStats, renderDashboard as render, type DashboardLanguage } from '../..';
import type { CartOperation } from '../common';
import { optionalString, showFor } from '../common';

const show = showFor('renderDashboard');

export const renderDashboard: CartOperation = {
	option: {
		name: 'Render Dashboard',
		action: 'Render the stats dashboard as HTML',
		description:
			'One self-contained HTML page (no scripts) with the funnel and revenue recovered per period; answer a GET with it through Respond to Webhook',
	},
	description: [
		{
			displayName: 'Periods (Days)',
			name: 'dashboardDays',
			type: 'string',
			default: '7, 30',
			displayOptions: show,
			description: 'Comma-separated lengths of the periods shown, each ending now',
		},
		{ displayName: 'Shop Name', name: 'shopName', type: 'string', default: '', displayOptions: show },
		{
			displayName: 'Language',
			name: 'dashboardLanguage',
			type: 'options',
			options: [
				{ name: 'English', value: 'en' },
				{ name: 'Portuguese', value: 'pt' },
				{ name: 'Spanish', value: 'es' },
			],
			default: 'pt',
			displayOptions: show,
		},
		{
			displayName: 'Time Zone',
			name: 'dashboardTimeZone',
			type: 'string',
			default: 'America/Sao_Paulo',
			displayOptions: show,
			description: 'For the dates shown',
		},
	],
	async execute(itemIndex, cart) {
		const text = String(this.getNodeParameter('dashboardDays', itemIndex, '7, 30') ?? '');
		const days = text
			.split(',')
			.map((part) => part.trim())
			.filter(Boolean)
			.map(Number);
		if (days.length === 0 || days.length > 6 || days.some((day) => !Number.isInteger(day) || day < 1 || day > 3_660)) {
			throw new NodeOperationError(this.getNode(), `Periods must be up to six whole numbers of days, e.g. "7, 30"; got "${text}"`, {
				itemIndex,
			});
		}
		const now = new Date();
		const periods = await Promise.all(
			days.map(async (count) => await cartStats(cart.pool, { tenant: cart.tenant, locale: cart.locale, days: count, now })),
		);
		const html = render({
			shopName: optionalString(this.getNodeParameter('shopName', itemIndex, '')),
			language: this.getNodeParameter('dashboardLanguage', itemIndex, 'pt') as DashboardLanguage,
			locale: cart.locale,
			timeZone: optionalString(this.getNodeParameter('dashboardTimeZone', itemIndex, '')),
			generatedAt: now,
			periods: periods.map((stats) => ({ stats })),
		});
		return { html, periods: periods as unknown as IDataObject[] };
	},
};
