// LGPD erase gaps found in review (issue 9, item 9), on real Postgres and Redis: a contact's
// turns and audit rows in group chats, dedup keys whose message id holds the number, and the
// opt-out that erasure must not lift.
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { ConversationMemory } from '../../../nodes/ConversationMemory/ConversationMemory.node';
import { historyKey } from '../../../nodes/ConversationMemory/keys';
import { checkMessage, type CheckOptions } from '../../../nodes/OptOutGuard/check';
import { eraseContactData, exportContactData, type ContactScope } from '../../../nodes/OptOutGuard/contactData';
import { optOut, status } from '../../../nodes/OptOutGuard/store';
import { closeAllClients } from '../../../nodes/shared/clients/clientCache';
import type { InboundMessage } from '../../../nodes/shared/message';
import { claimFirstDeliveries } from '../../../nodes/WhatsAppAiTrigger/dedup';
import { postgresCredentials, redisCredentials } from '../../support/services';
import { dropTenant, guardDeps, prepareSchema, uniquePhone, uniqueTenant } from './guardFixtures';

const deps = guardDeps();
const tenants: string[] = [];

function newTenant(label: string): string {
	const tenant = uniqueTenant(label);
	tenants.push(tenant);
	return tenant;
}

const scopeOf = (tenant: string, phone: string): ContactScope => ({ tenant, phone, prefix: deps.prefix });

beforeAll(async () => await prepareSchema(deps));
afterAll(async () => {
	for (const tenant of tenants) {
		await deps.pool.query('DELETE FROM conversation_log WHERE tenant = $1', [tenant]).catch(() => undefined);
		await dropTenant(deps, tenant);
	}
	await closeAllClients();
});

/** The trigger's item for a message, as the WhatsApp AI Trigger emits it. */
function inbound(tenant: string, chat: { group?: string; phone: string }, messageId: string, text: string): IDataObject {
	const subject = chat.group ?? chat.phone;
	return {
		event: 'message',
		provider: 'waha',
		tenant,
		session: 'default',
		conversationKey: `${tenant}:waha:default:${subject}`,
		messageId,
		chatId: chat.group ? `${chat.group}@g.us` : `${chat.phone}@c.us`,
		phone: chat.phone,
		type: 'text',
		text,
		timestamp: new Date().toISOString(),
		isGroup: chat.group !== undefined,
	};
}

/** Runs the real Conversation Memory node (Append Turn, audit log on) over items, with a mocked n8n context. */
async function appendTurns(items: IDataObject[], role: 'user' | 'assistant', text: (item: IDataObject) => string): Promise<void> {
	const context = {
		getInputData: () => items.map((json) => ({ json })),
		getNodeParameter: (name: string, itemIndex: number, fallback?: unknown) => {
			const item = items[itemIndex];
			const parameters: Record<string, unknown> = {
				resource: 'history',
				operation: 'appendTurn',
				conversationKey: item.conversationKey,
				role,
				text: text(item),
				messageId: item.messageId,
				appendOptions: { auditLog: true },
			};
			return parameters[name] ?? fallback;
		},
		getCredentials: async (type: string) => (type === 'whatsAppAiRedisApi' ? redisCredentials() : postgresCredentials()),
		getNode: () => ({
			id: 'memory',
			name: 'Conversation Memory',
			type: 'n8n-nodes-whatsapp-ai.conversationMemory',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
			credentials: { whatsAppAiRedisApi: { id: '1', name: 'Redis' }, whatsAppAiPostgresApi: { id: '2', name: 'Postgres' } },
		}),
		continueOnFail: () => false,
	} as unknown as IExecuteFunctions;
	await new ConversationMemory().execute.call(context);
}

async function storedTurns(key: string): Promise<{ text: string; phone?: string }[]> {
	return (await deps.redis.lrange(key, 0, -1)).map((entry) => JSON.parse(entry) as { text: string; phone?: string });
}

async function logRows(tenant: string, phone: string): Promise<{ conversation_key: string; role: string; text: string }[]> {
	const { rows } = await deps.pool.query(
		'SELECT conversation_key, role, text FROM conversation_log WHERE tenant = $1 AND phone = $2 ORDER BY id',
		[tenant, phone],
	);
	return rows;
}

