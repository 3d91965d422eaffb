module.exports = require('../jest.base')('integration', {
	globalSetup: '<rootDir>/test/integration/globalSetup.ts',
	globalTeardown: '<rootDir>/test/integration/globalTeardown.ts',
	testTimeout: 30_000,
});
