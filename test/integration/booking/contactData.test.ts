// LGPD: the Opt-Out Guard's export and erase find a contact's appointments through the registry
// entry it already has for the `appointments` table (columns tenant and phone).
import { book, claimDueReminders } from '../../../nodes/AppointmentBooking';
import { eraseContactData, exportContactData, personalDataSources } from '../../../nodes/OptOutGuard/contactData';
import { closeAllClients } from '../../../nodes/shared/clients/clientCache';
import { getRedis, keyPrefixOf } from '../../../nodes/shared/clients/redis';
import { redisCredentials } from '../../support/services';
import { MONDAY_MORNING, practitionerWithHours, prepareSchema, saoPaulo, sharedPool, Tenants, uniquePhone } from './support';

const pool = sharedPool();
const tenants = new Tenants(pool);
const redisCreds = redisCredentials();
const redis = getRedis(redisCreds);
const bookingSources = personalDataSources().filter((source) => source.id === 'booking:appointments');

beforeAll(async () => await prepareSchema(pool));
afterAll(async () => {
	await tenants.dropAll();
	await closeAllClients();
});

it("exports and erases a contact's appointments (and their reminders), and nobody else's", async () => {
	expect(bookingSources).toHaveLength(1);
	const tenant = tenants.next('lgpd');
	const doctor = await practitionerWithHours(pool, tenant);
	const phone = uniquePhone();
	const now = MONDAY_MORNING;
	const mine = await book(pool, {
		tenant,
		practitionerId: doctor.id,
		start: saoPaulo('2030-03-05T09:00'),
		contactPhone: phone,
		contactName: 'Lia',
		subjectName: 'Mel',
		now,
	});
	const theirs = await book(pool, {
		tenant,
		practitionerId: doctor.id,
		start: saoPaulo('2030-03-05T09:30'),
		contactPhone: uniquePhone(),
		now,
	});
	expect(
		await claimDueReminders(pool, { tenant, now: saoPaulo('2030-03-04T09:30'), kinds: [{ name: '24h', beforeMinutes: 24 * 60 }] }),
	).toHaveLength(2);

	const scope = { tenant, phone, prefix: keyPrefixOf(redisCreds) };
	const exported = await exportContactData(pool, redis, scope, bookingSources);
	expect(exported.skipped).toEqual([]);
	expect(exported.postgres.appointments).toEqual([
		expect.objectContaining({ id: mine.appointment.id, phone, contact_name: 'Lia', subject_name: 'Mel', tenant }),
	]);

	const report = await eraseContactData(pool, redis, scope, bookingSources);
	expect(report.postgres).toEqual({ appointments: 1 });
	const { rows } = await pool.query(
		`SELECT a.id, (SELECT count(*)::int FROM appointment_reminders r WHERE r.appointment_id = a.id) AS reminders
		FROM appointments a WHERE a.tenant = $1`,
		[tenant],
	);
	expect(rows).toEqual([{ id: theirs.appointment.id, reminders: 1 }]);
	const orphans = await pool.query('SELECT count(*)::int AS n FROM appointment_reminders WHERE appointment_id = $1', [mine.appointment.id]);
	expect(orphans.rows[0].n).toBe(0);
});
