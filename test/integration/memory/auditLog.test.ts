import { randomUUID } from 'crypto';
import { closeAllClients } from '../../../nodes/shared/clients/clientCache';
import { getPgPool } from '../../../nodes/shared/clients/postgres';
import { ensureMigrated } from '../../../nodes/shared/migrations/runner';
import { logTurn, purgeOlderThan } from '../../../nodes/ConversationMemory/auditLog';
import { MEMORY_MIGRATIONS } from '../../../nodes/ConversationMemory/migrations';
import { postgresCredentials } from '../../support/services';

const pool = getPgPool(postgresCredentials());
let tenant: string;

beforeAll(async () => await ensureMigrated(pool, MEMORY_MIGRATIONS));
beforeEach(() => {
	tenant = `test-${randomUUID()}`;
});
afterEach(async () => await pool.query('DELETE FROM conversation_log WHERE tenant = $1', [tenant]));
afterAll(async () => await closeAllClients());

const key = () => `${tenant}:waha:default:5511999990000`;

async function rowsOf(): Promise<Record<string, unknown>[]> {
	const { rows } = await pool.query(
		'SELECT tenant, phone, conversation_key, role, text, message_id, metadata FROM conversation_log WHERE tenant = $1 ORDER BY id',
		[tenant],
	);
	return rows;
}

describe('conversation_log (real Postgres)', () => {
	it('is created by the migrations runner with the columns, check and indexes', async () => {
		const { rows } = await pool.query("SELECT indexname FROM pg_indexes WHERE tablename = 'conversation_log' ORDER BY indexname");
		expect(rows.map((r) => r.indexname)).toEqual(
			expect.arrayContaining(['conversation_log_contact_time', 'conversation_log_message_once', 'conversation_log_tenant_time']),
		);
		await expect(
			pool.query("INSERT INTO conversation_log (tenant, phone, conversation_key, role, text) VALUES ($1, '1', 'k', 'model', 'x')", [
				tenant,
			]),
		).rejects.toThrow(/check constraint/);
	});

	it('logs a turn with tenant, phone from the key, role, text, message id and metadata', async () => {
		const at = '2025-03-01T12:00:00.000Z';
		expect(
			await logTurn(pool, { tenant, conversationKey: key(), role: 'user', text: 'Oi', messageId: 'm1', metadata: { tags: ['a'] }, at }),
		).toBe(true);
		expect(await rowsOf()).toEqual([
			{ tenant, phone: '5511999990000', conversation_key: key(), role: 'user', text: 'Oi', message_id: 'm1', metadata: { tags: ['a'] } },
		]);
		const { rows } = await pool.query('SELECT created_at FROM conversation_log WHERE tenant = $1', [tenant]);
		expect(rows[0].created_at.toISOString()).toBe(at);
	});

	it('logs a redelivered message once per role, also when deliveries race', async () => {
		const results = await Promise.all(
			Array.from({ length: 10 }, () => logTurn(pool, { tenant, conversationKey: key(), role: 'user', text: 'Oi', messageId: 'm1' })),
		);
		expect(results.filter(Boolean)).toHaveLength(1);
		expect(await logTurn(pool, { tenant, conversationKey: key(), role: 'assistant', text: 'Olá', messageId: 'm1' })).toBe(true);
		// Turns without a message id are never collapsed.
		await logTurn(pool, { tenant, conversationKey: key(), role: 'system', text: 'note' });
		await logTurn(pool, { tenant, conversationKey: key(), role: 'system', text: 'note' });
		expect((await rowsOf()).map((r) => r.role)).toEqual(['user', 'assistant', 'system', 'system']);
	});

	it('stores text with a NUL character instead of failing', async () => {
		await logTurn(pool, { tenant, conversationKey: key(), role: 'user', text: 'a\u0000b' });
		expect((await rowsOf())[0].text).toBe('ab');
	});

	it('purges rows older than the retention in batches, for that tenant only', async () => {
		const other = `test-${randomUUID()}`;
		const day = 86_400_000;
		const now = Date.now();
		try {
			for (let i = 0; i < 7; i++) {
				await logTurn(pool, { tenant, conversationKey: key(), role: 'user', text: `old${i}`, at: new Date(now - (40 + i) * day) });
			}
			await logTurn(pool, { tenant, conversationKey: key(), role: 'user', text: 'recent', at: new Date(now - 5 * day) });
			await logTurn(pool, { tenant, conversationKey: key(), role: 'user', text: 'today' });
			await logTurn(pool, {
				tenant: other,
				conversationKey: `${other}:waha:default:1`,
				role: 'user',
				text: 'old',
				at: new Date(now - 90 * day),
			});

			expect(await purgeOlderThan(pool, tenant, 30, { batchSize: 3 })).toBe(7);
			expect((await rowsOf()).map((r) => r.text)).toEqual(['recent', 'today']);
			expect(await purgeOlderThan(pool, tenant, 30)).toBe(0);
			const { rowCount } = await pool.query('SELECT 1 FROM conversation_log WHERE tenant = $1', [other]);
			expect(rowCount).toBe(1);
		} finally {
			await pool.query('DELETE FROM conversation_log WHERE tenant = $1', [other]);
		}
	});

	it('refuses a retention of zero days, which would empty the log', async () => {
		await expect(purgeOlderThan(pool, tenant, 0)).rejects.toThrow('retention days must be a positive number');
	});
});
