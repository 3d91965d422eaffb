import { NodeOperationError, type IDataObject, type INodeExecutionData } from 'n8n-workflow';
import * as bookingModule from '../../../nodes/AppointmentBooking';
import type { BookingContext, BookingOperation } from '../../../nodes/AppointmentBooking/actions/common';
import { resources } from '../../../nodes/AppointmentBooking/actions/router';
import { AppointmentBooking } from '../../../nodes/AppointmentBooking/AppointmentBooking.node';
import { getPgPool } from '../../../nodes/shared/clients/postgres';
import { fakeExecute, operationPairs, operationsInDescription, operationsInRegistry } from '../support/fakeExecute';

// Appointment Booking, one operation at a time with the booking module mocked (BookingError and
// the other plain helpers stay real), then the node through its router (pg Pool mocked).

jest.mock('../../../nodes/AppointmentBooking', () => ({
	...jest.requireActual('../../../nodes/AppointmentBooking'),
	findSlots: jest.fn(),
	book: jest.fn(),
	getAppointment: jest.fn(),
	confirm: jest.fn(),
	cancel: jest.fn(),
	reschedule: jest.fn(),
	recordOutcome: jest.fn(),
	listUpcoming: jest.fn(),
	createPractitioner: jest.fn(),
	updatePractitioner: jest.fn(),
	listPractitioners: jest.fn(),
	setWeeklyHours: jest.fn(),
	addTimeOff: jest.fn(),
	listTimeOff: jest.fn(),
	removeTimeOff: jest.fn(),
	claimDueReminders: jest.fn(),
	markReminderSent: jest.fn(),
	releaseReminder: jest.fn(),
}));
jest.mock('../../../nodes/shared/clients/postgres', () => ({
	...jest.requireActual('../../../nodes/shared/clients/postgres'),
	getPgPool: jest.fn(),
}));

const booking = jest.mocked(bookingModule);
const { BookingError } = bookingModule;
const node = new AppointmentBooking();
const properties = node.description.properties;
const registry = resources as unknown as Record<string, Record<string, BookingOperation>>;

const pool = { pool: true };
const SCOPE = { tenant: 'clinic-a', timezone: 'America/Manaus' };
const appointment = {
	id: 'a-1',
	practitionerId: 'p-1',
	start: '2026-12-01T14:00:00.000Z',
	contactPhone: '5511999990000',
	status: 'booked',
};
const slot = { practitionerId: 'p-1', start: '2026-12-01T14:00:00.000Z', end: '2026-12-01T14:30:00.000Z' };
// An item as it comes from the trigger, after Find Slots and then Book.
const inbound: INodeExecutionData = {
	json: { tenant: 'clinic-a', phone: '5511999990000', contactName: 'Maria', booking: { slots: [slot], appointment, reminderId: 'r-1' } },
	binary: { data: { data: 'AAEC', mimeType: 'image/jpeg' } },
};

beforeEach(() => jest.clearAllMocks());

async function runOperation(
	resource: string,
	operation: string,
	parameters: IDataObject = {},
	item: INodeExecutionData = inbound,
	typeVersion = 1,
) {
	const fake = fakeExecute({ properties, parameters: { resource, operation, ...parameters }, items: [item], typeVersion });
	const context = { pool, ...SCOPE, input: item.json } as unknown as BookingContext;
	const result = await registry[resource][operation].execute.call(fake.context, 0, context);
	expect(fake.hiddenReads).toEqual([]);
	return result;
}

type Method = keyof typeof booking;

