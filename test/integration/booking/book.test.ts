import {
	addTimeOff,
	book,
	BookingError,
	cancel,
	confirm,
	getAppointment,
	listUpcoming,
	recordOutcome,
	updatePractitioner,
	type BookingErrorCode,
} from '../../../nodes/AppointmentBooking';
import { closeAllClients } from '../../../nodes/shared/clients/clientCache';
import { MONDAY_MORNING, practitionerWithHours, prepareSchema, saoPaulo, sharedPool, Tenants, uniquePhone } from './support';

const pool = sharedPool();
const tenants = new Tenants(pool);
const now = MONDAY_MORNING;

beforeAll(async () => await prepareSchema(pool));
afterAll(async () => {
	await tenants.dropAll();
	await closeAllClients();
});

async function bookingError(promise: Promise<unknown>): Promise<BookingError> {
	const error = await promise.then(
		() => undefined,
		(reason: unknown) => reason,
	);
	expect(error).toBeInstanceOf(BookingError);
	return error as BookingError;
}

async function expectCode(promise: Promise<unknown>, code: BookingErrorCode): Promise<BookingError> {
	const error = await bookingError(promise);
	expect(error.code).toBe(code);
	return error;
}

describe('book', () => {
	it('books a slot and answers with the appointment in UTC and local time', async () => {
		const tenant = tenants.next('book');
		const vet = await practitionerWithHours(pool, tenant, { name: 'Dr. Bruno', specialty: 'Veterinária', species: ['dog', 'cat'] });
		const phone = uniquePhone();
		const { appointment, created } = await book(pool, {
			tenant,
			practitionerId: vet.id,
			start: '2030-03-04T09:30',
			contactPhone: `${phone}@c.us`,
			contactName: 'Carla',
			subjectName: 'Thor',
			subjectSpecies: 'Dog',
			notes: 'vacina',
			now,
		});
		expect(created).toBe(true);
		expect(appointment).toMatchObject({
			tenant,
			practitionerId: vet.id,
			practitionerName: 'Dr. Bruno',
			contactPhone: phone,
			contactName: 'Carla',
			subjectName: 'Thor',
			subjectSpecies: 'dog',
			specialty: 'Veterinária',
			start: '2030-03-04T12:30:00.000Z',
			end: '2030-03-04T13:00:00.000Z',
			localStart: '2030-03-04T09:30:00-03:00',
			localEnd: '2030-03-04T10:00:00-03:00',
			timezone: 'America/Sao_Paulo',
			status: 'booked',
			notes: 'vacina',
			cancelReason: null,
		});
		expect(await getAppointment(pool, { tenant, appointmentId: appointment.id })).toEqual(appointment);
	});

	it('is idempotent by key: the same request twice gives the same appointment', async () => {
		const tenant = tenants.next('idem');
		const doctor = await practitionerWithHours(pool, tenant);
		const request = {
			tenant,
			practitionerId: doctor.id,
			start: saoPaulo('2030-03-05T10:00'),
			contactPhone: uniquePhone(),
			idempotencyKey: 'wamid.HBgM-1',
			now,
		};
		const first = await book(pool, request);
		const second = await book(pool, request);
		expect(first.created).toBe(true);
		expect(second).toEqual({ appointment: first.appointment, created: false });
		const { rows } = await pool.query('SELECT count(*)::int AS n FROM appointments WHERE tenant = $1', [tenant]);
		expect(rows[0].n).toBe(1);
	});

	it('is idempotent under concurrency: 20 simultaneous retries book once', async () => {
		const tenant = tenants.next('idem-race');
		const doctor = await practitionerWithHours(pool, tenant);
		const request = {
			tenant,
			practitionerId: doctor.id,
			start: saoPaulo('2030-03-05T11:00'),
			contactPhone: uniquePhone(),
			idempotencyKey: 'tool-call-7',
			now,
		};
		const results = await Promise.all(Array.from({ length: 20 }, async () => await book(pool, request)));
		expect(results.filter((result) => result.created)).toHaveLength(1);
		expect(new Set(results.map((result) => result.appointment.id)).size).toBe(1);
	});

	it("never hands one contact's appointment to another whose key collides", async () => {
		const tenant = tenants.next('idem-other');
		const doctor = await practitionerWithHours(pool, tenant);
		await book(pool, {
			tenant,
			practitionerId: doctor.id,
			start: saoPaulo('2030-03-05T09:00'),
			contactPhone: uniquePhone(),
			idempotencyKey: 'k1',
			now,
		});
		const error = await expectCode(
			book(pool, {
				tenant,
				practitionerId: doctor.id,
				start: saoPaulo('2030-03-05T09:30'),
				contactPhone: uniquePhone(),
				idempotencyKey: 'k1',
				now,
			}),
			'invalid_input',
		);
		expect(error.message).toMatch(/idempotency key/);
	});

	it('answers slot_taken with the next free slots', async () => {
		const tenant = tenants.next('taken');
		const doctor = await practitionerWithHours(pool, tenant);
		await book(pool, { tenant, practitionerId: doctor.id, start: saoPaulo('2030-03-04T09:00'), contactPhone: uniquePhone(), now });
		await book(pool, { tenant, practitionerId: doctor.id, start: saoPaulo('2030-03-04T09:30'), contactPhone: uniquePhone(), now });
		const error = await expectCode(
			book(pool, { tenant, practitionerId: doctor.id, start: saoPaulo('2030-03-04T09:00'), contactPhone: uniquePhone(), now }),
			'slot_taken',
		);
		expect(error.alternatives?.map((slot) => slot.localStart)).toEqual([
			'2030-03-04T10:00:00-03:00',
			'2030-03-04T10:30:00-03:00',
			'2030-03-04T11:00:00-03:00',
		]);
		expect(error.message).toMatch(/already taken.*Free times: 2030-03-04 10:00 \(Dra\. Ana Souza\)/);
		expect(JSON.parse(JSON.stringify(error))).toMatchObject({ code: 'slot_taken', alternatives: expect.any(Array) });
	});

	it('offers the same specialty when the practitioner has nothing free', async () => {
		const tenant = tenants.next('taken-specialty');
		const busy = await practitionerWithHours(pool, tenant, {
			name: 'A Busy',
			specialty: 'Dermatologia',
			hours: [{ weekday: 1, start: '09:00', end: '09:30', slotMinutes: 30 }],
		});
		await practitionerWithHours(pool, tenant, { name: 'B Free', specialty: 'dermatologia' });
		await book(pool, { tenant, practitionerId: busy.id, start: saoPaulo('2030-03-04T09:00'), contactPhone: uniquePhone(), now });
		// Busy's only slot in two weeks is taken in the next weeks too.
		for (const day of ['11', '18']) {
			await book(pool, { tenant, practitionerId: busy.id, start: saoPaulo(`2030-03-${day}T09:00`), contactPhone: uniquePhone(), now });
		}
		const error = await expectCode(
			book(pool, { tenant, practitionerId: busy.id, start: saoPaulo('2030-03-04T09:00'), contactPhone: uniquePhone(), now }),
			'slot_taken',
		);
		expect(error.alternatives?.map((slot) => [slot.practitionerName, slot.localStart])).toEqual([
			['B Free', '2030-03-04T09:00:00-03:00'],
			['B Free', '2030-03-04T09:30:00-03:00'],
			['B Free', '2030-03-04T10:00:00-03:00'],
		]);
	});

	it('refuses a time outside the hours, in the past, in time off, or for an unknown practitioner, clearly', async () => {
		const tenant = tenants.next('refusals');
		const doctor = await practitionerWithHours(pool, tenant);
		const base = { tenant, practitionerId: doctor.id, contactPhone: uniquePhone(), now };

		const outside = await expectCode(book(pool, { ...base, start: saoPaulo('2030-03-04T14:00') }), 'outside_hours');
		expect(outside.message).toMatch(
			/^Dra\. Ana Souza has no appointment starting at 2030-03-04T14:00:00-03:00\. Free times: 2030-03-05 09:00/,
		);
		expect(outside.alternatives?.[0].localStart).toBe('2030-03-05T09:00:00-03:00');
		await expectCode(book(pool, { ...base, start: saoPaulo('2030-03-04T09:10') }), 'outside_hours');
		await expectCode(book(pool, { ...base, start: saoPaulo('2030-03-09T09:00') }), 'outside_hours'); // Saturday

		const past = await expectCode(book(pool, { ...base, start: saoPaulo('2030-03-01T09:00') }), 'in_the_past');
		expect(past.message).toMatch(/already passed/);
		expect(past.alternatives?.[0].localStart).toBe('2030-03-04T09:00:00-03:00');

		await addTimeOff(pool, { tenant, practitionerId: doctor.id, start: '2030-03-05', end: '2030-03-05', reason: 'congresso' });
		const off = await expectCode(book(pool, { ...base, start: saoPaulo('2030-03-05T09:00') }), 'time_off');
		expect(off.message).toMatch(/not working .*congresso/);
		expect(off.alternatives?.[0].localStart).toBe('2030-03-06T09:00:00-03:00');
		await addTimeOff(pool, { tenant, start: '2030-03-06', end: '2030-03-06', reason: 'feriado' });
		await expectCode(book(pool, { ...base, start: saoPaulo('2030-03-06T10:00') }), 'time_off');

		await expectCode(
			book(pool, { ...base, practitionerId: '00000000-0000-4000-8000-000000000000', start: saoPaulo('2030-03-04T09:00') }),
			'unknown_practitioner',
		);
		await expectCode(book(pool, { ...base, practitionerId: 'dr-house', start: saoPaulo('2030-03-04T09:00') }), 'unknown_practitioner');
		// Another clinic's practitioner is unknown here.
		await expectCode(book(pool, { ...base, tenant: tenants.next('other'), start: saoPaulo('2030-03-04T09:00') }), 'unknown_practitioner');
		await updatePractitioner(pool, { tenant, practitionerId: doctor.id, active: false });
		expect((await expectCode(book(pool, { ...base, start: saoPaulo('2030-03-04T09:00') }), 'unknown_practitioner')).message).toMatch(
			/not taking appointments/,
		);
	});

	it('refuses malformed input with invalid_input', async () => {
		const tenant = tenants.next('invalid');
		const vet = await practitionerWithHours(pool, tenant, { species: ['cat'] });
		const base = { tenant, practitionerId: vet.id, contactPhone: uniquePhone(), start: saoPaulo('2030-03-04T09:00'), now };
		await expectCode(book(pool, { ...base, contactPhone: 'abc' }), 'invalid_input');
		await expectCode(book(pool, { ...base, start: 'tomorrow at nine' }), 'invalid_input');
		await expectCode(book(pool, { ...base, timezone: 'Brazil/Nowhere' }), 'invalid_input');
		await expectCode(book(pool, { ...base, tenant: '' }), 'invalid_input');
		expect((await expectCode(book(pool, { ...base, subjectSpecies: 'dog' }), 'invalid_input')).message).toMatch(/does not see dog/);
	});

	it('the database itself refuses overlapping open appointments, whatever the code does', async () => {
		const tenant = tenants.next('constraint');
		const doctor = await practitionerWithHours(pool, tenant);
		await book(pool, { tenant, practitionerId: doctor.id, start: saoPaulo('2030-03-04T09:00'), contactPhone: uniquePhone(), now });
		const insert = (start: string, end: string, status = 'booked') =>
			pool.query(
				`INSERT INTO appointments (tenant, practitioner_id, phone, starts_at, ends_at, timezone, status)
				VALUES ($1, $2, '5511999990000', $3, $4, 'UTC', $5)`,
				[tenant, doctor.id, start, end, status],
			);
		await expect(insert('2030-03-04T12:15:00Z', '2030-03-04T12:45:00Z')).rejects.toMatchObject({
			code: '23P01',
			constraint: 'appointments_no_overlap',
		});
		await expect(insert('2030-03-04T12:15:00Z', '2030-03-04T12:45:00Z', 'completed')).rejects.toMatchObject({ code: '23P01' });
		// Cancelled rows hold no time; touching ranges do not overlap.
		await expect(insert('2030-03-04T12:15:00Z', '2030-03-04T12:45:00Z', 'cancelled')).resolves.toBeDefined();
		await expect(insert('2030-03-04T12:30:00Z', '2030-03-04T13:00:00Z')).resolves.toBeDefined();
	});
});

