import { NodeOperationError, type IDataObject, type INodeExecutionData } from 'n8n-workflow';
import * as memoryModule from '../../../nodes/ConversationMemory';
import type { MemoryContext, MemoryOperation } from '../../../nodes/ConversationMemory/actions/common';
import { resources } from '../../../nodes/ConversationMemory/actions/router';
import { ConversationMemory } from '../../../nodes/ConversationMemory/ConversationMemory.node';
import { getPgPool } from '../../../nodes/shared/clients/postgres';
import { getRedis } from '../../../nodes/shared/clients/redis';
import { fakeExecute, operationPairs, operationsInDescription, operationsInRegistry } from '../support/fakeExecute';

// Conversation Memory, one operation at a time with the memory module mocked (pure helpers such
// as groupMemberOf and withinCustomerWindow stay real), then the node through its router.

jest.mock('../../../nodes/ConversationMemory', () => ({
	...jest.requireActual('../../../nodes/ConversationMemory'),
	appendTurn: jest.fn(),
	logTurn: jest.fn(),
	loadGeminiHistory: jest.fn(),
	clearHistory: jest.fn(),
	getLastInbound: jest.fn(),
	getState: jest.fn(),
	setState: jest.fn(),
	clearState: jest.fn(),
	pauseBot: jest.fn(),
	resumeBot: jest.fn(),
	checkPause: jest.fn(),
	purgeOlderThan: jest.fn(),
}));
jest.mock('../../../nodes/shared/clients/redis', () => ({
	...jest.requireActual('../../../nodes/shared/clients/redis'),
	getRedis: jest.fn(),
}));
jest.mock('../../../nodes/shared/clients/postgres', () => ({
	...jest.requireActual('../../../nodes/shared/clients/postgres'),
	getPgPool: jest.fn(),
}));

const memory = jest.mocked(memoryModule);
const node = new ConversationMemory();
const properties = node.description.properties;
const registry = resources as unknown as Record<string, Record<string, MemoryOperation>>;

const redis = { redis: true };
const pool = { pool: true };
const KEY = 'clinic-a:waha:clinic:5511999990000';
const inbound: INodeExecutionData = {
	json: { tenant: 'clinic-a', conversationKey: KEY, phone: '5511999990000', isGroup: false, messageId: 'wamid.IN', text: 'quero marcar' },
	binary: { data: { data: 'AAEC', mimeType: 'image/jpeg' } },
};

beforeEach(() => jest.clearAllMocks());

async function runOperation(
	resource: string,
	operation: string,
	parameters: IDataObject = {},
	options: { item?: INodeExecutionData; withPool?: boolean } = {},
) {
	const item = options.item ?? inbound;
	const fake = fakeExecute({ properties, parameters: { resource, operation, ...parameters }, items: [item] });
	const context = {
		redis,
		prefix: 'wa:',
		conversationKey: KEY,
		pool: options.withPool === false ? undefined : pool,
		input: item.json,
	} as unknown as MemoryContext;
	const outcome = await registry[resource][operation].execute.call(fake.context, 0, context);
	expect(fake.hiddenReads).toEqual([]);
	return outcome;
}

