import { NodeOperationError, type IDataObject, type INodeExecutionData } from 'n8n-workflow';
import * as cartModule from '../../../nodes/CartRecovery';
import type { CartContext, CartOperation } from '../../../nodes/CartRecovery/actions/common';
import { resources } from '../../../nodes/CartRecovery/actions/router';
import { CartRecovery } from '../../../nodes/CartRecovery/CartRecovery.node';
import { getPgPool } from '../../../nodes/shared/clients/postgres';
import { fakeExecute, operationPairs, operationsInDescription, operationsInRegistry } from '../support/fakeExecute';

// Cart Recovery, one operation at a time with the cart module mocked (CartError and the pure
// helpers stay real), then the node through its router (pg Pool mocked).

jest.mock('../../../nodes/CartRecovery', () => ({
	...jest.requireActual('../../../nodes/CartRecovery'),
	registerAbandonment: jest.fn(),
	markContacted: jest.fn(),
	getOpenCart: jest.fn(),
	decideOffer: jest.fn(),
	closeCart: jest.fn(),
	expireStaleCarts: jest.fn(),
	recordPayment: jest.fn(),
	cartStats: jest.fn(),
}));
jest.mock('../../../nodes/shared/clients/postgres', () => ({
	...jest.requireActual('../../../nodes/shared/clients/postgres'),
	getPgPool: jest.fn(),
}));

const carts = jest.mocked(cartModule);
const { CartError } = cartModule;
const node = new CartRecovery();
const properties = node.description.properties;
const registry = resources as unknown as Record<string, Record<string, CartOperation>>;

const pool = { pool: true };
const SCOPE = { tenant: 'shop-a', locale: 'pt-BR' };
const cart = { id: 'c-1', externalId: 'chk_1', phone: '5511999990000', status: 'open', product: 'Tênis', valueText: 'R$ 199,90' };
const payment = { id: 'p-1', paymentId: 'pay_1', amountCents: 19990, linkType: 'original' };
const abandonmentEvent = {
	id: 'chk_1',
	customer: { name: 'Ana', phone: '+5511999990000' },
	product: 'Tênis',
	value: 199.9,
	currency: 'BRL',
	paymentLink: 'https://loja.example/p',
	discountLink: 'https://loja.example/d',
	discountValue: 179.9,
	abandonedAt: '2030-03-10T10:00:00Z',
};
// Items as the workflow has them: from the Cart Recovery Trigger, and from the WhatsApp AI Trigger after Get Open Cart.
const fromShop: INodeExecutionData = { json: { eventType: 'abandonment', tenant: 'shop-a', body: abandonmentEvent } };
const paymentEvent: INodeExecutionData = {
	json: { eventType: 'payment', tenant: 'shop-a', body: { id: 'pay_1', cartId: 'chk_1', amount: '199.90', currency: 'BRL' } },
};
const fromCustomer: INodeExecutionData = {
	json: { tenant: 'shop-a', phone: '5511999990000', text: 'muito caro', messageId: 'wamid.1', cart: { found: true, ...cart } },
	binary: { data: { data: 'AAEC', mimeType: 'image/jpeg' } },
};

beforeEach(() => jest.clearAllMocks());

async function runOperation(resource: string, operation: string, parameters: IDataObject, item: INodeExecutionData) {
	const fake = fakeExecute({ properties, parameters: { resource, operation, ...parameters }, items: [item] });
	const context = { pool, ...SCOPE, input: item.json } as unknown as CartContext;
	const result = await registry[resource][operation].execute.call(fake.context, 0, context);
	expect(fake.hiddenReads).toEqual([]);
	return result;
}

type Method = keyof typeof carts;

