// Runs at image build time, after `npm install <tarball>` in n8n's nodes folder.
// Usage: node finish-install.js <nodes folder> <package name>
//
// 1. Fails the build when the package would not load in n8n: a node or credential file named
//    in package.json's `n8n` section is missing, or a runtime dependency was not installed.
// 2. Replaces the temporary `file:` tarball reference in the folder's package.json with the
//    installed version, the way n8n records a community package it installed itself.
'use strict';

const fs = require('fs');
const path = require('path');

const [nodesDir, packageName] = process.argv.slice(2);
if (!nodesDir || !packageName) {
	console.error('usage: node finish-install.js <nodes folder> <package name>');
	process.exit(2);
}

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

const packageDir = path.join(nodesDir, 'node_modules', packageName);
const manifest = readJson(path.join(packageDir, 'package.json'));
const problems = [];

const n8nSection = manifest.n8n || {};
const listed = [...(n8nSection.nodes || []), ...(n8nSection.credentials || [])];
if (listed.length === 0) problems.push('package.json lists no n8n nodes or credentials');
for (const file of listed) {
	if (!fs.existsSync(path.join(packageDir, file))) problems.push(`missing ${file}`);
}

// npm puts dependencies either next to the package (hoisted) or inside it.
for (const dependency of Object.keys(manifest.dependencies || {})) {
	const candidates = [
		path.join(packageDir, 'node_modules', dependency, 'package.json'),
		path.join(nodesDir, 'node_modules', dependency, 'package.json'),
	];
	if (!candidates.some((candidate) => fs.existsSync(candidate))) {
		problems.push(`runtime dependency ${dependency} is not installed`);
	}
}

if (problems.length > 0) {
	console.error(`${packageName}@${manifest.version} is not installable:\n  ${problems.join('\n  ')}`);
	process.exit(1);
}

const rootManifestPath = path.join(nodesDir, 'package.json');
const rootManifest = readJson(rootManifestPath);
rootManifest.dependencies = { ...(rootManifest.dependencies || {}), [packageName]: manifest.version };
fs.writeFileSync(rootManifestPath, `${JSON.stringify(rootManifest, null, 2)}\n`);

console.log(
	`${packageName}@${manifest.version}: ${(n8nSection.nodes || []).length} node(s), ` +
		`${(n8nSection.credentials || []).length} credential(s) installed in ${packageDir}`,
);
