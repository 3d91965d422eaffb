import { randomUUID } from 'crypto';
import { readFileSync } from 'fs';
import path from 'path';
import { createPractitioner, setWeeklyHours } from '../../nodes/AppointmentBooking';
import { checkPause } from '../../nodes/ConversationMemory';
import { upsertDocuments } from '../../nodes/KnowledgeBase';
import { getChroma } from '../../nodes/shared/clients/chroma';
import { closeAllClients } from '../../nodes/shared/clients/clientCache';
import { getPgPool } from '../../nodes/shared/clients/postgres';
import { getRedis } from '../../nodes/shared/clients/redis';
import { getGemini } from '../../nodes/shared/gemini/adapter';
import { GeminiFake } from '../fakes/geminiFake';
import { WahaFake } from '../fakes/wahaFake';
import { callTool, routeModel, say, viewOf, type ModelView } from '../integration/agent/support';
import { postgresCredentials } from '../support/services';
import { n8nFromEnv } from './support/n8nClient';
import { inbound, type ProviderSecrets } from './support/providerMessages';
import { loadWorkflow, type CredentialRef } from './support/workflows';

// workflows/clinic-assistant.json as a clinic runs it, in the real n8n with real Redis, Postgres
// and Chroma, WAHA and Gemini faked: scripted conversations from the first message to the reply.
const n8n = n8nFromEnv();
const waha = new WahaFake({ apiKey: 'waha-key' });
const gemini = new GeminiFake({ apiKey: 'gemini-key' });
const secrets: ProviderSecrets = { wahaHmacKey: 'clinic-hmac', cloudAppSecret: '', evolutionApiKey: '' };
const tenant = `clinic-e2e-${randomUUID().slice(0, 8)}`;
const prefix = `wa-e2e-${randomUUID()}:`;
const webhookPath = `e2e/clinic/${randomUUID()}`;
const clinicFaq = JSON.parse(readFileSync(path.resolve(__dirname, '../fixtures/knowledge/clinic-faq.json'), 'utf8')) as Array<{
	documentId: string;
	title: string;
	text: string;
	source: string;
}>;
const pool = getPgPool(postgresCredentials());
const chromaUrl = process.env.WA_AI_CHROMA_URL!;
let phoneCounter = 0;
const newPhone = () => `55119${String(Date.now()).slice(-5)}${String(++phoneCounter).padStart(3, '0')}`;

type Offer = { option: number; when: string };

/** The scripted model: what a sensible Gemini would do for each message of these conversations. */
function model(view: ModelView) {
	const last = view.functionResponses[0];
	if (last?.name === 'find_slots') {
		const options = (last.response.options ?? []) as Offer[];
		return say(`Tenho estes horários com dermatologista:\n${options.map((o) => `${o.option}) ${o.when}`).join('\n')}\nQual prefere?`);
	}
	if (last?.name === 'book') return say(`Pronto! Sua consulta está marcada: ${(last.response.appointment as { when: string }).when}.`);
	const text = view.lastUserText.toLowerCase();
	if (text.trim() === '2') return callTool('book', { option: 2 });
	if (text.includes('dermatolog') || text.includes('mancha')) return callTool('find_slots', { specialty: 'dermatology' });
	if (text.includes('horário') || text.includes('horario')) {
		// Only what the retrieved passage says: the grounding check refuses invented hours.
		const hours = /segunda a sexta-feira, das 7h às 19h, e aos sábados, das 7h às 12h/.exec(view.system)?.[0];
		return say(hours ? `Funcionamos de ${hours}.` : 'Não sei informar o horário agora.');
	}
	return say('Olá! Como posso ajudar?');
}

const sentTo = (phone: string) =>
	waha.requests.filter(
		(r) => r.method === 'POST' && r.path === '/api/sendText' && String((r.body as { chatId?: string })?.chatId).startsWith(phone),
	);
const modelCallsAbout = (text: string) =>
	gemini.generateRequests().filter((body) => !viewOf(body).isTopic && JSON.stringify(body.contents).includes(text));

async function say_(phone: string, text: string): Promise<void> {
	const message = inbound('waha', text, secrets, 'clinic', Date.now(), phone);
	expect((await n8n.postWebhook(webhookPath, message.raw, message.headers)).status).toBe(200);
}

async function replies(phone: string, count: number, timeoutMs = 20_000): Promise<string[]> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline && sentTo(phone).length < count) await new Promise((resolve) => setTimeout(resolve, 200));
	return sentTo(phone).map((r) => String((r.body as { text?: string }).text));
}