describe('erase: group conversations', () => {
	const group = '120363025246125486';
	const otherGroup = '120363099999999999';
	const keyOf = (tenant: string, subject: string) => `${tenant}:waha:default:${subject}`;

	/** Ana writes in two groups and directly, Bruno in one group; the bot answers each through the real node. */
	async function seedGroups(): Promise<{ tenant: string; ana: string; bruno: string }> {
		const tenant = newTenant('group');
		const ana = uniquePhone();
		const bruno = uniquePhone();
		const asked = [
			inbound(tenant, { group, phone: ana }, 'g1', 'Sou a Ana, meu exame deu alterado'),
			inbound(tenant, { group, phone: bruno }, 'g2', 'Bom dia, aqui é o Bruno'),
			inbound(tenant, { group: otherGroup, phone: ana }, 'g3', 'Alguém sabe o horário de sábado?'),
			inbound(tenant, { phone: ana }, 'd1', 'Quero marcar um retorno'),
		];
		await appendTurns(asked, 'user', (item) => String(item.text));
		await appendTurns(asked, 'assistant', (item) => `Resposta a ${String(item.messageId)}`);
		return { tenant, ana, bruno };
	}

	it("exports the contact's group turns and group audit rows, without the other members'", async () => {
		const { tenant, ana } = await seedGroups();
		const document = await exportContactData(deps.pool, deps.redis, scopeOf(tenant, ana));
		const groupEntry = document.redis.find((entry) => entry.key === historyKey(deps.prefix, keyOf(tenant, group)));
		expect(groupEntry).toMatchObject({ type: 'list', shared: true });
		expect((groupEntry!.value as string[]).map((entry) => JSON.parse(entry))).toEqual([
			expect.objectContaining({ role: 'user', text: 'Sou a Ana, meu exame deu alterado', phone: ana }),
			expect.objectContaining({ role: 'assistant', text: 'Resposta a g1', phone: ana }),
		]);
		expect(document.redis.find((entry) => entry.key === historyKey(deps.prefix, keyOf(tenant, otherGroup)))).toBeDefined();
		expect(JSON.stringify(document)).not.toContain('Bruno');
		expect(document.postgres.conversation_log.map((row) => `${String(row.conversation_key)} ${String(row.role)}`).sort()).toEqual(
			[ana, group, otherGroup].flatMap((subject) => [`${keyOf(tenant, subject)} assistant`, `${keyOf(tenant, subject)} user`]).sort(),
		);
	});

	it("removes the contact's turns from every group history and keeps the other members' turns", async () => {
		const { tenant, ana, bruno } = await seedGroups();
		const groupKey = historyKey(deps.prefix, keyOf(tenant, group));
		const report = await eraseContactData(deps.pool, deps.redis, scopeOf(tenant, ana));

		expect(report.redis).toMatchObject({ 'memory:group_turns': 4 });
		expect(await storedTurns(groupKey)).toEqual([
			expect.objectContaining({ text: 'Bom dia, aqui é o Bruno', phone: bruno }),
			expect.objectContaining({ text: 'Resposta a g2', phone: bruno }),
		]);
		expect(await deps.redis.ttl(groupKey)).toBeGreaterThan(0);
		expect(await deps.redis.exists(historyKey(deps.prefix, keyOf(tenant, otherGroup)), historyKey(deps.prefix, keyOf(tenant, ana)))).toBe(
			0,
		);
		expect((await exportContactData(deps.pool, deps.redis, scopeOf(tenant, ana))).redis).toEqual([]);
	});

	it("deletes the contact's audit rows of group messages and keeps the other members' rows", async () => {
		const { tenant, ana, bruno } = await seedGroups();
		const report = await eraseContactData(deps.pool, deps.redis, scopeOf(tenant, ana));

		expect(report.postgres).toMatchObject({ conversation_log: 6 });
		expect(await logRows(tenant, ana)).toEqual([]);
		expect(await logRows(tenant, bruno)).toEqual([
			{ conversation_key: keyOf(tenant, group), role: 'user', text: 'Bom dia, aqui é o Bruno' },
			{ conversation_key: keyOf(tenant, group), role: 'assistant', text: 'Resposta a g2' },
		]);
	});
});

describe('erase: dedup keys', () => {
	function message(tenant: string, messageId: string, event: 'message' | 'status' = 'message'): InboundMessage {
		return {
			event,
			provider: 'waha',
			tenant,
			session: 'default',
			conversationKey: `${tenant}:waha:default:x`,
			messageId,
			chatId: '',
			phone: '',
			type: 'text',
			text: '',
			timestamp: new Date().toISOString(),
			isGroup: false,
			...(event === 'status' ? { status: 'read' as const } : {}),
		};
	}
	const keyOf = (tenant: string, messageId: string, suffix = 'message') =>
		`${deps.prefix}dedup:${tenant}:waha:default:${messageId}:${suffix}`;

	it('removes the keys whose message id holds the number and keeps near-miss numbers and other tenants', async () => {
		const tenant = newTenant('dedup');
		const otherTenant = newTenant('dedup-other');
		const phone = uniquePhone();
		const own = [
			message(tenant, `false_${phone}@c.us_3EB0A1`),
			message(tenant, `false_120363025246125486@g.us_3EB0B2_${phone}@c.us`),
			message(tenant, `true_${phone}@c.us_3EB0C3`, 'status'),
		];
		const notOwn = [
			message(tenant, `false_${phone}7@c.us_3EB0D4`), // a longer number that starts with these digits
			message(tenant, `false_1${phone}@c.us_3EB0E5`), // a longer number that ends with them
			message(tenant, 'wamid.HBgNNTUxMTk4ODg4Nzc3NxUCABIYFjNFQjA='),
			message(otherTenant, `false_${phone}@c.us_3EB0F6`),
		];
		expect((await claimFirstDeliveries(deps.redis, deps.prefix, [...own, ...notOwn])).fresh).toHaveLength(7);
		const ownKeys = [keyOf(tenant, own[0].messageId), keyOf(tenant, own[1].messageId), keyOf(tenant, own[2].messageId, 'status:read')];

		const document = await exportContactData(deps.pool, deps.redis, scopeOf(tenant, phone));
		expect(document.redis.map((entry) => entry.key).sort()).toEqual([...ownKeys].sort());

		const report = await eraseContactData(deps.pool, deps.redis, scopeOf(tenant, phone));
		expect(report.redis).toMatchObject({ 'trigger:dedup': 3 });
		expect(await deps.redis.exists(...ownKeys)).toBe(0);
		const kept = [
			keyOf(tenant, notOwn[0].messageId),
			keyOf(tenant, notOwn[1].messageId),
			keyOf(tenant, notOwn[2].messageId),
			keyOf(otherTenant, notOwn[3].messageId),
		];
		expect(await deps.redis.exists(...kept)).toBe(kept.length);
	});
});

