// No double booking under concurrency: many connections at once, the way several n8n workers
// (or one agent retrying) would hit the same slot.
import type { Pool, PoolClient } from 'pg';
import { book, BookingError, findSlots, getAppointment, reschedule, type Appointment } from '../../../nodes/AppointmentBooking';
import { closeAllClients } from '../../../nodes/shared/clients/clientCache';
import { MONDAY_MORNING, practitionerWithHours, prepareSchema, saoPaulo, sharedPool, Tenants, uniquePhone, workerPool } from './support';

const pool = sharedPool();
const tenants = new Tenants(pool);
const now = MONDAY_MORNING;
let workers: Pool;

beforeAll(async () => {
	await prepareSchema(pool);
	workers = workerPool(25);
});
afterAll(async () => {
	await workers.end();
	await tenants.dropAll();
	await closeAllClients();
});

async function settle<T>(promise: Promise<T>): Promise<{ value?: T; error?: BookingError }> {
	try {
		return { value: await promise };
	} catch (error) {
		if (!(error instanceof BookingError)) throw error;
		return { error };
	}
}

async function openAppointmentsAt(tenant: string, start: Date): Promise<{ id: string; phone: string }[]> {
	const { rows } = await pool.query("SELECT id, phone FROM appointments WHERE tenant = $1 AND starts_at = $2 AND status <> 'cancelled'", [
		tenant,
		start,
	]);
	return rows;
}

it('100 concurrent bookings of one slot: exactly one booked, 99 slot_taken with alternatives', async () => {
	const tenant = tenants.next('hundred');
	const doctor = await practitionerWithHours(pool, tenant);
	const start = saoPaulo('2030-03-04T10:00');
	const phones = Array.from({ length: 100 }, () => uniquePhone());

	const results = await Promise.all(
		phones.map(async (contactPhone) => await settle(book(workers, { tenant, practitionerId: doctor.id, start, contactPhone, now }))),
	);

	const booked = results.filter((result) => result.value);
	const refused = results.filter((result) => result.error);
	expect(booked).toHaveLength(1);
	expect(refused).toHaveLength(99);
	for (const { error } of refused) {
		expect(error!.code).toBe('slot_taken');
		expect(error!.alternatives?.map((slot) => slot.localStart)).toEqual([
			'2030-03-04T10:30:00-03:00',
			'2030-03-04T11:00:00-03:00',
			'2030-03-04T11:30:00-03:00',
		]);
	}
	const rows = await openAppointmentsAt(tenant, start);
	expect(rows).toEqual([{ id: booked[0].value!.appointment.id, phone: booked[0].value!.appointment.contactPhone }]);
});

