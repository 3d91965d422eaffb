// Webhook bodies captured from the providers' documented shapes (test/fixtures/webhooks).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Provider } from '../../../nodes/shared/message';
import { getProvider } from '../../../nodes/WhatsAppAiTrigger/providers';
import type { ParseContext, ParsedMessage, ParseResult } from '../../../nodes/WhatsAppAiTrigger/providers/types';

const ROOT = join(__dirname, '..', '..', 'fixtures', 'webhooks');

/** A clock far from every fixture timestamp, so a fallback to "now" is visible in assertions. */
export const NOW = new Date('2030-01-01T00:00:00.000Z');
export const CONTEXT: ParseContext = { tenant: 'clinic-a', now: () => NOW };

export function fixtureBytes(provider: Provider, name: string): Buffer {
	return readFileSync(join(ROOT, provider, `${name}.json`));
}

export function fixture(provider: Provider, name: string): any {
	return JSON.parse(fixtureBytes(provider, name).toString('utf8'));
}

export function parseFixture(provider: Provider, name: string): ParseResult {
	return getProvider(provider).parse(fixture(provider, name), CONTEXT);
}

/** The one message a fixture holds, after checking it produced nothing else. */
export function onlyParsedMessage(provider: Provider, name: string): ParsedMessage {
	const result = parseFixture(provider, name);
	expect(result.sessionEvents).toStrictEqual([]);
	expect(result.ignored).toStrictEqual([]);
	expect(result.messages).toHaveLength(1);
	return result.messages[0];
}

/**
 * A fixture re-dated to `now` (every provider-stated time in it), as a provider would send it
 * today: the trigger refuses bodies dated long ago as replays.
 */
export function freshFixture(provider: Provider, name: string, now = Date.now()): any {
	const body = fixture(provider, name);
	const seconds = Math.floor(now / 1000);
	if (provider === 'waha') {
		body.timestamp = now;
		if (body.payload && 'timestamp' in body.payload) body.payload.timestamp = seconds;
	} else if (provider === 'cloud') {
		for (const entry of body.entry ?? []) {
			for (const change of entry.changes ?? []) {
				for (const event of [...(change.value?.messages ?? []), ...(change.value?.statuses ?? [])]) event.timestamp = String(seconds);
			}
		}
	} else {
		body.date_time = new Date(now).toISOString();
		for (const data of Array.isArray(body.data) ? body.data : [body.data]) {
			if (data && 'messageTimestamp' in data) data.messageTimestamp = seconds;
		}
	}
	return body;
}
