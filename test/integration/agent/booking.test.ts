// The agent's booking tools against real Postgres (Appointment Booking's tables) and real Redis
// (the offer in Conversation Memory's state), with the model played by the Gemini fake.
import { runAgent, OFFER_VARIABLE, type AgentInput } from '../../../nodes/GeminiAgent';
import { getState } from '../../../nodes/ConversationMemory/state';
import { loadHistory } from '../../../nodes/ConversationMemory/history';
import { closeAllClients } from '../../../nodes/shared/clients/clientCache';
import { GeminiFake } from '../../fakes/geminiFake';
import { practitionerWithHours, prepareSchema, sharedPool, Tenants, uniquePhone } from '../booking/support';
import { freshPrefixPerTest, sharedRedis } from '../memory/support';
import { adapterFor, callTool, clock, conversationKeyOf, routeModel, say, type ModelView } from './support';

const fake = new GeminiFake();
const pool = sharedPool();
const redis = sharedRedis();
const tenants = new Tenants(pool);
let prefix = '';
freshPrefixPerTest(redis, (fresh) => (prefix = fresh));

beforeAll(async () => {
	await fake.start();
	await prepareSchema(pool);
});
beforeEach(() => fake.reset());
afterAll(async () => {
	await fake.stop();
	await tenants.dropAll();
	await closeAllClients();
});

const deps = () => ({ gemini: adapterFor(fake), redis, prefix, pool, clock });

function message(tenant: string, phone: string, text: string, extra: Partial<AgentInput['message']> = {}): AgentInput['message'] {
	return { text, tenant, phone, conversationKey: conversationKeyOf(tenant, phone), contactName: 'Maria', ...extra };
}

const optionsIn = (view: ModelView) =>
	(view.functionResponses[0]?.response.options ?? []) as Array<{ option: number; when: string; start: string; practitioner_id: string }>;

async function appointmentRows(tenant: string) {
	const { rows } = await pool.query<{
		phone: string;
		contact_name: string;
		subject_name: string | null;
		subject_species: string | null;
		starts_at: Date;
		status: string;
		notes: string | null;
	}>(
		'SELECT phone, contact_name, subject_name, subject_species, starts_at, status, notes FROM appointments WHERE tenant = $1 ORDER BY starts_at',
		[tenant],
	);
	return rows;
}

