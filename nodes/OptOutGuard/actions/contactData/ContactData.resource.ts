import { defineResource } from '../../../shared/operations';
import type { GuardOperation } from '../common';
import { exportData } from './exportData.operation';
import { eraseData } from './eraseData.operation';

export type ContactDataOperationName = 'exportData' | 'eraseData';

export const { operations: contactDataOperations, properties: contactDataProperties } = defineResource<
	ContactDataOperationName,
	GuardOperation
>('contactData', { exportData, eraseData }, 'exportData');
