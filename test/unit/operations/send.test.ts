import { NodeApiError, NodeOperationError, type IDataObject, type INodeExecutionData } from 'n8n-workflow';
import { getRedis } from '../../../nodes/shared/clients/redis';
import type { Provider } from '../../../nodes/shared/message';
import { resources } from '../../../nodes/WhatsAppAiSend/actions/router';
import type { SendOperation } from '../../../nodes/WhatsAppAiSend/actions/common';
import {
	getOutboundProvider,
	SendError,
	type OutboundProvider,
	type SendContext,
	type SendResult,
} from '../../../nodes/WhatsAppAiSend/providers';
import { WhatsAppAiSend } from '../../../nodes/WhatsAppAiSend/WhatsAppAiSend.node';
import { fakeExecute, operationPairs, operationsInDescription, operationsInRegistry } from '../support/fakeExecute';

// WhatsApp AI Send, one operation at a time (a fake OutboundProvider records what it is asked),
// then the node through its router (provider registry and Redis client mocked).

jest.mock('../../../nodes/WhatsAppAiSend/providers', () => ({
	...jest.requireActual('../../../nodes/WhatsAppAiSend/providers'),
	getOutboundProvider: jest.fn(),
}));
jest.mock('../../../nodes/shared/clients/redis', () => ({
	...jest.requireActual('../../../nodes/shared/clients/redis'),
	getRedis: jest.fn(),
}));
// The human-like typing pause, without waiting for it.
jest.mock('../../../nodes/shared/retry', () => ({
	...jest.requireActual('../../../nodes/shared/retry'),
	sleep: jest.fn(async () => undefined),
}));

const node = new WhatsAppAiSend();
const properties = node.description.properties;
const registry = resources as unknown as Record<string, Record<string, SendOperation>>;

const TO = '5511999990000@c.us';
const binary = { data: { data: Buffer.from('%PDF-1.4').toString('base64'), mimeType: 'application/pdf', fileName: 'exame.pdf' } };
const inbound: INodeExecutionData = {
	json: { tenant: 'clinic-a', chatId: TO, phone: '5511999990000', messageId: 'wamid.IN', text: 'oi' },
	binary,
};

type Method = Exclude<keyof OutboundProvider, 'name'>;
const METHODS: Method[] = ['sendText', 'sendMedia', 'sendButtons', 'sendList', 'sendTemplate', 'react', 'markRead', 'typing'];

function fakeProvider(name: Provider = 'waha'): jest.Mocked<OutboundProvider> {
	const result = (operation: Method) =>
		jest.fn(async (): Promise<SendResult> => ({
			ok: true,
			provider: name,
			operation,
			messageIds: [`wamid.${operation}`],
			raw: [{ id: `wamid.${operation}` }],
		}));
	return Object.fromEntries([['name', name], ...METHODS.map((method) => [method, result(method)])]) as jest.Mocked<OutboundProvider>;
}

async function runOperation(resource: string, operation: string, parameters: IDataObject = {}, item: INodeExecutionData = inbound) {
	const fake = fakeExecute({ properties, parameters: { provider: 'waha', resource, operation, ...parameters }, items: [item] });
	const provider = fakeProvider();
	const sendContext = { http: jest.fn(), baseUrl: 'http://waha:3000', session: 'clinic' } as unknown as SendContext;
	const result = await registry[resource][operation].execute.call(fake.context, 0, provider, sendContext, TO);
	return { fake, provider, sendContext, result };
}

