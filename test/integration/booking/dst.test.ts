// Daylight saving time end to end: hours are wall-clock times in the clinic's zone and stay so
// on both sides of a change; the database holds UTC. Brazil has had no DST since 2019, so New
// York and Lisbon stand in (2030: NY 10 March and 3 November, Lisbon 31 March and 27 October).
import { book, findSlots, reschedule, type Slot } from '../../../nodes/AppointmentBooking';
import { closeAllClients } from '../../../nodes/shared/clients/clientCache';
import { practitionerWithHours, prepareSchema, sharedPool, Tenants, uniquePhone, weekdayHours } from './support';

const pool = sharedPool();
const tenants = new Tenants(pool);
const pairs = (slots: Slot[]) => slots.map((slot) => [slot.localStart, slot.start]);

beforeAll(async () => await prepareSchema(pool));
afterAll(async () => {
	await tenants.dropAll();
	await closeAllClients();
});

describe.each([
	{
		zone: 'America/New_York',
		spring: { friday: '2030-03-08', monday: '2030-03-11', before: '-05:00', after: '-04:00', fridayUtc: '14', mondayUtc: '13' },
		autumn: { friday: '2030-11-01', monday: '2030-11-04', before: '-04:00', after: '-05:00', fridayUtc: '13', mondayUtc: '14' },
	},
	{
		zone: 'Europe/Lisbon',
		spring: { friday: '2030-03-29', monday: '2030-04-01', before: '+00:00', after: '+01:00', fridayUtc: '09', mondayUtc: '08' },
		autumn: { friday: '2030-10-25', monday: '2030-10-28', before: '+01:00', after: '+00:00', fridayUtc: '08', mondayUtc: '09' },
	},
])('$zone', ({ zone, spring, autumn }) => {
	it.each([
		['spring', spring],
		['autumn', autumn],
	])('09:00–12:00 stays 09:00–12:00 local across the %s change', async (_, change) => {
		const tenant = tenants.next('dst');
		const doctor = await practitionerWithHours(pool, tenant, { timezone: zone, hours: weekdayHours('09:00', '12:00', 60) });
		const now = new Date(`${change.friday}T00:00:00Z`);
		const slots = await findSlots(pool, {
			tenant,
			practitionerId: doctor.id,
			from: change.friday,
			to: change.monday,
			timezone: zone,
			now,
			limit: 20,
		});
		const hour = (utc: string, delta: number) => String(Number(utc) + delta).padStart(2, '0');
		expect(pairs(slots)).toEqual([
			[`${change.friday}T09:00:00${change.before}`, `${change.friday}T${change.fridayUtc}:00:00.000Z`],
			[`${change.friday}T10:00:00${change.before}`, `${change.friday}T${hour(change.fridayUtc, 1)}:00:00.000Z`],
			[`${change.friday}T11:00:00${change.before}`, `${change.friday}T${hour(change.fridayUtc, 2)}:00:00.000Z`],
			[`${change.monday}T09:00:00${change.after}`, `${change.monday}T${change.mondayUtc}:00:00.000Z`],
			[`${change.monday}T10:00:00${change.after}`, `${change.monday}T${hour(change.mondayUtc, 1)}:00:00.000Z`],
			[`${change.monday}T11:00:00${change.after}`, `${change.monday}T${hour(change.mondayUtc, 2)}:00:00.000Z`],
		]);

		// Booking by local time on each side stores the right UTC instant.
		const friday = await book(pool, {
			tenant,
			practitionerId: doctor.id,
			start: `${change.friday}T09:00`,
			timezone: zone,
			contactPhone: uniquePhone(),
			now,
		});
		expect(friday.appointment).toMatchObject({
			start: `${change.friday}T${change.fridayUtc}:00:00.000Z`,
			localStart: `${change.friday}T09:00:00${change.before}`,
			timezone: zone,
		});
		const moved = await reschedule(pool, {
			tenant,
			appointmentId: friday.appointment.id,
			newStart: `${change.monday}T09:00`,
			timezone: zone,
			now,
		});
		expect(moved).toMatchObject({
			start: `${change.monday}T${change.mondayUtc}:00:00.000Z`,
			localStart: `${change.monday}T09:00:00${change.after}`,
		});
		const { rows } = await pool.query(
			"SELECT to_char(starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI') AS utc FROM appointments WHERE id = $1",
			[moved.id],
		);
		expect(rows[0].utc).toBe(`${change.monday}T${change.mondayUtc}:00`);
	});
});

it('a shift across the spring-forward night has no slot in the skipped hour, and refuses a local time inside it', async () => {
	const tenant = tenants.next('dst-gap');
	const zone = 'America/New_York';
	const doctor = await practitionerWithHours(pool, tenant, {
		timezone: zone,
		hours: [{ weekday: 0, start: '01:00', end: '04:00', slotMinutes: 60 }],
	});
	const now = new Date('2030-03-09T00:00:00Z');
	const slots = await findSlots(pool, { tenant, practitionerId: doctor.id, from: '2030-03-10', to: '2030-03-10', timezone: zone, now });
	expect(slots.map((slot) => slot.localStart)).toEqual(['2030-03-10T01:00:00-05:00', '2030-03-10T03:00:00-04:00']);
	await expect(
		book(pool, { tenant, practitionerId: doctor.id, start: '2030-03-10T02:00', timezone: zone, contactPhone: uniquePhone(), now }),
	).rejects.toMatchObject({
		code: 'invalid_input',
		message: expect.stringMatching(/does not exist in America\/New_York/),
	});
	const booked = await book(pool, {
		tenant,
		practitionerId: doctor.id,
		start: slots[1].start,
		timezone: zone,
		contactPhone: uniquePhone(),
		now,
	});
	expect(booked.appointment).toMatchObject({
		start: '2030-03-10T07:00:00.000Z',
		end: '2030-03-10T08:00:00.000Z',
		localEnd: '2030-03-10T04:00:00-04:00',
	});
});

it('a shift across the fall-back night offers the repeated hour twice, each bookable by its instant', async () => {
	const tenant = tenants.next('dst-overlap');
	const zone = 'America/New_York';
	const doctor = await practitionerWithHours(pool, tenant, {
		timezone: zone,
		hours: [{ weekday: 0, start: '00:00', end: '03:00', slotMinutes: 60 }],
	});
	const now = new Date('2030-11-02T00:00:00Z');
	const slots = await findSlots(pool, { tenant, practitionerId: doctor.id, from: '2030-11-03', to: '2030-11-03', timezone: zone, now });
	expect(slots.map((slot) => slot.localStart)).toEqual([
		'2030-11-03T00:00:00-04:00',
		'2030-11-03T01:00:00-04:00',
		'2030-11-03T01:00:00-05:00',
		'2030-11-03T02:00:00-05:00',
	]);
	const second = await book(pool, {
		tenant,
		practitionerId: doctor.id,
		start: slots[2].localStart,
		timezone: zone,
		contactPhone: uniquePhone(),
		now,
	});
	expect(second.appointment.start).toBe('2030-11-03T06:00:00.000Z');
	// A bare local 01:00 means its first occurrence.
	const first = await book(pool, {
		tenant,
		practitionerId: doctor.id,
		start: '2030-11-03T01:00',
		timezone: zone,
		contactPhone: uniquePhone(),
		now,
	});
	expect(first.appointment.start).toBe('2030-11-03T05:00:00.000Z');
});
