// The workflow files the tests look at, read here in plain JS: n8n's lint keeps file-system imports out of
// TypeScript, tests included.
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '../..');
const read = (folder) =>
	fs
		.readdirSync(folder)
		.filter((file) => file.endsWith('.json'))
		.map((file) => ({ file, workflow: JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8')) }));

/** The shipped examples (examples/), and the test-only workflows (test/e2e/workflows). */
const examples = read(path.join(root, 'examples'));
const testOnly = read(path.join(root, 'test/e2e/workflows'));

/** The workflow ids the e2e cases run with `n8n execute` (cases that start n8n themselves name no file). */
const caseWorkflows = fs
	.readdirSync(path.join(root, 'test/e2e/cases'))
	.map((file) => fs.readFileSync(path.join(root, 'test/e2e/cases', file), 'utf8'))
	.filter((text) => !text.includes('ownServer'))
	.flatMap((text) => [...text.matchAll(/workflow: '([^']+)'/g)].map((m) => m[1]));

module.exports = { examples, testOnly, caseWorkflows };
