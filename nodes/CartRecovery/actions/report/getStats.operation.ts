import type { IDataObject } from 'n8n-workflow';
import { cartStats, DEFAULT_STATS_DAYS } from '../..';
import type { CartOperation } from '../common';
import { optionalString, showFor } from '../common';

const show = showFor('getStats');

export const getStats: CartOperation = {
	option: {
		name: 'Get Stats',
		action: 'Get recovery stats for a period',
		description:
			'Abandoned, contacted, replied, converted, conversion rate, revenue recovered and opt-outs of the carts abandoned in the period',
	},
	description: [
		{
			displayName: 'Days',
			name: 'statsDays',
			type: 'number',
			default: DEFAULT_STATS_DAYS,
			typeOptions: { minValue: 1 },
			displayOptions: show,
			description: 'The period: this many days up to To',
		},
		{
			displayName: 'From',
			name: 'statsFrom',
			type: 'string',
			default: '',
			displayOptions: show,
			description: 'Start (ISO 8601); overrides Days when set',
		},
		{
			displayName: 'To',
			name: 'statsTo',
			type: 'string',
			default: '',
			displayOptions: show,
			description: 'End, exclusive (ISO 8601); empty means now',
		},
	],
	async execute(itemIndex, cart) {
		const stats = await cartStats(cart.pool, {
			tenant: cart.tenant,
			locale: cart.locale,
			days: this.getNodeParameter('statsDays', itemIndex, DEFAULT_STATS_DAYS) as number,
			from: optionalString(this.getNodeParameter('statsFrom', itemIndex, '')),
			to: optionalString(this.getNodeParameter('statsTo', itemIndex, '')),
		});
		return stats as unknown as IDataObject;
	},
};
