import { randomUUID } from 'crypto';
import { getChroma } from '../../../nodes/shared/clients/chroma';
import { closeAllClients } from '../../../nodes/shared/clients/clientCache';
import { getPgPool } from '../../../nodes/shared/clients/postgres';
import { getRedis, keyPrefixOf } from '../../../nodes/shared/clients/redis';
import { GeminiAdapter } from '../../../nodes/shared/gemini/adapter';
import { GeminiFake } from '../../fakes/geminiFake';
import { postgresCredentials, redisCredentials } from '../../support/services';

afterAll(async () => await closeAllClients());

describe('Redis (real server)', () => {
	it('round-trips a key with a TTL through the pooled client', async () => {
		const creds = redisCredentials();
		const redis = getRedis(creds);
		expect(getRedis({ ...creds })).toBe(redis);
		const key = `${keyPrefixOf(creds)}roundtrip:${randomUUID()}`;
		await redis.set(key, 'olá', 'EX', 60);
		expect(await redis.get(key)).toBe('olá');
		const ttl = await redis.ttl(key);
		expect(ttl).toBeGreaterThan(0);
		expect(ttl).toBeLessThanOrEqual(60);
		await redis.del(key);
		expect(await redis.exists(key)).toBe(0);
	});

	it('uses wa: as the default key prefix', () => {
		expect(keyPrefixOf({ ...redisCredentials(), prefix: '' })).toBe('wa:');
	});
});

describe('Postgres (real server)', () => {
	it('round-trips a row through the pooled pg.Pool and reuses the pool', async () => {
		const creds = postgresCredentials();
		const pool = getPgPool(creds);
		expect(getPgPool({ ...creds })).toBe(pool);
		const table = `roundtrip_${randomUUID().replace(/-/g, '')}`;
		await pool.query(`CREATE TABLE ${table} (id serial PRIMARY KEY, body text NOT NULL)`);
		try {
			await pool.query(`INSERT INTO ${table} (body) VALUES ($1)`, ['consulta às 10h']);
			const { rows } = await pool.query(`SELECT body FROM ${table}`);
			expect(rows).toEqual([{ body: 'consulta às 10h' }]);
		} finally {
			await pool.query(`DROP TABLE ${table}`);
		}
	});

	it('serves 50 concurrent queries from one pool without opening 50 connections', async () => {
		const pool = getPgPool(postgresCredentials());
		const results = await Promise.all(Array.from({ length: 50 }, (_, i) => pool.query('SELECT $1::int AS n', [i])));
		expect(results.map((r) => r.rows[0].n)).toEqual(Array.from({ length: 50 }, (_, i) => i));
		expect(pool.totalCount).toBeLessThanOrEqual(20);
	});
});

describe('Chroma (real server) with Gemini embeddings from the fake', () => {
	const gemini = new GeminiFake({ apiKey: 'k', dimension: 32 });
	beforeAll(async () => await gemini.start());
	afterAll(async () => await gemini.stop());

	it('stores embedded documents and finds the nearest one', async () => {
		const chroma = getChroma({ baseUrl: process.env.WA_AI_CHROMA_URL! });
		expect(typeof (await chroma.heartbeat())).toBe('number');
		const embedder = new GeminiAdapter({ apiKey: 'k', baseUrl: gemini.url });
		const name = `wa-test-${randomUUID()}`;
		const collection = await chroma.getOrCreateCollection({ name, embeddingFunction: null });
		try {
			const documents = [
				'A clínica abre de segunda a sexta das 8h às 18h',
				'Aceitamos os convênios Unimed e Bradesco Saúde',
				'Vacina antirrábica para cães custa 80 reais',
			];
			await collection.add({
				ids: ['hours', 'insurance', 'vaccine'],
				documents,
				embeddings: await embedder.embed({ texts: documents, taskType: 'RETRIEVAL_DOCUMENT' }),
				metadatas: [{ kind: 'faq' }, { kind: 'faq' }, { kind: 'price' }],
			});
			expect(await collection.count()).toBe(3);
			const [query] = await embedder.embed({ texts: ['quais convênios vocês aceitam Unimed'], taskType: 'RETRIEVAL_QUERY' });
			const result = await collection.query({ queryEmbeddings: [query], nResults: 1, where: { kind: 'faq' } });
			expect(result.ids[0]).toEqual(['insurance']);
		} finally {
			await chroma.deleteCollection({ name });
		}
	});
});
