import { SendError } from '../../../nodes/WhatsAppAiSend/providers/errors';
import { typeLikeHuman, typingDelayMs } from '../../../nodes/WhatsAppAiSend/providers/typing';
import type { OutboundProvider, SendContext, TypingRequest } from '../../../nodes/WhatsAppAiSend/providers/types';

describe('typingDelayMs', () => {
	it('grows with the text and stays within the bounds', () => {
		expect(typingDelayMs('')).toBe(600);
		expect(typingDelayMs('x'.repeat(50))).toBe(2000);
		expect(typingDelayMs('x'.repeat(1000))).toBe(8000);
		expect(typingDelayMs('😀😀', { msPerChar: 500, minMs: 0 })).toBe(1000); // an emoji is one keystroke
		expect(typingDelayMs('abc', { msPerChar: 10, minMs: 0, maxMs: 20 })).toBe(20);
	});
});

describe('typeLikeHuman', () => {
	const context = { http: jest.fn(), baseUrl: 'http://x', session: 's' } as unknown as SendContext;

	function fakeProvider(typing: (request: TypingRequest) => Promise<void>): OutboundProvider & { calls: TypingRequest[] } {
		const calls: TypingRequest[] = [];
		return {
			name: 'waha',
			calls,
			typing: async (request: TypingRequest) => {
				calls.push(request);
				await typing(request);
				return { ok: true, provider: 'waha', operation: 'typing', messageIds: [], raw: [null] };
			},
		} as unknown as OutboundProvider & { calls: TypingRequest[] };
	}

	it('types on, waits for the delay, types off', async () => {
		const provider = fakeProvider(async () => undefined);
		const waits: number[] = [];
		const outcome = await typeLikeHuman(provider, { to: '5511', text: 'x'.repeat(50), messageId: 'm1' }, context, {
			sleep: async (ms) => void waits.push(ms),
		});
		expect(outcome.delayMs).toBe(2000);
		expect(outcome.results).toHaveLength(2);
		expect(provider.calls).toEqual([
			{ to: '5511', on: true, messageId: 'm1', durationMs: 2000 },
			{ to: '5511', on: false, messageId: 'm1' },
		]);
		expect(waits).toHaveLength(1);
		expect(waits[0]).toBeGreaterThan(1900);
	});

	it('counts time the provider held the request towards the wait', async () => {
		const provider = fakeProvider((request) => new Promise((resolve) => setTimeout(resolve, request.on ? 100 : 0)));
		const waits: number[] = [];
		await typeLikeHuman(provider, { to: '5511', text: 'oi' }, context, { minMs: 120, sleep: async (ms) => void waits.push(ms) });
		expect(waits[0]).toBeLessThanOrEqual(25);
	});

	it('still waits, and reports the error, when the indicator fails', async () => {
		const provider = fakeProvider(async () => {
			throw new SendError('messageId is required', { kind: 'validation', provider: 'cloud', field: 'messageId' });
		});
		const waits: number[] = [];
		const outcome = await typeLikeHuman(provider, { to: '5511', text: 'oi' }, context, { sleep: async (ms) => void waits.push(ms) });
		expect(outcome.indicatorError).toMatchObject({ kind: 'validation', field: 'messageId' });
		expect(outcome.results).toEqual([]);
		expect(waits).toHaveLength(1);
		expect(provider.calls).toHaveLength(1); // no typing-off after a failed typing-on
	});
});
