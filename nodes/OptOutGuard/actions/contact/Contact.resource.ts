import { defineResource } from '../../../shared/operations';
import type { GuardOperation } from '../common';
import { optOut } from './optOut.operation';
import { optIn } from './optIn.operation';
import { recordConsent } from './recordConsent.operation';
import { status } from './status.operation';

export type ContactOperationName = 'optOut' | 'optIn' | 'recordConsent' | 'status';

export const { operations: contactOperations, properties: contactProperties } = defineResource<ContactOperationName, GuardOperation>(
	'contact',
	{ optOut, optIn, recordConsent, status },
	'status',
);
