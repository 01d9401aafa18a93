// `npm run lint`: everything n8n checks before it verifies a package, offline, and the project's own checks.
//  1. `n8n-node lint` on this repository: n8n's unedited ESLint config over every TypeScript file (tests too)
//     and package.json; with "strict": true it also refuses an edited eslint.config.mjs.
//  2. The tests' type-check.
//  3. For each vendor package (`npm run pack:vendors`, whose committed manifests must be up to date, and whose
//     nodes and credentials together must be the root package.json n8n lists):
//     - n8n's community-package scanner (scripts/scan-package.mjs) on the tarball and its source folder;
//     - `n8n-node lint` and `n8n-node cloud-support` on the vendor's sources laid out as a package of its own
//       (its package.json, the unedited eslint.config.mjs, the .ts files its tarball was compiled from), as a
//       reviewer running n8n-node in that package's repository would see it.
//  4. actionlint on .github/workflows.
// Any error or warning fails the run.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { lintWorkflows } from './actionlint.mjs';
import { packVendors } from './pack-vendors.mjs';
import { scanPackage } from './scan-package.mjs';
import { root } from './vendors.mjs';

const cli = path.join(root, 'node_modules/@n8n/node-cli/bin/n8n-node.mjs');
const template = path.join(root, 'node_modules/@n8n/node-cli/dist/template/templates/shared/default/eslint.config.mjs');
const results = [];
const record = (name, ok, detail = '') => {
	results.push({ name, ok });
	console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
};

/** `n8n-node <args>` in a folder, without colours; its output and whether it reported no problem at all. */
function n8nNode(dir, args) {
	const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
	const output = `${r.stdout}${r.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
	// n8n-node lint exits 0 on warnings; n8n's rules want none, so the eslint summary line counts too.
	return { output, ok: r.status === 0 && !/✖ \d+ problems?/.test(output) && !/Strict mode violation/.test(output) };
}

/** What `n8n-node cloud-support` decides, reproduced: "strict": true and eslint.config.mjs as n8n-node writes it. */
function cloudEligible(dir) {
	const strict = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).n8n?.strict === true;
	const norm = (file) => fs.readFileSync(file, 'utf8').replace(/\s+/g, ' ').trim();
	return strict && norm(path.join(dir, 'eslint.config.mjs')) === norm(template);
}

/** The vendor's sources as a package of its own: a .ts for every compiled .js of the tarball, other files as shipped. */
function stageSources(p, into) {
	const dir = path.join(into, p.name);
	const unpacked = path.join(into, `${p.name}-tarball`);
	fs.mkdirSync(unpacked, { recursive: true });
	execFileSync('tar', ['-xzf', p.tarball, '-C', unpacked, '--strip-components=1']);
	for (const file of p.files.filter((f) => f.startsWith('dist/'))) {
		const source = file.slice('dist/'.length);
		const target = path.join(dir, file.endsWith('.js') ? source.replace(/\.js$/, '.ts') : source);
		fs.mkdirSync(path.dirname(target), { recursive: true });
		if (file.endsWith('.js')) fs.copyFileSync(path.join(root, source.replace(/\.js$/, '.ts')), target);
		else fs.copyFileSync(path.join(unpacked, file), target);
	}
	for (const file of ['package.json', 'README.md', 'LICENSE']) fs.copyFileSync(path.join(unpacked, file), path.join(dir, file));
	fs.copyFileSync(path.join(root, 'eslint.config.mjs'), path.join(dir, 'eslint.config.mjs'));
	fs.copyFileSync(path.join(root, 'tsconfig.json'), path.join(dir, 'tsconfig.json'));
	fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
	return dir;
}

async function main() {
	const own = n8nNode(root, ['lint']);
	record('n8n-node lint (this repository, unedited config)', own.ok, own.ok ? '' : `\n${own.output}`);
	record('n8n-node cloud-support (this repository)', cloudEligible(root));

	const tsc = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'test/tsconfig.json', '--noEmit'], { cwd: root, encoding: 'utf8' });
	record('type-check of the tests', tsc.status === 0, tsc.status === 0 ? '' : `\n${tsc.stdout}${tsc.stderr}`);

	execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
	const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'bc-lint-'));
	try {
		let packages = [];
		try {
			packages = packVendors({ out: path.join(scratch, 'packages'), check: true });
			record('pack:vendors (manifests in packages/ up to date, every entry loads from its tarball)', true);
		} catch (error) {
			record('pack:vendors', false, error.message);
		}
		if (packages.length) {
			// The workspace's own list (what `n8n-node dev` would load) names exactly what the four packages ship.
			const rootN8n = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).n8n;
			const listed = [...rootN8n.nodes, ...rootN8n.credentials].sort();
			const shipped = packages.flatMap((p) => [...p.nodes, ...p.credentials].map((f) => `dist/${f.replace(/\.ts$/, '.js')}`)).sort();
			const same = JSON.stringify(listed) === JSON.stringify(shipped);
			record('package.json n8n lists = what the vendor packages ship', same, same ? '' : `listed ${listed.join(', ')}; shipped ${shipped.join(', ')}`);
		}
		for (const p of packages) {
			const scan = await scanPackage(p.tarball, p.dir);
			record(`${p.name}: community-package scanner, offline analysis`, scan.ok, `${scan.summary}${scan.report ? `\n${scan.report}` : ''}`);
			const dir = stageSources(p, scratch);
			const lint = n8nNode(dir, ['lint']);
			record(`${p.name}: n8n-node lint of its sources as a package of its own`, lint.ok, lint.ok ? '' : `\n${lint.output}`);
			const status = n8nNode(dir, ['cloud-support']).output;
			const said = /Status: eligible/.test(status) && !/NOT eligible/.test(status);
			record(`${p.name}: n8n-node cloud-support says eligible`, said && cloudEligible(dir), said ? '' : `\n${status}`);
		}
	} finally {
		fs.rmSync(scratch, { recursive: true, force: true });
	}

	const workflows = await lintWorkflows(path.join(root, '.github/workflows'));
	record(`actionlint (${workflows.files.join(', ') || 'no workflow files'})`, workflows.ok, workflows.report);

	const failed = results.filter((r) => !r.ok).length;
	console.log(`\nlint: ${results.length - failed} passed, ${failed} failed`);
	process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
