// Lint with n8n's own node and credential rules. This package needs runtime dependencies
// (ioredis, pg, chromadb, Gemini SDK) by design, so it is a self-hosted community package:
// the n8n-Cloud-only rules (no runtime dependencies, restricted imports and globals) are off,
// every other rule is kept.
const tseslint = require('typescript-eslint');
const n8nNodesBase = require('eslint-plugin-n8n-nodes-base');
const { n8nCommunityNodesPlugin } = require('@n8n/eslint-plugin-community-nodes');

const communityRules = {
	...n8nCommunityNodesPlugin.configs.recommendedWithoutN8nCloudSupport.rules,
	'@n8n/community-nodes/no-runtime-dependencies': 'off',
};

module.exports = tseslint.config(
	{ ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.test-results/**', '**/*.js', '**/*.mjs'] },
	{
		files: ['**/*.ts'],
		extends: [...tseslint.configs.recommended],
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
		},
	},
	{
		files: ['nodes/**/*.ts', 'credentials/**/*.ts', 'package.json'],
		plugins: { '@n8n/community-nodes': n8nCommunityNodesPlugin },
		rules: communityRules,
	},
	{
		files: ['package.json'],
		languageOptions: { parser: tseslint.parser },
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: n8nNodesBase.configs.community.rules,
	},
	{
		files: ['credentials/**/*.ts'],
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: {
			...n8nNodesBase.configs.credentials.rules,
			// Our docs live in the repo README, not on docs.n8n.io; the URL rule wants a slug.
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
		},
	},
	{
		files: ['nodes/**/*.ts'],
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: {
			...n8nNodesBase.configs.nodes.rules,
			// Superseded: the newer community rule wants NodeConnectionTypes.Main, not 'main'.
			'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
			'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
		},
	},
	{
		// Plain modules (no n8n import) throw their own typed errors; the node shells and
		// operation files are where errors become NodeApiError/NodeOperationError with itemIndex.
		files: ['nodes/**/*.ts'],
		ignores: ['nodes/**/*.node.ts', 'nodes/**/actions/**/*.ts'],
		rules: { '@n8n/community-nodes/require-node-api-error': 'off' },
	},
	{
		files: ['test/**/*.ts', 'bench/**/*.ts'],
		rules: {
			'@typescript-eslint/no-explicit-any': 'off',
			'@typescript-eslint/no-non-null-assertion': 'off',
		},
	},
);