describe('Memory operations', () => {
	describe('history', () => {
		it('appendTurn with defaults: a user turn of the item text and message id, 30 min TTL, 50 turns, no audit log', async () => {
			memory.appendTurn.mockResolvedValue(3);
			const outcome = await runOperation('history', 'appendTurn');
			expect(memory.appendTurn).toHaveBeenCalledWith(
				redis,
				'wa:',
				KEY,
				{ role: 'user', text: 'quero marcar', messageId: 'wamid.IN', phone: undefined, metadata: undefined },
				{ ttlSeconds: 1800, maxTurns: 50 },
			);
			expect(memory.logTurn).not.toHaveBeenCalled();
			expect(outcome).toEqual({ result: { appended: true, historyLength: 3 } });
		});

		it('appendTurn with options: TTL 0 keeps it, max turns, metadata, and the audit log in Postgres', async () => {
			memory.appendTurn.mockResolvedValue(10);
			memory.logTurn.mockResolvedValue(true);
			const outcome = await runOperation('history', 'appendTurn', {
				role: 'assistant',
				text: 'Temos horário às 14h',
				messageId: '',
				appendOptions: { ttlMinutes: 0, maxTurns: 10, metadata: '{"source":"agent"}', auditLog: true },
			});
			const turn = {
				role: 'assistant',
				text: 'Temos horário às 14h',
				messageId: undefined,
				phone: undefined,
				metadata: { source: 'agent' },
			};
			expect(memory.appendTurn).toHaveBeenCalledWith(redis, 'wa:', KEY, turn, { ttlSeconds: 0, maxTurns: 10 });
			expect(memory.logTurn).toHaveBeenCalledWith(pool, { tenant: 'clinic-a', conversationKey: KEY, ...turn });
			expect(outcome).toEqual({ result: { appended: true, historyLength: 10, logged: true } });
		});

		it("appendTurn in a group records the member's number on the turn; the log tenant falls back to the key", async () => {
			memory.appendTurn.mockResolvedValue(1);
			memory.logTurn.mockResolvedValue(false);
			const item = { json: { conversationKey: KEY, isGroup: true, phone: '+55 11 98888-7777', text: 'oi', messageId: 'm' } };
			await runOperation('history', 'appendTurn', { appendOptions: { auditLog: true } }, { item });
			expect(memory.appendTurn.mock.calls[0][3]).toMatchObject({ phone: '5511988887777' });
			expect(memory.logTurn.mock.calls[0][1]).toMatchObject({ tenant: 'clinic-a', phone: '5511988887777' });
		});

		it('appendTurn refuses metadata that is not JSON before writing anything', async () => {
			const run = runOperation('history', 'appendTurn', { appendOptions: { metadata: '{not json' } });
			await expect(run).rejects.toThrow(NodeOperationError);
			await expect(run).rejects.toThrow('Metadata is not valid JSON');
			expect(memory.appendTurn).not.toHaveBeenCalled();
		});

		it('appendTurn with the audit log but no Postgres credential fails the item', async () => {
			memory.appendTurn.mockResolvedValue(1);
			await expect(runOperation('history', 'appendTurn', { appendOptions: { auditLog: true } }, { withPool: false })).rejects.toThrow(
				'Audit Log needs the Postgres credential',
			);
			expect(memory.logTurn).not.toHaveBeenCalled();
			// Refused before anything is stored: running the item again cannot append the turn twice.
			expect(memory.appendTurn).not.toHaveBeenCalled();
		});

		it.each([
			[{}, 20],
			[{ lastTurns: 5 }, 5],
		])('loadHistory %j asks for the last %i turns in the Gemini form', async (parameters, limit) => {
			const history = {
				turns: [{ role: 'user', text: 'oi', at: '2026-01-01T00:00:00.000Z' }],
				contents: [{ role: 'user', parts: [{ text: 'oi' }] }],
				systemNotes: [],
			};
			memory.loadGeminiHistory.mockResolvedValue(history as never);
			const outcome = await runOperation('history', 'loadHistory', parameters);
			expect(memory.loadGeminiHistory).toHaveBeenCalledWith(redis, 'wa:', KEY, { limit });
			expect(outcome).toEqual({ result: history });
		});

		it("clearHistory clears this conversation's history", async () => {
			memory.clearHistory.mockResolvedValue(true);
			expect(await runOperation('history', 'clearHistory')).toEqual({ result: { cleared: true } });
			expect(memory.clearHistory).toHaveBeenCalledWith(redis, 'wa:', KEY);
		});

		it.each([
			[new Date(Date.now() - 60_000).toISOString(), true],
			[new Date(Date.now() - 25 * 3_600_000).toISOString(), false],
			[null, false],
		])('getLastInbound %s: within the 24-hour window %s', async (at, within) => {
			memory.getLastInbound.mockResolvedValue(at);
			expect(await runOperation('history', 'getLastInbound')).toEqual({ result: { lastInboundAt: at, withinCustomerWindow: within } });
			expect(memory.getLastInbound).toHaveBeenCalledWith(redis, 'wa:', KEY);
		});
	});

	describe('state', () => {
		it('getState returns the state, or an empty one when there is none', async () => {
			const state = { step: 'ask_pet_name', variables: { pet: 'Rex' }, updatedAt: '2026-01-01T00:00:00.000Z' };
			memory.getState.mockResolvedValueOnce(state).mockResolvedValueOnce(null);
			expect(await runOperation('state', 'getState')).toEqual({ result: { state } });
			expect(await runOperation('state', 'getState')).toEqual({ result: { state: { variables: {} } } });
			expect(memory.getState).toHaveBeenCalledWith(redis, 'wa:', KEY);
		});

		it('setState with defaults merges no variables, keeps the step, for 24 hours', async () => {
			const state = { variables: {}, updatedAt: 'now' };
			memory.setState.mockResolvedValue(state);
			expect(await runOperation('state', 'setState')).toEqual({ result: { state } });
			expect(memory.setState).toHaveBeenCalledWith(
				redis,
				'wa:',
				KEY,
				{ step: undefined, variables: {} },
				{ mode: 'merge', ttlSeconds: 86_400 },
			);
		});

		it('setState with a step, JSON variables (text or object), replace mode and no expiry', async () => {
			memory.setState.mockResolvedValue({ variables: {}, updatedAt: 'now' });
			await runOperation('state', 'setState', { step: 'ask_pet_name', variables: '{"pet":"Rex"}', mode: 'replace', stateTtlHours: 0 });
			await runOperation('state', 'setState', { variables: { age: 3 }, stateTtlHours: 1.5 });
			expect(memory.setState.mock.calls.map((call) => call.slice(3))).toEqual([
				[
					{ step: 'ask_pet_name', variables: { pet: 'Rex' } },
					{ mode: 'replace', ttlSeconds: 0 },
				],
				[
					{ step: undefined, variables: { age: 3 } },
					{ mode: 'merge', ttlSeconds: 5400 },
				],
			]);
		});

		it('setState refuses variables that are not JSON', async () => {
			await expect(runOperation('state', 'setState', { variables: '{pet:' })).rejects.toThrow('Variables is not valid JSON');
			expect(memory.setState).not.toHaveBeenCalled();
		});

		it("clearState clears this conversation's state", async () => {
			memory.clearState.mockResolvedValue(false);
			expect(await runOperation('state', 'clearState')).toEqual({ result: { cleared: false } });
			expect(memory.clearState).toHaveBeenCalledWith(redis, 'wa:', KEY);
		});
	});

	describe('handoff', () => {
		const paused = { paused: true as const, by: 'Ana', since: '2026-01-01T10:00:00.000Z', until: '2026-01-01T11:00:00.000Z' };

		it('pauseBot with defaults: 60 minutes, no reason', async () => {
			memory.pauseBot.mockResolvedValue(paused);
			expect(await runOperation('handoff', 'pauseBot', { pausedBy: 'Ana' })).toEqual({ result: { pause: paused } });
			expect(memory.pauseBot).toHaveBeenCalledWith(redis, 'wa:', KEY, { by: 'Ana', minutes: 60, reason: undefined });
		});

		it('pauseBot with minutes and a reason', async () => {
			memory.pauseBot.mockResolvedValue({ ...paused, reason: 'exame' });
			await runOperation('handoff', 'pauseBot', { pausedBy: 'Ana', pauseMinutes: 15, pauseReason: 'exame' });
			expect(memory.pauseBot).toHaveBeenCalledWith(redis, 'wa:', KEY, { by: 'Ana', minutes: 15, reason: 'exame' });
		});

		it('resumeBot says whether the bot was paused', async () => {
			memory.resumeBot.mockResolvedValue(true);
			expect(await runOperation('handoff', 'resumeBot')).toEqual({ result: { pause: { paused: false, resumed: true } } });
			expect(memory.resumeBot).toHaveBeenCalledWith(redis, 'wa:', KEY);
		});

		it('checkPause sends a paused conversation to output 1 (Human Active), an active one to output 0', async () => {
			memory.checkPause.mockResolvedValueOnce(paused).mockResolvedValueOnce({ paused: false });
			expect(await runOperation('handoff', 'checkPause')).toEqual({ result: { pause: paused }, output: 1 });
			expect(await runOperation('handoff', 'checkPause')).toEqual({ result: { pause: { paused: false } }, output: 0 });
			expect(memory.checkPause).toHaveBeenCalledWith(redis, 'wa:', KEY);
		});
	});

	describe('auditLog', () => {
		it('purgeLog with defaults: the item tenant, 180 days', async () => {
			memory.purgeOlderThan.mockResolvedValue(12);
			expect(await runOperation('auditLog', 'purgeLog')).toEqual({ result: { purged: 12 } });
			expect(memory.purgeOlderThan).toHaveBeenCalledWith(pool, 'clinic-a', 180);
		});

		it('purgeLog with a tenant and days; "default" when the item has no tenant', async () => {
			memory.purgeOlderThan.mockResolvedValue(0);
			await runOperation('auditLog', 'purgeLog', { purgeTenant: 'clinic-b', retentionDays: 30 });
			await runOperation('auditLog', 'purgeLog', {}, { item: { json: {} } });
			expect(memory.purgeOlderThan.mock.calls.map((call) => call.slice(1))).toEqual([
				['clinic-b', 30],
				['default', 180],
			]);
		});

		it('purgeLog needs the Postgres credential', async () => {
			await expect(runOperation('auditLog', 'purgeLog', {}, { withPool: false })).rejects.toThrow(
				'Purge Audit Log needs the Postgres credential',
			);
			expect(memory.purgeOlderThan).not.toHaveBeenCalled();
		});
	});
});

