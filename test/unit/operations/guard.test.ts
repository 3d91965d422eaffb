import { NodeOperationError, type IDataObject, type INodeExecutionData } from 'n8n-workflow';
import * as guardModule from '../../../nodes/OptOutGuard';
import type { GuardContext, GuardOperation } from '../../../nodes/OptOutGuard/actions/common';
import { resources } from '../../../nodes/OptOutGuard/actions/router';
import { OptOutGuard } from '../../../nodes/OptOutGuard/OptOutGuard.node';
import { getPgPool } from '../../../nodes/shared/clients/postgres';
import { getRedis } from '../../../nodes/shared/clients/redis';
import { getGemini } from '../../../nodes/shared/gemini/adapter';
import { fakeExecute, operationPairs, operationsInDescription, operationsInRegistry } from '../support/fakeExecute';

// Opt-Out Guard, one operation at a time with the guard module mocked, then the node through
// its router (Redis, Postgres and Gemini clients mocked).

jest.mock('../../../nodes/OptOutGuard', () => ({
	...jest.requireActual('../../../nodes/OptOutGuard'),
	checkMessage: jest.fn(),
	optOut: jest.fn(),
	optIn: jest.fn(),
	recordConsent: jest.fn(),
	status: jest.fn(),
	exportContactData: jest.fn(),
	eraseContactData: jest.fn(),
}));
jest.mock('../../../nodes/shared/clients/redis', () => ({
	...jest.requireActual('../../../nodes/shared/clients/redis'),
	getRedis: jest.fn(),
}));
jest.mock('../../../nodes/shared/clients/postgres', () => ({
	...jest.requireActual('../../../nodes/shared/clients/postgres'),
	getPgPool: jest.fn(),
}));
jest.mock('../../../nodes/shared/gemini/adapter', () => ({
	...jest.requireActual('../../../nodes/shared/gemini/adapter'),
	getGemini: jest.fn(),
}));

const guard = jest.mocked(guardModule);
const node = new OptOutGuard();
const properties = node.description.properties;
const registry = resources as unknown as Record<string, Record<string, GuardOperation>>;

const redis = { redis: true };
const pool = { pool: true };
const gemini = { gemini: true };
const CONTACT = { tenant: 'clinic-a', phone: '5511999990000' };
const inbound: INodeExecutionData = {
	json: { tenant: 'clinic-a', phone: '+55 (11) 99999-0000', chatId: '5511999990000@c.us', text: 'PARAR' },
	binary: { data: { data: 'AAEC', mimeType: 'audio/ogg' } },
};

beforeEach(() => jest.clearAllMocks());

async function runOperation(resource: string, operation: string, parameters: IDataObject = {}, item: INodeExecutionData = inbound) {
	const fake = fakeExecute({ properties, parameters: { resource, operation, ...parameters }, items: [item] });
	const context = { pool, redis, prefix: 'wa:', gemini, input: item.json } as unknown as GuardContext;
	const outcome = await registry[resource][operation].execute.call(fake.context, 0, context);
	expect(fake.hiddenReads).toEqual([]);
	return outcome;
}

