import type { INodeProperties } from 'n8n-workflow';
import { operationProperty } from '../../../shared/operations';
import type { BookingOperation } from '../common';
import { createPractitioner } from './createPractitioner.operation';
import { updatePractitioner } from './updatePractitioner.operation';
import { listPractitioners } from './listPractitioners.operation';

export type PractitionerOperationName = 'createPractitioner' | 'updatePractitioner' | 'listPractitioners';

export const practitionerOperations: Record<PractitionerOperationName, BookingOperation> = { createPractitioner, updatePractitioner, listPractitioners };

export const practitionerProperties: INodeProperties[] = [
	operationProperty(
		'practitioner',
		[
			{ name: 'Create Practitioner', value: 'createPractitioner', action: 'Create a practitioner' },
			{ name: 'List Practitioners', value: 'listPractitioners', action: 'List practitioners' },
			{ name: 'Update Practitioner', value: 'updatePractitioner', action: 'Update a practitioner' },
		],
		'listPractitioners',
	),
	...Object.values(practitionerOperations).flatMap((operation) => operation.description),
];