const settle = async (ms = 4_000) => await new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
	await Promise.all([waha.start(), gemini.start()]);
	routeModel(gemini, model);
	const embedder = getGemini({ apiKey: 'gemini-key', baseUrl: gemini.url });
	await upsertDocuments({ chroma: getChroma({ baseUrl: chromaUrl }), gemini: embedder }, { tenant, documents: clinicFaq });
	const dermatologist = await createPractitioner(pool, { tenant, name: 'Dra. Ana Souza', specialty: 'dermatology' });
	const everyDay = [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, start: '00:00', end: '23:30', slotMinutes: 30 }));
	await setWeeklyHours(pool, { tenant, practitionerId: dermatologist.id, timezone: 'America/Sao_Paulo', hours: everyDay });

	const pg = postgresCredentials();
	const credentials: Record<string, CredentialRef> = {
		whatsAppAiWahaApi: await n8n.createCredential('WAHA clinic', 'whatsAppAiWahaApi', {
			baseUrl: waha.url,
			apiKey: 'waha-key',
			session: 'default',
			webhookHmacKey: secrets.wahaHmacKey,
		}),
		whatsAppAiRedisApi: await n8n.createCredential('Redis clinic', 'whatsAppAiRedisApi', {
			host: '127.0.0.1',
			port: 6379,
			user: '',
			password: '',
			database: 0,
			ssl: false,
			prefix,
		}),
		whatsAppAiPostgresApi: await n8n.createCredential('Postgres clinic', 'whatsAppAiPostgresApi', {
			host: pg.host,
			port: pg.port,
			database: pg.database,
			user: pg.user,
			password: '',
			ssl: 'disable',
			maxConnections: 5,
		}),
		whatsAppAiGeminiApi: await n8n.createCredential('Gemini clinic', 'whatsAppAiGeminiApi', { apiKey: 'gemini-key', baseUrl: gemini.url }),
		whatsAppAiChromaApi: await n8n.createCredential('Chroma clinic', 'whatsAppAiChromaApi', {
			baseUrl: chromaUrl,
			authToken: '',
			chromaTenant: 'default_tenant',
			database: 'default_database',
		}),
	};
	const workflow = loadWorkflow('clinic-assistant.json');
	for (const node of workflow.nodes) {
		if (node.type.endsWith('.whatsAppAiTrigger')) {
			node.parameters.path = webhookPath;
			node.parameters.tenant = tenant;
			node.webhookId = randomUUID();
		}
		// Each node gets the credentials its slots take; n8n ignores the rest.
		node.credentials = credentials;
	}
	await n8n.deploy(workflow, webhookPath);
});
afterAll(async () => {
	await Promise.all([waha.stop(), gemini.stop()]);
	await pool.query('DELETE FROM appointments WHERE tenant = $1', [tenant]);
	await closeAllClients();
});

describe('clinic-assistant.json', () => {
	it('answers the opening hours from the knowledge base', async () => {
		const phone = newPhone();
		await say_(phone, 'Qual o horário de funcionamento de vocês?');
		const [reply] = await replies(phone, 1);
		expect(reply).toBe('Funcionamos de segunda a sexta-feira, das 7h às 19h, e aos sábados, das 7h às 12h.');
		// The passage reached the model's prompt: that is where the hours came from.
		const [request] = modelCallsAbout('Qual o horário de funcionamento');
		expect(viewOf(request).system).toContain('das 7h às 19h');
	});

	it('books a routine symptom: specialty, slots offered, "2", appointment in Postgres, confirmation', async () => {
		const phone = newPhone();
		await say_(phone, 'Oi, apareceu uma mancha na pele e queria marcar com dermatologista');
		const [offer] = await replies(phone, 1);
		expect(offer).toMatch(/^Tenho estes horários com dermatologista:\n1\) .+\n2\) .+/);
		const second = /\n2\) (.+)\n/.exec(offer)![1];
		await say_(phone, '2');
		const [, confirmation] = await replies(phone, 2);
		expect(confirmation).toBe(`Pronto! Sua consulta está marcada: ${second}.`);
		const { rows } = await pool.query('SELECT phone, specialty, status FROM appointments WHERE tenant = $1 AND phone = $2', [
			tenant,
			phone,
		]);
		expect(rows).toEqual([{ phone, specialty: 'dermatology', status: 'booked' }]);
	});

	it('answers three quick messages once, with all three read together', async () => {
		const phone = newPhone();
		for (const text of ['oi', 'tudo bem?', 'queria saber o horário de sábado']) {
			await say_(phone, text);
			await settle(300);
		}
		await replies(phone, 1);
		await settle();
		expect(sentTo(phone)).toHaveLength(1);
		const calls = modelCallsAbout('queria saber o horário de sábado');
		expect(calls).toHaveLength(1);
		expect(viewOf(calls[0]).lastUserText).toBe('oi\ntudo bem?\nqueria saber o horário de sábado');
	});

	it('meets chest pain with emergency advice at once, pauses the bot, and calls no model', async () => {
		const phone = newPhone();
		await say_(phone, 'estou com uma dor forte no peito que vai pro braço esquerdo');
		const [advice] = await replies(phone, 1);
		expect(advice).toMatch(/192/);
		await settle(1_000);
		expect(modelCallsAbout('dor forte no peito')).toEqual([]);
		const status = await checkPause(
			getRedis({ host: '127.0.0.1', port: 6379, user: '', password: '', database: 0, ssl: false, prefix }),
			prefix,
			`${tenant}:waha:default:${phone}`,
		);
		expect(status).toMatchObject({ paused: true, by: 'Symptom Triage' });
		// While staff have the conversation, the bot stays quiet.
		await say_(phone, 'alguém pode me ajudar?');
		await settle();
		expect(sentTo(phone)).toHaveLength(1);
	});

	it('answers "PARAR" with one confirmation, and then says nothing', async () => {
		const phone = newPhone();
		await say_(phone, 'PARAR');
		const [confirmation] = await replies(phone, 1);
		expect(confirmation).toBe('Pronto! Você não receberá mais mensagens nossas. Para voltar, envie VOLTAR.');
		await say_(phone, 'oi de novo');
		await say_(phone, 'PARAR');
		await settle();
		expect(sentTo(phone)).toHaveLength(1);
		expect(modelCallsAbout('oi de novo')).toEqual([]);
	});
});
