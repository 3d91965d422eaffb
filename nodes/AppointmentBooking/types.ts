// What the booking modules take and give. Instants are ISO 8601 in UTC ('…Z'); local readings
// for people carry their offset ('2025-03-10T09:00:00-03:00') and the zone they were read in.
import type { Pool, PoolClient } from 'pg';

/** A pool, or one client inside a transaction. */
export type Db = Pool | PoolClient;

export const APPOINTMENT_STATUSES = ['booked', 'confirmed', 'cancelled', 'completed', 'no_show'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

/** Statuses that hold the practitioner's time: the ones still to happen. */
export const OPEN_STATUSES: readonly AppointmentStatus[] = ['booked', 'confirmed'];

/** 0 = Sunday … 6 = Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface WeeklyHours {
	weekday: Weekday;
	/** Local wall time 'HH:MM'. */
	start: string;
	/** Local wall time 'HH:MM', after start; '24:00' is the end of the day. */
	end: string;
	slotMinutes: number;
	/** IANA zone the wall times are read in. */
	timezone: string;
}

export interface Practitioner {
	id: string;
	tenant: string;
	name: string;
	specialty: string;
	/** Lower-case species a veterinarian sees ('dog', 'cat'); empty = any, or not a vet. */
	species: string[];
	active: boolean;
	hours: WeeklyHours[];
	createdAt: string;
	updatedAt: string;
}

export interface TimeOff {
	id: string;
	tenant: string;
	/** null: the whole clinic is closed (a holiday). */
	practitionerId: string | null;
	start: string;
	end: string;
	reason: string | null;
}

export interface Slot {
	practitionerId: string;
	practitionerName: string;
	specialty: string;
	start: string;
	end: string;
	localStart: string;
	localEnd: string;
	timezone: string;
}

export interface Appointment {
	id: string;
	tenant: string;
	practitionerId: string;
	practitionerName: string;
	contactPhone: string;
	contactName: string | null;
	/** Who the appointment is for when not the contact: the pet's (or child's) name. */
	subjectName: string | null;
	subjectSpecies: string | null;
	specialty: string | null;
	start: string;
	end: string;
	localStart: string;
	localEnd: string;
	/** The clinic's zone when it was booked; local times are rendered in it. */
	timezone: string;
	status: AppointmentStatus;
	notes: string | null;
	cancelReason: string | null;
	idempotencyKey: string | null;
	createdAt: string;
	updatedAt: string;
}
