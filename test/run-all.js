#!/usr/bin/env node
// `npm test`: unit, then integration, then the simulator page in Chromium, then e2e, then e2e again in queue mode, then `npm start` as a
// person runs it; each a separate jest run (they need different
// global setups), and one closing line with the totals. Every tier runs even if an earlier one
// failed, so one report shows everything that is broken; skipped tests count as failures.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const resultsDir = path.join(root, '.test-results');
const tiers = ['unit', 'integration', 'browser', 'e2e', 'e2e-queue', 'start'];

fs.rmSync(resultsDir, { recursive: true, force: true });
// A fresh clone works too: services, packages, build, n8n and Chroma are set up when missing.
const prepared = spawnSync('bash', [path.join(root, 'scripts/test-prerequisites.sh')], { cwd: root, stdio: 'inherit' });
if (prepared.status !== 0) {
	console.log('\ntests: 0 passed, 1 failed (the prerequisites could not be installed)');
	process.exit(1);
}
let exitCode = 0;
for (const tier of tiers) {
	console.log(`\n=== ${tier} tests ===`);
	const run = spawnSync('npm', ['run', `test:${tier}`, '--silent'], { cwd: root, stdio: 'inherit' });
	if (run.status !== 0) exitCode = 1;
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const tier of tiers) {
	const file = path.join(resultsDir, `${tier}.json`);
	if (!fs.existsSync(file)) {
		console.log(`${tier}: no results (the tier did not run to the end)`);
		failed += 1;
		exitCode = 1;
		continue;
	}
	const summary = JSON.parse(fs.readFileSync(file, 'utf8'));
	console.log(`${tier}: ${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped`);
	passed += summary.passed;
	failed += summary.failed;
	skipped += summary.skipped;
}
if (skipped > 0 || passed === 0) exitCode = 1;
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(exitCode);
