import type { Pool } from 'pg';
import {
	claimDueReminders,
	createPractitioner,
	markReminderSent,
	releaseReminder,
	reschedule,
	type DueReminder,
} from '../../../nodes/AppointmentBooking';
import { closeAllClients } from '../../../nodes/shared/clients/clientCache';
import { practitionerWithHours, prepareSchema, sharedPool, Tenants, uniquePhone, weekdayHours, workerPool } from './support';

const pool = sharedPool();
const tenants = new Tenants(pool);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
// Monday 2030-03-04 12:00 UTC.
const now = new Date('2030-03-04T12:00:00Z');
let workers: Pool;

beforeAll(async () => {
	await prepareSchema(pool);
	workers = workerPool(10);
});
afterAll(async () => {
	await workers.end();
	await tenants.dropAll();
	await closeAllClients();
});

interface Seed {
	tenant: string;
	practitionerId: string;
	start: Date;
	minutes?: number;
	status?: string;
	createdAt?: Date;
}

/** Straight into the table: reminders only care about rows, not about hours. */
async function insertAppointment(seed: Seed): Promise<string> {
	const { rows } = await pool.query(
		`INSERT INTO appointments (tenant, practitioner_id, phone, starts_at, ends_at, timezone, status, created_at)
		VALUES ($1, $2, $3, $4, $4::timestamptz + make_interval(mins => $5), 'America/Sao_Paulo', $6, $7)
		RETURNING id`,
		[
			seed.tenant,
			seed.practitionerId,
			uniquePhone(),
			seed.start,
			seed.minutes ?? 4,
			seed.status ?? 'booked',
			seed.createdAt ?? new Date('2030-01-01T00:00:00Z'),
		],
	);
	return rows[0].id;
}

async function practitioners(tenant: string, count: number): Promise<string[]> {
	const list = await Promise.all(
		Array.from(
			{ length: count },
			async (_, index) => await createPractitioner(pool, { tenant, name: `Dr. ${index}`, specialty: 'Clínica' }),
		),
	);
	return list.map((practitioner) => practitioner.id);
}

const pairOf = (reminder: DueReminder) => `${reminder.appointment.id}/${reminder.kind}`;

it('10 workers claiming at once get each due reminder exactly once', async () => {
	const tenant = tenants.next('reminders-race');
	const ids = await practitioners(tenant, 10);
	const expected = new Map<string, string>();
	for (const practitionerId of ids) {
		for (let k = 0; k < 10; k++) {
			// Ten appointments per practitioner in each window, 5 minutes apart.
			const dayAhead = await insertAppointment({
				tenant,
				practitionerId,
				start: new Date(now.getTime() + 23 * HOUR + (5 + 5 * k) * MINUTE),
			});
			expected.set(`${dayAhead}/24h`, '24h');
			const soon = await insertAppointment({ tenant, practitionerId, start: new Date(now.getTime() + 1 * HOUR + (5 + 5 * k) * MINUTE) });
			expected.set(`${soon}/2h`, '2h');
		}
		// Not due: between the windows, cancelled, or already past.
		await insertAppointment({ tenant, practitionerId, start: new Date(now.getTime() + 10 * HOUR) });
		await insertAppointment({ tenant, practitionerId, start: new Date(now.getTime() + 23 * HOUR + 2 * MINUTE), status: 'cancelled' });
		await insertAppointment({ tenant, practitionerId, start: new Date(now.getTime() - 1 * HOUR), status: 'completed' });
	}

	const claimedBy = await Promise.all(
		Array.from({ length: 10 }, async (_, worker) => {
			const mine: DueReminder[] = [];
			// An empty batch may only mean another worker won every row this round; stop after three.
			for (let empty = 0; empty < 3;) {
				// Small batches so the workers keep colliding on the same rows.
				const batch = await claimDueReminders(workers, { tenant, now, limit: 7, workerId: `worker-${worker}` });
				empty = batch.length === 0 ? empty + 1 : 0;
				mine.push(...batch);
			}
			return mine;
		}),
	);

	const all = claimedBy.flat();
	expect(all).toHaveLength(200);
	expect(new Set(all.map(pairOf))).toEqual(new Set(expected.keys()));
	expect(new Set(all.map((reminder) => reminder.reminderId)).size).toBe(200);
	expect(claimedBy.filter((mine) => mine.length > 0).length).toBeGreaterThan(1);
	expect(await claimDueReminders(pool, { tenant, now })).toEqual([]);
	const { rows } = await pool.query(
		`SELECT count(*)::int AS n FROM appointment_reminders r
		JOIN appointments a ON a.id = r.appointment_id WHERE a.tenant = $1`,
		[tenant],
	);
	expect(rows[0].n).toBe(200);
});

