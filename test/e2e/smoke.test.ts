import { readFileSync } from 'fs';
import path from 'path';
import { n8nFromEnv } from './support/n8nClient';

// Proves the real n8n loaded everything package.json declares, so a node or credential added
// later is covered without touching this test.
const repoRoot = path.resolve(__dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
	name: string;
	n8n: { nodes: string[]; credentials: string[] };
};

function declaredName(distFile: string): string {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const exported = require(path.join(repoRoot, distFile)) as Record<string, new () => { name?: string; description?: { name: string } }>;
	const instance = new (Object.values(exported)[0])();
	return instance.description?.name ?? instance.name!;
}

const n8n = n8nFromEnv();

describe('n8n loads the package', () => {
	it('declares the eight credential types of the design', () => {
		expect(pkg.n8n.credentials.map(declaredName).sort()).toEqual(
			[
				'whatsAppAiChromaApi',
				'whatsAppAiCloudApi',
				'whatsAppAiCommerceWebhookApi',
				'whatsAppAiEvolutionApi',
				'whatsAppAiGeminiApi',
				'whatsAppAiPostgresApi',
				'whatsAppAiRedisApi',
				'whatsAppAiWahaApi',
			].sort(),
		);
	});

	it('offers every declared credential type', async () => {
		const loaded = new Set((await n8n.credentialTypes()).map((type) => type.name));
		for (const file of pkg.n8n.credentials) expect(loaded).toContain(declaredName(file));
	});

	it('offers every declared node type under the package name', async () => {
		const loaded = new Set((await n8n.nodeTypes()).map((type) => type.name));
		for (const file of pkg.n8n.nodes) expect(loaded).toContain(`${pkg.name}.${declaredName(file)}`);
	});

	it('logged no load error for the package', () => {
		const log = n8n.log();
		expect(log).not.toMatch(/Failed to load package/);
		// The package's own name, not the cache folder that happens to share it ("/…/n8n-nodes-whatsapp-ai/").
		const mentionsPackage = new RegExp(`(^|[^/\\w.-])${pkg.name}([."':\\s]|$)`);
		expect(log.split('\n').filter((line) => mentionsPackage.test(line) && /error|fail|unrecognized/i.test(line))).toEqual([]);
	});
});
