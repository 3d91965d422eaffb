import { startChroma } from '../../scripts/stack/chroma';
import { ensurePostgres, ensureRedis } from '../support/services';

// Real services for the whole integration run: Postgres and Redis must already answer on
// localhost (.ci/run starts them); Chroma is started here on a free port and stopped after.
export default async function globalSetup(): Promise<void> {
	await ensurePostgres();
	await ensureRedis();
	const chroma = await startChroma();
	process.env.WA_AI_CHROMA_URL = chroma.url;
	(globalThis as { __waAiChroma?: unknown }).__waAiChroma = chroma;
}
