import type { RunningChroma } from '../../scripts/stack/chroma';
import { removeUserFolder, type N8nHandle } from './support/n8nInstance';

export default async function globalTeardown(): Promise<void> {
	const { __waAiN8n: n8n, __waAiChroma: chroma } = globalThis as { __waAiN8n?: N8nHandle; __waAiChroma?: RunningChroma };
	await chroma?.stop();
	if (!n8n) return;
	await n8n.stop();
	// Keep the folder (and its n8n.log) when asked, to debug a failed run.
	if (!process.env.WA_AI_KEEP_N8N) removeUserFolder(n8n.userFolder);
}