describe('Booking operations', () => {
	// [title, resource, operation, parameters, module function, what it is asked, what it answers, what the operation returns]
	const cases: Array<[string, string, string, IDataObject, Method, IDataObject, unknown, IDataObject]> = [
		[
			'findSlots, defaults: every practitioner from now, 5 slots',
			'appointment',
			'findSlots',
			{},
			'findSlots',
			{ ...SCOPE, specialty: undefined, practitionerId: undefined, from: undefined, to: undefined, limit: 5 },
			[slot],
			{ slots: [slot], count: 1 },
		],
		[
			'findSlots, filters (trimmed) and a limit',
			'appointment',
			'findSlots',
			{ specialty: ' cardiology ', practitionerId: 'p-1', from: '2026-12-01', to: '2026-12-07T18:00', maxSlots: 20 },
			'findSlots',
			{ ...SCOPE, specialty: 'cardiology', practitionerId: 'p-1', from: '2026-12-01', to: '2026-12-07T18:00', limit: 20 },
			[],
			{ slots: [], count: 0 },
		],
		[
			'book, defaults: the first slot found, the item contact',
			'appointment',
			'book',
			{},
			'book',
			{
				...SCOPE,
				practitionerId: 'p-1',
				start: '2026-12-01T14:00:00.000Z',
				contactPhone: '5511999990000',
				contactName: 'Maria',
				idempotencyKey: undefined,
				notes: undefined,
				specialty: undefined,
				subjectName: undefined,
				subjectSpecies: undefined,
			},
			{ created: true, appointment },
			{ ok: true, created: true, appointment },
		],
		[
			'book, every detail',
			'appointment',
			'book',
			{
				bookPractitionerId: 'p-2',
				start: '2026-12-02T09:00',
				contactPhone: '5511988887777',
				contactName: '',
				bookingDetails: { idempotencyKey: 'wamid.IN', notes: 'vacina', specialty: 'vet', subjectName: 'Rex', subjectSpecies: 'dog' },
			},
			'book',
			{
				...SCOPE,
				practitionerId: 'p-2',
				start: '2026-12-02T09:00',
				contactPhone: '5511988887777',
				contactName: undefined,
				idempotencyKey: 'wamid.IN',
				notes: 'vacina',
				specialty: 'vet',
				subjectName: 'Rex',
				subjectSpecies: 'dog',
			},
			{ created: false, appointment },
			{ ok: true, created: false, appointment },
		],
		[
			'getAppointment, defaults: the item appointment, restricted to the item contact',
			'appointment',
			'getAppointment',
			{},
			'getAppointment',
			{ tenant: 'clinic-a', appointmentId: 'a-1', contactPhone: '5511999990000' },
			appointment,
			{ ok: true, appointment },
		],
		[
			'getAppointment, any contact (staff)',
			'appointment',
			'getAppointment',
			{ appointmentId: 'a-9', contactPhone: '' },
			'getAppointment',
			{ tenant: 'clinic-a', appointmentId: 'a-9', contactPhone: undefined },
			appointment,
			{ ok: true, appointment },
		],
		[
			'confirm',
			'appointment',
			'confirm',
			{},
			'confirm',
			{ tenant: 'clinic-a', appointmentId: 'a-1', contactPhone: '5511999990000' },
			appointment,
			{ ok: true, appointment },
		],
		[
			'cancel, defaults: no reason',
			'appointment',
			'cancel',
			{},
			'cancel',
			{ tenant: 'clinic-a', appointmentId: 'a-1', contactPhone: '5511999990000', reason: undefined },
			appointment,
			{ ok: true, appointment },
		],
		[
			'cancel, with a reason',
			'appointment',
			'cancel',
			{ cancelReason: 'viagem', contactPhone: '' },
			'cancel',
			{ tenant: 'clinic-a', appointmentId: 'a-1', contactPhone: undefined, reason: 'viagem' },
			appointment,
			{ ok: true, appointment },
		],
		[
			'reschedule',
			'appointment',
			'reschedule',
			{ newStart: '2026-12-03T10:00' },
			'reschedule',
			{ ...SCOPE, appointmentId: 'a-1', contactPhone: '5511999990000', newStart: '2026-12-03T10:00' },
			appointment,
			{ ok: true, appointment },
		],
		[
			'recordOutcome, defaults: attended',
			'appointment',
			'recordOutcome',
			{},
			'recordOutcome',
			{ tenant: 'clinic-a', appointmentId: 'a-1', outcome: 'completed' },
			appointment,
			{ ok: true, appointment },
		],
		[
			'recordOutcome, no-show',
			'appointment',
			'recordOutcome',
			{ outcome: 'no_show' },
			'recordOutcome',
			{ tenant: 'clinic-a', appointmentId: 'a-1', outcome: 'no_show' },
			appointment,
			{ ok: true, appointment },
		],
		[
			'listUpcoming, the item contact',
			'appointment',
			'listUpcoming',
			{},
			'listUpcoming',
			{ tenant: 'clinic-a', contactPhone: '5511999990000' },
			[appointment],
			{ appointments: [appointment], count: 1 },
		],
		[
			'createPractitioner, species as a list',
			'practitioner',
			'createPractitioner',
			{ practitionerName: 'Dra. Ana', practitionerSpecialty: 'vet', species: 'dog, cat,' },
			'createPractitioner',
			{ tenant: 'clinic-a', name: 'Dra. Ana', specialty: 'vet', species: ['dog', 'cat'] },
			{ id: 'p-1' },
			{ id: 'p-1' },
		],
		[
			'createPractitioner, no species',
			'practitioner',
			'createPractitioner',
			{ practitionerName: 'Dr. Bruno', practitionerSpecialty: 'cardiology' },
			'createPractitioner',
			{ tenant: 'clinic-a', name: 'Dr. Bruno', specialty: 'cardiology', species: undefined },
			{ id: 'p-2' },
			{ id: 'p-2' },
		],
		[
			'updatePractitioner, defaults: only the id; Active left as it is',
			'practitioner',
			'updatePractitioner',
			{ updatePractitionerId: 'p-1' },
			'updatePractitioner',
			{ tenant: 'clinic-a', practitionerId: 'p-1', name: undefined, specialty: undefined, species: undefined, active: undefined },
			{ id: 'p-1' },
			{ id: 'p-1' },
		],
		[
			'updatePractitioner, every field',
			'practitioner',
			'updatePractitioner',
			{
				updatePractitionerId: 'p-1',
				practitionerName: 'Dra. Ana Lima',
				practitionerSpecialty: 'dermatology',
				species: 'cat',
				active: 'inactive',
			},
			'updatePractitioner',
			{ tenant: 'clinic-a', practitionerId: 'p-1', name: 'Dra. Ana Lima', specialty: 'dermatology', species: ['cat'], active: false },
			{ id: 'p-1' },
			{ id: 'p-1' },
		],
		[
			'listPractitioners',
			'practitioner',
			'listPractitioners',
			{},
			'listPractitioners',
			{ tenant: 'clinic-a' },
			[{ id: 'p-1' }],
			{ practitioners: [{ id: 'p-1' }], count: 1 },
		],
		[
			'setWeeklyHours, the default hours',
			'schedule',
			'setWeeklyHours',
			{ hoursPractitionerId: 'p-1' },
			'setWeeklyHours',
			{ ...SCOPE, practitionerId: 'p-1', hours: [{ weekday: 1, start: '08:00', end: '12:00', slotMinutes: 30 }] },
			{ practitionerId: 'p-1' },
			{ practitionerId: 'p-1' },
		],
		[
			'setWeeklyHours, hours given as an array',
			'schedule',
			'setWeeklyHours',
			{ hoursPractitionerId: 'p-1', weeklyHours: [{ weekday: 2, start: '14:00', end: '18:00' }] },
			'setWeeklyHours',
			{ ...SCOPE, practitionerId: 'p-1', hours: [{ weekday: 2, start: '14:00', end: '18:00' }] },
			{ practitionerId: 'p-1' },
			{ practitionerId: 'p-1' },
		],
		[
			'addTimeOff, no reason',
			'schedule',
			'addTimeOff',
			{ hoursPractitionerId: 'p-1', offStart: '2026-12-24', offEnd: '2026-12-26' },
			'addTimeOff',
			{ ...SCOPE, practitionerId: 'p-1', start: '2026-12-24', end: '2026-12-26', reason: undefined },
			{ id: 't-1' },
			{ id: 't-1' },
		],
		[
			'addTimeOff, with a reason',
			'schedule',
			'addTimeOff',
			{ hoursPractitionerId: 'p-1', offStart: '2026-12-24T12:00', offEnd: '2026-12-24T18:00', offReason: 'congresso' },
			'addTimeOff',
			{ ...SCOPE, practitionerId: 'p-1', start: '2026-12-24T12:00', end: '2026-12-24T18:00', reason: 'congresso' },
			{ id: 't-1' },
			{ id: 't-1' },
		],
		[
			'listTimeOff, defaults: everyone from now',
			'schedule',
			'listTimeOff',
			{},
			'listTimeOff',
			{ ...SCOPE, practitionerId: undefined, from: undefined, to: undefined },
			[{ id: 't-1' }],
			{ timeOff: [{ id: 't-1' }], count: 1 },
		],
		[
			'listTimeOff, filters',
			'schedule',
			'listTimeOff',
			{ timeOffPractitionerId: 'p-1', timeOffFrom: '2026-12-01', timeOffTo: '2026-12-31' },
			'listTimeOff',
			{ ...SCOPE, practitionerId: 'p-1', from: '2026-12-01', to: '2026-12-31' },
			[],
			{ timeOff: [], count: 0 },
		],
		[
			'removeTimeOff',
			'schedule',
			'removeTimeOff',
			{ timeOffId: 't-1' },
			'removeTimeOff',
			{ tenant: 'clinic-a', timeOffId: 't-1' },
			{ id: 't-1' },
			{ ok: true, timeOff: { id: 't-1' } },
		],
		[
			'markReminderSent, the item reminder by default',
			'reminder',
			'markReminderSent',
			{},
			'markReminderSent',
			{ tenant: 'clinic-a', reminderId: 'r-1' },
			true,
			{ reminderId: 'r-1', marked: true },
		],
		[
			'releaseReminder, the item reminder by default',
			'reminder',
			'releaseReminder',
			{},
			'releaseReminder',
			{ tenant: 'clinic-a', reminderId: 'r-1' },
			false,
			{ reminderId: 'r-1', released: false },
		],
	];

	it.each(cases)('%s', async (_title, resource, operation, parameters, method, input, answer, expected) => {
		jest.mocked(booking[method] as jest.Mock).mockResolvedValue(answer);
		expect(await runOperation(resource, operation, parameters)).toEqual(expected);
		expect((booking[method] as jest.Mock).mock.calls).toEqual([[pool, input]]);
	});

	it('claimReminders with defaults claims 24h and 2h reminders with 60 minutes tolerance, one entry per reminder', async () => {
		const other = { ...appointment, id: 'a-2', contactPhone: '5511988887777' };
		booking.claimDueReminders.mockResolvedValue([
			{ reminderId: 'r-1', kind: '24h', appointment },
			{ reminderId: 'r-2', kind: '2h', appointment: other },
		] as never);
		expect(await runOperation('reminder', 'claimReminders')).toEqual([
			{ reminderId: 'r-1', kind: '24h', appointment, phone: '5511999990000' },
			{ reminderId: 'r-2', kind: '2h', appointment: other, phone: '5511988887777' },
		]);
		expect(booking.claimDueReminders).toHaveBeenCalledWith(pool, {
			tenant: 'clinic-a',
			kinds: [
				{ name: '24h', beforeMinutes: 1440 },
				{ name: '2h', beforeMinutes: 120 },
			],
			toleranceMinutes: 60,
		});
	});

	it('claimReminders with its own kinds and tolerance', async () => {
		booking.claimDueReminders.mockResolvedValue([]);
		expect(await runOperation('reminder', 'claimReminders', { reminderKinds: 'week = 10080,day=1440', toleranceMinutes: 15 })).toEqual([]);
		expect(booking.claimDueReminders.mock.calls[0][1]).toEqual({
			tenant: 'clinic-a',
			kinds: [
				{ name: 'week', beforeMinutes: 10080 },
				{ name: 'day', beforeMinutes: 1440 },
			],
			toleranceMinutes: 15,
		});
	});

	it.each(['24h', '24h=1440, 2h', '', 'a=b'])('claimReminders refuses reminder kinds %j and claims nothing', async (reminderKinds) => {
		await expect(runOperation('reminder', 'claimReminders', { reminderKinds })).rejects.toThrow(
			'Reminders must look like "24h=1440, 2h=120" (name=minutes before)',
		);
		expect(booking.claimDueReminders).not.toHaveBeenCalled();
	});

	it.each([
		['not JSON', '[{weekday: 1', 'Weekly Hours is not valid JSON'],
		['not an array', '{"weekday": 1}', 'Weekly Hours must be a JSON array'],
	])('setWeeklyHours refuses hours that are %s', async (_title, weeklyHours, message) => {
		await expect(runOperation('schedule', 'setWeeklyHours', { hoursPractitionerId: 'p-1', weeklyHours })).rejects.toThrow(message);
		expect(booking.setWeeklyHours).not.toHaveBeenCalled();
	});

	it.each([
		['book', 'book', {}],
		['reschedule', 'reschedule', { newStart: '2026-12-03T10:00' }],
	] as const)('%s answers a taken slot as data, with the alternatives', async (operation, method, parameters) => {
		const alternative = {
			...slot,
			start: '2026-12-01T14:30:00.000Z',
			practitionerName: 'Dra. Ana',
			specialty: 'vet',
			localStart: '2026-12-01T10:30',
			localEnd: '2026-12-01T11:00',
			timezone: 'America/Manaus',
		};
		booking[method].mockRejectedValue(new BookingError('slot_taken', 'That time was just taken', [alternative]));
		expect(await runOperation('appointment', operation, parameters)).toEqual({
			ok: false,
			code: 'slot_taken',
			message: 'That time was just taken',
			alternatives: [alternative],
		});
	});

	it.each([
		['book', 'book', {}],
		['reschedule', 'reschedule', { newStart: '2026-12-03T10:00' }],
	] as const)('%s lets other booking errors through', async (operation, method, parameters) => {
		booking[method].mockRejectedValue(new BookingError('unknown_practitioner', 'No practitioner p-1'));
		await expect(runOperation('appointment', operation, parameters)).rejects.toThrow('No practitioner p-1');
	});
});

