// One real n8n serves the whole e2e run (started in globalSetup), so suites run one at a time.
module.exports = require('../jest.base')('e2e', {
	globalSetup: '<rootDir>/test/e2e/globalSetup.ts',
	globalTeardown: '<rootDir>/test/e2e/globalTeardown.ts',
	testTimeout: 90_000,
	maxWorkers: 1,
});