describe('Cart Recovery operations', () => {
	// [title, resource, operation, parameters, item, module function, what it is asked, what it answers, what the operation returns]
	const cases: Array<[string, string, string, IDataObject, INodeExecutionData, Method, IDataObject, unknown, IDataObject]> = [
		[
			"registerAbandonment, defaults: the fields of the shop's event",
			'cart',
			'registerAbandonment',
			{},
			fromShop,
			'registerAbandonment',
			{
				...SCOPE,
				externalId: 'chk_1',
				phone: '+5511999990000',
				name: 'Ana',
				product: 'Tênis',
				value: 199.9,
				currency: 'BRL',
				paymentLink: 'https://loja.example/p',
				discountLink: 'https://loja.example/d',
				discountValue: 179.9,
				abandonedAt: '2030-03-10T10:00:00Z',
			},
			{ outcome: 'registered', shouldContact: true, cart },
			{ ...cart, outcome: 'registered', shouldContact: true },
		],
		[
			'registerAbandonment, no discount and no date in the event',
			'cart',
			'registerAbandonment',
			{},
			{
				json: {
					body: { ...abandonmentEvent, discountLink: undefined, discountValue: undefined, abandonedAt: undefined, currency: undefined },
				},
			},
			'registerAbandonment',
			{
				...SCOPE,
				externalId: 'chk_1',
				phone: '+5511999990000',
				name: 'Ana',
				product: 'Tênis',
				value: 199.9,
				currency: 'BRL',
				paymentLink: 'https://loja.example/p',
				discountLink: undefined,
				discountValue: undefined,
				abandonedAt: undefined,
			},
			{ outcome: 'already_processed', shouldContact: false, cart },
			{ ...cart, outcome: 'already_processed', shouldContact: false },
		],
		[
			'registerAbandonment refused for an opted-out contact: data, not an error',
			'cart',
			'registerAbandonment',
			{},
			fromShop,
			'registerAbandonment',
			expect.objectContaining({ externalId: 'chk_1' }) as unknown as IDataObject,
			{ outcome: 'refused', reason: 'opted_out', optOutCategory: 'marketing', externalId: 'chk_1', phone: '5511999990000' },
			{
				outcome: 'refused',
				reason: 'opted_out',
				optOutCategory: 'marketing',
				externalId: 'chk_1',
				phone: '5511999990000',
				shouldContact: false,
			},
		],
		[
			"markContacted, the item's cart",
			'cart',
			'markContacted',
			{},
			{ json: { cart } },
			'markContacted',
			{ ...SCOPE, cartId: 'c-1' },
			{ firstContact: true, cart: { ...cart, contactedAt: '2030-03-10T10:00:00.000Z' } },
			{ ...cart, contactedAt: '2030-03-10T10:00:00.000Z', firstContact: true },
		],
		[
			'getOpenCart, the sender',
			'cart',
			'getOpenCart',
			{},
			{ json: { phone: '5511999990000' } },
			'getOpenCart',
			{ ...SCOPE, phone: '5511999990000' },
			cart,
			{ found: true, ...cart },
		],
		[
			'getOpenCart, none',
			'cart',
			'getOpenCart',
			{ contactPhone: '5521988887777' },
			{ json: {} },
			'getOpenCart',
			{ ...SCOPE, phone: '5521988887777' },
			undefined,
			{ found: false },
		],
		[
			"decideOffer, defaults: the item's cart, message and id; 5 exchanges, 1 discount offer, no threshold",
			'cart',
			'decideOffer',
			{},
			fromCustomer,
			'decideOffer',
			{
				...SCOPE,
				cartId: 'c-1',
				text: 'muito caro',
				messageId: 'wamid.1',
				maxExchanges: 5,
				maxDiscountOffers: 1,
				discountThreshold: undefined,
			},
			{ action: 'reply', offerType: 'discount', offerLink: 'https://loja.example/d', reason: 'price_objection', exchange: 1, cart },
			{ ...cart, action: 'reply', offerType: 'discount', offerLink: 'https://loja.example/d', offerReason: 'price_objection', exchange: 1 },
		],
		[
			'decideOffer, its own rules',
			'cart',
			'decideOffer',
			{ maxExchanges: 3, maxDiscountOffers: 2, discountThreshold: 500, customerText: 'oi', messageId: '' },
			fromCustomer,
			'decideOffer',
			{ ...SCOPE, cartId: 'c-1', text: 'oi', messageId: undefined, maxExchanges: 3, maxDiscountOffers: 2, discountThreshold: 500 },
			{ action: 'none', reason: 'closed', cart },
			{ ...cart, action: 'none', offerReason: 'closed' },
		],
		[
			"closeCart, defaults: the item's cart, declined",
			'cart',
			'closeCart',
			{},
			fromCustomer,
			'closeCart',
			{ ...SCOPE, cartId: 'c-1', phone: '5511999990000', status: 'declined', reason: undefined },
			{ outcome: 'closed', closed: 1, cart: { ...cart, status: 'declined' } },
			{ ...cart, status: 'declined', outcome: 'closed', closed: 1 },
		],
		[
			'closeCart by phone, as opted out, with a reason',
			'cart',
			'closeCart',
			{ closeAs: 'opted_out', closeReason: 'PARAR' },
			{ json: { phone: '5511999990000' } },
			'closeCart',
			{ ...SCOPE, cartId: undefined, phone: '5511999990000', status: 'opted_out', reason: 'PARAR' },
			{ outcome: 'no_open_cart', closed: 0 },
			{ outcome: 'no_open_cart', closed: 0 },
		],
		[
			'expireCarts, 72 hours by default',
			'cart',
			'expireCarts',
			{},
			{ json: {} },
			'expireStaleCarts',
			{ ...SCOPE, olderThanHours: 72 },
			[cart],
			{ expired: 1, carts: [cart] },
		],
		[
			'recordPayment, defaults: the fields of the payment event, the link from the amount',
			'payment',
			'recordPayment',
			{},
			paymentEvent,
			'recordPayment',
			{ ...SCOPE, paymentId: 'pay_1', cartId: 'chk_1', amount: '199.90', currency: 'BRL', linkType: 'auto', paidAt: undefined },
			{ outcome: 'recorded', payment, cart: { ...cart, status: 'converted' } },
			{ ...cart, status: 'converted', outcome: 'recorded', payment },
		],
		[
			'recordPayment, the discount link declared',
			'payment',
			'recordPayment',
			{ linkType: 'discount', paidAt: '2030-03-10T11:00:00Z' },
			paymentEvent,
			'recordPayment',
			{
				...SCOPE,
				paymentId: 'pay_1',
				cartId: 'chk_1',
				amount: '199.90',
				currency: 'BRL',
				linkType: 'discount',
				paidAt: '2030-03-10T11:00:00Z',
			},
			{ outcome: 'already_processed', payment, cart },
			{ ...cart, outcome: 'already_processed', payment },
		],
		[
			'getStats, the last 7 days by default',
			'report',
			'getStats',
			{},
			{ json: {} },
			'cartStats',
			{ ...SCOPE, days: 7, from: undefined, to: undefined },
			{ abandoned: 3 },
			{ abandoned: 3 },
		],
		[
			'getStats, an explicit period',
			'report',
			'getStats',
			{ statsFrom: '2030-03-01', statsTo: '2030-03-08' },
			{ json: {} },
			'cartStats',
			{ ...SCOPE, days: 7, from: '2030-03-01', to: '2030-03-08' },
			{ abandoned: 1 },
			{ abandoned: 1 },
		],
	];

	it.each(cases)('%s', async (_title, resource, operation, parameters, item, method, input, answer, expected) => {
		(carts[method] as jest.Mock).mockResolvedValue(answer);
		expect(await runOperation(resource, operation, parameters, item)).toEqual(expected);
		expect((carts[method] as jest.Mock).mock.calls).toEqual([[pool, input]]);
	});

	it('renderDashboard computes the stats of each period up to one moment and renders them', async () => {
		carts.cartStats.mockImplementation(async (_pool, input) => ({ ...emptyStats, days: input.days! }) as never);
		const result = await runOperation('report', 'renderDashboard', { shopName: 'Loja <B>' }, { json: {} });
		expect(carts.cartStats.mock.calls.map(([, input]) => input.days)).toEqual([7, 30]);
		const [first, second] = carts.cartStats.mock.calls.map(([, input]) => input.now);
		expect(first).toBe(second);
		expect(result.html).toContain('<title>Recuperação de vendas · Loja &lt;B&gt;</title>');
		expect(result.periods).toHaveLength(2);
	});

	it.each(['', '7, x', '0', '1,2,3,4,5,6,7'])('renderDashboard refuses periods %j', async (dashboardDays) => {
		await expect(runOperation('report', 'renderDashboard', { dashboardDays }, { json: {} })).rejects.toThrow(
			/Periods must be up to six whole numbers of days/,
		);
		expect(carts.cartStats).not.toHaveBeenCalled();
	});
});