describe('erase: the opt-out stays binding', () => {
	const send = (category: 'care' | 'marketing'): CheckOptions => ({ direction: 'outbound', category, rateLimit: false });
	const promo = (tenant: string, phone: string) => ({ tenant, phone, text: 'Promoção de vacinas!' });

	it('keeps marketing blocked after erasure until the person opts in again', async () => {
		const tenant = newTenant('suppress');
		const phone = uniquePhone();
		await optOut(deps.pool, deps.redis, deps.prefix, {
			tenant,
			phone,
			category: 'marketing',
			source: 'keyword',
			reason: 'parar promoções',
		});

		const report = await eraseContactData(deps.pool, deps.redis, scopeOf(tenant, phone));

		expect(await checkMessage(deps, promo(tenant, phone), send('marketing'))).toMatchObject({
			allowed: false,
			reason: 'opted_out',
			optOutCategory: 'marketing',
		});
		expect(report.postgres).toMatchObject({ contact_optouts: 1 });
		expect(report).toMatchObject({
			kept: [expect.objectContaining({ source: 'guard:contact_optouts', table: 'contact_suppressions', categories: ['marketing'] })],
		});
		const { rows } = await deps.pool.query('SELECT * FROM contact_suppressions WHERE tenant = $1', [tenant]);
		expect(rows).toEqual([expect.objectContaining({ category: 'marketing', phone_hash: expect.stringMatching(/^[0-9a-f]{64}$/) })]);
		expect(JSON.stringify(rows)).not.toContain(phone);
		expect(JSON.stringify(await exportContactData(deps.pool, deps.redis, scopeOf(tenant, phone)))).not.toContain(rows[0].phone_hash);
		// A marketing-only opt-out never blocked care; erasure does not change that.
		expect(await checkMessage(deps, { tenant, phone, text: 'Lembrete: consulta amanhã' }, send('care'))).toMatchObject({ allowed: true });
		expect((await status(deps.pool, { tenant, phone })).blocked).toEqual({ care: false, marketing: true });

		const back = await checkMessage(deps, { tenant, phone, text: 'VOLTAR' }, { rateLimit: false });
		expect(back).toMatchObject({ allowed: true, justOptedIn: true });
		expect(await checkMessage(deps, promo(tenant, phone), send('marketing'))).toMatchObject({ allowed: true });
		expect((await deps.pool.query('SELECT 1 FROM contact_suppressions WHERE tenant = $1', [tenant])).rows).toEqual([]);
	});

	it('keeps an "all" opt-out blocking care too, per tenant and with a different hash in each tenant', async () => {
		const tenant = newTenant('suppress-all');
		const otherTenant = newTenant('suppress-other');
		const phone = uniquePhone();
		await optOut(deps.pool, deps.redis, deps.prefix, { tenant, phone, category: 'all', source: 'keyword' });
		await optOut(deps.pool, deps.redis, deps.prefix, { tenant: otherTenant, phone, category: 'all', source: 'keyword' });
		await eraseContactData(deps.pool, deps.redis, scopeOf(tenant, phone));

		expect(await checkMessage(deps, { tenant, phone, text: 'Lembrete' }, send('care'))).toMatchObject({
			allowed: false,
			reason: 'opted_out',
			optOutCategory: 'all',
		});
		expect(await checkMessage(deps, promo(tenant, phone), send('marketing'))).toMatchObject({ allowed: false, optOutCategory: 'all' });
		// The same number never opted out in a third tenant: nothing carries over.
		expect(await checkMessage(deps, promo(newTenant('suppress-none'), phone), send('marketing'))).toMatchObject({ allowed: true });

		await eraseContactData(deps.pool, deps.redis, scopeOf(otherTenant, phone));
		const { rows } = await deps.pool.query('SELECT tenant, phone_hash FROM contact_suppressions WHERE tenant = ANY($1)', [
			[tenant, otherTenant],
		]);
		expect(rows).toHaveLength(2);
		expect(rows[0].phone_hash).not.toBe(rows[1].phone_hash);
	});
});
