// In-process cost the WhatsApp AI Trigger adds per webhook: signature check on the raw body,
// parse and normalization, filtering. Baseline, measured in the same run on the same payloads:
// JSON.parse of the body, the least any webhook handler does.
//   npx ts-node --transpile-only bench/trigger-intake.ts [count]
import { createHmac } from 'crypto';
import { readdirSync, readFileSync } from 'fs';
import path from 'path';
import { intakeWebhook, type IntakeSettings } from '../nodes/WhatsAppAiTrigger/webhookIntake';
import { formatRow, summarize, timeEach } from './stats';

const count = Number(process.argv[2] ?? 10_000);
const fixtures = path.join(__dirname, '../test/fixtures/webhooks');
const secrets = { appSecret: 'app-secret', webhookHmacKey: 'hmac-key', apiKey: 'evo-key' };

type Payload = { provider: string; rawBody: Buffer; headers: Record<string, string> };

function signed(provider: string, rawBody: Buffer): Record<string, string> {
	if (provider === 'cloud')
		return { 'x-hub-signature-256': `sha256=${createHmac('sha256', secrets.appSecret).update(rawBody).digest('hex')}` };
	if (provider === 'waha')
		return {
			'x-webhook-hmac': createHmac('sha512', secrets.webhookHmacKey).update(rawBody).digest('hex'),
			'x-webhook-hmac-algorithm': 'sha512',
		};
	return { apikey: secrets.apiKey };
}

const corpus: Payload[] = [];
for (const provider of ['waha', 'cloud', 'evolution']) {
	for (const file of readdirSync(path.join(fixtures, provider))) {
		const rawBody = readFileSync(path.join(fixtures, provider, file));
		corpus.push({ provider, rawBody, headers: signed(provider, rawBody) });
	}
}
const payloads = Array.from({ length: count }, (_, i) => corpus[i % corpus.length]);
const settings = (provider: string): IntakeSettings => ({
	provider,
	tenant: 'bench',
	emitMessages: true,
	emitStatuses: true,
	emitSessionEvents: true,
	ignoreOwnMessages: true,
	ignoreGroups: true,
	allowUnsigned: false,
	// The age check runs on every webhook; the fixtures' clock is 2025-06-15.
	maxEventAgeMs: 10 * 60_000,
	now: () => 1_750_000_120_000,
});

const baseline = summarize(timeEach(payloads, (p) => JSON.parse(p.rawBody.toString('utf8'))));
const intake = summarize(
	timeEach(payloads, (p) => {
		const body = JSON.parse(p.rawBody.toString('utf8'));
		const decision = intakeWebhook({ rawBody: p.rawBody, headers: p.headers, body }, secrets, settings(p.provider));
		if (decision.kind !== 'accept') throw new Error(`bench payload rejected: ${decision.reason}`);
	}),
);

console.log(`WhatsApp AI Trigger intake over ${count} webhooks (${corpus.length} fixtures, 3 providers, all signed)`);
console.log(formatRow('baseline: JSON.parse of the body', baseline));
console.log(formatRow('trigger: verify + parse + normalize + filter', intake));
console.log(
	`added per webhook (median): ${(intake.medianMs - baseline.medianMs).toFixed(4)} ms; ratio to baseline ${(intake.medianMs / baseline.medianMs).toFixed(2)}x`,
);