const emptyStats = {
	from: '2030-03-03T00:00:00.000Z',
	to: '2030-03-10T00:00:00.000Z',
	days: 7,
	abandoned: 0,
	contacted: 0,
	replied: 0,
	converted: 0,
	conversionRate: 0,
	convertedWithDiscount: 0,
	optOuts: 0,
	declined: 0,
	expired: 0,
	open: 0,
	revenueRecovered: [],
	abandonedValue: [],
};

describe('Cart Recovery node', () => {
	const postgresCredentials = { host: 'pg', database: 'shop', user: 'n8n' };
	beforeEach(() => jest.mocked(getPgPool).mockReturnValue(pool as never));

	const run = (
		parameters: IDataObject,
		options: { items?: INodeExecutionData[]; credentials?: Record<string, IDataObject | Error>; continueOnFail?: boolean } = {},
	) => {
		const fake = fakeExecute({
			properties,
			parameters,
			items: options.items ?? [fromCustomer, { json: { phone: '5521988887777' } }],
			credentials: options.credentials ?? { whatsAppAiPostgresApi: postgresCredentials },
			continueOnFail: options.continueOnFail,
		});
		return { fake, outputs: node.execute.call(fake.context) };
	};

	it('keeps each input item with the result under `cart`, paired; tenant from the item ("default" without), pt-BR amounts by default', async () => {
		carts.getOpenCart.mockResolvedValueOnce(cart as never).mockResolvedValueOnce(undefined);
		const { fake, outputs } = run({ resource: 'cart', operation: 'getOpenCart' });
		expect(await outputs).toEqual([
			[
				{ json: { ...fromCustomer.json, cart: { found: true, ...cart } }, binary: fromCustomer.binary, pairedItem: { item: 0 } },
				{ json: { phone: '5521988887777', cart: { found: false } }, pairedItem: { item: 1 } },
			],
		]);
		expect(carts.getOpenCart.mock.calls).toEqual([
			[pool, { tenant: 'shop-a', locale: 'pt-BR', phone: '5511999990000' }],
			[pool, { tenant: 'default', locale: 'pt-BR', phone: '5521988887777' }],
		]);
		expect(fake.getCredentials.mock.calls).toEqual([['whatsAppAiPostgresApi']]);
	});

	it('gives the operations the tenant and locale parameters', async () => {
		carts.getOpenCart.mockResolvedValue(undefined);
		await run(
			{ resource: 'cart', operation: 'getOpenCart', tenant: 'shop-b', locale: 'en-US' },
			{ items: [{ json: { phone: '5511999990000' } }] },
		).outputs;
		expect(carts.getOpenCart.mock.calls[0][1]).toMatchObject({ tenant: 'shop-b', locale: 'en-US' });
	});

	it('with Continue On Fail keeps a failed item with error {kind, message, ...details}', async () => {
		carts.recordPayment
			.mockRejectedValueOnce(
				new CartError('amount_mismatch', 'Payment pay_1 of R$ 150,00 does not match cart chk_1', {
					amountCents: 15000,
					expectedCents: { original: 19990 },
				}),
			)
			.mockRejectedValueOnce(new Error('Connection terminated'));
		const items = [paymentEvent, { json: { body: { id: 'pay_2', cartId: 'chk_2', amount: 1 } } }];
		const [out] = await run({ resource: 'payment', operation: 'recordPayment' }, { items, continueOnFail: true }).outputs;
		expect(out).toEqual([
			{
				json: {
					...paymentEvent.json,
					error: {
						kind: 'amount_mismatch',
						message: 'Payment pay_1 of R$ 150,00 does not match cart chk_1',
						amountCents: 15000,
						expectedCents: { original: 19990 },
					},
				},
				pairedItem: { item: 0 },
			},
			{ json: { ...items[1].json, error: { kind: 'internal', message: 'Connection terminated' } }, pairedItem: { item: 1 } },
		]);
	});

	it('without Continue On Fail, a cart error is a NodeOperationError naming the item', async () => {
		carts.recordPayment
			.mockResolvedValueOnce({ outcome: 'recorded', payment, cart } as never)
			.mockRejectedValueOnce(new CartError('not_found', 'No cart chk_9 in this tenant'));
		const outputs = run({ resource: 'payment', operation: 'recordPayment' }, { items: [paymentEvent, paymentEvent] }).outputs;
		await expect(outputs).rejects.toBeInstanceOf(NodeOperationError);
		await expect(outputs).rejects.toMatchObject({ message: 'No cart chk_9 in this tenant', context: { itemIndex: 1 } });
	});

	it.each([
		[
			{ resource: 'cart', operation: 'delete' },
			'Unknown operation "delete"; expected one of: registerAbandonment, markContacted, getOpenCart, decideOffer, closeCart, expireCarts',
		],
		[{ resource: 'invoice' }, 'Unknown resource "invoice"; expected one of: cart, payment, report'],
	])('an unknown name (%j) is a NodeOperationError that names it', async (parameters, message) => {
		const outputs = run(parameters).outputs;
		await expect(outputs).rejects.toBeInstanceOf(NodeOperationError);
		await expect(outputs).rejects.toThrow(message);
	});

	it('lists in its Operation options exactly the operations the router registry has', () => {
		expect(operationsInDescription(properties)).toEqual(operationsInRegistry(registry));
	});

	it.each(operationPairs(registry))('%s/%s: its description is part of the node description', (resource, operation) => {
		for (const property of registry[resource][operation].description) expect(properties).toContain(property);
	});

	it('is usable as a tool and needs only the Postgres credential', () => {
		expect(node.description.usableAsTool).toBe(true);
		expect(node.description.credentials).toEqual([
			{
				name: 'whatsAppAiPostgresApi',
				displayName: 'Postgres (carts, offers and payments)',
				required: true,
				testedBy: 'whatsAppAiPostgresConnectionTest',
			},
		]);
	});
});
