// Shared by the booking integration tests: the real pooled client, a tenant of its own per
// test (files run in parallel, and a CI job may share the database), and clean-up by tenant.
// Times are in 2030 and every call passes `now`, so the tests never depend on today's date.
import { randomInt, randomUUID } from 'crypto';
import { Pool } from 'pg';
import { createPractitioner, setWeeklyHours, type WeeklyHoursInput } from '../../../nodes/AppointmentBooking';
import { ensureBookingSchema } from '../../../nodes/AppointmentBooking/migrations';
import type { Practitioner } from '../../../nodes/AppointmentBooking/types';
import { getPgPool, poolConfig } from '../../../nodes/shared/clients/postgres';
import { postgresCredentials } from '../../support/services';

export const SAO_PAULO = 'America/Sao_Paulo';
/** Monday 2030-03-04, 08:00 in São Paulo. */
export const MONDAY_MORNING = new Date('2030-03-04T08:00:00-03:00');

export function sharedPool(): Pool {
	return getPgPool(postgresCredentials());
}

/** A pool of its own with room for many connections at once, standing for several n8n workers. */
export function workerPool(max: number): Pool {
	const pool = new Pool({ ...poolConfig(postgresCredentials()), max });
	pool.on('error', () => undefined);
	return pool;
}

export function uniqueTenant(label: string): string {
	return `booking-${label}-${randomUUID().slice(0, 8)}`;
}

/** A Brazilian mobile number nobody else in the run uses. */
export function uniquePhone(): string {
	return `55119${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
}

/** Tracks the tenants a test file creates and removes all their rows afterwards. */
export class Tenants {
	private readonly created: string[] = [];

	constructor(private readonly pool: Pool) {}

	next(label: string): string {
		const tenant = uniqueTenant(label);
		this.created.push(tenant);
		return tenant;
	}

	async dropAll(): Promise<void> {
		for (const tenant of this.created) await dropTenant(this.pool, tenant);
	}
}

export async function dropTenant(pool: Pool, tenant: string): Promise<void> {
	// Reminders go with their appointments, hours with their practitioners (ON DELETE CASCADE).
	await pool.query('DELETE FROM appointments WHERE tenant = $1', [tenant]);
	await pool.query('DELETE FROM practitioner_time_off WHERE tenant = $1', [tenant]);
	await pool.query('DELETE FROM practitioners WHERE tenant = $1', [tenant]);
}

export async function prepareSchema(pool: Pool): Promise<void> {
	await ensureBookingSchema(pool);
}

/** Monday to Friday (or the given weekdays), one shift a day. */
export function weekdayHours(start: string, end: string, slotMinutes: number, weekdays = [1, 2, 3, 4, 5]): WeeklyHoursInput[] {
	return weekdays.map((weekday) => ({ weekday, start, end, slotMinutes }));
}

export interface PractitionerSetup {
	name?: string;
	specialty?: string;
	species?: string[];
	hours?: WeeklyHoursInput[];
	timezone?: string;
}

/** A practitioner with weekly hours (default Mon–Fri 09:00–12:00, 30-minute slots, São Paulo). */
export async function practitionerWithHours(pool: Pool, tenant: string, setup: PractitionerSetup = {}): Promise<Practitioner> {
	const practitioner = await createPractitioner(pool, {
		tenant,
		name: setup.name ?? 'Dra. Ana Souza',
		specialty: setup.specialty ?? 'Clínica geral',
		species: setup.species,
	});
	return await setWeeklyHours(pool, {
		tenant,
		practitionerId: practitioner.id,
		timezone: setup.timezone ?? SAO_PAULO,
		hours: setup.hours ?? weekdayHours('09:00', '12:00', 30),
	});
}

/** The instant a São Paulo wall time names (no DST there since 2019, so always -03:00). */
export function saoPaulo(wall: string): Date {
	return new Date(`${wall}:00-03:00`);
}
