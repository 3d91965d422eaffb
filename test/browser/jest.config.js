// Browser tests: Debian's Chromium driven through playwright-core, one page per test file.
module.exports = require('../jest.base')('browser', { testTimeout: 90_000 });
