import {
	addTimeOff,
	book,
	createPractitioner,
	getPractitioner,
	listPractitioners,
	listTimeOff,
	removeTimeOff,
	setWeeklyHours,
	updatePractitioner,
} from '../../../nodes/AppointmentBooking';
import { closeAllClients } from '../../../nodes/shared/clients/clientCache';
import { MONDAY_MORNING, practitionerWithHours, prepareSchema, saoPaulo, sharedPool, Tenants, uniquePhone } from './support';

const pool = sharedPool();
const tenants = new Tenants(pool);

beforeAll(async () => await prepareSchema(pool));
afterAll(async () => {
	await tenants.dropAll();
	await closeAllClients();
});

describe('practitioners', () => {
	it('creates, updates and lists practitioners of one tenant', async () => {
		const tenant = tenants.next('people');
		const vet = await createPractitioner(pool, { tenant, name: '  Dr. Caio  ', specialty: 'Veterinária', species: 'Dog, CAT, dog' });
		expect(vet).toMatchObject({ tenant, name: 'Dr. Caio', specialty: 'Veterinária', species: ['dog', 'cat'], active: true, hours: [] });
		const derm = await createPractitioner(pool, { tenant, name: 'Dra. Alice', specialty: 'Dermatologia' });
		await createPractitioner(pool, { tenant: tenants.next('people-other'), name: 'Dr. Outro', specialty: 'Dermatologia' });

		expect((await listPractitioners(pool, { tenant })).map((practitioner) => practitioner.name)).toEqual(['Dr. Caio', 'Dra. Alice']);
		expect((await listPractitioners(pool, { tenant, specialty: 'DERMATOLOGIA' })).map((practitioner) => practitioner.id)).toEqual([
			derm.id,
		]);
		expect((await listPractitioners(pool, { tenant, species: 'cat' })).map((practitioner) => practitioner.id)).toEqual([vet.id, derm.id]);
		expect((await listPractitioners(pool, { tenant, species: 'horse' })).map((practitioner) => practitioner.id)).toEqual([derm.id]);

		const renamed = await updatePractitioner(pool, { tenant, practitionerId: vet.id, name: 'Dr. Caio Lima', active: false });
		expect(renamed).toMatchObject({ name: 'Dr. Caio Lima', specialty: 'Veterinária', species: ['dog', 'cat'], active: false });
		expect((await listPractitioners(pool, { tenant })).map((practitioner) => practitioner.id)).toEqual([derm.id]);
		expect(await listPractitioners(pool, { tenant, includeInactive: true })).toHaveLength(2);
	});

	it('refuses unknown practitioners and bad input clearly', async () => {
		const tenant = tenants.next('people-bad');
		const other = await createPractitioner(pool, { tenant: tenants.next('people-bad-other'), name: 'Dr. X', specialty: 'Y' });
		await expect(updatePractitioner(pool, { tenant, practitionerId: other.id, name: 'Z' })).rejects.toMatchObject({
			code: 'unknown_practitioner',
		});
		await expect(getPractitioner(pool, { tenant, practitionerId: 'nope' })).rejects.toMatchObject({ code: 'unknown_practitioner' });
		await expect(createPractitioner(pool, { tenant, name: ' ', specialty: 'Y' })).rejects.toMatchObject({
			code: 'invalid_input',
			message: 'name is required',
		});
		await expect(createPractitioner(pool, { tenant, name: 'A', specialty: 'Y', species: [1 as unknown as string] })).rejects.toMatchObject({
			code: 'invalid_input',
		});
	});
});