describe('Send operations', () => {
	// What each operation asks of the provider, with the description's defaults and with values set.
	const cases: Array<[string, string, string, IDataObject, Method, IDataObject]> = [
		[
			'sendText, defaults',
			'message',
			'sendText',
			{ text: 'Olá!' },
			'sendText',
			{ to: TO, text: 'Olá!', replyTo: undefined, linkPreview: undefined },
		],
		[
			'sendText, text options',
			'message',
			'sendText',
			{ text: '={{ "Você disse: " + $json.text }}', textOptions: { replyTo: 'wamid.Q', linkPreview: false } },
			'sendText',
			{ to: TO, text: 'Você disse: oi', replyTo: 'wamid.Q', linkPreview: false },
		],
		[
			'sendMedia, URL with defaults',
			'message',
			'sendMedia',
			{ mediaUrl: 'https://93.184.216.34/folheto.jpg' },
			'sendMedia',
			{
				to: TO,
				kind: 'image',
				source: { url: 'https://93.184.216.34/folheto.jpg' },
				mimetype: undefined,
				filename: undefined,
				caption: undefined,
			},
		],
		[
			'sendMedia, URL with caption and file name',
			'message',
			'sendMedia',
			{ mediaKind: 'document', mediaUrl: 'https://93.184.216.34/f', caption: 'Seu exame', fileName: 'exame.pdf' },
			'sendMedia',
			{
				to: TO,
				kind: 'document',
				source: { url: 'https://93.184.216.34/f' },
				mimetype: undefined,
				filename: 'exame.pdf',
				caption: 'Seu exame',
			},
		],
		[
			'sendMedia, binary with the default field',
			'message',
			'sendMedia',
			{ mediaKind: 'document', mediaSource: 'binary' },
			'sendMedia',
			{
				to: TO,
				kind: 'document',
				source: { data: Buffer.from('%PDF-1.4') },
				mimetype: 'application/pdf',
				filename: 'exame.pdf',
				caption: undefined,
			},
		],
		[
			'sendButtons, defaults (ids numbered when empty)',
			'message',
			'sendButtons',
			{
				body: 'Confirma?',
				buttons: {
					button: [
						{ id: '', title: 'Sim' },
						{ id: 'no', title: 'Não' },
					],
				},
			},
			'sendButtons',
			{
				to: TO,
				body: 'Confirma?',
				header: undefined,
				footer: undefined,
				replyTo: undefined,
				menuInstruction: undefined,
				buttons: [
					{ id: '1', title: 'Sim' },
					{ id: 'no', title: 'Não' },
				],
			},
		],
		[
			'sendButtons, menu options',
			'message',
			'sendButtons',
			{
				body: 'Confirma?',
				menuOptions: { header: 'Clínica', footer: 'Obrigado', replyTo: 'wamid.Q', menuInstruction: '' },
				buttons: { button: [{ id: 'y', title: 'Sim' }] },
			},
			'sendButtons',
			{
				to: TO,
				body: 'Confirma?',
				header: 'Clínica',
				footer: 'Obrigado',
				replyTo: 'wamid.Q',
				menuInstruction: '',
				buttons: [{ id: 'y', title: 'Sim' }],
			},
		],
		['sendButtons, no buttons', 'message', 'sendButtons', { body: 'Confirma?' }, 'sendButtons', { to: TO, body: 'Confirma?', buttons: [] }],
		[
			'sendList, default button label, rows grouped by section',
			'message',
			'sendList',
			{
				body: 'Escolha um horário',
				rows: {
					row: [
						{ id: 'a', title: '08:00', section: 'Manhã', description: '' },
						{ id: '', title: '09:00', section: 'Manhã', description: 'Dra. Ana' },
						{ id: 'c', title: '14:00', section: 'Tarde', description: '' },
						{ id: 'd', title: '11:00', section: 'Manhã', description: '' },
					],
				},
			},
			'sendList',
			{
				to: TO,
				body: 'Escolha um horário',
				buttonLabel: 'Ver opções',
				sections: [
					{
						title: 'Manhã',
						rows: [
							{ id: 'a', title: '08:00', description: undefined },
							{ id: '2', title: '09:00', description: 'Dra. Ana' },
							{ id: 'd', title: '11:00', description: undefined },
						],
					},
					{ title: 'Tarde', rows: [{ id: 'c', title: '14:00', description: undefined }] },
				],
			},
		],
		[
			'sendTemplate, default language',
			'message',
			'sendTemplate',
			{ templateName: 'lembrete_consulta', templateParameters: { parameter: [{ value: 'Ana' }, { value: '={{ $json.phone }}' }] } },
			'sendTemplate',
			{ to: TO, name: 'lembrete_consulta', language: 'pt_BR', parameters: ['Ana', '5511999990000'] },
		],
		[
			'sendTemplate, no parameters',
			'message',
			'sendTemplate',
			{ templateName: 't', templateLanguage: 'es' },
			'sendTemplate',
			{ to: TO, name: 't', language: 'es', parameters: [] },
		],
		['markRead, the item message by default', 'chat', 'markRead', {}, 'markRead', { to: TO, messageIds: ['wamid.IN'] }],
		[
			'markRead, a comma-separated list',
			'chat',
			'markRead',
			{ readMessageIds: ' a, b,,c ' },
			'markRead',
			{ to: TO, messageIds: ['a', 'b', 'c'] },
		],
		['markRead, empty (WAHA: the whole chat)', 'chat', 'markRead', { readMessageIds: '' }, 'markRead', { to: TO, messageIds: [] }],
		['react, defaults', 'chat', 'react', {}, 'react', { to: TO, messageId: 'wamid.IN', emoji: '👍', fromMe: false }],
		[
			'react, remove our own reaction',
			'chat',
			'react',
			{ messageId: 'wamid.OUT', emoji: '', fromMe: true },
			'react',
			{ to: TO, messageId: 'wamid.OUT', emoji: '', fromMe: true },
		],
		['typing, defaults', 'chat', 'typing', {}, 'typing', { to: TO, on: true, messageId: 'wamid.IN' }],
		[
			'typing, off without a message',
			'chat',
			'typing',
			{ typingOn: false, typingMessageId: '' },
			'typing',
			{ to: TO, on: false, messageId: undefined },
		],
	];

	it.each(cases)('%s', async (_title, resource, operation, parameters, method, request) => {
		const { fake, provider, sendContext, result } = await runOperation(resource, operation, parameters);
		expect(provider[method]).toHaveBeenCalledTimes(1);
		expect(provider[method].mock.calls[0][0]).toEqual(request);
		expect(provider[method].mock.calls[0][1]).toBe(sendContext);
		for (const other of METHODS.filter((name) => name !== method)) expect(provider[other]).not.toHaveBeenCalled();
		expect(result).toEqual({
			ok: true,
			provider: 'waha',
			operation: method,
			messageIds: [`wamid.${method}`],
			raw: [{ id: `wamid.${method}` }],
		});
		expect(fake.hiddenReads).toEqual([]);
	});

	it('sendMedia reads the binary through n8n (getBinaryDataBuffer) for the item', async () => {
		const { fake } = await runOperation('message', 'sendMedia', { mediaSource: 'binary', binaryProperty: 'data' });
		expect(fake.helpers.getBinaryDataBuffer).toHaveBeenCalledWith(0, 'data');
	});

	it('sendMedia prefers the File Name parameter over the binary file name', async () => {
		const { provider } = await runOperation('message', 'sendMedia', { mediaSource: 'binary', fileName: 'resultado.pdf' });
		expect(provider.sendMedia.mock.calls[0][0]).toMatchObject({ filename: 'resultado.pdf', mimetype: 'application/pdf' });
	});

	it('sendMedia refuses an item without the binary field, naming it, and sends nothing', async () => {
		const run = runOperation('message', 'sendMedia', { mediaSource: 'binary', binaryProperty: 'photo' });
		await expect(run).rejects.toThrow(NodeOperationError);
		await expect(run).rejects.toThrow('This item has no binary field "photo"');
	});

	it('sendMedia refuses a private URL unless the option allows it', async () => {
		await expect(runOperation('message', 'sendMedia', { mediaUrl: 'http://10.0.0.5/x.jpg' })).rejects.toThrow(/private network/);
		const { provider } = await runOperation('message', 'sendMedia', {
			mediaUrl: 'http://10.0.0.5/x.jpg',
			options: { allowPrivateMediaUrls: true },
		});
		expect(provider.sendMedia.mock.calls[0][0].source).toEqual({ url: 'http://10.0.0.5/x.jpg' });
	});

	it.each([
		['sendText', { text: 'Olá!' }, 'Olá!'],
		['sendButtons', { body: 'Confirma?' }, 'Confirma?'],
		['sendList', { body: 'Escolha' }, 'Escolha'],
	])('%s gives its text for the human-like typing delay', (operation, parameters, text) => {
		const fake = fakeExecute({ properties, parameters: { resource: 'message', operation, ...parameters }, items: [inbound] });
		expect(registry.message[operation].typingText?.call(fake.context, 0)).toBe(text);
	});

	it.each([['sendMedia'], ['sendTemplate']])('%s has no typing text', (operation) => {
		expect(registry.message[operation].typingText).toBeUndefined();
	});
});

