import { randomUUID } from 'crypto';
import { book, createPractitioner, findSlots, setWeeklyHours } from '../../nodes/AppointmentBooking';
import { closeAllClients } from '../../nodes/shared/clients/clientCache';
import { getPgPool } from '../../nodes/shared/clients/postgres';
import { GraphFake } from '../fakes/graphFake';
import { postgresCredentials } from '../support/services';
import { n8nFromEnv } from './support/n8nClient';
import { loadWorkflow } from './support/workflows';

// workflows/appointment-reminders.json on a real schedule in n8n (every 10 s here): each due
// reminder goes out as a template exactly once, however many ticks pass.
const n8n = n8nFromEnv();
const PHONE_NUMBER_ID = '106540352242922';
const graph = new GraphFake({ accessToken: 'graph-token', phoneNumberId: PHONE_NUMBER_ID, apiVersion: 'v23.0' });
const pool = getPgPool(postgresCredentials());
const tenant = `reminders-e2e-${randomUUID().slice(0, 8)}`;
const HOUR = 3_600_000;

async function bookDue(practitionerId: string, from: number, to: number, phone: string, name: string): Promise<string> {
	const [slot] = await findSlots(pool, {
		tenant,
		practitionerId,
		from: new Date(from).toISOString(),
		to: new Date(to).toISOString(),
		timezone: 'UTC',
		limit: 1,
	});
	const { appointment } = await book(pool, {
		tenant,
		practitionerId,
		start: slot.start,
		contactPhone: phone,
		contactName: name,
		timezone: 'UTC',
	});
	// Booked two days ago, so its reminder time has come (a reminder is never owed for the past).
	await pool.query(`UPDATE appointments SET created_at = now() - interval '2 days' WHERE id = $1`, [appointment.id]);
	return appointment.id;
}

let workflowId: string;
beforeAll(async () => {
	await graph.start();
	const practitioner = await createPractitioner(pool, { tenant, name: 'Dra. Ana', specialty: 'cardiology' });
	// Until 24:00, not 23:59: the 23:30 slot must exist, or a run between about 23:35 and midnight UTC finds no slot to book.
	const allDay = [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, start: '00:00', end: '24:00', slotMinutes: 30 }));
	await setWeeklyHours(pool, { tenant, practitionerId: practitioner.id, timezone: 'UTC', hours: allDay });
	const now = Date.now();
	await bookDue(practitioner.id, now + 23.2 * HOUR, now + 23.9 * HOUR, '5511911110001', 'Maria');
	await bookDue(practitioner.id, now + 1.2 * HOUR, now + 1.9 * HOUR, '5511911110002', 'João');
	await bookDue(practitioner.id, now + 6 * HOUR, now + 7 * HOUR, '5511911110003', 'Not due yet');

	const pg = postgresCredentials();
	const postgres = await n8n.createCredential('Postgres reminders', 'whatsAppAiPostgresApi', {
		host: pg.host,
		port: pg.port,
		database: pg.database,
		user: pg.user,
		password: '',
		ssl: 'disable',
		maxConnections: 5,
	});
	const cloud = await n8n.createCredential('Cloud reminders', 'whatsAppAiCloudApi', {
		accessToken: 'graph-token',
		phoneNumberId: PHONE_NUMBER_ID,
		businessAccountId: '1',
		appSecret: '',
		verifyToken: '',
		apiVersion: 'v23.0',
		baseUrl: graph.url,
	});
	const workflow = loadWorkflow('appointment-reminders.json');
	for (const node of workflow.nodes) {
		if (node.type === 'n8n-nodes-base.scheduleTrigger') node.parameters.rule = { interval: [{ field: 'seconds', secondsInterval: 10 }] };
		if (node.type.endsWith('.appointmentBooking')) {
			node.parameters.tenant = tenant;
			node.credentials = { whatsAppAiPostgresApi: postgres };
		}
		if (node.type.endsWith('.whatsAppAiSend')) node.credentials = { whatsAppAiCloudApi: cloud };
	}
	workflowId = await n8n.deploy(workflow);
});
afterAll(async () => {
	await n8n.deleteWorkflow(workflowId).catch(() => undefined);
	await graph.stop();
	await pool.query('DELETE FROM appointments WHERE tenant = $1', [tenant]);
	await closeAllClients();
});

describe('appointment-reminders.json on its schedule', () => {
	it('sends each due reminder once, as a template, across several ticks', async () => {
		await n8n.waitForExecutions(workflowId, 3, 45_000);
		const templates = graph.sent().filter((sent) => sent.request.type === 'template');
		expect(templates.map((sent) => sent.to).sort()).toEqual(['5511911110001', '5511911110002']);
		expect(templates[0].request).toMatchObject({
			type: 'template',
			template: {
				name: 'appointment_reminder',
				language: { code: 'pt_BR' },
				components: [{ type: 'body', parameters: [{ type: 'text' }, { type: 'text', text: 'Dra. Ana' }, { type: 'text' }] }],
			},
		});
		const { rows } = await pool.query(
			`SELECT r.kind, r.sent_at IS NOT NULL AS sent FROM appointment_reminders r JOIN appointments a ON a.id = r.appointment_id WHERE a.tenant = $1 ORDER BY r.kind`,
			[tenant],
		);
		expect(rows).toEqual([
			{ kind: '24h', sent: true },
			{ kind: '2h', sent: true },
		]);
	});
});
