import { defineResource } from '../../../shared/operations';
import type { BookingOperation } from '../common';
import { createPractitioner } from './createPractitioner.operation';
import { updatePractitioner } from './updatePractitioner.operation';
import { listPractitioners } from './listPractitioners.operation';

export type PractitionerOperationName = 'createPractitioner' | 'updatePractitioner' | 'listPractitioners';

export const { operations: practitionerOperations, properties: practitionerProperties } = defineResource<
	PractitionerOperationName,
	BookingOperation
>('practitioner', { createPractitioner, updatePractitioner, listPractitioners }, 'listPractitioners');
