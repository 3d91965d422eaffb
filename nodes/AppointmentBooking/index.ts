// Appointment Booking: plain modules (no n8n import) for the node shell and for the Gemini
// Agent's tools. Every operation takes the shared pg Pool and applies the migrations itself.
export * from './types';
export * from './errors';
export * from './time';
export { BOOKING_MIGRATIONS, ensureBookingSchema } from './migrations';
export {
	createPractitioner,
	updatePractitioner,
	listPractitioners,
	getPractitioner,
	setWeeklyHours,
	DEFAULT_SLOT_MINUTES,
	type CreatePractitionerInput,
	type UpdatePractitionerInput,
	type ListPractitionersInput,
	type SetWeeklyHoursInput,
	type WeeklyHoursInput,
} from './practitioners';
export { addTimeOff, listTimeOff, removeTimeOff, type AddTimeOffInput, type AddTimeOffResult, type ListTimeOffInput } from './timeOff';
export { findSlots, DEFAULT_SLOT_LIMIT, MAX_SLOT_LIMIT, DEFAULT_SEARCH_DAYS, MAX_SEARCH_DAYS, type FindSlotsInput } from './slots';
export { book, type BookInput, type BookResult } from './book';
export { getAppointment, listUpcoming, confirm, cancel, recordOutcome, type AppointmentRef, type ListUpcomingInput } from './appointments';
export { reschedule, type RescheduleInput } from './reschedule';
export {
	claimDueReminders,
	markReminderSent,
	releaseReminder,
	DEFAULT_REMINDER_KINDS,
	DEFAULT_TOLERANCE_MINUTES,
	type ClaimRemindersInput,
	type DueReminder,
	type ReminderKind,
} from './reminders';
