import { defineResource } from '../../../shared/operations';
import type { CartOperation } from '../common';
import { recordPayment } from './recordPayment.operation';

export type PaymentOperationName = 'recordPayment';

export const { operations: paymentOperations, properties: paymentProperties } = defineResource<PaymentOperationName, CartOperation>(
	'payment',
	{ recordPayment },
	'recordPayment',
);
