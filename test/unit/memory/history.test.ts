import { CUSTOMER_WINDOW_MS, withinCustomerWindow } from '../../../nodes/ConversationMemory/history';
import { historyKey, lastInboundKey, pauseKey, stateKey } from '../../../nodes/ConversationMemory/keys';
import { parseTurn } from '../../../nodes/ConversationMemory/turns';

describe('withinCustomerWindow', () => {
	const now = new Date('2025-03-02T12:00:00.000Z');

	it('is open for 24 hours after the last inbound message', () => {
		expect(withinCustomerWindow('2025-03-02T11:59:00.000Z', now)).toBe(true);
		expect(withinCustomerWindow(new Date(now.getTime() - CUSTOMER_WINDOW_MS + 1), now)).toBe(true);
	});

	it('is closed at exactly 24 hours and after', () => {
		expect(withinCustomerWindow(new Date(now.getTime() - CUSTOMER_WINDOW_MS), now)).toBe(false);
		expect(withinCustomerWindow('2025-02-28T12:00:00.000Z', now)).toBe(false);
	});

	it('is closed without a last inbound time or with one that does not parse', () => {
		expect(withinCustomerWindow(null, now)).toBe(false);
		expect(withinCustomerWindow(undefined, now)).toBe(false);
		expect(withinCustomerWindow('', now)).toBe(false);
		expect(withinCustomerWindow('yesterday', now)).toBe(false);
	});

	it('counts a timestamp slightly ahead of our clock as open', () => {
		expect(withinCustomerWindow('2025-03-02T12:00:05.000Z', now)).toBe(true);
	});
});

describe('memory keys', () => {
	const key = 'clinic:waha:default:5511999990000';

	it('follow the patterns the Opt-Out Guard relies on', () => {
		expect(historyKey('wa:', key)).toBe('wa:hist:clinic:waha:default:5511999990000');
		expect(stateKey('wa:', key)).toBe('wa:state:clinic:waha:default:5511999990000');
		expect(pauseKey('wa:', key)).toBe('wa:pause:clinic:waha:default:5511999990000');
		expect(lastInboundKey('wa:', key)).toBe('wa:last:clinic:waha:default:5511999990000');
	});
});

describe('parseTurn', () => {
	it('reads a stored turn and ignores what is not one', () => {
		expect(parseTurn('{"role":"user","text":"Oi","at":"2025-03-01T12:00:00.000Z","messageId":"m1"}')).toEqual({
			role: 'user',
			text: 'Oi',
			at: '2025-03-01T12:00:00.000Z',
			messageId: 'm1',
		});
		expect(parseTurn('not json')).toBeUndefined();
		expect(parseTurn('null')).toBeUndefined();
		expect(parseTurn('{"role":"model","text":"x"}')).toBeUndefined();
	});
});
