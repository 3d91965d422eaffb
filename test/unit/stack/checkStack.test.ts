// test/stack/check-stack.sh validates the stack with the real tools (docker-compose config,
// nginx -t). Here it runs for real, and so do the ways it must fail. On a machine without
// docker-compose or nginx the first run installs them with apt-get (root needed); it fails
// loudly rather than skip when it cannot.
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

import { loadEnvExample, readRepoFile, repoRoot } from './support';

const script = join(repoRoot, 'test/stack/check-stack.sh');
const STACK_ENV = 'test/stack/stack.env';

let dir: string;

function run(...args: string[]): { status: number | null; output: string } {
	const result = spawnSync('bash', [script, ...args], {
		cwd: repoRoot,
		encoding: 'utf8',
		timeout: 540_000,
	});
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** A copy of the test env file with one variable's value replaced. */
function envWith(name: string, value: string): string {
	const file = join(dir, `${name}.env`);
	const lines = readRepoFile(STACK_ENV).split('\n');
	const changed = lines.map((line) => (line.startsWith(`${name}=`) ? `${name}=${value}` : line));
	writeFileSync(file, changed.join('\n'));
	return file;
}

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'check-stack-'));
});

afterAll(() => {
	rmSync(dir, { recursive: true, force: true });
});

describe('test/stack/check-stack.sh', () => {
	it('uses a test env file that fills in every variable of .env.example', () => {
		const example = loadEnvExample().map((entry) => entry.name);
		const filled = loadEnvExample(STACK_ENV);
		expect(filled.map((entry) => entry.name).sort()).toEqual([...example].sort());
		for (const entry of filled) {
			expect({ name: entry.name, empty: entry.value === '' }).toEqual({ name: entry.name, empty: false });
		}
	});

	// First: it may have to install docker-compose and nginx (about 30 s on a fresh machine).
	it('passes on the committed compose.yaml and nginx configs', () => {
		const { status, output } = run();
		expect({ status, output }).toEqual({
			status: 0,
			output: expect.stringContaining('all checks passed'),
		});
		expect(output).toContain('docker-compose config -q');
		expect(output).toMatch(/nginx -t \(docker\/nginx\/nginx\.conf/);
		expect(output).toMatch(/nginx -t \(docker\/nginx\/chroma-auth\.conf\.template/);
	}, 600_000);

	it('fails when nginx.conf is broken (nginx -t can fail)', () => {
		const broken = join(dir, 'nginx.conf');
		const conf = readFileSync(join(repoRoot, 'docker/nginx/nginx.conf'), 'utf8');
		// one missing semicolon
		const damaged = conf.replace(/(ssl_protocols\s+TLSv1\.2 TLSv1\.3);/, '$1');
		expect(damaged).not.toBe(conf);
		writeFileSync(broken, damaged);
		const { status, output } = run('--only', 'nginx', '--nginx-conf', broken);
		expect(status).not.toBe(0);
		expect(output).toContain('nginx: configuration file');
		expect(output).toContain('FAILED: nginx -t rejects');
	}, 120_000);

	it('fails when the nginx config points at a container path it does not map', () => {
		const unmapped = join(dir, 'unmapped.conf');
		const conf = readFileSync(join(repoRoot, 'docker/nginx/nginx.conf'), 'utf8');
		const elsewhere = conf.replace('/etc/nginx/conf.d/editor-allow.conf', '/etc/nginx/snippets/x.conf');
		expect(elsewhere).not.toBe(conf);
		writeFileSync(unmapped, elsewhere);
		const { status, output } = run('--only', 'nginx', '--nginx-conf', unmapped);
		expect(status).not.toBe(0);
		expect(output).toContain('not mapped by check-stack.sh');
	}, 120_000);

	it('fails when the Chroma token is empty: the proxy must not start open', () => {
		const { status, output } = run('--only', 'nginx', '--env-file', envWith('CHROMA_AUTH_TOKEN', ''));
		expect(status).not.toBe(0);
		expect(output).toMatch(/conflicting parameter/);
		expect(output).toContain('FAILED: nginx -t rejects the rendered Chroma proxy config');
	}, 120_000);

	it('fails when the editor allow-list is empty', () => {
		const { status, output } = run('--only', 'nginx', '--env-file', envWith('N8N_EDITOR_ALLOW_CIDRS', ''));
		expect(status).not.toBe(0);
		expect(output).toContain('N8N_EDITOR_ALLOW_CIDRS is empty');
	}, 120_000);

	it.each(['CHROMA_AUTH_TOKEN', 'N8N_EDITOR_ALLOW_CIDRS', 'WAHA_DASHBOARD_USERNAME'])(
		'fails when the required %s is empty (docker-compose refuses the file)',
		(name) => {
			const { status, output } = run('--only', 'compose', '--env-file', envWith(name, ''));
			expect(status).not.toBe(0);
			expect(output).toContain(`set ${name} in .env`);
			expect(output).toContain('FAILED: docker-compose rejects compose.yaml');
		},
		120_000,
	);
});
