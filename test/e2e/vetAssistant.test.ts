import { createHmac, randomUUID } from 'crypto';
import { createPractitioner, setWeeklyHours } from '../../nodes/AppointmentBooking';
import { getState } from '../../nodes/ConversationMemory';
import { closeAllClients } from '../../nodes/shared/clients/clientCache';
import { getPgPool } from '../../nodes/shared/clients/postgres';
import { getRedis } from '../../nodes/shared/clients/redis';
import { GeminiFake } from '../fakes/geminiFake';
import { GraphFake } from '../fakes/graphFake';
import { callTool, routeModel, say, viewOf, type ModelView } from '../integration/agent/support';
import { freshFixture } from '../unit/providers/fixtures';
import { postgresCredentials } from '../support/services';
import { n8nFromEnv } from './support/n8nClient';
import { inbound, type ProviderSecrets } from './support/providerMessages';
import { loadWorkflow, type CredentialRef } from './support/workflows';

// workflows/vet-assistant.json (Cloud API) in the real n8n: a new owner is asked for their and
// their pet's details once, a photo of the pet reaches the model, a booking is made for the pet
// with its species, and outside the 24-hour window the reply goes out as a template.
const n8n = n8nFromEnv();
const PHONE_NUMBER_ID = '106540352242922';
const graph = new GraphFake({ accessToken: 'graph-token', phoneNumberId: PHONE_NUMBER_ID, apiVersion: 'v23.0' });
const gemini = new GeminiFake({ apiKey: 'gemini-key' });
const secrets: ProviderSecrets = { wahaHmacKey: '', cloudAppSecret: 'vet-app-secret', evolutionApiKey: '' };
const tenant = `vet-e2e-${randomUUID().slice(0, 8)}`;
const prefix = `wa-e2e-${randomUUID()}:`;
const webhookPath = `e2e/vet/${randomUUID()}`;
const pool = getPgPool(postgresCredentials());
const phone = `5521${String(Date.now()).slice(-9)}`;
const redisCredentials = { host: '127.0.0.1', port: 6379, user: '', password: '', database: 0, ssl: false, prefix };

type Offer = { option: number; when: string };
const hasImage = (view: ModelView) => JSON.stringify(view.contents).includes('"mimeType":"image/jpeg"');

function model(view: ModelView) {
	const last = view.functionResponses[0];
	if (last?.name === 'find_slots') {
		const options = (last.response.options ?? []) as Offer[];
		return say(`Para o Thor tenho:\n${options.map((o) => `${o.option}) ${o.when}`).join('\n')}\nQual fica melhor?`);
	}
	if (last?.name === 'book') return say(`Prontinho! Consulta do Thor marcada: ${(last.response.appointment as { when: string }).when}.`);
	if (hasImage(view))
		return say('Vi a foto: a pata do Thor está avermelhada entre os dedos. Quer que eu procure um horário para ele ser avaliado?');
	const text = view.lastUserText.toLowerCase();
	if (text.trim() === '1') return callTool('book', { option: 1 });
	if (text.includes('marcar')) return callTool('find_slots', {});
	return say('Como posso ajudar o Thor hoje?');
}

const sentTexts = () =>
	graph
		.sent(phone)
		.filter((s) => s.type === 'text')
		.map((s) => String((s.request.text as { body: string }).body));

async function write(message: { raw: Buffer; headers: Record<string, string> }): Promise<void> {
	expect((await n8n.postWebhook(webhookPath, message.raw, message.headers)).status).toBe(200);
}

async function ask(text: string): Promise<string> {
	const before = sentTexts().length;
	await write(inbound('cloud', text, secrets, 'clinic', Date.now(), phone));
	const deadline = Date.now() + 20_000;
	while (Date.now() < deadline && sentTexts().length <= before) await new Promise((resolve) => setTimeout(resolve, 200));
	const after = sentTexts();
	expect(after).toHaveLength(before + 1);
	return after[after.length - 1];
}

function photo(caption: string, mediaId: string) {
	const body = JSON.parse(JSON.stringify(freshFixture('cloud', 'image')).split('16505551234').join(phone));
	const message = body.entry[0].changes[0].value.messages[0];
	message.id = `wamid.${randomUUID().replace(/-/g, '')}`;
	message.image = { caption, mime_type: 'image/jpeg', sha256: 'x', id: mediaId };
	const raw = Buffer.from(JSON.stringify(body));
	return { raw, headers: { 'x-hub-signature-256': `sha256=${createHmac('sha256', secrets.cloudAppSecret).update(raw).digest('hex')}` } };
}

