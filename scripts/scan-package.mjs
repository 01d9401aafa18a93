// The analysis n8n's community-package scanner runs, offline: pack the package as npm would publish it,
// unpack the tarball, and lint it with the scanner's own configuration. Fails on any error or warning.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { analyzePackage, buildScanConfig } from '@n8n/scan-community-package/scanner/scanner.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bc-scan-'));
try {
	if (!fs.existsSync(path.join(root, 'dist'))) execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
	const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: root, encoding: 'utf8' })
		.trim()
		.split('\n')
		.pop();
	const unpacked = path.join(work, 'package');
	execFileSync('tar', ['-xzf', path.join(work, tarball), '-C', work]);

	const verdict = await analyzePackage(unpacked);
	// The scanner fails only on errors; warnings count here too.
	const require = createRequire(import.meta.resolve('@n8n/scan-community-package/scanner/scanner.mjs'));
	const { ESLint } = require('eslint');
	const eslint = new ESLint({
		cwd: unpacked,
		allowInlineConfig: false,
		overrideConfigFile: true,
		overrideConfig: await buildScanConfig(),
		errorOnUnmatchedPattern: false,
	});
	const results = await eslint.lintFiles(['**/*.js', '**/*.json']);
	const warnings = results.reduce((n, r) => n + r.warningCount, 0);
	const errors = results.reduce((n, r) => n + r.errorCount, 0);
	if (errors || warnings) console.log(await (await eslint.loadFormatter('stylish')).format(results));
	console.log(`community-package scan of ${tarball}: ${verdict.passed ? 'passed' : `FAILED (${verdict.message})`}, ${errors} errors, ${warnings} warnings`);
	if (!verdict.passed || errors || warnings) process.exitCode = 1;
} finally {
	fs.rmSync(work, { recursive: true, force: true });
}
