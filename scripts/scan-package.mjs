// The analysis n8n's community-package scanner runs on a published package, offline (its registry and
// provenance steps need the network). It lints two things with its own configuration: the package's folder
// in the source repository that its provenance points at (the folder whose package.json has the package's
// name: here packages/<name>/) and the unpacked tarball (compiled .js and package.json). The scanner fails only
// on errors; warnings count here too.
//   node scripts/scan-package.mjs <tarball> [...]   (no arguments: build and scan every vendor package)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { SOURCE_FILE_PATTERNS, buildScanConfig } from '@n8n/scan-community-package/scanner/scanner.mjs';

import { root } from './vendors.mjs';

const require = createRequire(import.meta.resolve('@n8n/scan-community-package/scanner/scanner.mjs'));
const { ESLint } = require('eslint');

async function lintFolder(dir, patterns) {
	const eslint = new ESLint({ cwd: dir, allowInlineConfig: false, overrideConfigFile: true, overrideConfig: await buildScanConfig(), errorOnUnmatchedPattern: false });
	const results = await eslint.lintFiles(patterns);
	const errors = results.reduce((n, r) => n + r.errorCount, 0);
	const warnings = results.reduce((n, r) => n + r.warningCount, 0);
	const report = errors || warnings ? await (await eslint.loadFormatter('stylish')).format(results) : '';
	return { files: results.length, errors, warnings, report };
}

/** Scans one tarball and, when given, its package's folder in this repository. Returns { ok, summary, report }. */
export async function scanPackage(tarball, sourceDir) {
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bc-scan-'));
	try {
		execFileSync('tar', ['-xzf', tarball, '-C', work]);
		const legs = [['tarball', await lintFolder(path.join(work, 'package'), ['**/*.js', 'package.json'])]];
		if (sourceDir) legs.unshift(['source', await lintFolder(sourceDir, SOURCE_FILE_PATTERNS)]);
		const ok = legs.every(([, r]) => r.files > 0 && !r.errors && !r.warnings);
		return {
			ok,
			summary: legs.map(([leg, r]) => `${leg} ${r.files} files, ${r.errors} errors, ${r.warnings} warnings`).join('; '),
			report: legs.map(([, r]) => r.report).join(''),
		};
	} finally {
		fs.rmSync(work, { recursive: true, force: true });
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	let targets = process.argv.slice(2).map((t) => ({ tarball: path.resolve(t) }));
	if (!targets.length) {
		execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
		const { packVendors } = await import('./pack-vendors.mjs');
		const out = fs.mkdtempSync(path.join(os.tmpdir(), 'bc-scan-packages-'));
		process.on('exit', () => fs.rmSync(out, { recursive: true, force: true }));
		targets = packVendors({ out }).map((p) => ({ tarball: p.tarball, source: p.dir }));
	}
	for (const t of targets) {
		const result = await scanPackage(t.tarball, t.source);
		if (result.report) console.log(result.report);
		console.log(`community-package scan of ${path.basename(t.tarball)}: ${result.ok ? 'passed' : 'FAILED'} (${result.summary})`);
		if (!result.ok) process.exitCode = 1;
	}
}