describe('confirm, cancel, outcome, upcoming', () => {
	it('walks an appointment through its life and frees the slot on cancel', async () => {
		const tenant = tenants.next('life');
		const doctor = await practitionerWithHours(pool, tenant);
		const phone = uniquePhone();
		const { appointment } = await book(pool, {
			tenant,
			practitionerId: doctor.id,
			start: saoPaulo('2030-03-04T10:00'),
			contactPhone: phone,
			now,
		});

		const confirmed = await confirm(pool, { tenant, appointmentId: appointment.id, contactPhone: phone, now });
		expect(confirmed.status).toBe('confirmed');
		expect((await confirm(pool, { tenant, appointmentId: appointment.id, now })).status).toBe('confirmed');

		const cancelled = await cancel(pool, { tenant, appointmentId: appointment.id, reason: 'viagem', now });
		expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'viagem' });
		expect(await cancel(pool, { tenant, appointmentId: appointment.id, reason: 'de novo', now })).toMatchObject({
			status: 'cancelled',
			cancelReason: 'viagem',
		});
		await expectCode(confirm(pool, { tenant, appointmentId: appointment.id, now }), 'invalid_status');

		// The freed slot can be booked by someone else.
		const rebooked = await book(pool, {
			tenant,
			practitionerId: doctor.id,
			start: saoPaulo('2030-03-04T10:00'),
			contactPhone: uniquePhone(),
			now,
		});
		expect(rebooked.created).toBe(true);
	});

	it('scopes changes to the contact and the tenant', async () => {
		const tenant = tenants.next('scope');
		const doctor = await practitionerWithHours(pool, tenant);
		const { appointment } = await book(pool, {
			tenant,
			practitionerId: doctor.id,
			start: saoPaulo('2030-03-04T10:30'),
			contactPhone: uniquePhone(),
			now,
		});
		await expectCode(cancel(pool, { tenant, appointmentId: appointment.id, contactPhone: uniquePhone(), now }), 'not_found');
		await expectCode(cancel(pool, { tenant: tenants.next('scope-other'), appointmentId: appointment.id, now }), 'not_found');
		await expectCode(getAppointment(pool, { tenant, appointmentId: 'not-a-uuid' }), 'not_found');
		expect((await getAppointment(pool, { tenant, appointmentId: appointment.id })).status).toBe('booked');
	});

	it('refuses to cancel what has started, and records the outcome only after the start', async () => {
		const tenant = tenants.next('outcome');
		const doctor = await practitionerWithHours(pool, tenant);
		const { appointment } = await book(pool, {
			tenant,
			practitionerId: doctor.id,
			start: saoPaulo('2030-03-04T09:00'),
			contactPhone: uniquePhone(),
			now,
		});
		await expectCode(recordOutcome(pool, { tenant, appointmentId: appointment.id, outcome: 'completed', now }), 'invalid_status');
		const later = saoPaulo('2030-03-04T09:40');
		await expectCode(cancel(pool, { tenant, appointmentId: appointment.id, now: later }), 'in_the_past');
		expect((await recordOutcome(pool, { tenant, appointmentId: appointment.id, outcome: 'no_show', now: later })).status).toBe('no_show');
		expect((await recordOutcome(pool, { tenant, appointmentId: appointment.id, outcome: 'no_show', now: later })).status).toBe('no_show');
		await expectCode(recordOutcome(pool, { tenant, appointmentId: appointment.id, outcome: 'completed', now: later }), 'invalid_status');
	});

	it("lists a contact's upcoming appointments, earliest first", async () => {
		const tenant = tenants.next('upcoming');
		const doctor = await practitionerWithHours(pool, tenant);
		const phone = uniquePhone();
		const at = async (wall: string) =>
			(await book(pool, { tenant, practitionerId: doctor.id, start: saoPaulo(wall), contactPhone: phone, now })).appointment;
		const thursday = await at('2030-03-07T09:00');
		const tuesday = await at('2030-03-05T11:30');
		const monday = await at('2030-03-04T09:00');
		const cancelled = await at('2030-03-06T09:00');
		await cancel(pool, { tenant, appointmentId: cancelled.id, now });
		await book(pool, { tenant, practitionerId: doctor.id, start: saoPaulo('2030-03-05T09:00'), contactPhone: uniquePhone(), now });

		const ids = (list: { id: string }[]) => list.map((item) => item.id);
		expect(ids(await listUpcoming(pool, { tenant, contactPhone: phone, now }))).toEqual([monday.id, tuesday.id, thursday.id]);
		expect(ids(await listUpcoming(pool, { tenant, contactPhone: `+${phone}`, now: saoPaulo('2030-03-04T09:30') }))).toEqual([
			tuesday.id,
			thursday.id,
		]);
		expect(ids(await listUpcoming(pool, { tenant, contactPhone: phone, now, includeCancelled: true, limit: 3 }))).toEqual([
			monday.id,
			tuesday.id,
			cancelled.id,
		]);
	});
});