describe('weekly hours', () => {
	it('replaces the whole week and reads it back in order', async () => {
		const tenant = tenants.next('hours');
		const doctor = await createPractitioner(pool, { tenant, name: 'Dra. Rita', specialty: 'Pediatria' });
		await setWeeklyHours(pool, { tenant, practitionerId: doctor.id, hours: [{ weekday: 3, start: '08:00', end: '12:00' }] });
		const updated = await setWeeklyHours(pool, {
			tenant,
			practitionerId: doctor.id,
			timezone: 'America/Manaus',
			hours: [
				{ weekday: 2, start: '14:00', end: '18:00', slotMinutes: 20 },
				{ weekday: 2, start: '8:00', end: '12:00', slotMinutes: 20 },
				{ weekday: 6, start: '22:00', end: '24:00', slotMinutes: 60, timezone: 'UTC' },
			],
		});
		expect(updated.hours).toEqual([
			{ weekday: 2, start: '08:00', end: '12:00', slotMinutes: 20, timezone: 'America/Manaus' },
			{ weekday: 2, start: '14:00', end: '18:00', slotMinutes: 20, timezone: 'America/Manaus' },
			{ weekday: 6, start: '22:00', end: '24:00', slotMinutes: 60, timezone: 'UTC' },
		]);
		expect((await getPractitioner(pool, { tenant, practitionerId: doctor.id })).hours).toEqual(updated.hours);
	});

	it('refuses overlapping or malformed hours, and the table refuses overlaps too', async () => {
		const tenant = tenants.next('hours-bad');
		const doctor = await practitionerWithHours(pool, tenant);
		const set = (hours: { weekday: number; start: string; end: string; slotMinutes?: number; timezone?: string }[]) =>
			setWeeklyHours(pool, { tenant, practitionerId: doctor.id, hours });
		await expect(
			set([
				{ weekday: 1, start: '09:00', end: '12:00' },
				{ weekday: 1, start: '11:00', end: '13:00' },
			]),
		).rejects.toMatchObject({
			code: 'invalid_input',
			message: 'hours overlap on weekday 1: 09:00–12:00 and 11:00–13:00',
		});
		await expect(set([{ weekday: 7, start: '09:00', end: '12:00' }])).rejects.toMatchObject({ code: 'invalid_input' });
		await expect(set([{ weekday: 1, start: '22:00', end: '06:00' }])).rejects.toMatchObject({
			message: expect.stringMatching(/split a night shift/),
		});
		await expect(set([{ weekday: 1, start: '09:00', end: '09:20', slotMinutes: 30 }])).rejects.toMatchObject({ code: 'invalid_input' });
		await expect(set([{ weekday: 1, start: '09:00', end: '12:00', timezone: 'Nowhere/City' }])).rejects.toMatchObject({
			code: 'invalid_input',
		});
		// The refused calls left the week as it was.
		expect((await getPractitioner(pool, { tenant, practitionerId: doctor.id })).hours).toHaveLength(5);
		await expect(
			pool.query(
				`INSERT INTO practitioner_hours (tenant, practitioner_id, weekday, start_time, end_time, slot_minutes, timezone)
				VALUES ($1, $2, 1, '11:30', '13:00', 30, 'UTC')`,
				[tenant, doctor.id],
			),
		).rejects.toMatchObject({ code: '23P01', constraint: 'practitioner_hours_no_overlap' });
	});
});

describe('time off', () => {
	it('adds, lists and removes time off, reporting the appointments it covers', async () => {
		const tenant = tenants.next('off');
		const doctor = await practitionerWithHours(pool, tenant);
		const now = MONDAY_MORNING;
		const { appointment } = await book(pool, {
			tenant,
			practitionerId: doctor.id,
			start: saoPaulo('2030-03-07T10:00'),
			contactPhone: uniquePhone(),
			now,
		});

		const vacation = await addTimeOff(pool, {
			tenant,
			practitionerId: doctor.id,
			start: '2030-03-07',
			end: '2030-03-08',
			reason: 'férias',
		});
		expect(vacation.timeOff).toMatchObject({
			practitionerId: doctor.id,
			start: '2030-03-07T03:00:00.000Z',
			end: '2030-03-09T03:00:00.000Z',
			reason: 'férias',
		});
		expect(vacation.conflictingAppointments.map((item) => item.id)).toEqual([appointment.id]);
		const holiday = await addTimeOff(pool, { tenant, start: '2030-03-04T12:00', end: '2030-03-04T18:00', reason: 'Carnaval' });
		expect(holiday.timeOff.practitionerId).toBeNull();

		const listed = await listTimeOff(pool, { tenant, practitionerId: doctor.id, from: now });
		expect(listed.map((item) => item.reason)).toEqual(['Carnaval', 'férias']);
		await removeTimeOff(pool, { tenant, timeOffId: holiday.timeOff.id });
		expect((await listTimeOff(pool, { tenant, from: now })).map((item) => item.reason)).toEqual(['férias']);
		await expect(removeTimeOff(pool, { tenant, timeOffId: holiday.timeOff.id })).rejects.toMatchObject({ code: 'not_found' });
		await expect(addTimeOff(pool, { tenant, start: '2030-03-05', end: '2030-03-04' })).rejects.toMatchObject({ code: 'invalid_input' });
		await expect(
			addTimeOff(pool, { tenant, practitionerId: '00000000-0000-4000-8000-000000000002', start: '2030-03-05', end: '2030-03-05' }),
		).rejects.toMatchObject({
			code: 'unknown_practitioner',
		});
	});
});
