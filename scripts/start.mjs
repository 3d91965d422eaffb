#!/usr/bin/env node
// `npm start` from a fresh clone: installs what is missing (npm ci, then the build), then runs
// the local stack (scripts/stack/main.ts) and passes Ctrl-C on to it, so it can stop everything
// it started. Plain JavaScript with no dependencies: it runs before node_modules exists.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const say = (line) => console.log(`[npm start] ${line}`);

function run(command, args) {
	const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
	if (result.status !== 0) {
		console.error(`[npm start] ${command} ${args.join(' ')} failed with ${result.status}`);
		process.exit(result.status ?? 1);
	}
}

function newestChange(folder) {
	let newest = 0;
	for (const entry of readdirSync(folder, { withFileTypes: true })) {
		const full = path.join(folder, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestChange(full) : statSync(full).mtimeMs);
	}
	return newest;
}

if (!existsSync(path.join(root, 'node_modules/.package-lock.json'))) {
	say('First run: installing the dependencies (npm ci)…');
	run('npm', ['ci', '--no-audit', '--no-fund']);
}
const sources = Math.max(
	newestChange(path.join(root, 'nodes')),
	newestChange(path.join(root, 'credentials')),
	statSync(path.join(root, 'package.json')).mtimeMs,
);
const stamp = path.join(root, 'dist/.build-stamp');
if (!existsSync(stamp) || statSync(stamp).mtimeMs < sources) {
	say('Building the package…');
	run('npm', ['run', 'build', '--silent']);
	writeFileSync(stamp, new Date().toISOString());
}

const child = spawn(
	path.join(root, 'node_modules/.bin/ts-node'),
	['--transpile-only', path.join(root, 'scripts/stack/main.ts'), ...process.argv.slice(2)],
	{
		cwd: root,
		stdio: 'inherit',
	},
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
