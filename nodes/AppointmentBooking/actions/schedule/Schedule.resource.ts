import type { INodeProperties } from 'n8n-workflow';
import { operationProperty } from '../../../shared/operations';
import type { BookingOperation } from '../common';
import { setWeeklyHours } from './setWeeklyHours.operation';
import { addTimeOff } from './addTimeOff.operation';
import { listTimeOff } from './listTimeOff.operation';
import { removeTimeOff } from './removeTimeOff.operation';

export type ScheduleOperationName = 'setWeeklyHours' | 'addTimeOff' | 'listTimeOff' | 'removeTimeOff';

export const scheduleOperations: Record<ScheduleOperationName, BookingOperation> = { setWeeklyHours, addTimeOff, listTimeOff, removeTimeOff };

export const scheduleProperties: INodeProperties[] = [
	operationProperty(
		'schedule',
		[
			{ name: 'Add Time Off', value: 'addTimeOff', action: 'Block a practitioner s time off' },
			{ name: 'List Time Off', value: 'listTimeOff', action: 'List practitioners time off' },
			{ name: 'Remove Time Off', value: 'removeTimeOff', action: 'Remove a practitioner s time off' },
			{ name: 'Set Weekly Hours', value: 'setWeeklyHours', action: 'Set a practitioner s weekly hours' },
		],
		'setWeeklyHours',
	),
	...Object.values(scheduleOperations).flatMap((operation) => operation.description),
];
