// Odd input must never crash the trigger: every leaf and branch of every fixture is replaced, one
// at a time, with values of the wrong kind. Parsing may only throw WebhookPayloadError, and every
// message it still produces must satisfy the schema.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DELIVERY_STATUSES, MESSAGE_TYPES, PROVIDERS, type InboundMessage, type Provider } from '../../../nodes/shared/message';
import { getProvider, WebhookPayloadError } from '../../../nodes/WhatsAppAiTrigger/providers';
import { CONTEXT, fixture } from './fixtures';

const ODD_VALUES: unknown[] = [null, 0, -1, 1e20, '', 'x', 'constructor', true, [], {}, [null], { length: 1 }];
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

type Path = (string | number)[];

function paths(node: unknown, prefix: Path = []): Path[] {
	if (node === null || typeof node !== 'object') return [prefix];
	const children = Object.entries(node as Record<string, unknown>).flatMap(([key, child]) =>
		paths(child, [...prefix, Array.isArray(node) ? Number(key) : key]),
	);
	return [prefix, ...children];
}

function replaced(body: unknown, path: Path, value: unknown): unknown {
	if (path.length === 0) return value;
	const copy = structuredClone(body) as Record<string | number, unknown>;
	let parent = copy;
	for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
	parent[path[path.length - 1]] = structuredClone(value);
	return copy;
}

function schemaViolations(message: InboundMessage): string[] {
	const problems: string[] = [];
	for (const field of ['tenant', 'session', 'messageId', 'chatId', 'phone', 'text', 'conversationKey'] as const) {
		if (typeof message[field] !== 'string') problems.push(`${field} is not a string`);
	}
	if (!['message', 'status'].includes(message.event)) problems.push('bad event');
	if (!MESSAGE_TYPES.includes(message.type)) problems.push('bad type');
	if (!/^\d*$/.test(message.phone)) problems.push('phone is not digits');
	if (!ISO.test(message.timestamp)) problems.push('timestamp is not ISO');
	if (typeof message.isGroup !== 'boolean') problems.push('isGroup is not boolean');
	if (message.messageId === '' || message.chatId === '') problems.push('empty id');
	if (message.status !== undefined && !DELIVERY_STATUSES.includes(message.status)) problems.push('bad status');
	if (message.event === 'status' && message.status === undefined) problems.push('status without status');
	if ('raw' in message && message.type !== 'unknown') problems.push('raw on a known type');
	const { location } = message;
	if (location && !(Number.isFinite(location.latitude) && Number.isFinite(location.longitude))) {
		problems.push('location not finite');
	}
	const prefix = `${message.tenant}:${message.provider}:${message.session}:`;
	if (!message.conversationKey.startsWith(prefix)) problems.push('conversationKey prefix');
	return problems;
}

function fixtureNames(provider: Provider): string[] {
	const folder = join(__dirname, '..', '..', 'fixtures', 'webhooks', provider);
	return readdirSync(folder)
		.filter((file) => file.endsWith('.json'))
		.map((file) => file.slice(0, -'.json'.length));
}

describe.each(PROVIDERS)('%s survives malformed fixtures', (providerName) => {
	const provider = getProvider(providerName);

	it.each(fixtureNames(providerName))('%s', (name) => {
		const original = fixture(providerName, name);
		const failures: string[] = [];
		let parsedCount = 0;
		for (const path of paths(original)) {
			for (const value of ODD_VALUES) {
				const body = replaced(original, path, value);
				try {
					const result = provider.parse(body, CONTEXT);
					parsedCount++;
					for (const { message, fromMe } of result.messages) {
						if (typeof fromMe !== 'boolean') failures.push(`${path.join('.')}=${JSON.stringify(value)}: fromMe`);
						for (const problem of schemaViolations(message)) {
							failures.push(`${path.join('.')}=${JSON.stringify(value)}: ${problem}`);
						}
					}
				} catch (error) {
					if (!(error instanceof WebhookPayloadError)) {
						failures.push(`${path.join('.')}=${JSON.stringify(value)}: threw ${String(error)}`);
					}
				}
			}
		}
		expect(failures).toStrictEqual([]);
		// Most mutations leave a valid envelope, so parsing must have run, not only thrown.
		expect(parsedCount).toBeGreaterThan(0);
	});
});

describe.each(PROVIDERS)('%s verify never throws', (providerName) => {
	const provider = getProvider(providerName);
	const secrets = { appSecret: 's', webhookHmacKey: 's', apiKey: 's' };

	it.each([
		[Buffer.alloc(0), {}],
		[Buffer.from([0xff, 0xfe, 0x00]), { 'x-hub-signature-256': 'sha256=' + 'ab'.repeat(32) }],
		[Buffer.from('{"apikey": 5}'), { 'x-webhook-hmac': 'ab'.repeat(64), apikey: undefined }],
		[Buffer.from('[]'), { 'x-webhook-hmac': ['', ''], 'x-webhook-hmac-algorithm': ['sha512', 'md5'] }],
	])('raw body %#', (rawBody, headers) => {
		const result = provider.verify({ rawBody, headers }, secrets);
		expect(result.ok).toBe(false);
	});
});
