import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { getPgPool, type PostgresCredentials } from '../../shared/clients/postgres';
import { forEachItem } from '../../shared/itemLoop';
import { operationOf } from '../../shared/operations';
import { CartError } from '../errors';
import { DEFAULT_LOCALE } from '../money';
import { cartOperations } from './cart/Cart.resource';
import { paymentOperations } from './payment/Payment.resource';
import { reportOperations } from './report/Report.resource';

export const resources = { cart: cartOperations, payment: paymentOperations, report: reportOperations };

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const pool = getPgPool(await this.getCredentials<PostgresCredentials>('whatsAppAiPostgresApi'));
	const items = this.getInputData();
	return await forEachItem(
		this,
		{
			outputs: 1,
			resultKey: 'cart',
			describe: (error) =>
				error instanceof CartError ? { kind: error.code, message: error.message, details: error.details as never } : undefined,
		},
		async (itemIndex) => {
			const operation = operationOf(this, resources, itemIndex);
			const result = await operation.execute.call(this, itemIndex, {
				pool,
				tenant: String(this.getNodeParameter('tenant', itemIndex, 'default') || 'default'),
				locale: String(this.getNodeParameter('locale', itemIndex, DEFAULT_LOCALE) || DEFAULT_LOCALE),
				input: items[itemIndex].json,
			});
			return { result };
		},
	);
}
