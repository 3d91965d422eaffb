import type { INodeProperties } from 'n8n-workflow';
import { operationProperty } from '../../../shared/operations';
import type { GuardOperation } from '../common';
import { optOut } from './optOut.operation';
import { optIn } from './optIn.operation';
import { recordConsent } from './recordConsent.operation';
import { status } from './status.operation';

export type ContactOperationName = 'optOut' | 'optIn' | 'recordConsent' | 'status';

export const contactOperations: Record<ContactOperationName, GuardOperation> = { optOut, optIn, recordConsent, status };

export const contactProperties: INodeProperties[] = [
	operationProperty(
		'contact',
		[
			{ name: 'Get Status', value: 'status', action: 'Get a contact s opt out and consent status' },
			{ name: 'Opt In', value: 'optIn', action: 'Opt a contact back in' },
			{ name: 'Opt Out', value: 'optOut', action: 'Opt a contact out' },
			{ name: 'Record Consent', value: 'recordConsent', action: 'Record a contact s consent' },
		],
		'status',
	),
	...Object.values(contactOperations).flatMap((operation) => operation.description),
];