describe('Conversation Memory node', () => {
	const redisCredentials = { host: 'redis', prefix: 'test:' };
	const postgresCredentials = { host: 'pg', database: 'wa', user: 'n8n' };
	const items: INodeExecutionData[] = [
		inbound,
		{ json: { tenant: 'clinic-a', conversationKey: 'clinic-a:waha:clinic:5511988887777', text: 'oi' } },
	];
	beforeEach(() => {
		jest.mocked(getRedis).mockReturnValue(redis as never);
		jest.mocked(getPgPool).mockReturnValue(pool as never);
	});

	const run = (
		parameters: IDataObject,
		options: { items?: INodeExecutionData[]; credentials?: Record<string, IDataObject | Error>; continueOnFail?: boolean } = {},
	) => {
		const fake = fakeExecute({
			properties,
			parameters,
			items: options.items ?? items,
			credentials: options.credentials ?? { whatsAppAiRedisApi: redisCredentials },
			continueOnFail: options.continueOnFail,
		});
		return { fake, outputs: node.execute.call(fake.context) };
	};

	it('keeps each input item (JSON and binary) with the result under `memory`, paired, on one output', async () => {
		memory.appendTurn.mockResolvedValueOnce(1).mockResolvedValueOnce(2);
		const { fake, outputs } = run({ resource: 'history', operation: 'appendTurn' });
		expect(await outputs).toEqual([
			[
				{ json: { ...inbound.json, memory: { appended: true, historyLength: 1 } }, binary: inbound.binary, pairedItem: { item: 0 } },
				{ json: { ...items[1].json, memory: { appended: true, historyLength: 2 } }, pairedItem: { item: 1 } },
			],
		]);
		// The item's conversation key and the credential's prefix; the Postgres slot is empty.
		expect(memory.appendTurn.mock.calls.map((call) => call.slice(1, 3))).toEqual([
			['test:', KEY],
			['test:', 'clinic-a:waha:clinic:5511988887777'],
		]);
		expect(getRedis).toHaveBeenCalledWith(redisCredentials);
		expect(getPgPool).not.toHaveBeenCalled();
		expect(fake.getCredentials.mock.calls).toEqual([['whatsAppAiRedisApi']]);
	});

	it('hands the Postgres pool to the operations when that credential is set', async () => {
		memory.purgeOlderThan.mockResolvedValue(4);
		const { outputs } = run(
			{ resource: 'auditLog', operation: 'purgeLog' },
			{
				items: [{ json: { tenant: 'clinic-a' } }],
				credentials: { whatsAppAiRedisApi: redisCredentials, whatsAppAiPostgresApi: postgresCredentials },
			},
		);
		// No conversation key needed for the audit log.
		expect(await outputs).toEqual([[{ json: { tenant: 'clinic-a', memory: { purged: 4 } }, pairedItem: { item: 0 } }]]);
		expect(getPgPool).toHaveBeenCalledWith(postgresCredentials);
		expect(memory.purgeOlderThan).toHaveBeenCalledWith(pool, 'clinic-a', 180);
	});

	it('does not swallow a Postgres credential that is set but cannot be read', async () => {
		const outputs = run(
			{ resource: 'history', operation: 'clearHistory' },
			{ credentials: { whatsAppAiRedisApi: redisCredentials, whatsAppAiPostgresApi: new Error('cannot decrypt') } },
		).outputs;
		await expect(outputs).rejects.toThrow('cannot decrypt');
		expect(memory.clearHistory).not.toHaveBeenCalled();
	});

	it('Check Pause has two outputs: Bot Active and Human Active', async () => {
		memory.checkPause.mockResolvedValueOnce({ paused: false }).mockResolvedValueOnce({ paused: true, by: 'Ana', since: 's', until: 'u' });
		const [active, human] = await run({ resource: 'handoff', operation: 'checkPause' }).outputs;
		expect(active).toEqual([
			{ json: { ...inbound.json, memory: { pause: { paused: false } } }, binary: inbound.binary, pairedItem: { item: 0 } },
		]);
		expect(human).toEqual([
			{ json: { ...items[1].json, memory: { pause: { paused: true, by: 'Ana', since: 's', until: 'u' } } }, pairedItem: { item: 1 } },
		]);
	});

	it('with Continue On Fail, a Check Pause that failed goes to Human Active with error {kind, message}', async () => {
		memory.checkPause.mockRejectedValueOnce(new Error('Connection is closed.')).mockResolvedValueOnce({ paused: false });
		const [active, human] = await run({ resource: 'handoff', operation: 'checkPause' }, { continueOnFail: true }).outputs;
		expect(human).toEqual([
			{
				json: { ...inbound.json, error: { kind: 'internal', message: 'Connection is closed.' } },
				binary: inbound.binary,
				pairedItem: { item: 0 },
			},
		]);
		expect(active).toEqual([expect.objectContaining({ pairedItem: { item: 1 } })]);
	});

	it('with Continue On Fail, a refused input is kind invalid_input on the only output', async () => {
		memory.pauseBot
			.mockRejectedValueOnce(new memoryModule.MemoryInputError('by must name who takes over'))
			.mockResolvedValueOnce({ paused: true, by: 'Ana', since: 's', until: 'u' });
		const [out] = await run(
			{ resource: 'handoff', operation: 'pauseBot', pausedBy: '={{ $json.phone ? "" : "Ana" }}' },
			{ continueOnFail: true },
		).outputs;
		expect(out).toEqual([
			{
				json: { ...inbound.json, error: { kind: 'invalid_input', message: 'by must name who takes over' } },
				binary: inbound.binary,
				pairedItem: { item: 0 },
			},
			expect.objectContaining({ json: expect.objectContaining({ memory: { pause: expect.objectContaining({ by: 'Ana' }) } }) }),
		]);
		expect(memory.pauseBot.mock.calls.map((call) => call[3].by)).toEqual(['', 'Ana']);
	});

	it('without Continue On Fail, a refused input is a NodeOperationError naming the item', async () => {
		memory.clearHistory.mockResolvedValueOnce(true).mockRejectedValueOnce(new memoryModule.MemoryInputError('bad key'));
		const outputs = run({ resource: 'history', operation: 'clearHistory' }).outputs;
		await expect(outputs).rejects.toBeInstanceOf(NodeOperationError);
		await expect(outputs).rejects.toMatchObject({ message: 'bad key', context: { itemIndex: 1 } });
	});

	it('an item without a conversation key fails with a message that says how to fix it', async () => {
		const outputs = run({ resource: 'history', operation: 'loadHistory' }, { items: [{ json: { text: 'oi' } }] }).outputs;
		await expect(outputs).rejects.toThrow('Conversation Key is empty: connect the WhatsApp AI Trigger or set it');
		expect(memory.loadGeminiHistory).not.toHaveBeenCalled();
	});

	it('an unknown operation is a NodeOperationError that names it', async () => {
		const outputs = run({ resource: 'history', operation: 'forget' }).outputs;
		await expect(outputs).rejects.toBeInstanceOf(NodeOperationError);
		await expect(outputs).rejects.toThrow(
			'Unknown operation "forget"; expected one of: appendTurn, loadHistory, clearHistory, getLastInbound',
		);
	});

	it('an unknown resource is a NodeOperationError that names it', async () => {
		const outputs = run({ resource: 'calendar', operation: 'appendTurn' }).outputs;
		await expect(outputs).rejects.toThrow('Unknown resource "calendar"; expected one of: history, state, handoff, auditLog');
	});

	it('lists in its Operation options exactly the operations the router registry has', () => {
		expect(operationsInDescription(properties)).toEqual(operationsInRegistry(registry));
	});

	it.each(operationPairs(registry))('%s/%s: its description is part of the node description', (resource, operation) => {
		for (const property of registry[resource][operation].description) expect(properties).toContain(property);
	});
});
