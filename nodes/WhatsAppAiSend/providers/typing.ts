// A human-like pause before a reply: "typing…" for a time that grows with the reply's length,
// so an instant wall of text does not give the bot away (and WAHA's anti-blocking guide asks for it).

import { sleep as realSleep } from '../../shared/retry';
import { isSendError, type SendErrorDetails } from './errors';
import type { OutboundProvider, SendContext, SendResult } from './types';

export interface TypingDelayOptions {
	msPerChar?: number;
	minMs?: number;
	maxMs?: number;
}

/** Milliseconds a person would need to type `text`, kept between minMs and maxMs. */
export function typingDelayMs(text: string, { msPerChar = 40, minMs = 600, maxMs = 8000 }: TypingDelayOptions = {}): number {
	const characters = [...text].length; // code points: an emoji is one keystroke
	return Math.round(Math.min(maxMs, Math.max(minMs, characters * msPerChar)));
}

export interface HumanTypingRequest {
	to: string;
	/** The reply about to be sent; its length sets the delay. */
	text: string;
	/** The received message being answered (the Cloud API needs it to show the indicator). */
	messageId?: string;
}

export interface HumanTypingOptions extends TypingDelayOptions {
	sleep?: (ms: number) => Promise<void>;
}

export interface HumanTypingOutcome {
	delayMs: number;
	/** The typing on/off results that succeeded. */
	results: SendResult[];
	/** Why the indicator could not be shown; the pause happened anyway. */
	indicatorError?: SendErrorDetails;
}

/**
 * Typing on, wait, typing off; the caller sends the reply next. The indicator is cosmetic, so a
 * provider error only lands in `indicatorError` and never stops the reply. Time the provider
 * already spent (Evolution holds the request for the whole duration) counts towards the wait.
 */
export async function typeLikeHuman(
	provider: OutboundProvider,
	request: HumanTypingRequest,
	context: SendContext,
	options: HumanTypingOptions = {},
): Promise<HumanTypingOutcome> {
	const delayMs = typingDelayMs(request.text, options);
	const wait = options.sleep ?? realSleep;
	const outcome: HumanTypingOutcome = { delayMs, results: [] };
	const started = Date.now();
	try {
		outcome.results.push(await provider.typing({ to: request.to, on: true, messageId: request.messageId, durationMs: delayMs }, context));
	} catch (error) {
		if (!isSendError(error)) throw error;
		outcome.indicatorError = error.details();
	}
	await wait(Math.max(0, delayMs - (Date.now() - started)));
	if (outcome.indicatorError) return outcome;
	try {
		outcome.results.push(await provider.typing({ to: request.to, on: false, messageId: request.messageId }, context));
	} catch (error) {
		if (!isSendError(error)) throw error;
		outcome.indicatorError = error.details();
	}
	return outcome;
}