beforeAll(async () => {
	await Promise.all([graph.start(), gemini.start()]);
	routeModel(gemini, model);
	const vet = await createPractitioner(pool, { tenant, name: 'Dr. Paulo Vet', specialty: 'general_practice', species: ['dog', 'cat'] });
	const everyDay = [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, start: '00:00', end: '23:30', slotMinutes: 30 }));
	await setWeeklyHours(pool, { tenant, practitionerId: vet.id, timezone: 'America/Sao_Paulo', hours: everyDay });
	const pg = postgresCredentials();
	const credentials: Record<string, CredentialRef> = {
		whatsAppAiCloudApi: await n8n.createCredential('Cloud vet', 'whatsAppAiCloudApi', {
			accessToken: 'graph-token',
			phoneNumberId: PHONE_NUMBER_ID,
			businessAccountId: '1',
			appSecret: secrets.cloudAppSecret,
			verifyToken: 'v',
			apiVersion: 'v23.0',
			baseUrl: graph.url,
		}),
		whatsAppAiRedisApi: await n8n.createCredential('Redis vet', 'whatsAppAiRedisApi', redisCredentials),
		whatsAppAiPostgresApi: await n8n.createCredential('Postgres vet', 'whatsAppAiPostgresApi', {
			host: pg.host,
			port: pg.port,
			database: pg.database,
			user: pg.user,
			password: '',
			ssl: 'disable',
			maxConnections: 5,
		}),
		whatsAppAiGeminiApi: await n8n.createCredential('Gemini vet', 'whatsAppAiGeminiApi', { apiKey: 'gemini-key', baseUrl: gemini.url }),
	};
	const workflow = loadWorkflow('vet-assistant.json');
	for (const node of workflow.nodes) {
		if (node.type.endsWith('.whatsAppAiTrigger')) {
			node.parameters.path = webhookPath;
			node.parameters.tenant = tenant;
			node.webhookId = randomUUID();
		}
		node.credentials = credentials;
	}
	await n8n.deploy(workflow, webhookPath);
});
afterAll(async () => {
	await Promise.all([graph.stop(), gemini.stop()]);
	await pool.query('DELETE FROM appointments WHERE tenant = $1', [tenant]);
	await closeAllClients();
});

describe('vet-assistant.json', () => {
	it('onboards a new owner and pet, one question at a time, and remembers them', async () => {
		expect(await ask('oi')).toBe('Olá! Eu sou a assistente da PetVet 🐾 Para começar, qual é o seu nome?');
		expect(await ask('Carla')).toBe('Prazer, Carla! Qual é o nome do seu pet?');
		expect(await ask('Thor')).toBe('O Thor é cachorro, gato ou outro bicho?');
		expect(await ask('cachorro')).toBe('Qual é a raça do Thor? Pode ser "sem raça definida".');
		expect(await ask('vira-lata')).toBe('E quantos anos o Thor tem?');
		expect(await ask('3 anos')).toBe('Obrigada, Carla! Já anotei tudo sobre o Thor. Como posso ajudar?');
		const state = await getState(getRedis(redisCredentials), prefix, `${tenant}:cloud:${PHONE_NUMBER_ID}:${phone}`);
		expect(state).toMatchObject({
			step: 'done',
			variables: { ownerName: 'Carla', petName: 'Thor', species: 'dog', breed: 'vira-lata', age: '3 anos' },
		});
		// None of this needed the model.
		expect(gemini.generateRequests().filter((body) => !viewOf(body).isTopic)).toEqual([]);
	});

	it('shows the model a photo of the pet, which the reply describes', async () => {
		const mediaId = graph.addMedia({ bytes: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), mimeType: 'image/jpeg' });
		const before = sentTexts().length;
		await write(photo('olha a pata dele', mediaId));
		const deadline = Date.now() + 20_000;
		while (Date.now() < deadline && sentTexts().length <= before) await new Promise((resolve) => setTimeout(resolve, 200));
		expect(sentTexts().at(-1)).toBe(
			'Vi a foto: a pata do Thor está avermelhada entre os dedos. Quer que eu procure um horário para ele ser avaliado?',
		);
		const request = gemini
			.generateRequests()
			.find((body) => !viewOf(body).isTopic && JSON.stringify(body.contents).includes('olha a pata dele'))!;
		expect(JSON.stringify(request.contents)).toContain(`"data":"${Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]).toString('base64')}"`);
		// The pet's profile reached the persona.
		expect(viewOf(request).system).toContain('Thor (dog, vira-lata, 3 anos)');
	});

	it('books for the pet, with its species', async () => {
		const offer = await ask('quero marcar uma consulta pro Thor');
		expect(offer).toMatch(/^Para o Thor tenho:\n1\) /);
		const first = /\n1\) (.+)\n/.exec(offer)![1];
		expect(await ask('1')).toBe(`Prontinho! Consulta do Thor marcada: ${first}.`);
		const { rows } = await pool.query('SELECT phone, subject_name, subject_species FROM appointments WHERE tenant = $1', [tenant]);
		expect(rows).toEqual([{ phone, subject_name: 'Thor', subject_species: 'dog' }]);
	});

	it('sends the approved template when the 24-hour window has closed', async () => {
		graph.outsideWindow(phone);
		await write(inbound('cloud', 'oi, tudo bem?', secrets, 'clinic', Date.now(), phone));
		const deadline = Date.now() + 20_000;
		while (Date.now() < deadline && !graph.sent(phone).some((s) => s.type === 'template'))
			await new Promise((resolve) => setTimeout(resolve, 200));
		const template = graph.sent(phone).find((s) => s.type === 'template');
		expect(template?.request).toMatchObject({ type: 'template', template: { name: 'retomar_conversa', language: { code: 'pt_BR' } } });
		graph.insideWindow(phone);
	});
});
