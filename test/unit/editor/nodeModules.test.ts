import { readFileSync } from 'fs';
import path from 'path';

// `npm start`'s provisioning and the e2e smoke test instantiate every export of a node file as the
// node's class, as n8n's loader expects one class per file: helpers belong in their own modules.
const repoRoot = path.resolve(__dirname, '../../..');
const nodeFiles = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { n8n: { nodes: string[] } }).n8n.nodes.map(
	(file) => file.replace(/^dist\//, '').replace(/\.js$/, '.ts'),
);

describe('node files', () => {
	it.each(nodeFiles)('%s exports only its node class', (file) => {
		// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded by path, as n8n and provisioning load them
		const exports = Object.values(require(path.join(repoRoot, file)) as Record<string, unknown>);
		expect(exports).toHaveLength(1);
		const NodeClass = exports[0] as new () => { description?: { name?: string } };
		expect(typeof NodeClass).toBe('function');
		expect(new NodeClass().description?.name).toEqual(expect.any(String));
	});
});
