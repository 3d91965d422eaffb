// Cost of Conversation Memory on a real Redis: one append (Lua: push, trim, TTL, last inbound)
// followed by loading the last 20 turns, as the agent does per inbound message. Baseline,
// measured in the same run on the same connection: a bare PING round trip.
//   npx ts-node --transpile-only bench/memory.ts [iterations]
import { randomUUID } from 'crypto';
import { appendTurn, loadHistory } from '../nodes/ConversationMemory/history';
import { historyKey, lastInboundKey } from '../nodes/ConversationMemory/keys';
import { closeAllClients } from '../nodes/shared/clients/clientCache';
import { getRedis } from '../nodes/shared/clients/redis';
import { redisCredentials } from '../test/support/services';
import { formatRow, summarize } from './stats';

const iterations = Number(process.argv[2] ?? 2_000);
const warmup = 200;
const redis = getRedis(redisCredentials());
const prefix = `wa-bench-mem-${randomUUID()}:`;
const conversationKey = 'bench:waha:default:5511999990000';
const text = 'Olá, gostaria de marcar uma consulta com o cardiologista na próxima terça-feira à tarde, se possível.';

async function timed(run: () => Promise<unknown>): Promise<number> {
	const started = process.hrtime.bigint();
	await run();
	return Number(process.hrtime.bigint() - started) / 1e6;
}

const append = async (i: number) =>
	await appendTurn(redis, prefix, conversationKey, { role: i % 2 ? 'assistant' : 'user', text, messageId: `m${i}` });
const load = async () => await loadHistory(redis, prefix, conversationKey);

async function main(): Promise<void> {
	for (let i = 0; i < warmup; i++) {
		await redis.ping();
		await append(i);
		await load();
	}
	// Interleaved, so the baseline and the operations see the same machine load.
	const samples = { ping: [] as number[], append: [] as number[], load: [] as number[], both: [] as number[] };
	for (let i = 0; i < iterations; i++) {
		samples.ping.push(await timed(async () => await redis.ping()));
		const appendMs = await timed(async () => await append(i));
		const loadMs = await timed(load);
		samples.append.push(appendMs);
		samples.load.push(loadMs);
		samples.both.push(appendMs + loadMs);
	}
	const ping = summarize(samples.ping);
	const appendAndLoad = summarize(samples.both);
	const stored = await redis.llen(historyKey(prefix, conversationKey));

	console.log(`Conversation Memory on real Redis, ${iterations} iterations after ${warmup} warm-up, history capped at ${stored} turns`);
	console.log(formatRow('baseline: PING round trip', ping));
	console.log(formatRow('append turn (Lua, maxTurns 50, TTL 30 min)', summarize(samples.append)));
	console.log(formatRow('load history (last 20 turns)', summarize(samples.load)));
	console.log(formatRow('append + load', appendAndLoad));
	console.log(
		`append + load vs PING: median ${(appendAndLoad.medianMs / ping.medianMs).toFixed(2)}x, p95 ${(appendAndLoad.p95Ms / ping.p95Ms).toFixed(2)}x (two round trips, so 2x is the floor)`,
	);
}

main()
	.catch((error) => {
		process.exitCode = 1;
		console.error(error);
	})
	.finally(async () => {
		await redis.del(historyKey(prefix, conversationKey), lastInboundKey(prefix, conversationKey));
		await closeAllClients();
	});