describe('reschedule', () => {
	it('moves the appointment and frees the old slot', async () => {
		const tenant = tenants.next('move');
		const doctor = await practitionerWithHours(pool, tenant);
		const { appointment } = await book(pool, {
			tenant,
			practitionerId: doctor.id,
			start: saoPaulo('2030-03-04T09:00'),
			contactPhone: uniquePhone(),
			now,
		});
		const moved = await reschedule(pool, { tenant, appointmentId: appointment.id, newStart: '2030-03-05T11:30', now });
		expect(moved).toMatchObject({ id: appointment.id, localStart: '2030-03-05T11:30:00-03:00', status: 'booked' });
		const [first] = await findSlots(pool, { tenant, practitionerId: doctor.id, now, limit: 1 });
		expect(first.localStart).toBe('2030-03-04T09:00:00-03:00');
	});

	it("to another practitioner, checking that one's hours", async () => {
		const tenant = tenants.next('move-other');
		const ana = await practitionerWithHours(pool, tenant);
		const bia = await practitionerWithHours(pool, tenant, {
			name: 'Dra. Bia',
			hours: [{ weekday: 2, start: '14:00', end: '15:00', slotMinutes: 60 }],
		});
		const { appointment } = await book(pool, {
			tenant,
			practitionerId: ana.id,
			start: saoPaulo('2030-03-04T09:00'),
			contactPhone: uniquePhone(),
			now,
		});
		await expect(
			reschedule(pool, { tenant, appointmentId: appointment.id, practitionerId: bia.id, newStart: saoPaulo('2030-03-05T09:00'), now }),
		).rejects.toMatchObject({
			code: 'outside_hours',
			alternatives: [
				expect.objectContaining({ practitionerId: bia.id, localStart: '2030-03-05T14:00:00-03:00' }),
				expect.objectContaining({ practitionerId: bia.id, localStart: '2030-03-12T14:00:00-03:00' }),
			],
		});
		const moved = await reschedule(pool, {
			tenant,
			appointmentId: appointment.id,
			practitionerId: bia.id,
			newStart: saoPaulo('2030-03-05T14:00'),
			now,
		});
		expect(moved).toMatchObject({ practitionerId: bia.id, practitionerName: 'Dra. Bia', end: '2030-03-05T18:00:00.000Z' });
	});

	it('onto a taken slot leaves the appointment exactly as it was', async () => {
		const tenant = tenants.next('move-taken');
		const doctor = await practitionerWithHours(pool, tenant);
		const { appointment } = await book(pool, {
			tenant,
			practitionerId: doctor.id,
			start: saoPaulo('2030-03-04T09:00'),
			contactPhone: uniquePhone(),
			now,
		});
		const confirmed = await getAppointment(pool, { tenant, appointmentId: appointment.id });
		await book(pool, { tenant, practitionerId: doctor.id, start: saoPaulo('2030-03-04T10:00'), contactPhone: uniquePhone(), now });
		const error = await reschedule(pool, { tenant, appointmentId: appointment.id, newStart: saoPaulo('2030-03-04T10:00'), now }).catch(
			(reason: unknown) => reason,
		);
		expect(error).toMatchObject({ code: 'slot_taken' });
		expect((error as BookingError).alternatives?.[0].localStart).toBe('2030-03-04T10:30:00-03:00');
		expect(await getAppointment(pool, { tenant, appointmentId: appointment.id })).toEqual(confirmed);
	});

	it('is atomic against a booking of the target slot that is still in flight', async () => {
		// A competing transaction holds the target slot, uncommitted. The reschedule must wait
		// for it; while it waits, the appointment is still at its old time. Then: the competitor
		// commits → the reschedule is refused and nothing moved; it rolls back → the move happens.
		for (const competitorCommits of [true, false]) {
			const tenant = tenants.next(competitorCommits ? 'atomic-commit' : 'atomic-rollback');
			const doctor = await practitionerWithHours(pool, tenant);
			const oldStart = saoPaulo('2030-03-04T09:00');
			const target = saoPaulo('2030-03-04T11:00');
			const { appointment } = await book(pool, { tenant, practitionerId: doctor.id, start: oldStart, contactPhone: uniquePhone(), now });

			const competitor = await workers.connect();
			try {
				await competitor.query('BEGIN');
				await competitor.query(
					`INSERT INTO appointments (tenant, practitioner_id, phone, starts_at, ends_at, timezone)
					VALUES ($1, $2, $3, $4, $4::timestamptz + interval '30 minutes', 'America/Sao_Paulo')`,
					[tenant, doctor.id, uniquePhone(), target],
				);
				const moving = settle(reschedule(workers, { tenant, appointmentId: appointment.id, newStart: target, now }));
				await waitUntilBlockedBy(competitor);
				expect((await getAppointment(pool, { tenant, appointmentId: appointment.id })).start).toBe(oldStart.toISOString());
				await competitor.query(competitorCommits ? 'COMMIT' : 'ROLLBACK');
				const outcome = await moving;
				const current = await getAppointment(pool, { tenant, appointmentId: appointment.id });
				if (competitorCommits) {
					expect(outcome.error?.code).toBe('slot_taken');
					expect(current.start).toBe(oldStart.toISOString());
					expect(await openAppointmentsAt(tenant, target)).toHaveLength(1);
				} else {
					expect(outcome.value?.start).toBe(target.toISOString());
					expect(current.start).toBe(target.toISOString());
					expect(await openAppointmentsAt(tenant, oldStart)).toHaveLength(0);
				}
			} finally {
				await competitor.query('ROLLBACK').catch(() => undefined);
				competitor.release();
			}
		}
	});

	it('under a storm of bookings for both slots: never two in one slot, the old slot freed only if the move happened', async () => {
		const tenant = tenants.next('storm');
		const doctor = await practitionerWithHours(pool, tenant, { hours: [{ weekday: 1, start: '08:00', end: '18:00', slotMinutes: 30 }] });
		const outcomes: boolean[] = [];
		for (let round = 0; round < 10; round++) {
			const oldStart = new Date(saoPaulo('2030-03-11T08:00').getTime() + round * 2 * 30 * 60_000);
			const target = new Date(oldStart.getTime() + 30 * 60_000);
			const { appointment } = await book(pool, { tenant, practitionerId: doctor.id, start: oldStart, contactPhone: uniquePhone(), now });
			const bookings = (start: Date) =>
				Array.from(
					{ length: 10 },
					async () =>
						await settle(book(workers, { tenant, practitionerId: doctor.id, start, contactPhone: uniquePhone(), now, alternatives: 0 })),
				);
			// Odd rounds start the competitors for the target first, so both outcomes happen.
			let targetRace = round % 2 === 1 ? bookings(target) : [];
			const move = settle(reschedule(workers, { tenant, appointmentId: appointment.id, newStart: target, now, alternatives: 0 }));
			if (round % 2 === 0) targetRace = bookings(target);
			const oldSlotRace = bookings(oldStart);
			const moved = await move;
			const targetBookings = await Promise.all(targetRace);
			const oldSlotBookings = await Promise.all(oldSlotRace);

			const current: Appointment = await getAppointment(pool, { tenant, appointmentId: appointment.id });
			const atTarget = await openAppointmentsAt(tenant, target);
			const atOld = await openAppointmentsAt(tenant, oldStart);
			expect(atTarget).toHaveLength(1);
			expect(atOld.length).toBeLessThanOrEqual(1);
			if (moved.value) {
				expect(current.start).toBe(target.toISOString());
				expect(atTarget[0].id).toBe(appointment.id);
				expect(targetBookings.every((result) => result.error?.code === 'slot_taken')).toBe(true);
			} else {
				expect(moved.error?.code).toBe('slot_taken');
				expect(current.start).toBe(oldStart.toISOString());
				expect(atOld).toEqual([{ id: appointment.id, phone: appointment.contactPhone }]);
				// The old slot was never free, so no competitor got it.
				expect(oldSlotBookings.every((result) => result.error?.code === 'slot_taken')).toBe(true);
			}
			outcomes.push(Boolean(moved.value));
		}
		const { rows } = await pool.query(
			`SELECT count(*)::int AS n FROM appointments a JOIN appointments b
				ON a.practitioner_id = b.practitioner_id AND a.id < b.id
				AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)
			WHERE a.tenant = $1 AND a.status <> 'cancelled' AND b.status <> 'cancelled'`,
			[tenant],
		);
		expect(rows[0].n).toBe(0);
		expect(outcomes).toHaveLength(10);
	});
});

/** Until some session waits for the competitor's transaction (the reschedule's UPDATE). */
async function waitUntilBlockedBy(competitor: PoolClient): Promise<void> {
	const { rows } = await competitor.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
	for (let attempt = 0; attempt < 500; attempt++) {
		const blocked = await pool.query('SELECT 1 FROM pg_stat_activity WHERE $1 = ANY (pg_blocking_pids(pid))', [rows[0].pid]);
		if (blocked.rowCount) return;
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
	throw new Error('the reschedule never waited for the competing booking');
}