describe('WhatsApp AI Send node', () => {
	const credentials = { whatsAppAiWahaApi: { baseUrl: 'http://waha:3000', apiKey: 'key', session: 'clinic' } };
	const redis = { set: jest.fn(async () => 'OK'), get: jest.fn() };
	let provider: jest.Mocked<OutboundProvider>;
	beforeEach(() => {
		provider = fakeProvider();
		jest.mocked(getOutboundProvider).mockReset().mockReturnValue(provider);
		jest
			.mocked(getRedis)
			.mockReset()
			.mockReturnValue(redis as never);
		redis.set.mockClear();
	});

	const items: INodeExecutionData[] = [inbound, { json: { tenant: 'clinic-a', chatId: '5511988887777@c.us', messageId: 'wamid.IN2' } }];
	const run = (
		parameters: IDataObject,
		options: { items?: INodeExecutionData[]; credentials?: Record<string, IDataObject | Error>; continueOnFail?: boolean } = {},
	) => {
		const fake = fakeExecute({
			properties,
			parameters: { provider: 'waha', resource: 'message', operation: 'sendText', text: 'Olá!', ...parameters },
			items: options.items ?? items,
			credentials: options.credentials ?? credentials,
			continueOnFail: options.continueOnFail,
		});
		return { fake, outputs: node.execute.call(fake.context) };
	};

	it('sends each item to its chatId and keeps the input item (JSON and binary) with the result under `send`, paired', async () => {
		const { fake, outputs } = run({});
		const [sent, outside] = await outputs;
		expect(outside).toEqual([]);
		expect(sent).toEqual([
			{
				json: {
					...inbound.json,
					send: {
						ok: true,
						outside24hWindow: false,
						provider: 'waha',
						operation: 'sendText',
						to: TO,
						messageId: 'wamid.sendText',
						messageIds: ['wamid.sendText'],
						providerResponse: [{ id: 'wamid.sendText' }],
					},
				},
				binary,
				pairedItem: { item: 0 },
			},
			expect.objectContaining({
				json: expect.objectContaining({ chatId: '5511988887777@c.us', send: expect.objectContaining({ to: '5511988887777@c.us' }) }),
				pairedItem: { item: 1 },
			}),
		]);
		expect(getOutboundProvider).toHaveBeenCalledWith('waha');
		expect(provider.sendText.mock.calls.map(([request]) => request.to)).toEqual([TO, '5511988887777@c.us']);
		// One credential read for the run, not one per item; the Redis slot is empty.
		expect(fake.getCredentials.mock.calls).toEqual([['whatsAppAiWahaApi']]);
	});

	it('gives the provider the credential base URL and session, default retries, and n8n authenticated HTTP', async () => {
		const { fake, outputs } = run({});
		await outputs;
		const context = provider.sendText.mock.calls[0][1];
		expect(context).toMatchObject({
			baseUrl: 'http://waha:3000',
			session: 'clinic',
			retry: { retries: 3, baseDelayMs: 500, maxDelayMs: 30_000 },
		});
		expect(context.rememberMenu).toBeUndefined();
		await context.http({ method: 'GET', url: 'http://waha:3000/api/sessions' });
		expect(fake.helpers.httpRequestWithAuthentication).toHaveBeenCalledWith(
			'whatsAppAiWahaApi',
			expect.objectContaining({
				method: 'GET',
				url: 'http://waha:3000/api/sessions',
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
			}),
		);
	});

	it('passes the Retries option on', async () => {
		const { outputs } = run({ options: { retries: 0 } });
		await outputs;
		expect(provider.sendText.mock.calls[0][1].retry).toMatchObject({ retries: 0 });
	});

	it('with Human-Like Typing Delay shows typing on and off before sending, and reports the delay', async () => {
		const { outputs } = run({ options: { typingDelay: true } }, { items: [inbound] });
		const [[item]] = await outputs;
		expect(provider.typing.mock.calls.map(([request]) => request)).toEqual([
			{ to: TO, on: true, messageId: 'wamid.IN', durationMs: 600 },
			{ to: TO, on: false, messageId: 'wamid.IN' },
		]);
		expect(provider.typing.mock.invocationCallOrder[1]).toBeLessThan(provider.sendText.mock.invocationCallOrder[0]);
		expect(item.json.send).toMatchObject({ ok: true, typingDelayMs: 600 });
	});

	it('routes an item outside the 24-hour window to the second output, with the reason', async () => {
		provider.sendText.mockRejectedValueOnce(
			new SendError('Outside the 24-hour window: send a template', {
				kind: 'provider',
				provider: 'cloud',
				httpStatus: 400,
				providerCode: 131047,
				outside24hWindow: true,
			}),
		);
		const [sent, outside] = await run({}).outputs;
		expect(outside).toEqual([
			{
				json: {
					...inbound.json,
					send: {
						ok: false,
						to: TO,
						reason: 'Outside the 24-hour window: send a template',
						kind: 'provider',
						provider: 'cloud',
						httpStatus: 400,
						providerCode: 131047,
						retryable: false,
						outside24hWindow: true,
					},
				},
				binary,
				pairedItem: { item: 0 },
			},
		]);
		expect(sent).toEqual([expect.objectContaining({ pairedItem: { item: 1 } })]);
	});

	it('with Continue On Fail keeps a failed item with error {kind, message, ...} on the first output', async () => {
		provider.sendText.mockRejectedValueOnce(
			new SendError('WAHA answered 500', { kind: 'provider', provider: 'waha', httpStatus: 500, retryable: true }),
		);
		const [sent, outside] = await run({}, { continueOnFail: true }).outputs;
		expect(outside).toEqual([]);
		expect(sent[0]).toEqual({
			json: {
				...inbound.json,
				error: {
					kind: 'provider',
					message: 'WAHA answered 500',
					provider: 'waha',
					httpStatus: 500,
					retryable: true,
					outside24hWindow: false,
				},
			},
			binary,
			pairedItem: { item: 0 },
		});
		expect(sent[1].json.send).toMatchObject({ ok: true });
	});

	it('without Continue On Fail stops with a NodeApiError carrying the HTTP status', async () => {
		provider.sendText.mockRejectedValueOnce(
			new SendError('WAHA answered 500', { kind: 'provider', provider: 'waha', httpStatus: 500, retryable: true }),
		);
		const outputs = run({}).outputs;
		await expect(outputs).rejects.toBeInstanceOf(NodeApiError);
		await expect(outputs).rejects.toMatchObject({ httpCode: '500', context: { itemIndex: 0 } });
	});

	it("an empty To is the item's input error", async () => {
		const [sent] = await run({}, { items: [{ json: { text: 'no chat id' } }], continueOnFail: true }).outputs;
		expect(sent).toEqual([
			{
				json: { text: 'no chat id', error: { kind: 'invalid_input', message: 'Recipient is empty: set "To" (a phone number or chat ID)' } },
				pairedItem: { item: 0 },
			},
		]);
		expect(provider.sendText).not.toHaveBeenCalled();
	});

	it.each([
		[{ operation: 'sendFax' }, 'Unknown operation "sendFax"; expected one of: sendText, sendMedia, sendButtons, sendList, sendTemplate'],
		[{ resource: 'fax' }, 'Unknown resource "fax"; expected one of: message, chat'],
	])('an unknown name (%j) is a NodeOperationError that names it', async (parameters, message) => {
		const outputs = run(parameters).outputs;
		await expect(outputs).rejects.toBeInstanceOf(NodeOperationError);
		await expect(outputs).rejects.toThrow(message);
	});

	it('does not swallow a Redis credential that is set but cannot be read', async () => {
		const outputs = run(
			{},
			{ credentials: { ...credentials, whatsAppAiRedisApi: new Error('credential could not be decrypted') } },
		).outputs;
		await expect(outputs).rejects.toThrow('credential could not be decrypted');
		expect(provider.sendText).not.toHaveBeenCalled();
	});

	it('works without menus when the Redis slot is empty', async () => {
		const { outputs } = run({ operation: 'sendButtons', body: 'Confirma?', buttons: { button: [{ id: 'y', title: 'Sim' }] } });
		const [sent] = await outputs;
		expect(sent).toHaveLength(2);
		expect(getRedis).not.toHaveBeenCalled();
		expect(provider.sendButtons.mock.calls[0][1].rememberMenu).toBeUndefined();
	});

	it("with Redis set, remembers a numbered menu under the recipient's conversation key and the credential prefix", async () => {
		provider.sendButtons.mockImplementation(async (request, context) => {
			await context.rememberMenu?.(request.buttons);
			return {
				ok: true,
				provider: 'waha',
				operation: 'sendButtons',
				messageIds: ['m'],
				fallback: 'numbered_menu',
				menu: request.buttons,
				raw: [null],
			};
		});
		const redisCredentials = { host: 'redis', prefix: 'test:' };
		const { outputs } = run(
			{ operation: 'sendButtons', body: 'Confirma?', buttons: { button: [{ id: 'y', title: 'Sim' }] } },
			{ items: [inbound], credentials: { ...credentials, whatsAppAiRedisApi: redisCredentials } },
		);
		const [[item]] = await outputs;
		expect(getRedis).toHaveBeenCalledWith(redisCredentials);
		expect(redis.set).toHaveBeenCalledWith(
			'test:menu:clinic-a:waha:clinic:5511999990000',
			expect.stringContaining('"options":[{"id":"y","title":"Sim"}]'),
			'EX',
			86_400,
		);
		expect(item.json.send).toMatchObject({ fallback: 'numbered_menu', menu: [{ id: 'y', title: 'Sim' }] });
	});

	it('lists in its Operation options exactly the operations the router registry has', () => {
		expect(operationsInDescription(properties)).toEqual(operationsInRegistry(registry));
	});

	it.each(operationPairs(registry))('%s/%s: its description is part of the node description', (resource, operation) => {
		for (const property of registry[resource][operation].description) expect(properties).toContain(property);
	});
});
