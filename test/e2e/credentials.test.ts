import { GeminiFake } from '../fakes/geminiFake';
import { GraphFake } from '../fakes/graphFake';
import { WahaFake } from '../fakes/wahaFake';
import { n8nFromEnv } from './support/n8nClient';

// n8n's own credential test (the editor's "Test" button), run by the real n8n against the fakes,
// on credentials created through n8n's public API.
const n8n = n8nFromEnv();
const waha = new WahaFake({ apiKey: 'waha-key' });
const graph = new GraphFake({ accessToken: 'graph-token', phoneNumberId: '106540352242922', apiVersion: 'v23.0' });
const gemini = new GeminiFake({ apiKey: 'gemini-key' });

beforeAll(async () => await Promise.all([waha.start(), graph.start(), gemini.start()]));
afterAll(async () => await Promise.all([waha.stop(), graph.stop(), gemini.stop()]));

describe('WAHA credential', () => {
	const data = () => ({ baseUrl: waha.url, apiKey: 'waha-key', session: 'default', webhookHmacKey: '' });

	it('passes n8n’s credential test against the fake, with the key in X-Api-Key', async () => {
		const credential = await n8n.createCredential('WAHA e2e', 'whatsAppAiWahaApi', data());
		expect(credential).toMatchObject({ name: 'WAHA e2e', type: 'whatsAppAiWahaApi' });
		waha.reset();
		await expect(n8n.testCredential(credential, data())).resolves.toMatchObject({ status: 'OK' });
		expect(waha.requestsTo('/api/sessions')).toHaveLength(1);
		expect(waha.requests[0].headers['x-api-key']).toBe('waha-key');
	});

	it('fails with a clear message for a wrong key', async () => {
		const credential = await n8n.createCredential('WAHA wrong key', 'whatsAppAiWahaApi', { ...data(), apiKey: 'wrong' });
		const result = await n8n.testCredential(credential, { ...data(), apiKey: 'wrong' });
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/401|Unauthorized|Authorization failed/i);
	});
});

describe('WhatsApp Cloud API credential', () => {
	const data = () => ({
		accessToken: 'graph-token',
		phoneNumberId: '106540352242922',
		businessAccountId: '102290129340398',
		appSecret: 'app-secret',
		verifyToken: 'verify-me',
		apiVersion: 'v23.0',
		baseUrl: graph.url,
	});

	it('passes n8n’s credential test by reading the phone number with the bearer token', async () => {
		const credential = await n8n.createCredential('Cloud e2e', 'whatsAppAiCloudApi', data());
		graph.reset();
		await expect(n8n.testCredential(credential, data())).resolves.toMatchObject({ status: 'OK' });
		expect(graph.requestsTo('/v23.0/106540352242922')).toHaveLength(1);
		expect(graph.requests[0].headers.authorization).toBe('Bearer graph-token');
	});

	it('fails with a clear message for a wrong token', async () => {
		const credential = await n8n.createCredential('Cloud wrong token', 'whatsAppAiCloudApi', { ...data(), accessToken: 'wrong' });
		const result = await n8n.testCredential(credential, { ...data(), accessToken: 'wrong' });
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/401|Unauthorized|access token/i);
	});
});

describe('Gemini credential', () => {
	const data = () => ({ apiKey: 'gemini-key', baseUrl: gemini.url });

	it('passes n8n’s credential test with the key in x-goog-api-key', async () => {
		const credential = await n8n.createCredential('Gemini e2e', 'whatsAppAiGeminiApi', data());
		gemini.reset();
		await expect(n8n.testCredential(credential, data())).resolves.toMatchObject({ status: 'OK' });
		expect(gemini.requestsTo('/v1beta/models')).toHaveLength(1);
		expect(gemini.requests[0].headers['x-goog-api-key']).toBe('gemini-key');
	});

	it('fails with a clear message for a wrong key', async () => {
		const credential = await n8n.createCredential('Gemini wrong key', 'whatsAppAiGeminiApi', { ...data(), apiKey: 'wrong' });
		const result = await n8n.testCredential(credential, { ...data(), apiKey: 'wrong' });
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/400|Bad request|API key not valid/i);
	});
});

describe('Redis and Postgres credentials (node-side tests, run by n8n through the nodes that use them)', () => {
	const redis = () => ({ host: '127.0.0.1', port: 6379, user: '', password: '', database: 0, ssl: false, prefix: 'wa:' });
	const postgres = () => ({
		host: '127.0.0.1',
		port: 5432,
		database: 'postgres',
		user: 'postgres',
		password: '',
		ssl: 'disable',
		maxConnections: 2,
	});

	it('PINGs the real Redis', async () => {
		const credential = await n8n.createCredential('Redis e2e', 'whatsAppAiRedisApi', redis());
		await expect(n8n.testCredential(credential, redis())).resolves.toEqual({
			status: 'OK',
			message: 'Connected to Redis at 127.0.0.1:6379',
		});
	});

	it('says where and why when Redis is not there', async () => {
		const credential = await n8n.createCredential('Redis wrong port', 'whatsAppAiRedisApi', { ...redis(), port: 1 });
		const result = await n8n.testCredential(credential, { ...redis(), port: 1 });
		expect(result).toMatchObject({
			status: 'Error',
			message: expect.stringMatching(/^Could not reach Redis at 127\.0\.0\.1:1: .*ECONNREFUSED/),
		});
	});

	it('runs SELECT 1 on the real Postgres', async () => {
		const credential = await n8n.createCredential('Postgres e2e', 'whatsAppAiPostgresApi', postgres());
		await expect(n8n.testCredential(credential, postgres())).resolves.toEqual({
			status: 'OK',
			message: 'Connected to Postgres at 127.0.0.1:5432/postgres',
		});
	});

	it('names a database that does not exist', async () => {
		const credential = await n8n.createCredential('Postgres wrong db', 'whatsAppAiPostgresApi', { ...postgres(), database: 'no_such_db' });
		const result = await n8n.testCredential(credential, { ...postgres(), database: 'no_such_db' });
		expect(result).toMatchObject({ status: 'Error', message: expect.stringContaining('database "no_such_db" does not exist') });
	});
});