it('is due inside its window only, for open appointments booked before the reminder moment', async () => {
	const tenant = tenants.next('reminders-window');
	const [practitionerId] = await practitioners(tenant, 1);
	const at = (offset: number, extra: Partial<Seed> = {}) =>
		insertAppointment({ tenant, practitionerId, start: new Date(now.getTime() + offset), ...extra });
	const exactly24h = await at(24 * HOUR);
	const confirmed = await at(23 * HOUR + 30 * MINUTE, { status: 'confirmed' });
	await at(24 * HOUR + 10 * MINUTE); // not yet
	await at(22 * HOUR + 59 * MINUTE); // more than the 60-minute tolerance late
	await at(23 * HOUR + 10 * MINUTE, { createdAt: new Date(now.getTime() - 30 * MINUTE) }); // booked after its 24 h moment
	const late2h = await at(65 * MINUTE); // 55 minutes late, still within tolerance

	const claimed = await claimDueReminders(pool, { tenant, now });
	expect(claimed.map((reminder) => [reminder.appointment.id, reminder.kind])).toEqual([
		[late2h, '2h'],
		[confirmed, '24h'],
		[exactly24h, '24h'],
	]);
	expect(claimed[0].appointment).toMatchObject({
		status: 'booked',
		timezone: 'America/Sao_Paulo',
		localStart: '2030-03-04T10:05:00-03:00',
	});

	const custom = await claimDueReminders(pool, {
		tenant,
		now,
		kinds: [{ name: 'week', beforeMinutes: 7 * 24 * 60, toleranceMinutes: 7 * 24 * 60 }],
	});
	// Everything in the coming week except the appointment booked 30 minutes ago.
	expect(custom.map((reminder) => reminder.kind)).toEqual(['week', 'week', 'week', 'week', 'week']);
	await expect(claimDueReminders(pool, { tenant, now, kinds: [] })).rejects.toMatchObject({ code: 'invalid_input' });
	await expect(
		claimDueReminders(pool, {
			tenant,
			now,
			kinds: [
				{ name: '2h', beforeMinutes: 120 },
				{ name: '2h', beforeMinutes: 60 },
			],
		}),
	).rejects.toMatchObject({ code: 'invalid_input' });
});

it("never marks or releases another clinic's reminder", async () => {
	const tenant = tenants.next('reminders-owner');
	const other = tenants.next('reminders-intruder');
	const [practitionerId] = await practitioners(tenant, 1);
	await insertAppointment({ tenant, practitionerId, start: new Date(now.getTime() + 24 * HOUR) });
	const [claimed] = await claimDueReminders(pool, { tenant, now, kinds: [{ name: '24h', beforeMinutes: 24 * 60 }] });
	expect(await markReminderSent(pool, { tenant: other, reminderId: claimed.reminderId })).toBe(false);
	expect(await releaseReminder(pool, { tenant: other, reminderId: claimed.reminderId })).toBe(false);
	const sent = async () => (await pool.query('SELECT sent_at FROM appointment_reminders WHERE id = $1', [claimed.reminderId])).rows;
	expect(await sent()).toEqual([{ sent_at: null }]);
	await expect(markReminderSent(pool, { tenant: '', reminderId: claimed.reminderId })).rejects.toMatchObject({ code: 'invalid_input' });
	expect(await markReminderSent(pool, { tenant, reminderId: claimed.reminderId })).toBe(true);
	expect((await sent())[0].sent_at).toBeInstanceOf(Date);
});

it('marks sent, gives back a failed send, and reminds again after a reschedule', async () => {
	const tenant = tenants.next('reminders-life');
	const doctor = await practitionerWithHours(pool, tenant, { hours: weekdayHours('08:00', '18:00', 30) });
	const appointmentId = await insertAppointment({
		tenant,
		practitionerId: doctor.id,
		start: new Date('2030-03-05T12:00:00Z'),
		minutes: 30,
	});

	const [first] = await claimDueReminders(pool, { tenant, now, kinds: [{ name: '24h', beforeMinutes: 24 * 60 }] });
	expect(first.appointment.id).toBe(appointmentId);
	// The send failed: give it back, and the next run claims it again.
	expect(await releaseReminder(pool, { tenant, reminderId: first.reminderId })).toBe(true);
	const [again] = await claimDueReminders(pool, {
		tenant,
		now: new Date(now.getTime() + 10 * MINUTE),
		kinds: [{ name: '24h', beforeMinutes: 24 * 60 }],
	});
	expect(again.appointment.id).toBe(appointmentId);
	expect(await markReminderSent(pool, { tenant, reminderId: again.reminderId })).toBe(true);
	expect(await releaseReminder(pool, { tenant, reminderId: again.reminderId })).toBe(false);
	expect(await markReminderSent(pool, { tenant, reminderId: '999999999999' })).toBe(false);

	// Moved to the next day: the 24 h reminder is due again, for the new time.
	await reschedule(pool, { tenant, appointmentId, newStart: '2030-03-06T09:00', now });
	expect(await claimDueReminders(pool, { tenant, now, kinds: [{ name: '24h', beforeMinutes: 24 * 60 }] })).toEqual([]);
	const nextDay = new Date('2030-03-05T12:00:00Z');
	const [moved] = await claimDueReminders(pool, { tenant, now: nextDay, kinds: [{ name: '24h', beforeMinutes: 24 * 60 }] });
	expect(moved.appointment).toMatchObject({ id: appointmentId, localStart: '2030-03-06T09:00:00-03:00' });
	const { rows } = await pool.query(
		'SELECT starts_at, sent_at IS NOT NULL AS sent FROM appointment_reminders WHERE appointment_id = $1 ORDER BY starts_at',
		[appointmentId],
	);
	expect(rows).toEqual([
		{ starts_at: new Date('2030-03-05T12:00:00Z'), sent: true },
		{ starts_at: new Date('2030-03-06T12:00:00Z'), sent: false },
	]);
});
