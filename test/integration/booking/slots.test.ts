import { addTimeOff, book, cancel, findSlots, type Slot } from '../../../nodes/AppointmentBooking';
import { slotsInWindow, toHoursRule } from '../../../nodes/AppointmentBooking/schedule';
import { closeAllClients } from '../../../nodes/shared/clients/clientCache';
import { MONDAY_MORNING, practitionerWithHours, prepareSchema, saoPaulo, sharedPool, Tenants, uniquePhone, weekdayHours } from './support';

const pool = sharedPool();
const tenants = new Tenants(pool);
const now = MONDAY_MORNING;
const starts = (slots: Slot[]) => slots.map((slot) => slot.localStart);

beforeAll(async () => await prepareSchema(pool));
afterAll(async () => {
	await tenants.dropAll();
	await closeAllClients();
});

describe('findSlots', () => {
	it('offers the hours minus bookings, time off and the past, earliest first', async () => {
		const tenant = tenants.next('slots');
		const doctor = await practitionerWithHours(pool, tenant, { hours: weekdayHours('09:00', '11:00', 30) });
		await book(pool, { tenant, practitionerId: doctor.id, start: saoPaulo('2030-03-04T09:30'), contactPhone: uniquePhone(), now });
		const cancelled = await book(pool, {
			tenant,
			practitionerId: doctor.id,
			start: saoPaulo('2030-03-04T10:00'),
			contactPhone: uniquePhone(),
			now,
		});
		await cancel(pool, { tenant, appointmentId: cancelled.appointment.id, now });
		await addTimeOff(pool, { tenant, practitionerId: doctor.id, start: saoPaulo('2030-03-05T09:00'), end: saoPaulo('2030-03-05T10:15') });

		const slots = await findSlots(pool, { tenant, practitionerId: doctor.id, now: saoPaulo('2030-03-04T09:10'), limit: 6 });
		expect(starts(slots)).toEqual([
			// 09:00 has passed, 09:30 is booked, 10:00 was freed by the cancellation.
			'2030-03-04T10:00:00-03:00',
			'2030-03-04T10:30:00-03:00',
			// Time off until 10:15 also removes the 10:00 slot it cuts into.
			'2030-03-05T10:30:00-03:00',
			'2030-03-06T09:00:00-03:00',
			'2030-03-06T09:30:00-03:00',
			'2030-03-06T10:00:00-03:00',
		]);
		expect(slots[0]).toEqual({
			practitionerId: doctor.id,
			practitionerName: 'Dra. Ana Souza',
			specialty: 'Clínica geral',
			start: '2030-03-04T13:00:00.000Z',
			end: '2030-03-04T13:30:00.000Z',
			localStart: '2030-03-04T10:00:00-03:00',
			localEnd: '2030-03-04T10:30:00-03:00',
			timezone: 'America/Sao_Paulo',
		});
	});

	it('searches by specialty (any case) and species across practitioners, ties by name', async () => {
		const tenant = tenants.next('specialty');
		const hours = [{ weekday: 1, start: '09:00', end: '10:00', slotMinutes: 30 }];
		const cats = await practitionerWithHours(pool, tenant, { name: 'Dr. Gato', specialty: 'Veterinária', species: ['cat'], hours });
		const all = await practitionerWithHours(pool, tenant, { name: 'Dra. Geral', specialty: 'veterinária', hours });
		await practitionerWithHours(pool, tenant, { name: 'Dr. Pele', specialty: 'Dermatologia', hours });

		const any = await findSlots(pool, { tenant, specialty: 'VETERINÁRIA', now, to: '2030-03-04' });
		expect(any.map((slot) => [slot.practitionerName, slot.localStart.slice(11, 16)])).toEqual([
			['Dr. Gato', '09:00'],
			['Dra. Geral', '09:00'],
			['Dr. Gato', '09:30'],
			['Dra. Geral', '09:30'],
		]);
		const dogs = await findSlots(pool, { tenant, specialty: 'veterinária', species: 'Dog', now, to: '2030-03-04' });
		expect(new Set(dogs.map((slot) => slot.practitionerId))).toEqual(new Set([all.id]));
		const catSlots = await findSlots(pool, { tenant, species: 'cat', now, to: '2030-03-04', limit: 1 });
		expect(catSlots.map((slot) => slot.practitionerId)).toEqual([cats.id]);
	});

	it('reads dates as whole local days and honours the limit', async () => {
		const tenant = tenants.next('range');
		const doctor = await practitionerWithHours(pool, tenant);
		const wednesday = await findSlots(pool, { tenant, practitionerId: doctor.id, from: '2030-03-06', to: '2030-03-06', now, limit: 100 });
		expect(wednesday).toHaveLength(6);
		expect(wednesday.every((slot) => slot.localStart.startsWith('2030-03-06'))).toBe(true);
		expect(await findSlots(pool, { tenant, practitionerId: doctor.id, now, limit: 2 })).toHaveLength(2);
		// A period entirely before now is refused, not silently empty.
		await expect(findSlots(pool, { tenant, practitionerId: doctor.id, from: '2030-03-01', to: '2030-03-02', now })).rejects.toMatchObject({
			code: 'in_the_past',
		});
		await expect(findSlots(pool, { tenant, practitionerId: doctor.id, from: '2030-03-01', to: '2030-07-01', now })).rejects.toMatchObject({
			code: 'invalid_input',
		});
		await expect(findSlots(pool, { tenant, practitionerId: '00000000-0000-4000-8000-000000000001', now })).rejects.toMatchObject({
			code: 'unknown_practitioner',
		});
		expect(await findSlots(pool, { tenant, specialty: 'Ortopedia', now })).toEqual([]);
	});

	it("can treat one appointment's own time as free (to offer times it could move to)", async () => {
		const tenant = tenants.next('ignore');
		const doctor = await practitionerWithHours(pool, tenant);
		const { appointment } = await book(pool, {
			tenant,
			practitionerId: doctor.id,
			start: saoPaulo('2030-03-04T09:00'),
			contactPhone: uniquePhone(),
			now,
		});
		expect(starts(await findSlots(pool, { tenant, practitionerId: doctor.id, now, limit: 1 }))).toEqual(['2030-03-04T09:30:00-03:00']);
		const ignoring = await findSlots(pool, { tenant, practitionerId: doctor.id, now, limit: 1, ignoreAppointmentId: appointment.id });
		expect(starts(ignoring)).toEqual(['2030-03-04T09:00:00-03:00']);
	});

	it('respects a minimum notice', async () => {
		const tenant = tenants.next('notice');
		const doctor = await practitionerWithHours(pool, tenant);
		const slots = await findSlots(pool, {
			tenant,
			practitionerId: doctor.id,
			now: saoPaulo('2030-03-04T09:05'),
			minNoticeMinutes: 60,
			limit: 1,
		});
		expect(starts(slots)).toEqual(['2030-03-04T10:30:00-03:00']);
	});

	it('words local times in the zone asked for, whatever zone the hours are in', async () => {
		const tenant = tenants.next('zones');
		const doctor = await practitionerWithHours(pool, tenant, {
			hours: [{ weekday: 1, start: '09:00', end: '09:30', slotMinutes: 30, timezone: 'Europe/Lisbon' }],
		});
		const [slot] = await findSlots(pool, {
			tenant,
			practitionerId: doctor.id,
			now: saoPaulo('2030-03-04T05:00'),
			timezone: 'America/Sao_Paulo',
		});
		expect(slot).toMatchObject({ start: '2030-03-04T09:00:00.000Z', localStart: '2030-03-04T06:00:00-03:00' });
	});
});

