import type { RunningChroma } from '../../scripts/stack/chroma';

export default async function globalTeardown(): Promise<void> {
	const chroma = (globalThis as { __waAiChroma?: RunningChroma }).__waAiChroma;
	await chroma?.stop();
}
