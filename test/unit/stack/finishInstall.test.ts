// docker/n8n/finish-install.js runs inside the image build after `npm install <tarball>`.
// Exercised here against a fake nodes folder, so a broken check is caught without Docker.
import { execFileSync } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join } from 'path';

import { repoRoot } from './support';

const script = join(repoRoot, 'docker/n8n/finish-install.js');
const PACKAGE = 'n8n-nodes-whatsapp-ai';

let nodesDir: string;

function write(relativePath: string, content: string): void {
	const file = join(nodesDir, relativePath);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, content);
}

function run(): { status: number; output: string } {
	try {
		const output = execFileSync(process.execPath, [script, nodesDir, PACKAGE], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		return { status: 0, output };
	} catch (error) {
		const failed = error as { status: number; stdout: string; stderr: string };
		return { status: failed.status, output: `${failed.stdout}${failed.stderr}` };
	}
}

beforeEach(() => {
	nodesDir = mkdtempSync(join(tmpdir(), 'finish-install-'));
	write(
		'package.json',
		JSON.stringify({
			name: 'installed-nodes',
			private: true,
			dependencies: { [PACKAGE]: 'file:../../tmp/n8n-nodes-whatsapp-ai.tgz' },
		}),
	);
	write(
		`node_modules/${PACKAGE}/package.json`,
		JSON.stringify({
			name: PACKAGE,
			version: '1.2.3',
			dependencies: { ioredis: '5.0.0', pg: '8.0.0' },
			peerDependencies: { 'n8n-workflow': '*' },
			n8n: {
				nodes: ['dist/nodes/A/A.node.js'],
				credentials: ['dist/credentials/B.credentials.js'],
			},
		}),
	);
	write(`node_modules/${PACKAGE}/dist/nodes/A/A.node.js`, '');
	write(`node_modules/${PACKAGE}/dist/credentials/B.credentials.js`, '');
	write('node_modules/ioredis/package.json', '{}');
	write(`node_modules/${PACKAGE}/node_modules/pg/package.json`, '{}');
});

afterEach(() => {
	rmSync(nodesDir, { recursive: true, force: true });
});

describe('docker/n8n/finish-install.js', () => {
	it('accepts a complete install and records the version instead of the tarball path', () => {
		const result = run();
		expect(result).toEqual({ status: 0, output: expect.stringContaining(`${PACKAGE}@1.2.3`) });
		const manifest = JSON.parse(readFileSync(join(nodesDir, 'package.json'), 'utf8'));
		expect(manifest).toEqual({
			name: 'installed-nodes',
			private: true,
			dependencies: { [PACKAGE]: '1.2.3' },
		});
	});

	it('fails the build when a listed node file is missing', () => {
		rmSync(join(nodesDir, `node_modules/${PACKAGE}/dist/nodes/A/A.node.js`));
		const result = run();
		expect(result.status).toBe(1);
		expect(result.output).toContain('missing dist/nodes/A/A.node.js');
	});

	it('fails the build when a runtime dependency was not installed', () => {
		rmSync(join(nodesDir, 'node_modules/ioredis'), { recursive: true });
		const result = run();
		expect(result.status).toBe(1);
		expect(result.output).toContain('runtime dependency ioredis is not installed');
	});

	it('does not ask for the peer dependency n8n provides', () => {
		expect(run().status).toBe(0);
	});
});
