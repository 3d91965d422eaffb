import {
	chatIdKind,
	chatIdLocalPart,
	containsPhone,
	isGroupChatId,
	isStoredPhone,
	maskPhone,
	phoneFromChatId,
} from '../../../nodes/shared/phone';

describe('phoneFromChatId', () => {
	it.each([
		['5511999990000@c.us', '5511999990000'],
		['5511999990000@s.whatsapp.net', '5511999990000'],
		['5511999990000:12@s.whatsapp.net', '5511999990000'],
		['5511999990000_1:3@s.whatsapp.net', '5511999990000'],
		['5511999990000', '5511999990000'],
		['+55 (11) 99999-0000', '5511999990000'],
		['  +1 415-555-0829 ', '14155550829'],
		['5511999990000@C.US', '5511999990000'],
	])('%s → %s', (id, phone) => {
		expect(phoneFromChatId(id)).toBe(phone);
	});

	it('a hidden user id (@lid) gives its digits: stable per contact, not dialable', () => {
		expect(phoneFromChatId('112233445566778@lid')).toBe('112233445566778');
		expect(phoneFromChatId('112233445566778:4@lid')).toBe('112233445566778');
	});

	const withoutPhone = ['120363041967849074@g.us', '5511999990000-1576543210@g.us', '120363025246125486@newsletter', 'status@broadcast'];
	it.each(withoutPhone)('%s holds no phone → empty', (id) => {
		expect(phoneFromChatId(id)).toBe('');
	});

	it.each(['', '   ', 'abc', '@c.us'])('%j without digits → empty', (id) => {
		expect(phoneFromChatId(id)).toBe('');
	});
});

describe('chat id kinds', () => {
	it.each([
		['5511999990000@c.us', 'user'],
		['5511999990000@s.whatsapp.net', 'user'],
		['5511999990000', 'user'],
		['112233445566778@lid', 'lid'],
		['120363041967849074@g.us', 'group'],
		['120363025246125486@newsletter', 'newsletter'],
		['status@broadcast', 'broadcast'],
		['x@constructor', 'user'],
	])('%s is %s', (id, kind) => {
		expect(chatIdKind(id)).toBe(kind);
	});

	it('isGroupChatId is true only for @g.us', () => {
		expect(isGroupChatId('120363041967849074@g.us')).toBe(true);
		expect(isGroupChatId('5511999990000-1576543210@g.us')).toBe(true);
		expect(isGroupChatId('5511999990000@c.us')).toBe(false);
		expect(isGroupChatId('g.us')).toBe(false);
		expect(isGroupChatId('')).toBe(false);
	});

	it('chatIdLocalPart strips the server and the device suffix', () => {
		expect(chatIdLocalPart('120363041967849074@g.us')).toBe('120363041967849074');
		expect(chatIdLocalPart('5511999990000:12@s.whatsapp.net')).toBe('5511999990000');
		expect(chatIdLocalPart(' Y2FwaV9ncm91cA ')).toBe('Y2FwaV9ncm91cA');
	});
});

describe('maskPhone', () => {
	it.each([
		['5511999990000', '5511*****0000'],
		['551133334444', '5511****4444'],
		['14155550829', '141****0829'],
		['4915112345678', '4915*****5678'],
		['1234567890', '12****7890'],
		['5511999990000@c.us', '5511*****0000'],
		['+55 (11) 99999-0000', '5511*****0000'],
	])('%s → %s', (phone, masked) => {
		expect(maskPhone(phone)).toBe(masked);
	});

	it.each([
		['123456789', '*********'],
		['190', '***'],
		['', ''],
	])('short number %j is masked completely', (phone, masked) => {
		expect(maskPhone(phone)).toBe(masked);
	});

	it('always hides at least four digits', () => {
		for (let length = 10; length <= 15; length++) {
			const masked = maskPhone('9'.repeat(length));
			expect(masked).toHaveLength(length);
			expect(masked.split('*').length - 1).toBeGreaterThanOrEqual(4);
		}
	});
});

describe('containsPhone', () => {
	it.each([
		['false_5511988887777@c.us_3EB0', true],
		['false_1203630@g.us_3EB0_5511988887777@c.us', true],
		['5511988887777', true],
		['x5511988887777:12@s.whatsapp.net', true],
		['false_55119888877770@c.us_3EB0', false],
		['false_15511988887777@c.us_3EB0', false],
		['false_155119888877770@c.us_5511988887777', true],
		['false_5511988887@c.us', false],
	])('%s → %s', (text, expected) => {
		expect(containsPhone(text, '5511988887777')).toBe(expected);
	});

	it('never matches an empty number', () => {
		expect(containsPhone('abc', '')).toBe(false);
	});
});

describe('isStoredPhone', () => {
	it('accepts E.164 digits without "+" only', () => {
		expect(isStoredPhone('5511988887777')).toBe(true);
		expect(isStoredPhone('+5511988887777')).toBe(false);
		expect(isStoredPhone('1234')).toBe(false);
		expect(isStoredPhone(5511988887777)).toBe(false);
	});
});
