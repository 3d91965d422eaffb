import type { RunningChroma } from '../support/chromaServer';

export default async function globalTeardown(): Promise<void> {
	const chroma = (globalThis as { __waAiChroma?: RunningChroma }).__waAiChroma;
	await chroma?.stop();
}
