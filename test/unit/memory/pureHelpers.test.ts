import { phoneFromConversationKey } from '../../../nodes/ConversationMemory/auditLog';
import { MemoryInputError } from '../../../nodes/ConversationMemory/errors';
import { DEFAULT_PAUSE_MINUTES, pauseEnd } from '../../../nodes/ConversationMemory/pause';
import { groupMemberOf, parseTurn } from '../../../nodes/ConversationMemory/turns';

describe('phoneFromConversationKey', () => {
	it('takes the last part of the key', () => {
		expect(phoneFromConversationKey('default:waha:default:5511999990000')).toBe('5511999990000');
		expect(phoneFromConversationKey('clinic:cloud:1234567890:14155550829')).toBe('14155550829');
		expect(phoneFromConversationKey('5511999990000')).toBe('5511999990000');
	});
});

describe('pauseEnd', () => {
	const now = new Date('2025-03-02T12:00:00.000Z');

	it('uses untilIso when given, over minutes', () => {
		expect(pauseEnd({ untilIso: '2025-03-02T15:00:00-03:00', minutes: 5 }, now).toISOString()).toBe('2025-03-02T18:00:00.000Z');
	});

	it('counts minutes from now, fractions included, and defaults to one hour', () => {
		expect(pauseEnd({ minutes: 0.5 }, now).toISOString()).toBe('2025-03-02T12:00:30.000Z');
		expect(pauseEnd({}, now).getTime() - now.getTime()).toBe(DEFAULT_PAUSE_MINUTES * 60_000);
	});

	it('refuses an end in the past, zero minutes and dates that do not parse', () => {
		expect(() => pauseEnd({ untilIso: '2025-03-02T11:00:00.000Z' }, now)).toThrow(MemoryInputError);
		expect(() => pauseEnd({ minutes: 0 }, now)).toThrow('minutes must be a positive number');
		expect(() => pauseEnd({ untilIso: 'tomorrow' }, now)).toThrow('untilIso is not a valid date');
	});
});

describe('groupMemberOf', () => {
	it("is the sender's number of a group message, and nothing for a direct chat or a missing number", () => {
		expect(groupMemberOf({ isGroup: true, phone: '5511988887777' })).toBe('5511988887777');
		expect(groupMemberOf({ isGroup: false, phone: '5511988887777' })).toBeUndefined();
		expect(groupMemberOf({ isGroup: 'true', phone: '5511988887777' })).toBeUndefined();
		expect(groupMemberOf({ isGroup: true, phone: '' })).toBeUndefined();
		expect(groupMemberOf({ isGroup: true })).toBeUndefined();
	});
});

describe('parseTurn', () => {
	it("keeps the group member's number", () => {
		expect(parseTurn('{"role":"user","text":"Oi","at":"2025-03-01T12:00:00.000Z","phone":"5511988887777"}')).toEqual({
			role: 'user',
			text: 'Oi',
			at: '2025-03-01T12:00:00.000Z',
			phone: '5511988887777',
		});
		expect(parseTurn('{"role":"user","text":"Oi","phone":5511988887777}')).not.toHaveProperty('phone');
	});
});
