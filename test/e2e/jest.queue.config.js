// The e2e tests that matter most under scale, run again with n8n in queue mode (main + two
// workers + a webhook process on Postgres and Redis): one reply per message however many times
// it is delivered, a burst answered once, each due reminder sent once.
process.env.WA_AI_E2E_WORKERS = '2';
const base = require('../jest.base')('e2e-queue', {
	globalSetup: '<rootDir>/test/e2e/globalSetup.ts',
	globalTeardown: '<rootDir>/test/e2e/globalTeardown.ts',
	testTimeout: 120_000,
	maxWorkers: 1,
});
module.exports = {
	...base,
	testMatch: ['clinicAssistant', 'echo', 'reminders'].map((name) => `<rootDir>/test/e2e/${name}.test.ts`),
};
