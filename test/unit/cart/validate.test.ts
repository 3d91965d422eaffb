import { validateAbandonment, type RegisterInput } from '../../../nodes/CartRecovery/carts';
import { formatMoney, requireCurrency, toCents } from '../../../nodes/CartRecovery/money';
import { optionalHttpsUrl, requireHttpsUrl, requirePhone, requireText } from '../../../nodes/CartRecovery/validate';

// What an abandonment event must look like before any SQL runs.
const NOW = new Date('2030-03-10T12:00:00Z');
const event: RegisterInput = {
	tenant: 'shop-a',
	externalId: 'chk_1',
	phone: '+55 (11) 99999-0000',
	name: ' Ana ',
	product: 'Tênis',
	value: '199,90',
	paymentLink: 'https://loja.example/pay/1',
	discountLink: 'https://loja.example/pay/1?c=10',
	discountValue: 179.91,
};

describe('validateAbandonment', () => {
	it('normalizes the phone, trims text, puts money in cents, defaults the currency to BRL and the time to now', () => {
		expect(validateAbandonment(event, NOW)).toEqual({
			tenant: 'shop-a',
			externalId: 'chk_1',
			phone: '5511999990000',
			name: 'Ana',
			product: 'Tênis',
			valueCents: 19990,
			currency: 'BRL',
			paymentLink: 'https://loja.example/pay/1',
			discountLink: 'https://loja.example/pay/1?c=10',
			discountValueCents: 17991,
			abandonedAt: NOW,
		});
	});

	it.each([
		['tenant with a colon', { tenant: 'a:b' }, /must not contain ":"/],
		['empty tenant', { tenant: '' }, /tenant must be a non-empty name/],
		['name with a line break', { name: 'Ana\nDROP' }, /name must not contain control characters/],
		['name over 100 characters', { name: 'a'.repeat(101) }, /name must be at most 100 characters/],
		['product over 200 characters', { product: 'p'.repeat(201) }, /product must be at most 200 characters/],
		['discount link equal to the payment link', { discountLink: 'https://loja.example/pay/1' }, /discountLink must differ/],
		['discount link over http', { discountLink: 'http://loja.example/d' }, /discountLink must use https/],
		['abandonedAt that is not a date', { abandonedAt: 'ontem' }, /abandonedAt must be a date/],
	])('refuses a %s', (_title, overrides, message) => {
		expect(() => validateAbandonment({ ...event, ...(overrides as Partial<RegisterInput>) }, NOW)).toThrow(message);
	});

	it('accepts no discount at all', () => {
		expect(validateAbandonment({ ...event, discountLink: '', discountValue: '' }, NOW)).toMatchObject({
			discountLink: null,
			discountValueCents: null,
		});
	});
});

describe('requirePhone', () => {
	it.each([
		['+5511999990000', '5511999990000'],
		['55 11 99999-0000', '5511999990000'],
		['+1 (650) 555-1234', '16505551234'],
		['+44 20 7946 0958', '442079460958'],
		[5511999990000, '5511999990000'],
	])('%j → %s', (input, digits) => expect(requirePhone(input)).toBe(digits));

	it.each([
		'',
		'   ',
		'0 11 99999-0000',
		'+55 11 9999-ABCD',
		'5511999990000@c.us',
		'1234567',
		'+5511999990000123',
		'++5511999990000',
		null,
		{},
		1.5,
	])('refuses %j', (input) => expect(() => requirePhone(input)).toThrow(/phone must be an E\.164 number/));
});

describe('https links', () => {
	it.each(['https://loja.example/pay/1', 'https://pay.loja.com.br/c/abc?utm=wa#top', 'https://loja.example:8443/pay'])(
		'accepts %s as given',
		(url) => expect(requireHttpsUrl('paymentLink', `  ${url} `)).toBe(url),
	);

	it.each([
		['http://loja.example/pay', /must use https/],
		['ftp://loja.example/pay', /must use https/],
		['javascript:alert(1)', /must use https/],
		['data:text/html,hi', /must use https/],
		['//loja.example/pay', /must be an https URL/],
		['loja.example/pay', /must be an https URL/],
		['https://localhost/pay', /must name a host/],
		['https://user:pw@loja.example/pay', /user name or password/],
		['https://loja.example/pay now', /must not contain spaces/],
		[`https://loja.example/${'a'.repeat(2_100)}`, /at most 2048 characters/],
		['', /paymentLink is required/],
	])('refuses %j', (url, message) => expect(() => requireHttpsUrl('paymentLink', url)).toThrow(message));

	it('takes an empty optional link as none', () => {
		expect(optionalHttpsUrl('discountLink', '')).toBeNull();
		expect(optionalHttpsUrl('discountLink', undefined)).toBeNull();
		expect(() => optionalHttpsUrl('discountLink', 12)).toThrow(/must be an https URL/);
	});
});

describe('money', () => {
	it.each([
		[199.9, 19990],
		[0.01, 1],
		[10, 1000],
		['199.90', 19990],
		['199,90', 19990],
		['199,9', 19990],
		[' 42 ', 4200],
		[1.1 + 2.2, 330],
	])('%j is %i cents', (value, cents) => expect(toCents('value', value)).toBe(cents));

	it.each([
		[0, /greater than zero/],
		[-1, /greater than zero/],
		[19.999, /at most two decimals/],
		['1.999,90', /positive amount/],
		['R$ 10', /positive amount/],
		['1e3', /positive amount/],
		[Number.NaN, /positive amount/],
		[Infinity, /positive amount/],
		[null, /positive amount/],
		[2e9, /too large/],
	])('refuses %j', (value, message) => expect(() => toCents('value', value)).toThrow(message));

	it('knows ISO 4217 codes, in any case, and defaults to BRL', () => {
		expect(requireCurrency('usd')).toBe('USD');
		expect(requireCurrency('')).toBe('BRL');
		expect(requireCurrency(undefined)).toBe('BRL');
		expect(() => requireCurrency('XYZ')).toThrow(/ISO 4217/);
		expect(() => requireCurrency('REAL')).toThrow(/ISO 4217/);
	});

	it('writes amounts as people read them in the locale', () => {
		expect(formatMoney(19990, 'BRL')).toBe('R$ 199,90');
		expect(formatMoney(123456789, 'BRL')).toBe('R$ 1.234.567,89');
		expect(formatMoney(19990, 'USD', 'en-US')).toBe('$199.90');
		expect(formatMoney(19990, 'EUR', 'es-ES')).toBe('199,90 €');
		expect(formatMoney(500, 'BRL', 'not a locale!')).toBe('BRL 5.00');
	});
});

describe('requireText', () => {
	it('refuses empty and non-text values', () => {
		expect(() => requireText('name', '   ', 10)).toThrow('name is required');
		expect(() => requireText('name', { a: 1 }, 10)).toThrow('name must be text');
		expect(requireText('externalId', 12345, 10)).toBe('12345');
	});
});