describe('Appointment Booking node', () => {
	const postgresCredentials = { host: 'pg', database: 'clinic', user: 'n8n' };
	const items: INodeExecutionData[] = [inbound, { json: { phone: '5511988887777' } }];
	beforeEach(() => jest.mocked(getPgPool).mockReturnValue(pool as never));

	const run = (
		parameters: IDataObject,
		options: { items?: INodeExecutionData[]; credentials?: Record<string, IDataObject | Error>; continueOnFail?: boolean } = {},
	) => {
		const fake = fakeExecute({
			properties,
			parameters,
			items: options.items ?? items,
			credentials: options.credentials ?? { whatsAppAiPostgresApi: postgresCredentials },
			continueOnFail: options.continueOnFail,
		});
		return { fake, outputs: node.execute.call(fake.context) };
	};

	it('keeps each input item with the result under `booking`, paired; tenant from the item ("default" without), the clinic time zone by default', async () => {
		booking.listUpcoming.mockResolvedValueOnce([appointment] as never).mockResolvedValueOnce([]);
		const { fake, outputs } = run({ resource: 'appointment', operation: 'listUpcoming' });
		expect(await outputs).toEqual([
			[
				{ json: { ...inbound.json, booking: { appointments: [appointment], count: 1 } }, binary: inbound.binary, pairedItem: { item: 0 } },
				{ json: { phone: '5511988887777', booking: { appointments: [], count: 0 } }, pairedItem: { item: 1 } },
			],
		]);
		expect(booking.listUpcoming.mock.calls).toEqual([
			[pool, { tenant: 'clinic-a', contactPhone: '5511999990000' }],
			[pool, { tenant: 'default', contactPhone: '5511988887777' }],
		]);
		expect(getPgPool).toHaveBeenCalledWith(postgresCredentials);
		expect(fake.getCredentials.mock.calls).toEqual([['whatsAppAiPostgresApi']]);
	});

	it('gives the operations the tenant and time zone parameters', async () => {
		booking.findSlots.mockResolvedValue([]);
		await run({ resource: 'appointment', operation: 'findSlots' }, { items: [{ json: { tenant: 'clinic-b' } }] }).outputs;
		await run({ resource: 'appointment', operation: 'findSlots', tenant: 'clinic-c', timezone: 'Europe/Lisbon' }, { items: [{ json: {} }] })
			.outputs;
		expect(booking.findSlots.mock.calls.map(([, input]) => [input.tenant, input.timezone])).toEqual([
			['clinic-b', 'America/Sao_Paulo'],
			['clinic-c', 'Europe/Lisbon'],
		]);
	});

	it('Claim Due Reminders fans out: one item per reminder, each paired to the input item', async () => {
		booking.claimDueReminders.mockResolvedValue([
			{ reminderId: 'r-1', kind: '24h', appointment },
			{ reminderId: 'r-2', kind: '2h', appointment },
		] as never);
		const [out] = await run({ resource: 'reminder', operation: 'claimReminders' }, { items: [{ json: { tenant: 'clinic-a' } }] }).outputs;
		expect(out).toEqual([
			{
				json: { tenant: 'clinic-a', booking: { reminderId: 'r-1', kind: '24h', appointment, phone: '5511999990000' } },
				pairedItem: { item: 0 },
			},
			{
				json: { tenant: 'clinic-a', booking: { reminderId: 'r-2', kind: '2h', appointment, phone: '5511999990000' } },
				pairedItem: { item: 0 },
			},
		]);
	});

	it('Claim Due Reminders with nothing due gives no items', async () => {
		booking.claimDueReminders.mockResolvedValue([]);
		expect(await run({ resource: 'reminder', operation: 'claimReminders' }, { items: [{ json: {} }] }).outputs).toEqual([[]]);
	});

	it('with Continue On Fail keeps a failed item with error {kind, message} on the output', async () => {
		booking.confirm
			.mockRejectedValueOnce(new BookingError('not_found', 'No appointment with id a-1'))
			.mockRejectedValueOnce(new Error('Connection terminated'));
		const [out] = await run({ resource: 'appointment', operation: 'confirm', appointmentId: 'a-1' }, { continueOnFail: true }).outputs;
		expect(out).toEqual([
			{
				json: { ...inbound.json, error: { kind: 'not_found', message: 'No appointment with id a-1' } },
				binary: inbound.binary,
				pairedItem: { item: 0 },
			},
			{ json: { phone: '5511988887777', error: { kind: 'internal', message: 'Connection terminated' } }, pairedItem: { item: 1 } },
		]);
	});

	it('without Continue On Fail, a booking error is a NodeOperationError naming the item', async () => {
		booking.cancel
			.mockResolvedValueOnce(appointment as never)
			.mockRejectedValueOnce(new BookingError('invalid_status', 'Appointment a-1 is already completed'));
		const outputs = run({ resource: 'appointment', operation: 'cancel', appointmentId: 'a-1' }).outputs;
		await expect(outputs).rejects.toBeInstanceOf(NodeOperationError);
		await expect(outputs).rejects.toMatchObject({ message: 'Appointment a-1 is already completed', context: { itemIndex: 1 } });
	});

	it('fails the run when the Postgres credential cannot be read', async () => {
		await expect(
			run({ resource: 'appointment', operation: 'findSlots' }, { credentials: { whatsAppAiPostgresApi: new Error('cannot decrypt') } })
				.outputs,
		).rejects.toThrow('cannot decrypt');
		expect(booking.findSlots).not.toHaveBeenCalled();
	});

	it.each([
		[
			{ resource: 'appointment', operation: 'delete' },
			'Unknown operation "delete"; expected one of: findSlots, book, getAppointment, confirm, cancel, reschedule, recordOutcome, listUpcoming',
		],
		[{ resource: 'invoice' }, 'Unknown resource "invoice"; expected one of: practitioner, schedule, appointment, reminder'],
	])('an unknown name (%j) is a NodeOperationError that names it', async (parameters, message) => {
		const outputs = run(parameters).outputs;
		await expect(outputs).rejects.toBeInstanceOf(NodeOperationError);
		await expect(outputs).rejects.toThrow(message);
	});

	it('lists in its Operation options exactly the operations the router registry has', () => {
		expect(operationsInDescription(properties)).toEqual(operationsInRegistry(registry));
	});

	it.each(operationPairs(registry))('%s/%s: its description is part of the node description', (resource, operation) => {
		for (const property of registry[resource][operation].description) expect(properties).toContain(property);
	});

	describe('version 2: structured inputs', () => {
		const v2 = (resource: string, operation: string, parameters: IDataObject = {}) =>
			runOperation(resource, operation, parameters, inbound, 2);

		it('setWeeklyHours reads Opening Hours rows (day, opens, closes, length), not JSON', async () => {
			booking.setWeeklyHours.mockResolvedValue({ practitionerId: 'p-1' } as never);
			await v2('schedule', 'setWeeklyHours', {
				hoursPractitionerId: 'p-1',
				openingHours: {
					interval: [
						{ weekday: 1, start: '08:00', end: '12:00', slotMinutes: 20 },
						{ weekday: 6, start: ' 09:00 ', end: '13:00' },
					],
				},
			});
			expect(booking.setWeeklyHours.mock.calls[0][1]).toEqual({
				...SCOPE,
				practitionerId: 'p-1',
				hours: [
					{ weekday: 1, start: '08:00', end: '12:00', slotMinutes: 20 },
					{ weekday: 6, start: '09:00', end: '13:00', slotMinutes: 30 },
				],
			});
		});

		it('setWeeklyHours defaults to Monday 08:00-12:00 in 30-minute slots, like version 1', async () => {
			booking.setWeeklyHours.mockResolvedValue({ practitionerId: 'p-1' } as never);
			await v2('schedule', 'setWeeklyHours', { hoursPractitionerId: 'p-1' });
			expect(booking.setWeeklyHours.mock.calls[0][1]).toMatchObject({
				hours: [{ weekday: 1, start: '08:00', end: '12:00', slotMinutes: 30 }],
			});
		});

		it('claimReminders takes hours before the appointment, by default 24 and 2', async () => {
			booking.claimDueReminders.mockResolvedValue([]);
			await v2('reminder', 'claimReminders');
			await v2('reminder', 'claimReminders', { reminderHours: { reminder: [{ hoursBefore: 48 }, { hoursBefore: 0.5 }] } });
			expect(booking.claimDueReminders.mock.calls.map(([, input]) => input?.kinds)).toEqual([
				[
					{ name: '24h', beforeMinutes: 1440 },
					{ name: '2h', beforeMinutes: 120 },
				],
				[
					{ name: '48h', beforeMinutes: 2880 },
					{ name: '30min', beforeMinutes: 30 },
				],
			]);
		});

		it('claimReminders refuses an empty list or zero hours', async () => {
			for (const reminderHours of [{ reminder: [] }, { reminder: [{ hoursBefore: 0 }] }]) {
				await expect(v2('reminder', 'claimReminders', { reminderHours })).rejects.toThrow(
					'Add at least one reminder, each a number of hours above 0',
				);
			}
			expect(booking.claimDueReminders).not.toHaveBeenCalled();
		});

		it('the JSON and free-text inputs show on version 1 only, the structured ones on version 2 only', () => {
			const shownOn = (name: string) =>
				properties.filter((property) => property.name === name).map((property) => property.displayOptions?.show?.['@version']);
			expect(shownOn('weeklyHours')).toEqual([[1]]);
			expect(shownOn('reminderKinds')).toEqual([[1]]);
			expect(shownOn('openingHours')).toEqual([[{ _cnd: { gte: 2 } }]]);
			expect(shownOn('reminderHours')).toEqual([[{ _cnd: { gte: 2 } }]]);
			const zones = properties.filter((property) => property.name === 'timezone');
			expect(zones.map((property) => property.type)).toEqual(['string', 'options']);
			const values = (zones[1].options ?? []).map((option) => (option as { value: string }).value);
			expect(values).toEqual(expect.arrayContaining(['America/Sao_Paulo', 'America/Manaus', 'Europe/Lisbon', 'UTC']));
			expect(zones[1].default).toBe('America/Sao_Paulo');
		});
	});
});
