import { closeAllClients } from '../../../nodes/shared/clients/clientCache';
import {
	appendTurn,
	clearHistory,
	getLastInbound,
	LAST_INBOUND_TTL_SECONDS,
	loadGeminiHistory,
	loadHistory,
	memberTurns,
	removeMemberTurns,
} from '../../../nodes/ConversationMemory/history';
import { historyKey, lastInboundKey } from '../../../nodes/ConversationMemory/keys';
import { closeConnections, conversationKey, freshPrefixPerTest, sharedRedis, workerConnections } from './support';

const redis = sharedRedis();
const workers = workerConnections(4);
const key = conversationKey();
let prefix: string;
freshPrefixPerTest(redis, (fresh) => (prefix = fresh));
afterAll(async () => {
	await closeConnections(workers);
	await closeAllClients();
});

describe('appendTurn and loadHistory (real Redis)', () => {
	it('stores turns with their fields and loads the last N oldest first', async () => {
		await appendTurn(redis, prefix, key, {
			role: 'user',
			text: 'Oi',
			messageId: 'm1',
			metadata: { type: 'text' },
			at: '2025-03-01T12:00:00Z',
		});
		await appendTurn(redis, prefix, key, { role: 'assistant', text: 'Olá!' });
		await appendTurn(redis, prefix, key, { role: 'user', text: 'Quero marcar' });
		const all = await loadHistory(redis, prefix, key);
		expect(all.map((t) => t.text)).toEqual(['Oi', 'Olá!', 'Quero marcar']);
		expect(all[0]).toEqual({ role: 'user', text: 'Oi', messageId: 'm1', metadata: { type: 'text' }, at: '2025-03-01T12:00:00.000Z' });
		expect((await loadHistory(redis, prefix, key, { limit: 2 })).map((t) => t.text)).toEqual(['Olá!', 'Quero marcar']);
	});

	it('defaults to the last 20 turns', async () => {
		for (let i = 0; i < 25; i++) await appendTurn(redis, prefix, key, { role: i % 2 ? 'assistant' : 'user', text: `t${i}` });
		const turns = await loadHistory(redis, prefix, key);
		expect(turns).toHaveLength(20);
		expect(turns[0].text).toBe('t5');
		expect(turns[19].text).toBe('t24');
	});

	it('loses nothing when 100 executions on 4 workers append to one contact at once', async () => {
		const lengths = await Promise.all(
			Array.from({ length: 100 }, (_, i) =>
				appendTurn(workers[i % workers.length], prefix, key, { role: 'user', text: `m${i}` }, { maxTurns: 200 }),
			),
		);
		expect([...lengths].sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
		const texts = (await loadHistory(redis, prefix, key, { limit: 200 })).map((t) => t.text);
		expect(new Set(texts)).toEqual(new Set(Array.from({ length: 100 }, (_, i) => `m${i}`)));
	});

	it('never holds more than maxTurns, also under 100 parallel appends, and keeps the newest', async () => {
		const lengths = await Promise.all(
			Array.from({ length: 100 }, (_, i) =>
				appendTurn(workers[i % workers.length], prefix, key, { role: 'user', text: `m${i}` }, { maxTurns: 10 }),
			),
		);
		expect(Math.max(...lengths)).toBe(10);
		expect(await redis.llen(historyKey(prefix, key))).toBe(10);
		// Redis applied the appends in some order; the ten kept are the last ten it applied.
		const stored = (await redis.lrange(historyKey(prefix, key), 0, -1)).map((s) => JSON.parse(s).text);
		expect(stored).toHaveLength(10);
		for (let i = 0; i < 5; i++) await appendTurn(redis, prefix, key, { role: 'user', text: `late${i}` }, { maxTurns: 10 });
		const after = (await loadHistory(redis, prefix, key, { limit: 50 })).map((t) => t.text);
		expect(after).toEqual([...stored.slice(5), 'late0', 'late1', 'late2', 'late3', 'late4']);
	});

	it('trims to a lowered maxTurns on the next append', async () => {
		for (let i = 0; i < 30; i++) await appendTurn(redis, prefix, key, { role: 'user', text: `t${i}` });
		expect(await appendTurn(redis, prefix, key, { role: 'user', text: 'last' }, { maxTurns: 5 })).toBe(5);
		expect((await loadHistory(redis, prefix, key)).map((t) => t.text)).toEqual(['t26', 't27', 't28', 't29', 'last']);
	});
});

describe('history TTL (real Redis)', () => {
	it('sets the inactivity TTL, 30 minutes by default, and refreshes it on every append', async () => {
		await appendTurn(redis, prefix, key, { role: 'user', text: 'Oi' });
		const first = await redis.ttl(historyKey(prefix, key));
		expect(first).toBeGreaterThan(1790);
		expect(first).toBeLessThanOrEqual(1800);
		await redis.expire(historyKey(prefix, key), 5);
		await appendTurn(redis, prefix, key, { role: 'assistant', text: 'Olá' });
		expect(await redis.ttl(historyKey(prefix, key))).toBeGreaterThan(1790);
	});

	it('uses a configured TTL and lets the history expire after inactivity', async () => {
		await appendTurn(redis, prefix, key, { role: 'user', text: 'Oi' }, { ttlSeconds: 1 });
		expect(await redis.pttl(historyKey(prefix, key))).toBeLessThanOrEqual(1000);
		await new Promise((resolve) => setTimeout(resolve, 1_200));
		expect(await loadHistory(redis, prefix, key)).toEqual([]);
	});

	it('keeps the history without expiry when the TTL is 0, also if it had one before', async () => {
		await appendTurn(redis, prefix, key, { role: 'user', text: 'Oi' }, { ttlSeconds: 60 });
		expect(await redis.ttl(historyKey(prefix, key))).toBeGreaterThan(0);
		await appendTurn(redis, prefix, key, { role: 'assistant', text: 'Olá' }, { ttlSeconds: 0 });
		expect(await redis.ttl(historyKey(prefix, key))).toBe(-1);
	});
});

describe('last inbound time (real Redis)', () => {
	it('is set by user turns only, from the message time, with a TTL beyond the 24-hour window', async () => {
		await appendTurn(redis, prefix, key, { role: 'assistant', text: 'Lembrete: consulta amanhã' });
		await appendTurn(redis, prefix, key, { role: 'system', text: 'note' });
		expect(await getLastInbound(redis, prefix, key)).toBeNull();
		const at = new Date(Date.now() - 60_000).toISOString();
		await appendTurn(redis, prefix, key, { role: 'user', text: 'Confirmo', at });
		expect(await getLastInbound(redis, prefix, key)).toBe(at);
		const ttl = await redis.ttl(lastInboundKey(prefix, key));
		expect(ttl).toBeGreaterThan(LAST_INBOUND_TTL_SECONDS - 10);
		expect(ttl).toBeGreaterThan(24 * 60 * 60);
		await appendTurn(redis, prefix, key, { role: 'assistant', text: 'Obrigado' });
		expect(await getLastInbound(redis, prefix, key)).toBe(at);
	});

	it('never moves back for a late redelivery and never ahead of now', async () => {
		const recent = new Date(Date.now() - 1_000).toISOString();
		await appendTurn(redis, prefix, key, { role: 'user', text: 'novo', at: recent });
		await appendTurn(redis, prefix, key, { role: 'user', text: 'velho', at: new Date(Date.now() - 3_600_000) });
		expect(await getLastInbound(redis, prefix, key)).toBe(recent);
		const before = Date.now();
		await appendTurn(redis, prefix, key, { role: 'user', text: 'futuro', at: new Date(Date.now() + 3_600_000) });
		const stored = Date.parse((await getLastInbound(redis, prefix, key))!);
		expect(stored).toBeGreaterThanOrEqual(before);
		expect(stored).toBeLessThanOrEqual(Date.now());
	});

	it('counts a user turn without text (a photo) as inbound but stores nothing in history', async () => {
		expect(await appendTurn(redis, prefix, key, { role: 'user', text: '' })).toBe(0);
		expect(await getLastInbound(redis, prefix, key)).not.toBeNull();
		expect(await redis.exists(historyKey(prefix, key))).toBe(0);
		await appendTurn(redis, prefix, key, { role: 'user', text: 'Oi' });
		expect(await appendTurn(redis, prefix, key, { role: 'assistant', text: '   ' })).toBe(1);
	});
});

describe('clearHistory and the Gemini form (real Redis)', () => {
	it('loads history ready for Gemini and clears only the history', async () => {
		await appendTurn(redis, prefix, key, { role: 'assistant', text: 'Seu lembrete' });
		await appendTurn(redis, prefix, key, { role: 'user', text: 'Oi' });
		await appendTurn(redis, prefix, key, { role: 'assistant', text: 'Olá!' });
		const history = await loadGeminiHistory(redis, prefix, key);
		expect(history.turns).toHaveLength(3);
		expect(history.contents).toEqual([
			{ role: 'user', parts: [{ text: 'Oi' }] },
			{ role: 'model', parts: [{ text: 'Olá!' }] },
		]);
		expect(await clearHistory(redis, prefix, key)).toBe(true);
		expect(await loadHistory(redis, prefix, key)).toEqual([]);
		expect(await getLastInbound(redis, prefix, key)).not.toBeNull();
		expect(await clearHistory(redis, prefix, key)).toBe(false);
	});

	it('refuses a bad role, maxTurns or limit before touching Redis', async () => {
		await expect(appendTurn(redis, prefix, key, { role: 'model' as never, text: 'x' })).rejects.toThrow('role must be');
		await expect(appendTurn(redis, prefix, key, { role: 'user', text: 'x' }, { maxTurns: 0 })).rejects.toThrow('maxTurns');
		await expect(loadHistory(redis, prefix, key, { limit: 0 })).rejects.toThrow('limit');
		expect(await redis.exists(historyKey(prefix, key))).toBe(0);
	});
});

describe("group members' turns (real Redis)", () => {
	const group = conversationKey('120363025246125486');
	const ana = '5511988887777';
	const bruno = '5511977776666';

	it("stores the member on each turn and removes one member's turns only, keeping order and TTL", async () => {
		await appendTurn(redis, prefix, group, { role: 'user', text: 'Sou a Ana', phone: ana });
		await appendTurn(redis, prefix, group, { role: 'user', text: 'Sou o Bruno', phone: bruno });
		await appendTurn(redis, prefix, group, { role: 'assistant', text: 'Oi Ana', phone: ana });
		// A longer number holding Ana's digits is someone else.
		await appendTurn(redis, prefix, group, { role: 'user', text: 'Outro', phone: `${ana}1` }, { ttlSeconds: 600 });
		const hist = historyKey(prefix, group);
		expect((await loadHistory(redis, prefix, group))[0]).toMatchObject({ text: 'Sou a Ana', phone: ana });
		expect((await memberTurns(redis, hist, ana)).map((entry) => JSON.parse(entry).text)).toEqual(['Sou a Ana', 'Oi Ana']);

		expect(await removeMemberTurns(redis, hist, ana)).toBe(2);
		expect((await loadHistory(redis, prefix, group)).map((turn) => turn.text)).toEqual(['Sou o Bruno', 'Outro']);
		expect(await redis.ttl(hist)).toBeGreaterThan(590);
		expect(await removeMemberTurns(redis, hist, ana)).toBe(0);
	});

	it("loses no other member's turn when an erase races with 100 appends on 4 workers", async () => {
		const hist = historyKey(prefix, group);
		for (let i = 0; i < 20; i++) await appendTurn(redis, prefix, group, { role: 'user', text: `a${i}`, phone: ana }, { maxTurns: 500 });
		const appends = Array.from({ length: 100 }, (_, i) =>
			appendTurn(workers[i % workers.length], prefix, group, { role: 'user', text: `b${i}`, phone: bruno }, { maxTurns: 500 }),
		);
		const [removed] = await Promise.all([removeMemberTurns(workers[0], hist, ana), ...appends]);
		expect(removed).toBe(20);
		const left = await loadHistory(redis, prefix, group, { limit: 500 });
		expect(left).toHaveLength(100);
		expect(left.every((turn) => turn.phone === bruno)).toBe(true);
	});

	it('refuses a member number that is not E.164 digits, and skips keys that are not histories', async () => {
		await expect(appendTurn(redis, prefix, group, { role: 'user', text: 'x', phone: '+55 11 98888-7777' })).rejects.toThrow(
			'phone must be',
		);
		await redis.set(historyKey(prefix, group), 'not a list');
		expect(await removeMemberTurns(redis, historyKey(prefix, group), ana)).toBe(0);
		expect(await memberTurns(redis, historyKey(prefix, group), ana)).toEqual([]);
	});
});