describe('Guard operations', () => {
	describe('checkMessage', () => {
		it('with defaults: the item tenant, phone digits and text, care, 5 per minute, keywords only; Allowed on output 0', async () => {
			guard.checkMessage.mockResolvedValue({ allowed: true, category: 'care' } as never);
			expect(await runOperation('message', 'checkMessage')).toEqual({ result: { allowed: true, category: 'care' }, output: 0 });
			expect(guard.checkMessage).toHaveBeenCalledWith(
				{ pool, redis, prefix: 'wa:', gemini: undefined },
				{ ...CONTACT, text: 'PARAR' },
				{
					category: 'care',
					optOutCategory: 'all',
					rateLimit: { limit: 5, windowMs: 60_000 },
					detection: { extraOptOut: undefined, extraOptIn: undefined, ignore: undefined, language: undefined, learned: true },
					classifier: { enabled: false, model: undefined },
				},
			);
		});

		it('with options: Gemini when unsure, phrase lists, language, no learned near misses, marketing records, no rate limit; Blocked on output 1', async () => {
			guard.checkMessage.mockResolvedValue({ allowed: false, reason: 'opted_out', category: 'marketing' } as never);
			const outcome = await runOperation('message', 'checkMessage', {
				text: 'basta ya',
				category: 'marketing',
				checkOptions: {
					useGemini: true,
					model: 'gemini-2.5-pro',
					extraOptOut: 'basta ya, no más\nchega',
					extraOptIn: 'volver',
					ignore: 'cancelar',
					language: 'es',
					learned: false,
					optOutCategory: 'marketing',
					rateLimit: 0,
				},
			});
			expect(outcome).toEqual({ result: { allowed: false, reason: 'opted_out', category: 'marketing' }, output: 1 });
			expect(guard.checkMessage).toHaveBeenCalledWith(
				{ pool, redis, prefix: 'wa:', gemini },
				{ ...CONTACT, text: 'basta ya' },
				{
					category: 'marketing',
					optOutCategory: 'marketing',
					rateLimit: false,
					detection: {
						extraOptOut: ['basta ya', 'no más', 'chega'],
						extraOptIn: ['volver'],
						ignore: ['cancelar'],
						language: 'es',
						learned: false,
					},
					classifier: { enabled: true, model: 'gemini-2.5-pro' },
				},
			);
		});

		it('uses tenant "default" when the item has none, and a rate limit set in the options', async () => {
			guard.checkMessage.mockResolvedValue({ allowed: true, category: 'care' } as never);
			await runOperation('message', 'checkMessage', { checkOptions: { rateLimit: 12 } }, { json: { phone: '5511999990000', text: 'oi' } });
			expect(guard.checkMessage.mock.calls[0][1]).toEqual({ ...CONTACT, tenant: 'default', text: 'oi' });
			expect(guard.checkMessage.mock.calls[0][2]).toMatchObject({ rateLimit: { limit: 12, windowMs: 60_000 } });
		});
	});

	describe('contact', () => {
		it.each([
			[
				'optOut, defaults',
				'optOut',
				{},
				'optOut',
				[pool, redis, 'wa:', { ...CONTACT, category: 'all', source: 'workflow', reason: undefined }],
			],
			[
				'optOut, marketing with a reason',
				'optOut',
				{ optOutScope: 'marketing', reason: 'asked at reception' },
				'optOut',
				[pool, redis, 'wa:', { ...CONTACT, category: 'marketing', source: 'workflow', reason: 'asked at reception' }],
			],
			['optIn, defaults', 'optIn', {}, 'optIn', [pool, redis, 'wa:', { ...CONTACT, category: 'all' }]],
			['optIn, marketing', 'optIn', { optOutScope: 'marketing' }, 'optIn', [pool, redis, 'wa:', { ...CONTACT, category: 'marketing' }]],
			[
				'recordConsent, defaults',
				'recordConsent',
				{},
				'recordConsent',
				[pool, { ...CONTACT, purpose: 'care', textVersion: 'v1', channel: 'whatsapp', granted: true }],
			],
			[
				'recordConsent, a refusal',
				'recordConsent',
				{ purpose: 'marketing', textVersion: 'privacy-2026-01', channel: 'reception', granted: false },
				'recordConsent',
				[pool, { ...CONTACT, purpose: 'marketing', textVersion: 'privacy-2026-01', channel: 'reception', granted: false }],
			],
			['status', 'status', {}, 'status', [pool, CONTACT]],
		] as const)('%s', async (_title, operation, parameters, method, args) => {
			guard[method].mockResolvedValue({ answer: method } as never);
			expect(await runOperation('contact', operation, parameters)).toEqual({ result: { answer: method } });
			expect(guard[method].mock.calls).toEqual([args]);
		});
	});

	describe('contactData', () => {
		it('exportData exports the contact from Postgres and Redis under the prefix', async () => {
			guard.exportContactData.mockResolvedValue({ contact: CONTACT } as never);
			expect(await runOperation('contactData', 'exportData')).toEqual({ result: { contact: CONTACT } });
			expect(guard.exportContactData).toHaveBeenCalledWith(pool, redis, { ...CONTACT, prefix: 'wa:' });
		});

		it('eraseData refuses without Confirm Erase (off by default) and erases nothing', async () => {
			const run = runOperation('contactData', 'eraseData');
			await expect(run).rejects.toThrow(NodeOperationError);
			await expect(run).rejects.toThrow('Erase needs "Confirm Erase" switched on');
			expect(guard.eraseContactData).not.toHaveBeenCalled();
		});

		it('eraseData with Confirm Erase erases the contact', async () => {
			guard.eraseContactData.mockResolvedValue({ erased: true } as never);
			expect(await runOperation('contactData', 'eraseData', { confirmErase: true })).toEqual({ result: { erased: true } });
			expect(guard.eraseContactData).toHaveBeenCalledWith(pool, redis, { ...CONTACT, prefix: 'wa:' });
		});
	});
});

