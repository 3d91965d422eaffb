import type { INodeProperties } from 'n8n-workflow';
import { operationProperty } from '../../../shared/operations';
import type { GuardOperation } from '../common';
import { exportData } from './exportData.operation';
import { eraseData } from './eraseData.operation';

export type ContactDataOperationName = 'exportData' | 'eraseData';

export const contactDataOperations: Record<ContactDataOperationName, GuardOperation> = { exportData, eraseData };

export const contactDataProperties: INodeProperties[] = [
	operationProperty(
		'contactData',
		[
			{ name: 'Erase Contact Data', value: 'eraseData', action: 'Erase everything stored about a contact', description: 'LGPD erasure' },
			{ name: 'Export Contact Data', value: 'exportData', action: 'Export everything stored about a contact', description: 'LGPD access request' },
		],
		'exportData',
	),
	...Object.values(contactDataOperations).flatMap((operation) => operation.description),
];
