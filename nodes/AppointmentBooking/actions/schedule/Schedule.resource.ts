import type { INodeProperties } from 'n8n-workflow';
import { operationProperty } from '../../../shared/operations';
import type { BookingOperation } from '../common';
import { setWeeklyHours } from './setWeeklyHours.operation';
import { addTimeOff } from './addTimeOff.operation';

export type ScheduleOperationName = 'setWeeklyHours' | 'addTimeOff';

export const scheduleOperations: Record<ScheduleOperationName, BookingOperation> = { setWeeklyHours, addTimeOff };

export const scheduleProperties: INodeProperties[] = [
	operationProperty(
		'schedule',
		[
			{ name: 'Add Time Off', value: 'addTimeOff', action: 'Block a practitioner s time off' },
			{ name: 'Set Weekly Hours', value: 'setWeeklyHours', action: 'Set a practitioner s weekly hours' },
		],
		'setWeeklyHours',
	),
	...Object.values(scheduleOperations).flatMap((operation) => operation.description),
];