describe('findSlots with 10,000 appointments in the table', () => {
	const tenant = tenants.next('ten-thousand');
	let practitionerIds: string[] = [];
	const holes: string[] = [];

	beforeAll(async () => {
		// Four practitioners, Mon–Fri 08:00–18:00 in 30-minute slots, every slot of 125 weekdays
		// booked (4 × 125 × 20 = 10,000) except a few holes the search must find.
		const hours = weekdayHours('08:00', '18:00', 30);
		const practitioners = await Promise.all(
			['Dr. A', 'Dr. B', 'Dr. C', 'Dr. D'].map(
				async (name) => await practitionerWithHours(pool, tenant, { name, specialty: 'Cardiologia', hours }),
			),
		);
		practitionerIds = practitioners.map((practitioner) => practitioner.id);
		const rules = practitioners[0].hours.map(toHoursRule);
		const from = now.getTime();
		const all = slotsInWindow(rules, from, from + 200 * 86_400_000).slice(0, 125 * 20);
		expect(all).toHaveLength(2500);
		const rows: { practitionerId: string; start: number; end: number }[] = [];
		const holeAt = new Map([
			[practitionerIds[2], [137, 600]],
			[practitionerIds[0], [600, 2203]],
		]);
		for (const id of practitionerIds) {
			all.forEach((slot, index) => {
				if (!holeAt.get(id)?.includes(index)) rows.push({ practitionerId: id, ...slot });
			});
		}
		// Booked beyond the holes, so the table holds 10,000 open appointments.
		const extra = slotsInWindow(rules, all[all.length - 1].end, from + 300 * 86_400_000).slice(0, 4);
		for (const slot of extra) rows.push({ practitionerId: practitionerIds[3], ...slot });
		expect(rows).toHaveLength(10_000);
		await pool.query(
			`INSERT INTO appointments (tenant, practitioner_id, phone, starts_at, ends_at, timezone)
			SELECT $1, practitioner_id, '5511' || lpad(n::text, 9, '0'), to_timestamp(start_ms / 1000.0), to_timestamp(end_ms / 1000.0), 'America/Sao_Paulo'
			FROM unnest($2::uuid[], $3::float8[], $4::float8[]) WITH ORDINALITY AS seed (practitioner_id, start_ms, end_ms, n)`,
			[tenant, rows.map((row) => row.practitionerId), rows.map((row) => row.start), rows.map((row) => row.end)],
		);
		await pool.query('ANALYZE appointments');
		const byIndex = (index: number, id: string) => ({ start: all[index].start, id });
		const ordered = [
			byIndex(137, practitionerIds[2]),
			byIndex(600, practitionerIds[0]),
			byIndex(600, practitionerIds[2]),
			byIndex(2203, practitionerIds[0]),
		]
			.filter((hole) => hole.start < from + 92 * 86_400_000)
			.sort((a, b) => a.start - b.start || practitionerIds.indexOf(a.id) - practitionerIds.indexOf(b.id));
		holes.push(...ordered.map((hole) => `${new Date(hole.start).toISOString()} ${hole.id}`));
	}, 60_000);

	const to = new Date(now.getTime() + 92 * 86_400_000);

	it('finds the few free slots between them, earliest first', async () => {
		const slots = await findSlots(pool, { tenant, specialty: 'cardiologia', now, to, limit: 10 });
		expect(slots.map((slot) => `${slot.start} ${slot.practitionerId}`)).toEqual(holes);
		const first = await findSlots(pool, { tenant, practitionerId: practitionerIds[2], now, to, limit: 1 });
		expect(`${first[0].start} ${first[0].practitionerId}`).toBe(holes[0]);
	});

	it('reads busy time through an index, not by scanning the table', async () => {
		const { rows } = await pool.query(
			`EXPLAIN SELECT practitioner_id, starts_at, ends_at FROM appointments
			WHERE practitioner_id = ANY ($1::uuid[]) AND status <> 'cancelled'
				AND starts_at < $3 AND starts_at > $2::timestamptz - interval '12 hours' AND ends_at > $2`,
			[practitionerIds, now, new Date(now.getTime() + 2 * 86_400_000)],
		);
		const plan = rows.map((row: Record<string, string>) => row['QUERY PLAN']).join('\n');
		expect(plan).toMatch(/Index|Bitmap/);
		expect(plan).not.toMatch(/Seq Scan on appointments/);
	});

	it('books into a hole and then no longer offers it', async () => {
		const [hole] = await findSlots(pool, { tenant, specialty: 'Cardiologia', now, to, limit: 1 });
		await book(pool, { tenant, practitionerId: hole.practitionerId, start: hole.start, contactPhone: uniquePhone(), now });
		const [next] = await findSlots(pool, { tenant, specialty: 'Cardiologia', now, to, limit: 1 });
		expect(`${next.start} ${next.practitionerId}`).toBe(holes[1]);
	});
});