describe('the agent books through its tools', () => {
	it('finds a slot and books it: a row in Postgres for the person writing, the pet injected', async () => {
		const tenant = tenants.next('agent-book');
		const vet = await practitionerWithHours(pool, tenant, { name: 'Dra. Ana Souza', specialty: 'Clínica geral', species: ['dog', 'cat'] });
		const phone = uniquePhone();
		routeModel(fake, (view) => {
			const last = view.functionResponses[0];
			if (!last) return callTool('find_slots', { from: '2030-03-04', limit: 3 });
			if (last.name === 'find_slots') return callTool('book', { option: 1, notes: 'vacina anual' });
			const appointment = last.response.appointment as { when: string };
			return say(`Pronto! O Thor está agendado para ${appointment.when} com a Dra. Ana.`);
		});
		const result = await runAgent(
			{ message: message(tenant, phone, 'Quero marcar a vacina do Thor'), subject: { name: 'Thor', species: 'dog' }, topicCheck: false },
			deps(),
		);
		expect(result).toMatchObject({
			fallback: false,
			reply: 'Pronto! O Thor está agendado para segunda-feira, 04/03/2030, 09:00 com a Dra. Ana.',
			steps: 3,
		});
		expect(result.actions.map((a) => [a.tool, a.ok])).toEqual([
			['find_slots', true],
			['book', true],
		]);
		expect(result.actions[0].result.options).toEqual([
			{
				option: 1,
				when: 'segunda-feira, 04/03/2030, 09:00',
				start: '2030-03-04T09:00:00-03:00',
				practitioner: 'Dra. Ana Souza',
				practitioner_id: vet.id,
				specialty: 'Clínica geral',
			},
			{
				option: 2,
				when: 'segunda-feira, 04/03/2030, 09:30',
				start: '2030-03-04T09:30:00-03:00',
				practitioner: 'Dra. Ana Souza',
				practitioner_id: vet.id,
				specialty: 'Clínica geral',
			},
			{
				option: 3,
				when: 'segunda-feira, 04/03/2030, 10:00',
				start: '2030-03-04T10:00:00-03:00',
				practitioner: 'Dra. Ana Souza',
				practitioner_id: vet.id,
				specialty: 'Clínica geral',
			},
		]);
		expect(await appointmentRows(tenant)).toEqual([
			{
				phone,
				contact_name: 'Maria',
				subject_name: 'Thor',
				subject_species: 'dog',
				starts_at: new Date('2030-03-04T12:00:00Z'),
				status: 'booked',
				notes: 'vacina anual',
			},
		]);
		// The tool declarations reached the model; the identity never appears in them.
		const first = fake.generateRequests()[0];
		expect(JSON.stringify(first.tools)).not.toContain(phone);
		// Booked: the offer is cleared, and the turn is in the history.
		expect((await getState(redis, prefix, conversationKeyOf(tenant, phone)))?.variables[OFFER_VARIABLE]).toBeUndefined();
		expect((await loadHistory(redis, prefix, conversationKeyOf(tenant, phone))).map((t) => t.role)).toEqual(['user', 'assistant']);
	});

	it('two agents booking the same slot at once: one books, the other offers the alternative', async () => {
		const tenant = tenants.next('agent-race');
		const vet = await practitionerWithHours(pool, tenant);
		const slot = '2030-03-04T09:00:00-03:00';
		routeModel(fake, (view) => {
			const last = view.functionResponses[0];
			if (!last) return callTool('book', { practitioner_id: vet.id, start: slot });
			if (last.response.ok === true) return say(`Agendado para ${(last.response.appointment as { when: string }).when}.`);
			const [alternative] = optionsIn(view);
			return say(`Esse horário acabou de ser ocupado. Posso marcar ${alternative.when}? Responda 1 para confirmar.`);
		});
		const phones = [uniquePhone(), uniquePhone()];
		const results = await Promise.all(
			phones.map(async (phone) => await runAgent({ message: message(tenant, phone, 'Quero segunda às 9h'), topicCheck: false }, deps())),
		);
		expect(results.map((r) => r.fallback)).toEqual([false, false]);
		const winner = results.findIndex((r) => r.actions[0].ok);
		expect(winner).toBeGreaterThanOrEqual(0);
		const loser = results[1 - winner];
		expect(results[winner].reply).toBe('Agendado para segunda-feira, 04/03/2030, 09:00.');
		expect(loser.actions[0].result).toMatchObject({
			ok: false,
			error: 'slot_taken',
			options: [
				expect.objectContaining({ option: 1, when: 'segunda-feira, 04/03/2030, 09:30', start: '2030-03-04T09:30:00-03:00' }),
				expect.anything(),
				expect.anything(),
			],
		});
		expect(loser.reply).toBe(
			'Esse horário acabou de ser ocupado. Posso marcar segunda-feira, 04/03/2030, 09:30? Responda 1 para confirmar.',
		);
		const rows = await appointmentRows(tenant);
		expect(rows.map((row) => row.phone)).toEqual([phones[winner]]);
		// The alternatives are the loser's new numbered offer.
		const offer = (await getState(redis, prefix, conversationKeyOf(tenant, phones[1 - winner])))?.variables[OFFER_VARIABLE] as {
			slots: Array<{ option: number; start: string }>;
		};
		expect(offer.slots.map((s) => [s.option, s.start])).toEqual([
			[1, '2030-03-04T09:30:00-03:00'],
			[2, '2030-03-04T10:00:00-03:00'],
			[3, '2030-03-04T10:30:00-03:00'],
		]);
	});

	it('"2" books the second offered slot, from the offer remembered in Conversation Memory state', async () => {
		const tenant = tenants.next('agent-option');
		await practitionerWithHours(pool, tenant);
		const phone = uniquePhone();
		routeModel(fake, (view) => {
			const last = view.functionResponses[0];
			if (view.lastUserText === '2') {
				if (!last) return callTool('book', { option: 2 });
				return say(`Confirmado: ${(last.response.appointment as { when: string }).when}.`);
			}
			if (!last) return callTool('find_slots', {});
			return say(
				`Tenho estes horários:\n${optionsIn(view)
					.map((o) => `${o.option}) ${o.when}`)
					.join('\n')}\nQual prefere?`,
			);
		});
		const offer = await runAgent({ message: message(tenant, phone, 'Quero marcar uma consulta'), topicCheck: false }, deps());
		expect(offer.fallback).toBe(false);
		expect(offer.reply).toContain('2) segunda-feira, 04/03/2030, 09:30');
		// A second execution, as n8n would run it for the next message.
		const chosen = await runAgent({ message: message(tenant, phone, '2', { messageId: 'wamid.2' }), topicCheck: false }, deps());
		expect(chosen).toMatchObject({ fallback: false, reply: 'Confirmado: segunda-feira, 04/03/2030, 09:30.' });
		expect(chosen.actions[0]).toMatchObject({ tool: 'book', args: { option: 2 }, ok: true });
		const rows = await appointmentRows(tenant);
		expect(rows.map((row) => row.starts_at.toISOString())).toEqual(['2030-03-04T12:30:00.000Z']);
		// The model saw the earlier exchange, and the offer in its instruction.
		const request = fake.generateRequests().find((body) => JSON.stringify(body.contents).includes('"2"'))!;
		expect((request.contents as unknown[]).length).toBe(3);
		expect(JSON.stringify(request.systemInstruction)).toContain('2: segunda-feira, 04/03/2030, 09:30, Dra. Ana Souza');
	});

	it('keeps no offer the person never saw: after a fallback, "2" finds nothing to book', async () => {
		const tenant = tenants.next('agent-unseen');
		await practitionerWithHours(pool, tenant);
		const phone = uniquePhone();
		const key = conversationKeyOf(tenant, phone);
		fake.respond(callTool('find_slots', {})).safety();
		const failed = await runAgent({ message: message(tenant, phone, 'Quero marcar'), topicCheck: false }, deps());
		expect(failed).toMatchObject({ fallback: true, fallbackReason: 'blocked_response' });
		expect(failed.actions.map((a) => [a.tool, a.ok])).toEqual([['find_slots', true]]);
		expect(await getState(redis, prefix, key)).toBeNull();

		routeModel(fake, (view) =>
			view.functionResponses.length === 0 ? callTool('book', { option: 2 }) : say('Não encontrei essa opção; vou buscar horários.'),
		);
		const chosen = await runAgent({ message: message(tenant, phone, '2'), topicCheck: false }, deps());
		expect(chosen.actions[0].result).toMatchObject({
			ok: false,
			error: 'unknown_option',
			message: 'No times were offered yet; call find_slots first.',
		});
		expect(await appointmentRows(tenant)).toEqual([]);
	});

	it('a redelivered message books once (idempotency key from the message id)', async () => {
		const tenant = tenants.next('agent-redelivery');
		const vet = await practitionerWithHours(pool, tenant);
		const phone = uniquePhone();
		routeModel(fake, (view) => {
			const last = view.functionResponses[0];
			if (!last) return callTool('book', { practitioner_id: vet.id, start: '2030-03-04T10:00:00-03:00' });
			return say(last.response.ok ? `Agendado para ${(last.response.appointment as { when: string }).when}.` : 'Não foi possível.');
		});
		const turn = () =>
			runAgent({ message: message(tenant, phone, 'Segunda às 10h', { messageId: 'wamid.same' }), topicCheck: false }, deps());
		const first = await turn();
		const second = await turn();
		expect([first.reply, second.reply]).toEqual([
			'Agendado para segunda-feira, 04/03/2030, 10:00.',
			'Agendado para segunda-feira, 04/03/2030, 10:00.',
		]);
		expect(await appointmentRows(tenant)).toHaveLength(1);
	});

	it("lists and cancels only the person's own appointments", async () => {
		const tenant = tenants.next('agent-cancel');
		const vet = await practitionerWithHours(pool, tenant);
		const [mine, theirs] = [uniquePhone(), uniquePhone()];
		const { book } = await import('../../../nodes/AppointmentBooking');
		const own = await book(pool, { tenant, practitionerId: vet.id, start: '2030-03-04T09:00', contactPhone: mine, now: clock() });
		const other = await book(pool, { tenant, practitionerId: vet.id, start: '2030-03-04T10:00', contactPhone: theirs, now: clock() });
		routeModel(fake, (view) => {
			const responses = view.allFunctionResponses;
			if (responses.length === 0) return callTool('list_my_appointments');
			if (responses.length === 1) return callTool('cancel', { appointment_id: other.appointment.id });
			if (responses.length === 2) return callTool('cancel', { appointment_id: own.appointment.id, reason: 'viagem' });
			return say('Cancelado.');
		});
		const result = await runAgent({ message: message(tenant, mine, 'Cancela minha consulta'), topicCheck: false }, deps());
		expect(result.actions.map((a) => [a.tool, a.ok, a.result.error])).toEqual([
			['list_my_appointments', true, undefined],
			['cancel', false, 'not_found'],
			['cancel', true, undefined],
		]);
		expect((result.actions[0].result.appointments as Array<{ appointment_id: string }>).map((a) => a.appointment_id)).toEqual([
			own.appointment.id,
		]);
		const { rows } = await pool.query<{ phone: string; status: string }>(
			'SELECT phone, status FROM appointments WHERE tenant = $1 ORDER BY starts_at',
			[tenant],
		);
		expect(rows).toEqual([
			{ phone: mine, status: 'cancelled' },
			{ phone: theirs, status: 'booked' },
		]);
	});
});
