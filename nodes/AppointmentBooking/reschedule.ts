// Moving an appointment to another slot, atomically: one UPDATE changes the row's time range,
// and the exclusion constraint accepts or refuses the new range in that same statement. So the
// old slot is freed exactly when the new one is taken; on a conflict the row keeps its old time
// and nobody else could have grabbed the old slot in between.
import type { Pool } from 'pg';
import { loadRow, readRef, type AppointmentRef } from './appointments';
import { checkBookable, DEFAULT_ALTERNATIVES, withAlternatives } from './bookable';
import { BookingError, isDoubleBooking } from './errors';
import { ensureBookingSchema } from './migrations';
import { practitionerLockSql, retryOnDeadlock } from './practitionerLock';
import { APPOINTMENT_COLUMNS, toAppointment, type AppointmentRow } from './rows';
import { formatLocalIso } from './time';
import { withTransaction } from '../shared/clients/transaction';
import { OPEN_STATUSES, type Appointment } from './types';
import { parseInstant, requireInteger, requirePractitionerId, requireTimeZone } from './validate';

export interface RescheduleInput extends AppointmentRef {
	/** The new slot's start: an instant, or a local date-time on the clinic's clock. */
	newStart: string | Date;
	/** Move to another practitioner too; default: the same one. */
	practitionerId?: string;
	/** The clinic's zone; default America/Sao_Paulo. */
	timezone?: string;
	now?: Date;
	/** How many free slots to offer when the new time cannot be booked; default 3. */
	alternatives?: number;
}

/** The appointment at its new time, status booked again (its confirmation was for the old time). */
export async function reschedule(pool: Pool, input: RescheduleInput): Promise<Appointment> {
	const { tenant, id, phone } = readRef(input);
	const timeZone = requireTimeZone(input.timezone);
	const newStart = parseInstant('newStart', input.newStart, timeZone);
	const targetId = input.practitionerId === undefined ? undefined : requirePractitionerId(input.practitionerId);
	const alternatives = requireInteger('alternatives', input.alternatives ?? DEFAULT_ALTERNATIVES, 0, 20);
	const now = input.now ?? new Date();
	await ensureBookingSchema(pool);

	let practitionerId = targetId;
	let failure: unknown;
	try {
		return await retryOnDeadlock(
			async () =>
				await withTransaction(pool, async (client) => {
					// The row lock keeps a concurrent cancel or reschedule of this appointment out until we finish.
					const current = await loadRow(client, tenant, id, phone, true);
					practitionerId ??= current.practitioner_id;
					if (!OPEN_STATUSES.includes(current.status)) {
						throw new BookingError('invalid_status', `Cannot reschedule an appointment that is ${current.status.replace('_', ' ')}`);
					}
					if (current.starts_at.getTime() <= now.getTime()) {
						throw new BookingError('in_the_past', 'Cannot reschedule an appointment that has already started');
					}
					// The target practitioner's write turn (see practitionerLock.ts), held until COMMIT.
					await client.query(`SELECT ${practitionerLockSql('$1')}`, [practitionerId]);
					const slot = await checkBookable(client, {
						tenant,
						practitionerId,
						start: newStart,
						now,
						timeZone,
						subjectSpecies: current.subject_species,
					});
					const { rows } = await client.query<AppointmentRow>(
						`WITH moved AS (
							UPDATE appointments SET practitioner_id = $2, starts_at = $3, ends_at = $4, status = 'booked', updated_at = now()
							WHERE id = $1
							RETURNING *
						)
						SELECT ${APPOINTMENT_COLUMNS} FROM moved a JOIN practitioners p ON p.id = a.practitioner_id`,
						[id, practitionerId, slot.start, slot.end],
					);
					return toAppointment(rows[0]);
				}),
		);
	} catch (error) {
		failure = isDoubleBooking(error) ? new BookingError('slot_taken', `${formatLocalIso(newStart, timeZone)} is already taken`) : error;
	}
	// Alternatives after the client is back in the pool: a full pool must not wait on itself.
	if (!practitionerId) throw failure;
	throw await withAlternatives(pool, failure, { tenant, practitionerId, from: newStart, now, timeZone, count: alternatives });
}
