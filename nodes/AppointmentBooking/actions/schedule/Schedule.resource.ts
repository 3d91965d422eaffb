import { defineResource } from '../../../shared/operations';
import type { BookingOperation } from '../common';
import { setWeeklyHours } from './setWeeklyHours.operation';
import { addTimeOff } from './addTimeOff.operation';
import { listTimeOff } from './listTimeOff.operation';
import { removeTimeOff } from './removeTimeOff.operation';

export type ScheduleOperationName = 'setWeeklyHours' | 'addTimeOff' | 'listTimeOff' | 'removeTimeOff';

export const { operations: scheduleOperations, properties: scheduleProperties } = defineResource<ScheduleOperationName, BookingOperation>(
	'schedule',
	{ setWeeklyHours, addTimeOff, listTimeOff, removeTimeOff },
	'setWeeklyHours',
);
