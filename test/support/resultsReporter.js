// Writes each tier's pass/fail counts to .test-results/<tier>.json for test/run-all.js.
const fs = require('fs');
const path = require('path');

class ResultsReporter {
	constructor(globalConfig, options) {
		this.tier = options.tier;
		this.dir = path.join(globalConfig.rootDir, '.test-results');
	}

	onRunComplete(_contexts, results) {
		fs.mkdirSync(this.dir, { recursive: true });
		const summary = {
			tier: this.tier,
			passed: results.numPassedTests,
			failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
			skipped: results.numPendingTests + results.numTodoTests,
			suites: results.numTotalTestSuites,
		};
		fs.writeFileSync(path.join(this.dir, `${this.tier}.json`), JSON.stringify(summary));
	}
}

module.exports = ResultsReporter;