describe('Opt-Out Guard node', () => {
	const redisCredentials = { host: 'redis', prefix: 'test:' };
	const postgresCredentials = { host: 'pg', database: 'wa', user: 'n8n' };
	const geminiCredentials = { apiKey: 'g' };
	const required = { whatsAppAiRedisApi: redisCredentials, whatsAppAiPostgresApi: postgresCredentials };
	const items: INodeExecutionData[] = [inbound, { json: { tenant: 'clinic-a', phone: '5511988887777', text: 'oi' } }];
	beforeEach(() => {
		jest.mocked(getRedis).mockReturnValue(redis as never);
		jest.mocked(getPgPool).mockReturnValue(pool as never);
		jest.mocked(getGemini).mockReturnValue(gemini as never);
	});

	const run = (
		parameters: IDataObject,
		options: { items?: INodeExecutionData[]; credentials?: Record<string, IDataObject | Error>; continueOnFail?: boolean } = {},
	) => {
		const fake = fakeExecute({
			properties,
			parameters,
			items: options.items ?? items,
			credentials: options.credentials ?? required,
			continueOnFail: options.continueOnFail,
		});
		return { fake, outputs: node.execute.call(fake.context) };
	};

	it('Check Message routes Allowed to output 0 and Blocked to output 1, input kept under `guard`, paired', async () => {
		guard.checkMessage.mockResolvedValueOnce({ allowed: false, reason: 'opt_out_request', justOptedOut: true, category: 'care' } as never);
		guard.checkMessage.mockResolvedValueOnce({ allowed: true, category: 'care' } as never);
		const [allowed, blocked] = await run({ resource: 'message', operation: 'checkMessage' }).outputs;
		expect(blocked).toEqual([
			{
				json: { ...inbound.json, guard: { allowed: false, reason: 'opt_out_request', justOptedOut: true, category: 'care' } },
				binary: inbound.binary,
				pairedItem: { item: 0 },
			},
		]);
		expect(allowed).toEqual([{ json: { ...items[1].json, guard: { allowed: true, category: 'care' } }, pairedItem: { item: 1 } }]);
		expect(guard.checkMessage.mock.calls.map(([deps, message]) => [deps, message])).toEqual([
			[
				{ pool, redis, prefix: 'test:', gemini: undefined },
				{ ...CONTACT, text: 'PARAR' },
			],
			[
				{ pool, redis, prefix: 'test:', gemini: undefined },
				{ tenant: 'clinic-a', phone: '5511988887777', text: 'oi' },
			],
		]);
		expect(getRedis).toHaveBeenCalledWith(redisCredentials);
		expect(getPgPool).toHaveBeenCalledWith(postgresCredentials);
		expect(getGemini).not.toHaveBeenCalled();
	});

	it('hands Gemini to the check only when its credential is set and the option is on', async () => {
		guard.checkMessage.mockResolvedValue({ allowed: true, category: 'care' } as never);
		await run(
			{ resource: 'message', operation: 'checkMessage', checkOptions: { useGemini: true } },
			{ items: [inbound], credentials: { ...required, whatsAppAiGeminiApi: geminiCredentials } },
		).outputs;
		await run({ resource: 'message', operation: 'checkMessage', checkOptions: { useGemini: true } }, { items: [inbound] }).outputs;
		expect(getGemini).toHaveBeenCalledWith(geminiCredentials);
		expect(guard.checkMessage.mock.calls.map(([deps]) => deps.gemini)).toEqual([gemini, undefined]);
	});

	it('does not swallow a Gemini credential that is set but cannot be read', async () => {
		const outputs = run(
			{ resource: 'message', operation: 'checkMessage' },
			{ credentials: { ...required, whatsAppAiGeminiApi: new Error('cannot decrypt') } },
		).outputs;
		await expect(outputs).rejects.toThrow('cannot decrypt');
		expect(guard.checkMessage).not.toHaveBeenCalled();
	});

	it('with Continue On Fail, a check that failed goes to Blocked with error {kind, message}, never to Allowed', async () => {
		guard.checkMessage
			.mockRejectedValueOnce(new guardModule.GuardInputError('phone must be digits'))
			.mockRejectedValueOnce(new Error('Connection terminated'));
		const [allowed, blocked] = await run({ resource: 'message', operation: 'checkMessage' }, { continueOnFail: true }).outputs;
		expect(allowed).toEqual([]);
		expect(blocked).toEqual([
			{
				json: { ...inbound.json, error: { kind: 'invalid_input', message: 'phone must be digits' } },
				binary: inbound.binary,
				pairedItem: { item: 0 },
			},
			{ json: { ...items[1].json, error: { kind: 'internal', message: 'Connection terminated' } }, pairedItem: { item: 1 } },
		]);
	});

	it('other operations have one output, failed items on it with Continue On Fail', async () => {
		guard.status
			.mockResolvedValueOnce({ ...CONTACT, optOuts: [] } as never)
			.mockRejectedValueOnce(new guardModule.GuardInputError('bad phone'));
		const outputs = await run({ resource: 'contact', operation: 'status' }, { continueOnFail: true }).outputs;
		expect(outputs).toEqual([
			[
				{ json: { ...inbound.json, guard: { ...CONTACT, optOuts: [] } }, binary: inbound.binary, pairedItem: { item: 0 } },
				{ json: { ...items[1].json, error: { kind: 'invalid_input', message: 'bad phone' } }, pairedItem: { item: 1 } },
			],
		]);
	});

	it('without Continue On Fail, a refused input is a NodeOperationError naming the item', async () => {
		guard.optIn.mockRejectedValueOnce(new guardModule.GuardInputError('phone must be digits'));
		const outputs = run({ resource: 'contact', operation: 'optIn' }).outputs;
		await expect(outputs).rejects.toBeInstanceOf(NodeOperationError);
		await expect(outputs).rejects.toMatchObject({ message: 'phone must be digits', context: { itemIndex: 0 } });
	});

	it('an unknown operation is a NodeOperationError that names it', async () => {
		const outputs = run({ resource: 'contact', operation: 'block' }).outputs;
		await expect(outputs).rejects.toBeInstanceOf(NodeOperationError);
		await expect(outputs).rejects.toThrow('Unknown operation "block"; expected one of: optOut, optIn, recordConsent, status');
	});

	it('an unknown resource is a NodeOperationError that names it', async () => {
		const outputs = run({ resource: 'invoice', operation: 'checkMessage' }).outputs;
		await expect(outputs).rejects.toThrow('Unknown resource "invoice"; expected one of: message, contact, contactData');
	});

	it('lists in its Operation options exactly the operations the router registry has', () => {
		expect(operationsInDescription(properties)).toEqual(operationsInRegistry(registry));
	});

	it.each(operationPairs(registry))('%s/%s: its description is part of the node description', (resource, operation) => {
		for (const property of registry[resource][operation].description) expect(properties).toContain(property);
	});
});
