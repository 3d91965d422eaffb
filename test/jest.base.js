// Shared by the three test tiers; each tier's config picks its folder and its global setup.
const path = require('path');

const root = path.resolve(__dirname, '..');

module.exports = (tier, extra = {}) => ({
	rootDir: root,
	displayName: tier,
	testEnvironment: 'node',
	testMatch: [`<rootDir>/test/${tier}/**/*.test.ts`],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: path.join(root, 'tsconfig.test.json') }],
	},
	moduleFileExtensions: ['ts', 'js', 'json'],
	// One JSON report per tier; test/run-all.js adds them up into the closing line.
	reporters: ['default', ['<rootDir>/test/support/resultsReporter.js', { tier }]],
	...extra,
});
