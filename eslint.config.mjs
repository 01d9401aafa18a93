import { config } from '@n8n/node-cli/eslint';

export default [
	{
		ignores: ['dist/**', 'node_modules/**', 'test/**', 'scripts/**', 'gulpfile.js', 'jest.config.js', '.cache/**', '.e2e/**', '.dev/**', 'coverage/**'],
	},
	...config,
];
