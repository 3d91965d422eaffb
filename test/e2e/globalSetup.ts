import { startChroma } from '../../scripts/stack/chroma';
import { ensurePostgres, ensureRedis } from '../support/services';
import { startN8n } from './support/n8nInstance';

// One real n8n and one real Chroma server for the whole e2e run; tests reach n8n through
// WA_AI_E2E_N8N (see n8nClient.ts) and Chroma through WA_AI_CHROMA_URL.
export default async function globalSetup(): Promise<void> {
	await ensurePostgres();
	await ensureRedis();
	const started = Date.now();
	// WA_AI_E2E_WORKERS=2 runs the suite against queue mode: main + 2 workers + a webhook process.
	const workers = Number(process.env.WA_AI_E2E_WORKERS ?? 0);
	const [n8n, chroma] = await Promise.all([startN8n({ workers }), startChroma()]);
	const mode = workers ? `queue mode, ${workers} workers, webhooks at ${n8n.webhookUrl}` : 'one process';
	console.log(
		`\n[e2e] n8n (${mode}) ready at ${n8n.url} in ${((Date.now() - started) / 1000).toFixed(1)} s (log: ${n8n.logFile}); Chroma at ${chroma.url}`,
	);
	process.env.WA_AI_E2E_N8N = JSON.stringify({
		url: n8n.url,
		webhookUrl: n8n.webhookUrl,
		apiKey: n8n.apiKey,
		cookie: n8n.cookie,
		logFile: n8n.logFile,
	});
	process.env.WA_AI_CHROMA_URL = chroma.url;
	Object.assign(globalThis as object, { __waAiN8n: n8n, __waAiChroma: chroma });
}
